UNWIND $rows AS row
MATCH (w:Weakness {id: row.weaknessId})
CREATE (t:Task:Entity)
SET t += row.props, t.order = toInteger(row.order),
    t.lineStart = toInteger(row.lineStart), t.lineEnd = toInteger(row.lineEnd)
CREATE (w)-[:HAS_TASK]->(t)
