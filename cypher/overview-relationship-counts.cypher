// Relationships per type over all plans, from Neo4j's count store (one COUNT {} per type of the
// types the importer writes: the store keeps counts by type, not grouped; api.test checks the list
// against a full count). Types with none are left out. (One plan's: overview-plan-relationship-counts.cypher.)
UNWIND [
  {label: 'ASSIGNED_TO', count: COUNT { ()-[:ASSIGNED_TO]->() }},
  {label: 'CITES', count: COUNT { ()-[:CITES]->() }},
  {label: 'COORDINATES', count: COUNT { ()-[:COORDINATES]->() }},
  {label: 'HAS_CAUSE', count: COUNT { ()-[:HAS_CAUSE]->() }},
  {label: 'HAS_SECTION', count: COUNT { ()-[:HAS_SECTION]->() }},
  {label: 'HAS_TASK', count: COUNT { ()-[:HAS_TASK]->() }},
  {label: 'HAS_WEAKNESS', count: COUNT { ()-[:HAS_WEAKNESS]->() }},
  {label: 'INVOLVES', count: COUNT { ()-[:INVOLVES]->() }},
  {label: 'ISSUED_BY', count: COUNT { ()-[:ISSUED_BY]->() }},
  {label: 'LEADS', count: COUNT { ()-[:LEADS]->() }},
  {label: 'MEMBER_OF', count: COUNT { ()-[:MEMBER_OF]->() }},
  {label: 'RECURS_IN', count: COUNT { ()-[:RECURS_IN]->() }}
] AS row
WITH row WHERE row.count > 0
RETURN row.label AS label, row.count AS count
