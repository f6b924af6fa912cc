// Duties (weaknesses led or coordinated, tasks owned or taken part in) of the plans issued by
// $asOf, each with its weakness's deadline period and where it stands on that day:
//   OPEN               no last day (the work runs on, or none is stated), or the period not begun;
//   DUE                the period has begun and its last day has not passed;
//   OVERDUE_RECURRING  the last day passed, and a plan of the province issued after it (and by
//                      $asOf) states the weakness again (RECURS_IN joins only one province's plans);
//   OVERDUE            the last day passed with no such plan.
// Either the given agencies' duties ($agencyIds), or every duty in the plans whose ids start with
// $provincePrefix ('' for all plans); both entry points seek an index.
WITH date($asOf) AS asOf
CALL (asOf) {
  WITH asOf WHERE $agencyIds IS NOT NULL
  MATCH (agency:Agency) WHERE agency.id IN $agencyIds
  CALL (agency) {
    MATCH (agency)-[:LEADS]->(w:Weakness) RETURN 'LEADS' AS role, w AS item, w AS weakness
    UNION MATCH (agency)-[:COORDINATES]->(w:Weakness) RETURN 'COORDINATES' AS role, w AS item, w AS weakness
    UNION MATCH (w:Weakness)-[:HAS_TASK]->(t:Task)-[:ASSIGNED_TO]->(agency) RETURN 'ASSIGNED' AS role, t AS item, w AS weakness
    UNION MATCH (w:Weakness)-[:HAS_TASK]->(t:Task)-[:INVOLVES]->(agency) RETURN 'INVOLVED' AS role, t AS item, w AS weakness
  }
  MATCH (plan:Plan)-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(weakness)
  WHERE plan.id STARTS WITH $provincePrefix AND plan.date <= asOf
  RETURN role, agency, item, weakness, plan, section
  UNION
  WITH asOf WHERE $agencyIds IS NULL
  MATCH (plan:Plan) WHERE plan.id STARTS WITH $provincePrefix AND plan.date <= asOf
  MATCH (plan)-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(weakness:Weakness)
  CALL (weakness) {
    MATCH (agency:Agency)-[:LEADS]->(weakness) RETURN 'LEADS' AS role, agency, weakness AS item
    UNION MATCH (agency:Agency)-[:COORDINATES]->(weakness) RETURN 'COORDINATES' AS role, agency, weakness AS item
    UNION MATCH (weakness)-[:HAS_TASK]->(t:Task)-[:ASSIGNED_TO]->(agency:Agency) RETURN 'ASSIGNED' AS role, agency, t AS item
    UNION MATCH (weakness)-[:HAS_TASK]->(t:Task)-[:INVOLVES]->(agency:Agency) RETURN 'INVOLVED' AS role, agency, t AS item
  }
  RETURN role, agency, item, weakness, plan, section
}
WITH asOf, role, agency, item, weakness, plan, section
WHERE role IN $roles
WITH asOf, role, agency, item, weakness, plan, section,
     CASE WHEN weakness.dueBy IS NULL OR weakness.dueBy >= asOf THEN []
          ELSE COLLECT { MATCH (weakness)-[:RECURS_IN]->(:Weakness)<-[:HAS_WEAKNESS]-(:Section)<-[:HAS_SECTION]-(later:Plan)
                         WHERE later.date > weakness.dueBy AND later.date <= asOf
                         RETURN DISTINCT later ORDER BY later.date } END AS recurredIn
RETURN role,
       agency {.id, .name, .nameEn, .level, .kind, .province, .aliases} AS agency,
       CASE WHEN item:Task THEN 'Task' ELSE 'Weakness' END AS itemType,
       item.id AS itemId, coalesce(item.text, item.statement) AS text,
       weakness.id AS weaknessId, weakness.code AS weaknessCode,
       plan {.id, .symbol, .title, .province, .date, synthetic: coalesce(plan.synthetic, false)} AS plan,
       section {.id, .numeral, .title} AS section,
       weakness.deadlineText AS deadlineText, coalesce(weakness.deadlineYears, []) AS deadlineYears,
       coalesce(weakness.ongoing, false) AS ongoing, weakness.dueFrom AS dueFrom, weakness.dueBy AS dueBy,
       CASE WHEN weakness.dueBy IS NULL THEN 'OPEN'
            WHEN weakness.dueBy >= asOf THEN CASE WHEN weakness.dueFrom <= asOf THEN 'DUE' ELSE 'OPEN' END
            WHEN size(recurredIn) > 0 THEN 'OVERDUE_RECURRING'
            ELSE 'OVERDUE' END AS status,
       [p IN recurredIn | p {.id, .symbol, .title, .province, .date, synthetic: coalesce(p.synthetic, false)}] AS recurredIn,
       item.sourceFile AS sourceFile, item.lineStart AS lineStart, item.lineEnd AS lineEnd
ORDER BY plan.date, plan.id, section.order, weakness.order, itemType DESC, item.order, role, agency.name
