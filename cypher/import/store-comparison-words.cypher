// What the recurrence method read of the plan being written, kept for later comparisons: each
// weakness's folded content words (one line per text) and, on the plan, the method's name. A
// plan marked with the current method has its words stored and was compared, at its import, with
// every plan of its province then stored: comparePlans reads its links and words instead of
// working them out again, and a later import reads its words instead of folding its texts.
MATCH (plan:Plan {id: $planId})
SET plan.recurrenceMethod = $method
WITH plan
UNWIND $words AS row
MATCH (w:Weakness {id: row.id})
SET w.statementWords = row.statementWords, w.contextWords = row.contextWords
