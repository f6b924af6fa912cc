// Which weaknesses of plan $a recur in plan $b, as the importer stored them: the RECURS_IN links
// between the two plans, in either direction ($a may be the later plan), with the score and its
// explanation. `stored` is true only when both plans were linked by $method: the later of the two
// was then compared with the earlier at its import, and the links are the whole answer (no link
// means no recurrence). Otherwise the caller scores the pairs itself.
MATCH (a:Plan {id: $a}), (b:Plan {id: $b})
RETURN a.recurrenceMethod = $method AND b.recurrenceMethod = $method AS stored,
       COLLECT {
         MATCH (a)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(x:Weakness)-[link:RECURS_IN]-(y:Weakness)
               <-[:HAS_WEAKNESS]-(:Section)<-[:HAS_SECTION]-(b)
         WHERE link.method = $method
         RETURN {earlier: x.id, later: y.id, score: link.score, terms: coalesce(link.terms, [])}
       } AS matches
