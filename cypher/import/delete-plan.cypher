// Removes the plan node itself (its content goes through delete-plan-content).
MATCH (p:Plan {id: $planId})
DETACH DELETE p
