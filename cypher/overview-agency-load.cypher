// Agencies ranked by their duties: weaknesses led and coordinated, tasks assigned and involving them.
MATCH (a:Agency)
CALL (a) {
  OPTIONAL MATCH (a)-[:LEADS]->(w:Weakness) WHERE $planId IS NULL OR w.planId = $planId
  RETURN count(w) AS leads
}
CALL (a) {
  OPTIONAL MATCH (a)-[:COORDINATES]->(w:Weakness) WHERE $planId IS NULL OR w.planId = $planId
  RETURN count(w) AS coordinates
}
CALL (a) {
  OPTIONAL MATCH (t:Task)-[:ASSIGNED_TO]->(a) WHERE $planId IS NULL OR t.planId = $planId
  RETURN count(t) AS assigned
}
CALL (a) {
  OPTIONAL MATCH (t:Task)-[:INVOLVES]->(a) WHERE $planId IS NULL OR t.planId = $planId
  RETURN count(t) AS involved
}
WITH a, leads, coordinates, assigned, involved, leads + coordinates + assigned + involved AS total
WHERE total > 0
RETURN a {.id, .name, .nameEn, .level, .kind, .province, .aliases} AS agency,
       leads, coordinates, assigned, involved, total
ORDER BY total DESC, a.name
LIMIT $limit
