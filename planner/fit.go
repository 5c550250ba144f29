package planner

import (
	"slices"

	"certplan/catalog"
)

// A plan fits when its work is placed, not when the days' hours merely add
// up to it: no study session is under a quarter hour (see walk), so a few
// spare minutes here and there may hold no study. The verdicts on what fits
// (Feasible, the earliest exam date, the hours a week that fit) place the
// work to tell, so that each date or week they offer fits once applied.

// maxRefits bounds how often placing a plan that loses minutes thins its
// work again.
const maxRefits = 8

// placeFitted places work on days, thinned (fitWork) to what the days hold
// once placed: when placing leaves minutes out, the work is thinned by that
// much more and placed again. It returns the work as fitted and where it went.
func placeFitted(work []TopicPlan, days []day, order func(work []TopicPlan, seq []int)) ([]TopicPlan, placement) {
	room := capacity(days)
	for n := 0; ; n++ {
		fitted := fitWork(work, room)
		pl := place(fitted, slices.Clone(days), func(seq []int) { order(fitted, seq) })
		lost := remainingMinutes(fitted) - placedMinutes(pl.pieces)
		if lost <= 0 || room == 0 || n == maxRefits {
			return fitted, pl
		}
		room = max(room-lost, 0)
	}
}

func placedMinutes(pieces []piece) int {
	t := 0
	for _, pc := range pieces {
		t += pc.minutes
	}
	return t
}

// fitCheck tells whether a plan's remaining work, all of it, is placed
// from its first day to an exam date at some hours a week.
type fitCheck struct {
	in    Input
	from  catalog.Date
	work  []TopicPlan
	order func(work []TopicPlan, seq []int)
}

// fits reports whether all the work is placed before until at hours.
func (f fitCheck) fits(hours Weekdays, until catalog.Date) bool {
	need := remainingMinutes(f.work)
	days := calendar(f.in, hours, f.from, until)
	if capacity(days) < need {
		return false
	}
	fitted := slices.Clone(f.work) // placing a practice exam in parts retitles it
	pl := place(fitted, days, func(seq []int) { f.order(fitted, seq) })
	return placedMinutes(pl.pieces) == need
}
