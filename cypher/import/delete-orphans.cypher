// After a plan is replaced or removed, shared nodes it used to touch that nothing points to any
// more go too: documents first, so that an agency that only issued them is then seen as unused.
CALL () {
  UNWIND $ids AS id
  MATCH (n:PolicyReference {id: id}) WHERE NOT ()-[:CITES]->(n)
  DETACH DELETE n
}
UNWIND $ids AS id
MATCH (n:Agency {id: id})
WHERE NOT (n)-[:LEADS|COORDINATES]->() AND NOT ()-[:ASSIGNED_TO|INVOLVES|ISSUED_BY]->(n)
DETACH DELETE n
