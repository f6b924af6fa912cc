// Documents whose symbol, reduced to letters and digits, equals the asked one ("08/NQ-TU" and
// "08-NQ/TU" both reduce to "08-nq-tu"), or starts with a bare number ("Nghị quyết 08" → "08-").
CALL () {
  MATCH (r:PolicyReference {symbolKey: $symbolKey}) RETURN r, true AS exact
  UNION
  MATCH (r:PolicyReference) WHERE r.symbolKey STARTS WITH $prefix RETURN r, false AS exact
}
WITH r, max(exact) AS exact
RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference, exact
ORDER BY exact DESC, r.date DESC
LIMIT 50
