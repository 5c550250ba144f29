package storage

import (
	"certplan/catalog"
	"certplan/planner"
)

// Standing is the plan's standing at the start of today, as the planner
// defines it (planner.StandingOf) for the current schedule and progress.
func (p Plan) Standing(today catalog.Date) planner.Standing {
	return planner.StandingOf(p.Schedule, p.PlannerProgress(), today)
}
