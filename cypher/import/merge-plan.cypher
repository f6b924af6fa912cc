MERGE (p:Plan {id: $plan.id})
SET p:Entity, p += $plan.props, p.date = date($plan.date), p.year = toInteger($plan.year),
    p.lineStart = toInteger($plan.lineStart), p.lineEnd = toInteger($plan.lineEnd),
    p.truncatedAt = toInteger($plan.truncatedAt)
WITH p
OPTIONAL MATCH (p)-[r:CITES|ISSUED_BY]->()
DELETE r
