// Nodes per label, for all plans or one. Agencies and documents count when the plan touches them.
CALL () {
  MATCH (n:Plan) WHERE $planId IS NULL OR n.id = $planId RETURN 'Plan' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Section) WHERE $planId IS NULL OR n.planId = $planId RETURN 'Section' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Weakness) WHERE $planId IS NULL OR n.planId = $planId RETURN 'Weakness' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Cause) WHERE $planId IS NULL OR n.planId = $planId RETURN 'Cause' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Task) WHERE $planId IS NULL OR n.planId = $planId RETURN 'Task' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Agency)
  WHERE $planId IS NULL
     OR EXISTS { (n)-[:LEADS|COORDINATES]->(:Weakness {planId: $planId}) }
     OR EXISTS { (:Task {planId: $planId})-[:ASSIGNED_TO|INVOLVES]->(n) }
  RETURN 'Agency' AS label, count(n) AS count
  UNION ALL
  MATCH (n:PolicyReference)
  WHERE $planId IS NULL OR EXISTS { (x)-[:CITES]->(n) WHERE x.planId = $planId OR x.id = $planId }
  RETURN 'PolicyReference' AS label, count(n) AS count
}
RETURN label, count
