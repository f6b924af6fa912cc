// Bumps the data version inside an import's or a removal's transaction, so the new version and
// the new data commit together. The first SET takes the node's write lock before the counter is
// read: concurrent imports then count one after another instead of two reading the same value
// (Cypher's read-committed isolation would otherwise lose an update). The stamp is new on every
// bump, so a version number that comes round again (a wiped database) never matches old answers.
MERGE (v:DataVersion {id: 'graph'})
SET v.locked = true
WITH v
SET v.version = coalesce(v.version, 0) + 1, v.stamp = randomUUID(), v.changedAt = datetime()
REMOVE v.locked
RETURN v.version AS version, v.stamp AS stamp
