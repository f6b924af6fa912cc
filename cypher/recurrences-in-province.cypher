// Every recurrence link among a province's plans. Plan ids begin with the province's slug, so the
// plans are found by a prefix seek on the id index.
MATCH (plan:Plan) WHERE plan.id STARTS WITH $provincePrefix
MATCH (plan)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(earlier:Weakness)-[:RECURS_IN]->(later:Weakness)
RETURN earlier.id AS earlier, later.id AS later
ORDER BY plan.date, earlier.id, later.id
LIMIT $limit
