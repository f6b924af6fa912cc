// Weakness counts per deadline over all plans: each year named, "ongoing" for deadlines that run
// on, and "unstated" for weaknesses without one. Every weakness counts, read through the
// weakness_plan index (each has a planId). (One plan: overview-plan-weaknesses-by-deadline.cypher.)
MATCH (w:Weakness) WHERE w.planId IS NOT NULL
WITH w, [y IN coalesce(w.deadlineYears, []) | toString(y)] + CASE WHEN w.ongoing THEN ['ongoing'] ELSE [] END AS deadlines
UNWIND CASE WHEN size(deadlines) = 0 THEN ['unstated'] ELSE deadlines END AS deadline
RETURN deadline, count(DISTINCT w) AS weaknesses
ORDER BY deadline
