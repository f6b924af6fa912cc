UNWIND $rows AS row
MERGE (a:Agency {id: row.id})
SET a:Entity, a += row.props
