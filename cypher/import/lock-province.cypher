// Imports and removals of one province's plans run one after another: each takes this node's
// write lock first and holds it to its commit. A plan's recurrence links come from the province's
// plans committed when its import reads them, so two imports side by side would each miss the
// other's plan, and an import beside a removal could link to weaknesses being deleted. (Plans that
// share an agency or a document already wait on that node's lock; this holds for any two.) The
// uniqueness constraint on ProvinceImportLock.id makes concurrent first MERGEs meet on one node.
MERGE (lock:ProvinceImportLock {id: $province})
SET lock.lastPlan = $planId
