// The loaded plans.
MATCH (p:Plan) WHERE $planId IS NULL OR p.id = $planId
RETURN p {.id, .symbol, .title, .province, .date, synthetic: coalesce(p.synthetic, false)} AS plan
ORDER BY p.date, p.id
