UNWIND $rows AS row
MATCH (r:PolicyReference {id: row.referenceId})
MATCH (a:Agency {id: row.agencyId})
MERGE (r)-[:ISSUED_BY]->(a)
