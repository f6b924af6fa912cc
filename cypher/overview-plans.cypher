// The loaded plans (or one), in date order. All plans are read through the plan_id index (every
// plan is in it), so the statement starts from an index either way.
MATCH (p:Plan) WHERE p.id IS NOT NULL AND ($planId IS NULL OR p.id = $planId)
RETURN p {.id, .symbol, .title, .province, .date, synthetic: coalesce(p.synthetic, false)} AS plan
ORDER BY p.date, p.id
