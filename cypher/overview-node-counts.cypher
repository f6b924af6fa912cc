// Nodes per label over all plans, from Neo4j's count store (COUNT {} of a bare label reads no
// node, whatever the size of the graph). (One plan's counts: overview-plan-node-counts.cypher.)
UNWIND [
  {label: 'Plan', count: COUNT { (:Plan) }},
  {label: 'Section', count: COUNT { (:Section) }},
  {label: 'Weakness', count: COUNT { (:Weakness) }},
  {label: 'Cause', count: COUNT { (:Cause) }},
  {label: 'Task', count: COUNT { (:Task) }},
  {label: 'Agency', count: COUNT { (:Agency) }},
  {label: 'PolicyReference', count: COUNT { (:PolicyReference) }}
] AS row
RETURN row.label AS label, row.count AS count
