// The subgraph within $depth hops of the given nodes, following $relationshipFilter (APOC syntax,
// built by the API from its enum of types; null follows all), cut at $limit nodes. One node more
// than the limit is asked for, so the caller can tell that the cut happened.
MATCH (start:Entity) WHERE start.id IN $ids
WITH collect(start) AS starts
CALL apoc.path.subgraphAll(starts, {maxLevel: $depth, relationshipFilter: $relationshipFilter, limit: $limit + 1})
YIELD nodes, relationships
RETURN [n IN nodes | n {.id, .name, .nameEn, .symbol, .label, .code, .statement, .text, .numeral,
          .title, .kind, .planId, .deadlineYears, .ongoing, .docTypeEn, .synthetic, .verified, .complete,
          type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships | {id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS edges
