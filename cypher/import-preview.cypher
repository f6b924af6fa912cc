// What a plan about to be imported would change: whether a plan with its id is stored (the
// import replaces it; a synthetic one stays synthetic), and which of its bodies are new.
OPTIONAL MATCH (stored:Plan {id: $planId})
RETURN stored IS NOT NULL AS exists, coalesce(stored.synthetic, false) AS storedSynthetic,
       [id IN $agencyIds WHERE NOT EXISTS { MATCH (:Agency {id: id}) }] AS newAgencyIds
