// Full-text search over every node type ($query is folded and escaped by the caller), ranked.
CALL db.index.fulltext.queryNodes('search', $query, {limit: $fetch}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS type
WHERE $types IS NULL OR type IN $types
RETURN node {.id, .name, .nameEn, .symbol, .label, .code, .statement, .text, .numeral, .title, .kind,
             .planId, .deadlineYears, .ongoing, .docTypeEn, .synthetic, .verified, .complete, type: type} AS node,
       score,
       coalesce(node.statement, node.text, node.name, node.title, node.label, node.symbol) AS passage,
       node.nameEn AS passageEn
ORDER BY score DESC
LIMIT $limit
