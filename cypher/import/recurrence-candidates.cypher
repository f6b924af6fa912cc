// The weaknesses of a province's other plans, with the text the recurrence comparison reads. Plan
// ids begin with the province's slug ("thanh-hoa/"), so the plans are found by a prefix seek on
// the id index, whatever spelling of the province their headers use.
MATCH (other:Plan) WHERE other.id STARTS WITH $provincePrefix AND other.id <> $planId
MATCH (other)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(w:Weakness)
RETURN other.id AS planId, toString(other.date) AS date, w.id AS id, w.statement AS statement,
       COLLECT { MATCH (w)-[:HAS_CAUSE]->(c:Cause) RETURN c.text } AS causes,
       COLLECT { MATCH (w)-[:HAS_TASK]->(t:Task) RETURN t.text } AS tasks
