package storage

import (
	"sync"

	"certplan/planner"
)

// decodedMost is how many decoded schedules decoded keeps: ten times the
// plans a learner keeps active, with room for their recent versions.
const decodedMost = 256

// decoded is the process's cache of decoded schedules, by the SHA-256 of
// their stored bytes: the same bytes always decode to the same plan,
// whatever database or plan id they come from, so nothing needs clearing
// on an import or a restore.
var decoded = scheduleCache{plans: map[[32]byte]planner.Plan{}}

// scheduleCache maps stored schedules' digests to the plans they decode
// to; safe for concurrent use. It hands out copies only (planner.Plan.Clone).
type scheduleCache struct {
	mu    sync.Mutex
	plans map[[32]byte]planner.Plan
}

// get returns a copy of the plan kept for key.
func (c *scheduleCache) get(key [32]byte) (planner.Plan, bool) {
	c.mu.Lock()
	p, ok := c.plans[key]
	c.mu.Unlock()
	if !ok {
		return planner.Plan{}, false
	}
	return p.Clone(), true
}

// put keeps p, which no one else holds, for key; a full cache is emptied
// first (schedules are small, and the active ones come back at once).
func (c *scheduleCache) put(key [32]byte, p planner.Plan) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.plans) >= decodedMost {
		clear(c.plans)
	}
	c.plans[key] = p
}
