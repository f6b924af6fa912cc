// After a plan is replaced, shared nodes it used to touch that nothing points to any more go too.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:PolicyReference {id: id}) WHERE NOT ()-[:CITES]->(n) RETURN n
  UNION
  MATCH (n:Agency {id: id})
  WHERE NOT (n)-[:LEADS|COORDINATES]->() AND NOT ()-[:ASSIGNED_TO|INVOLVES|ISSUED_BY]->(n)
  RETURN n
}
DETACH DELETE n
