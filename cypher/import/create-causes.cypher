UNWIND $rows AS row
MATCH (w:Weakness {id: row.weaknessId})
CREATE (c:Cause:Entity)
SET c += row.props, c.order = toInteger(row.order),
    c.lineStart = toInteger(row.lineStart), c.lineEnd = toInteger(row.lineEnd)
CREATE (w)-[:HAS_CAUSE]->(c)
