// Agencies ranked by their duties in one plan, from the plan's weaknesses and tasks (planId
// indexes). (All plans: overview-agency-load.cypher.)
CALL () {
  MATCH (:Weakness {planId: $planId})<-[r:LEADS|COORDINATES]-(a:Agency) RETURN a, type(r) AS role
  UNION ALL
  MATCH (:Task {planId: $planId})-[r:ASSIGNED_TO|INVOLVES]->(a:Agency) RETURN a, type(r) AS role
}
WITH a,
     count(CASE role WHEN 'LEADS' THEN 1 END) AS leads,
     count(CASE role WHEN 'COORDINATES' THEN 1 END) AS coordinates,
     count(CASE role WHEN 'ASSIGNED_TO' THEN 1 END) AS assigned,
     count(CASE role WHEN 'INVOLVES' THEN 1 END) AS involved
RETURN a {.id, .name, .nameEn, .level, .kind, .province, .aliases} AS agency,
       leads, coordinates, assigned, involved, leads + coordinates + assigned + involved AS total
ORDER BY total DESC, a.name
LIMIT $limit
