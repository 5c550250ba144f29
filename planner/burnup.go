package planner

import "certplan/catalog"

// BurnUp is the data of a burn-up chart: for each week of a plan, the
// hours planned and done by its end, added up from the start.
type BurnUp struct {
	Weeks   []catalog.Date // each week's first day
	Planned []float64      // cumulative planned hours at each week's end
	Done    []float64      // cumulative done hours, up to the week holding today
	Total   float64        // all the plan's work
	Today   int            // index of the week holding today; -1 when outside
	// TodayAt is how far through its week today is, 0 (Monday) to 1.
	TodayAt float64
	// Passed is the day the plan's exam was passed (Plan.Passed), where
	// both lines stop; zero when it is not.
	Passed catalog.Date
}

// BurnUpOf adds up a plan's planned and done hours week by week; a plan
// cut at its pass day (Plan.UpToPass) has no week after it, so both lines
// stop at the pass. A tick
// counts in the week it was made (doneOn, the day each topic was ticked
// off, where known); hours logged on open topics count in the week
// holding today.
func BurnUpOf(p Plan, progress map[string]Progress, doneOn map[string]catalog.Date, today catalog.Date) BurnUp {
	b := BurnUp{Today: p.Week(today), Passed: p.Passed}
	if b.Today >= 0 {
		b.TodayAt = float64(today.MondayIndex()) / 7
	}
	last := b.Today
	if last < 0 && len(p.Weeks) > 0 && today.After(p.Weeks[len(p.Weeks)-1].End) {
		last = len(p.Weeks) - 1
	}
	for _, t := range p.Topics {
		b.Total += t.Hours
	}
	// Sessions kept from before a rebalance and the work re-planned after
	// it can add up to more than all the plan's work: the line never
	// schedules more than there is.
	sum := 0.0
	for i, w := range p.Weeks {
		sum += w.PlannedHours
		b.Weeks = append(b.Weeks, w.Start)
		b.Planned = append(b.Planned, round2(min(sum, b.Total)))
		if i <= last {
			b.Done = append(b.Done, 0)
		}
	}
	for _, t := range p.Topics {
		b.addDone(p, t, progress, doneOn[t.ID])
	}
	// What a passed plan planned after its pass (AfterPass) is never due.
	b.addUnscheduled(minutesToHours(unscheduledLeftMinutes(p, progress, p.countedTo(today)) + p.afterPassMinutes()))
	return b
}

// addUnscheduled counts, from today's week on, the work done ahead of the
// schedule that a rebalance took out of it, and the part cut from thinner
// topics that their sessions done so far made due, so planned still ends
// at all the plan's work less what did not fit and is still left
// (unscheduledLeftMinutes).
func (b *BurnUp) addUnscheduled(shortfall float64) {
	n := len(b.Planned)
	if n == 0 {
		return
	}
	extra := b.Total - shortfall - b.Planned[n-1]
	if extra < Tolerance {
		return
	}
	for i := max(b.Today, 0); i < n; i++ {
		b.Planned[i] = round2(b.Planned[i] + extra)
	}
}

// addDone counts a topic's done hours from the week they were done in:
// the week of its tick, or the last week drawn when that is not known.
func (b *BurnUp) addDone(p Plan, t TopicPlan, progress map[string]Progress, doneOn catalog.Date) {
	h, g := t.DoneHours(progress), progress[t.ID]
	if h == 0 || len(b.Done) == 0 {
		return
	}
	at := len(b.Done) - 1
	if wi := p.Week(doneOn); g.Done && !doneOn.IsZero() && wi >= 0 && wi < at {
		at = wi
	}
	for i := at; i < len(b.Done); i++ {
		b.Done[i] += h
	}
}
