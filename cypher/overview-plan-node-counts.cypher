// Nodes per label in one plan: what it owns, found by the planId indexes, and the agencies and
// documents it touches. (All plans: overview-node-counts.cypher, from the count store.)
CALL () {
  MATCH (n:Plan {id: $planId}) RETURN 'Plan' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Section {planId: $planId}) RETURN 'Section' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Weakness {planId: $planId}) RETURN 'Weakness' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Cause {planId: $planId}) RETURN 'Cause' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Task {planId: $planId}) RETURN 'Task' AS label, count(n) AS count
  UNION ALL
  CALL () {
    MATCH (:Weakness {planId: $planId})<-[:LEADS|COORDINATES]-(a:Agency) RETURN a
    UNION
    MATCH (:Task {planId: $planId})-[:ASSIGNED_TO|INVOLVES]->(a:Agency) RETURN a
  }
  RETURN 'Agency' AS label, count(a) AS count
  UNION ALL
  CALL () {
    MATCH (p:Plan {id: $planId}) RETURN p AS x
    UNION MATCH (x:Section {planId: $planId}) RETURN x
    UNION MATCH (x:Weakness {planId: $planId}) RETURN x
    UNION MATCH (x:Cause {planId: $planId}) RETURN x
    UNION MATCH (x:Task {planId: $planId}) RETURN x
  }
  MATCH (x)-[:CITES]->(r:PolicyReference)
  RETURN 'PolicyReference' AS label, count(DISTINCT r) AS count
}
RETURN label, count
