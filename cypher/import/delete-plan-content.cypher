// A re-import replaces what the plan owns (sections, weaknesses, causes, tasks); agencies and
// references are shared between plans and stay.
CALL () {
  MATCH (n:Section {planId: $planId}) RETURN n
  UNION MATCH (n:Weakness {planId: $planId}) RETURN n
  UNION MATCH (n:Cause {planId: $planId}) RETURN n
  UNION MATCH (n:Task {planId: $planId}) RETURN n
}
DETACH DELETE n
