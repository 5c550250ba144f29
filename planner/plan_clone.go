package planner

import "slices"

// Clone returns a copy of p that shares no slice or pointer with it, so a copy kept
// (a cache of decoded schedules) is never changed through another.
func (p Plan) Clone() Plan {
	c := p
	c.Unscheduled = slices.Clone(p.Unscheduled)
	c.Domains = slices.Clone(p.Domains)
	for i, d := range c.Domains {
		if d.Weight != nil {
			w := *d.Weight
			c.Domains[i].Weight = &w
		}
	}
	c.Warnings = slices.Clone(p.Warnings)
	c.Changes = slices.Clone(p.Changes)
	c.Inputs.Held = slices.Clone(p.Inputs.Held)
	c.Inputs.TimeOff = slices.Clone(p.Inputs.TimeOff)
	c.Topics = slices.Clone(p.Topics)
	for i := range c.Topics {
		c.Topics[i].Items = slices.Clone(c.Topics[i].Items)
		for j := range c.Topics[i].Items {
			c.Topics[i].Items[j].Services = slices.Clone(c.Topics[i].Items[j].Services)
		}
	}
	c.Weeks = cloneWeeks(p.Weeks)
	return c
}

// cloneWeeks copies weeks, their items, sessions, days off and sessions'
// items each into one new backing array rather than one a week: a year's
// schedule was some 300 allocations, copied for each plan read (the
// plan and Progress screens read every active plan beside the one they
// show). Each week's slice is capped at its length, so that an append to
// one week's reallocates it rather than writing over the next week's; a
// nil slice stays nil (a schedule's JSON tells null from []).
func cloneWeeks(weeks []Week) []Week {
	out := slices.Clone(weeks)
	var items, sessions, off, sessionItems int
	for _, w := range weeks {
		items, sessions, off = items+len(w.Items), sessions+len(w.Sessions), off+len(w.DaysOff)
		for _, x := range w.Sessions {
			sessionItems += len(x.Items)
		}
	}
	itemsTo, sessionsTo := make([]Item, 0, items), make([]Session, 0, sessions)
	offTo, sessionItemsTo := make([]DayOff, 0, off), make([]SessionItem, 0, sessionItems)
	for i := range out {
		w := &out[i]
		w.Items, itemsTo = copyInto(itemsTo, w.Items)
		w.DaysOff, offTo = copyInto(offTo, w.DaysOff)
		w.Sessions, sessionsTo = copyInto(sessionsTo, w.Sessions)
		for j := range w.Sessions {
			x := &w.Sessions[j]
			x.Items, sessionItemsTo = copyInto(sessionItemsTo, x.Items)
			for k := range x.Items {
				x.Items[k].Services = slices.Clone(x.Items[k].Services)
			}
		}
	}
	return out
}

// copyInto appends s to to, which has room for it, and returns the copy,
// capped at its length, and to with it; nil for a nil s.
func copyInto[T any](to, s []T) (copied, rest []T) {
	if s == nil {
		return nil, to
	}
	at := len(to)
	to = append(to, s...)
	return to[at:len(to):len(to)], to
}
