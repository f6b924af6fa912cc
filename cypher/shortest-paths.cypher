// All shortest paths between two entities over the allowed relationship types. The upper bound
// is the API's maximum; $maxLength narrows it per request.
//
// The type predicate applies during the breadth-first search, which visits each node once (a
// search bounded by the graph, not by the number of paths). The length bound is applied after
// it, in its own WITH: in the shortest-path WHERE it is a predicate the search cannot check, and
// Neo4j then falls back to enumerating every path up to 8 hops when none is short enough (24-32 s
// on the seed, measured). The embedded server also forbids that fallback outright.
MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})
MATCH path = allShortestPaths((from)-[*..8]-(to))
WHERE all(r IN relationships(path) WHERE type(r) IN $types)
WITH path
WHERE length(path) <= $maxLength
RETURN [n IN nodes(path) | n {.id, .name, .nameEn, .symbol, .label, .code, .statement, .text, .numeral,
          .title, .kind, .planId, .deadlineYears, .ongoing, .docTypeEn, .synthetic, .verified, .complete,
          type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(path) | {id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS edges
LIMIT 25
