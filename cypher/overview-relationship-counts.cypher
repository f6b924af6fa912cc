// Relationships per type. Without a plan the counts come from the count store; with one, from
// the relationships touching what the plan owns.
CALL () {
  WITH 1 AS unused WHERE $planId IS NULL
  MATCH ()-[r]->() RETURN type(r) AS label, count(r) AS count
  UNION ALL
  WITH 1 AS unused WHERE $planId IS NOT NULL
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
}
RETURN label, count
ORDER BY label
