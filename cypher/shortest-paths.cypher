// All shortest paths between two entities over the allowed relationship types. The upper bound
// is the API's maximum; $maxLength narrows it per request.
MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})
MATCH path = allShortestPaths((from)-[*..8]-(to))
WHERE length(path) <= $maxLength AND all(r IN relationships(path) WHERE type(r) IN $types)
RETURN [n IN nodes(path) | n {.id, .name, .nameEn, .symbol, .label, .code, .statement, .text, .numeral,
          .title, .kind, .planId, .deadlineYears, .ongoing, .docTypeEn, .synthetic,
          type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(path) | {id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS edges
LIMIT 25
