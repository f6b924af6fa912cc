// Documents cited by the same items as the given one, by how many items cite both.
MATCH (ref:PolicyReference {id: $referenceId})<-[:CITES]-(item)-[:CITES]->(other:PolicyReference)
WHERE other <> ref
WITH other, count(DISTINCT item) AS count
RETURN other {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference, count
ORDER BY count DESC, other.id
LIMIT $limit
