// Recurrence links where one of the given agencies leads the weakness in the earlier plan or in
// the later one (so a responsibility that moved to or from the agency is included).
MATCH (a:Agency) WHERE a.id IN $agencyIds
CALL (a) {
  MATCH (a)-[:LEADS]->(earlier:Weakness)-[:RECURS_IN]->(later:Weakness) RETURN earlier, later
  UNION
  MATCH (a)-[:LEADS]->(later:Weakness)<-[:RECURS_IN]-(earlier:Weakness) RETURN earlier, later
}
WITH DISTINCT earlier, later
RETURN earlier.id AS earlier, later.id AS later
ORDER BY earlier.id, later.id
LIMIT $limit
