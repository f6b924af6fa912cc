// Documents cited by name (laws, "Đề án ..."), found through the full-text index.
CALL db.index.fulltext.queryNodes('search', $query, {limit: 200}) YIELD node, score
WHERE node:PolicyReference
RETURN node {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference, score
ORDER BY score DESC
LIMIT 20
