UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
CREATE (w:Weakness:Entity)
SET w += row.props, w.order = toInteger(row.order),
    w.deadlineYears = [y IN row.deadlineYears | toInteger(y)],
    w.lineStart = toInteger(row.lineStart), w.lineEnd = toInteger(row.lineEnd)
CREATE (s)-[:HAS_WEAKNESS]->(w)
