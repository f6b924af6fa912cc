// What a plan owns, and the shared agencies and references it touches (checked for orphans after
// a re-import), and whether the stored plan is synthetic (a mark a re-import never drops). Each
// branch seeks by an index; no label is scanned.
CALL () {
  MATCH (n:Plan {id: $planId}) RETURN n
  UNION MATCH (n:Section {planId: $planId}) RETURN n
  UNION MATCH (n:Weakness {planId: $planId}) RETURN n
  UNION MATCH (n:Cause {planId: $planId}) RETURN n
  UNION MATCH (n:Task {planId: $planId}) RETURN n
}
OPTIONAL MATCH (n)-[:CITES|ASSIGNED_TO|INVOLVES|ISSUED_BY|LEADS|COORDINATES]-(shared)
WHERE shared:Agency OR shared:PolicyReference
// The issuers of the documents the plan cites may be left unused when those documents go.
OPTIONAL MATCH (shared:PolicyReference)-[:ISSUED_BY]->(issuer:Agency)
WITH collect(DISTINCT n.id) AS ownedIds, collect(DISTINCT shared.id) + collect(DISTINCT issuer.id) AS sharedIds
OPTIONAL MATCH (stored:Plan {id: $planId})
RETURN ownedIds, sharedIds, coalesce(stored.synthetic, false) AS storedSynthetic
