// Agencies ranked by their duties over all plans: weaknesses led and coordinated, tasks assigned
// and involving them. Every agency is a candidate, read through the agency_id index; each count
// is the node's stored degree for that relationship type (LEADS and COORDINATES only reach
// weaknesses, ASSIGNED_TO and INVOLVES only come from tasks), so no relationship is followed.
// (One plan's ranking: overview-plan-agency-load.cypher.)
MATCH (a:Agency) WHERE a.id IS NOT NULL
WITH a,
     COUNT { (a)-[:LEADS]->() } AS leads,
     COUNT { (a)-[:COORDINATES]->() } AS coordinates,
     COUNT { (a)<-[:ASSIGNED_TO]-() } AS assigned,
     COUNT { (a)<-[:INVOLVES]-() } AS involved
WITH a, leads, coordinates, assigned, involved, leads + coordinates + assigned + involved AS total
WHERE total > 0
RETURN a {.id, .name, .nameEn, .level, .kind, .province, .aliases} AS agency,
       leads, coordinates, assigned, involved, total
ORDER BY total DESC, a.name
LIMIT $limit
