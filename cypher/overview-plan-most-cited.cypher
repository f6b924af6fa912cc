// Documents by number of mentions in one plan: the CITES of what the plan owns (planId indexes).
// (All plans: overview-most-cited.cypher.)
CALL () {
  MATCH (x:Plan {id: $planId}) RETURN x
  UNION MATCH (x:Section {planId: $planId}) RETURN x
  UNION MATCH (x:Weakness {planId: $planId}) RETURN x
  UNION MATCH (x:Cause {planId: $planId}) RETURN x
  UNION MATCH (x:Task {planId: $planId}) RETURN x
}
MATCH (x)-[c:CITES]->(r:PolicyReference)
WITH r, count(c) AS citations
RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference, citations
ORDER BY citations DESC, r.id
LIMIT $limit
