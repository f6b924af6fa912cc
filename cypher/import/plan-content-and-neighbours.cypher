// What a plan owns, and the shared agencies and references it touches (checked for orphans after
// a re-import). Each branch seeks by an index; no label is scanned.
CALL () {
  MATCH (n:Plan {id: $planId}) RETURN n
  UNION MATCH (n:Section {planId: $planId}) RETURN n
  UNION MATCH (n:Weakness {planId: $planId}) RETURN n
  UNION MATCH (n:Cause {planId: $planId}) RETURN n
  UNION MATCH (n:Task {planId: $planId}) RETURN n
}
OPTIONAL MATCH (n)-[:CITES|ASSIGNED_TO|INVOLVES|ISSUED_BY|LEADS|COORDINATES]-(shared)
WHERE shared:Agency OR shared:PolicyReference
RETURN collect(DISTINCT n.id) AS ownedIds, collect(DISTINCT shared.id) AS sharedIds
