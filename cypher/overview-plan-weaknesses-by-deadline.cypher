// Weakness counts per deadline in one plan (weakness_plan index): each year named, "ongoing" for
// deadlines that run on, and "unstated" for weaknesses without one. (All plans:
// overview-weaknesses-by-deadline.cypher.)
MATCH (w:Weakness {planId: $planId})
WITH w, [y IN coalesce(w.deadlineYears, []) | toString(y)] + CASE WHEN w.ongoing THEN ['ongoing'] ELSE [] END AS deadlines
UNWIND CASE WHEN size(deadlines) = 0 THEN ['unstated'] ELSE deadlines END AS deadline
RETURN deadline, count(DISTINCT w) AS weaknesses
ORDER BY deadline
