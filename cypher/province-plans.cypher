// The plans of one province (ids begin with the province's slug: a prefix seek on the id index).
MATCH (p:Plan) WHERE p.id STARTS WITH $provincePrefix
RETURN p {.id, .symbol, .title, .province, .date, synthetic: coalesce(p.synthetic, false)} AS plan
ORDER BY p.date, p.id
