// Relationships per type touching what one plan owns, found by the planId indexes. (All plans:
// overview-relationship-counts.cypher, from the count store.)
CALL () {
  MATCH (n:Plan {id: $planId}) RETURN n
  UNION MATCH (n:Section {planId: $planId}) RETURN n
  UNION MATCH (n:Weakness {planId: $planId}) RETURN n
  UNION MATCH (n:Cause {planId: $planId}) RETURN n
  UNION MATCH (n:Task {planId: $planId}) RETURN n
}
MATCH (n)-[r]-()
WITH DISTINCT r
RETURN type(r) AS label, count(r) AS count
ORDER BY label
