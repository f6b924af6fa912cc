// (Agency)-[:LEADS]->(Weakness), one row a link.
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
MATCH (w:Weakness {id: row.itemId})
MERGE (a)-[:LEADS]->(w)
