// (Task)-[:ASSIGNED_TO]->(Agency), one row a link.
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
MATCH (t:Task {id: row.itemId})
MERGE (t)-[:ASSIGNED_TO]->(a)
