// One CITES per mention, keeping what that mention states: mentions that disagree stay visible.
UNWIND $rows AS row
MATCH (r:PolicyReference {id: row.referenceId})
MATCH (from:Entity {id: row.fromId})
CREATE (from)-[c:CITES]->(r)
SET c.text = row.text, c.issuer = row.issuer, c.line = toInteger(row.line),
    c.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
