// The recurrence links around one weakness: every weakness joined to it by RECURS_IN, in either
// direction and through any number of plans (its chain), and the links among them.
MATCH (start:Weakness {id: $weaknessId})
CALL apoc.path.subgraphNodes(start, {relationshipFilter: 'RECURS_IN', maxLevel: 50}) YIELD node
WITH collect(node) AS chain
UNWIND chain AS earlier
MATCH (earlier)-[:RECURS_IN]->(later:Weakness)
WHERE later IN chain
RETURN earlier.id AS earlier, later.id AS later
LIMIT $limit
