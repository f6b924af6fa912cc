// Agency→Weakness (LEADS, COORDINATES) and Task→Agency (ASSIGNED_TO, INVOLVES), one row a link.
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
CALL (row, a) {
  WITH row, a WHERE row.type = 'LEADS'
  MATCH (w:Weakness {id: row.itemId}) MERGE (a)-[:LEADS]->(w)
  UNION
  WITH row, a WHERE row.type = 'COORDINATES'
  MATCH (w:Weakness {id: row.itemId}) MERGE (a)-[:COORDINATES]->(w)
  UNION
  WITH row, a WHERE row.type = 'ASSIGNED_TO'
  MATCH (t:Task {id: row.itemId}) MERGE (t)-[:ASSIGNED_TO]->(a)
  UNION
  WITH row, a WHERE row.type = 'INVOLVES'
  MATCH (t:Task {id: row.itemId}) MERGE (t)-[:INVOLVES]->(a)
}
