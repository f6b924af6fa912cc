// The data version: a counter that every import and removal bumps in its own transaction
// (import/bump-data-version.cypher), and marks settled once that transaction has committed
// (import/settle-data-version.cypher). The API keys its cached answers by it, and keeps answers
// only of a settled version: Neo4j reads are read-committed, and a read running while a commit
// is being applied may see part of it. A database that no import has touched yet has no version
// node, which reads as version 0, settled. One unique-index seek.
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version, v.stamp AS stamp, coalesce(v.settled, 0) = coalesce(v.version, 0) AS settled
