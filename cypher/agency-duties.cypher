// Everything the given agencies must do by name: weaknesses they lead or coordinate, tasks
// assigned to them or naming them as partners. Each duty comes with its plan, section, deadline
// and cited documents (a task also carries its weakness's citations). Duties held through
// collective groups are agency-collective-duties.cypher, one page at a time.
MATCH (holder:Agency) WHERE holder.id IN $agencyIds
CALL (holder) {
  MATCH (holder)-[:LEADS]->(w:Weakness) RETURN 'LEADS' AS role, w AS item, w AS weakness
  UNION
  MATCH (holder)-[:COORDINATES]->(w:Weakness) RETURN 'COORDINATES' AS role, w AS item, w AS weakness
  UNION
  MATCH (w:Weakness)-[:HAS_TASK]->(t:Task)-[:ASSIGNED_TO]->(holder) RETURN 'ASSIGNED' AS role, t AS item, w AS weakness
  UNION
  MATCH (w:Weakness)-[:HAS_TASK]->(t:Task)-[:INVOLVES]->(holder) RETURN 'INVOLVED' AS role, t AS item, w AS weakness
}
MATCH (plan:Plan)-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(weakness)
WHERE $planId IS NULL OR plan.id = $planId
WITH role, holder, item, weakness, plan, section,
     COLLECT { MATCH (item)-[:CITES]->(r:PolicyReference) RETURN r
               UNION MATCH (weakness)-[:CITES]->(r:PolicyReference) WHERE item <> weakness RETURN r } AS cited
RETURN role,
       holder {.id, .name, .nameEn, .level, .kind, .province, .aliases} AS holder,
       null AS via,
       CASE WHEN item:Task THEN 'Task' ELSE 'Weakness' END AS itemType,
       item.id AS itemId,
       coalesce(item.text, item.statement) AS text,
       weakness.id AS weaknessId, weakness.code AS weaknessCode, weakness.statement AS weaknessStatement,
       weakness.deadlineText AS deadlineText, coalesce(weakness.deadlineYears, []) AS deadlineYears,
       coalesce(weakness.ongoing, false) AS ongoing,
       plan {.id, .symbol, .title, .province, .date, synthetic: coalesce(plan.synthetic, false)} AS plan,
       section {.id, .numeral, .title, .order} AS section,
       [r IN cited | r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject}] AS references,
       item.sourceFile AS sourceFile, item.lineStart AS lineStart, item.lineEnd AS lineEnd
ORDER BY plan.date, plan.id, section.order, weakness.order, itemType DESC, item.order
