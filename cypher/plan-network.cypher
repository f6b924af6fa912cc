// The network of the given plans (all when $planIds is null): their sections, weaknesses, tasks,
// causes, and the agencies and documents linked to them, most structural types first so that
// the limit drops tasks, documents and causes before weaknesses and agencies.
// Plans are read through the plan_id index (every plan is in it), named or not.
MATCH (plan:Plan) WHERE plan.id IS NOT NULL AND ($planIds IS NULL OR plan.id IN $planIds)
CALL (plan) {
  RETURN plan AS n
  UNION
  MATCH (plan)-[:HAS_SECTION]->(n:Section) RETURN n
  UNION
  MATCH (plan)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(n:Weakness) RETURN n
  UNION
  MATCH (plan)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(:Weakness)-[:HAS_TASK|HAS_CAUSE]->(n) RETURN n
}
CALL (n) {
  RETURN n AS member
  UNION
  MATCH (n)-[:CITES|ASSIGNED_TO|INVOLVES|LEADS|COORDINATES|ISSUED_BY]-(member)
  WHERE member:Agency OR member:PolicyReference
  RETURN member
}
WITH DISTINCT member AS n
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
WHERE type IN $types
WITH n, type, CASE type WHEN 'Plan' THEN 0 WHEN 'Section' THEN 1 WHEN 'Weakness' THEN 2 WHEN 'Agency' THEN 3
                        WHEN 'PolicyReference' THEN 4 WHEN 'Task' THEN 5 ELSE 6 END AS rank
ORDER BY rank, n.id
LIMIT $limit + 1
WITH collect(n {.id, .name, .nameEn, .symbol, .label, .code, .statement, .text, .numeral, .title, .kind,
                .planId, .deadlineYears, .ongoing, .docTypeEn, .synthetic, .verified, .complete, type: type}) AS nodes, collect(n) AS members
CALL (members) {
  UNWIND members AS n
  MATCH (n)-[r]->(m)
  RETURN collect({id: elementId(r), source: n.id, target: m.id, type: type(r)}) AS edges
}
RETURN nodes, edges
