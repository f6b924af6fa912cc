// The weaknesses of a province's other plans, as the recurrence comparison reads them: their
// stored words when the plan was linked by the current method, else their texts (a plan imported
// before the words were stored). Plan ids begin with the province's slug ("thanh-hoa/"), so the
// plans are found by a prefix seek on the id index, whatever spelling of the province their
// headers use. Causes and tasks come in plan order, as comparePlans reads them.
MATCH (other:Plan) WHERE other.id STARTS WITH $provincePrefix AND other.id <> $planId
MATCH (other)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(w:Weakness)
WITH other, w, other.recurrenceMethod = $method AND w.contextWords IS NOT NULL AS stored
RETURN other.id AS planId, toString(other.date) AS date, w.id AS id, stored,
       CASE WHEN stored THEN w.statementWords END AS statementWords,
       CASE WHEN stored THEN w.contextWords END AS contextWords,
       CASE WHEN stored THEN null ELSE w.statement END AS statement,
       CASE WHEN stored THEN [] ELSE COLLECT { MATCH (w)-[:HAS_CAUSE]->(c:Cause) RETURN c.text ORDER BY c.order } END AS causes,
       CASE WHEN stored THEN [] ELSE COLLECT { MATCH (w)-[:HAS_TASK]->(t:Task) RETURN t.text ORDER BY t.order } END AS tasks
