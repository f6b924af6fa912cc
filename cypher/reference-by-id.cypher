// A document asked for by its id.
MATCH (r:PolicyReference {id: $id})
RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference
