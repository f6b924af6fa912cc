MATCH (p:Plan {id: $planId})
UNWIND $rows AS row
CREATE (s:Section:Entity)
SET s += row.props, s.order = toInteger(row.order),
    s.lineStart = toInteger(row.lineStart), s.lineEnd = toInteger(row.lineEnd)
CREATE (p)-[:HAS_SECTION]->(s)
