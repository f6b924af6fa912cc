UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId})
CREATE (w:Weakness:Entity)
SET w += row.props, w.order = toInteger(row.order),
    w.deadlineYears = [y IN row.deadlineYears | toInteger(y)],
    w.dueFrom = CASE WHEN row.dueFrom IS NULL THEN null ELSE date(row.dueFrom) END,
    w.dueBy = CASE WHEN row.dueBy IS NULL THEN null ELSE date(row.dueBy) END,
    w.lineStart = toInteger(row.lineStart), w.lineEnd = toInteger(row.lineEnd)
CREATE (s)-[:HAS_WEAKNESS]->(w)
