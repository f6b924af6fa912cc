// (earlier Weakness)-[:RECURS_IN]->(later Weakness), one row a link, with the score that made it,
// the method's name and the shared terms that weigh most (the score's explanation).
UNWIND $rows AS row
MATCH (earlier:Weakness {id: row.earlier})
MATCH (later:Weakness {id: row.later})
CREATE (earlier)-[r:RECURS_IN]->(later)
SET r.score = row.score, r.method = $method, r.terms = row.terms
