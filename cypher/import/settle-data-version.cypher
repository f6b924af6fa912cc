// Marks a data version settled, in a transaction of its own after the import or removal that
// bumped it has committed: by then every change of that transaction is applied, so answers
// computed from now on are whole. A later version already settled is never taken back.
MATCH (v:DataVersion {id: 'graph'})
WHERE coalesce(v.settled, 0) < $version
SET v.settled = $version
