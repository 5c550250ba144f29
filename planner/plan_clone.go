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
	c.Weeks = slices.Clone(p.Weeks)
	for i := range c.Weeks {
		c.Weeks[i] = c.Weeks[i].clone()
	}
	return c
}

// clone is Clone for one week.
func (w Week) clone() Week {
	w.Items = slices.Clone(w.Items)
	w.DaysOff = slices.Clone(w.DaysOff)
	w.Sessions = slices.Clone(w.Sessions)
	for i := range w.Sessions {
		s := &w.Sessions[i]
		s.Items = slices.Clone(s.Items)
		for j := range s.Items {
			s.Items[j].Services = slices.Clone(s.Items[j].Services)
		}
	}
	return w
}
