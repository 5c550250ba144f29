package catalog

import "fmt"

// StatusOn is where the exam stands on date on, worked out from its dates:
// retired after its last day, scheduled before its first, in beta until
// its general availability, retiring while a last day is announced, else
// active. The stored Status is what AWS announced; it decides only what
// the dates cannot (an exam retired with no last day published, a beta
// with no general-availability date, a scheduled exam with no first day).
func (e *Exam) StatusOn(on Date) Status {
	switch {
	case e.Status == Retired && e.LastDay.IsZero():
		return Retired
	case !e.LastDay.IsZero() && on.After(e.LastDay):
		return Retired
	case !e.AvailableFrom.IsZero() && on.Before(e.AvailableFrom):
		return Scheduled
	case e.Status == Scheduled && e.AvailableFrom.IsZero():
		return Scheduled
	case e.Status == Beta && (e.GeneralAvailability.IsZero() || on.Before(e.GeneralAvailability)):
		return Beta
	case !e.LastDay.IsZero():
		return Retiring
	}
	return Active
}

// CannotTake says in one line why the exam cannot be sat on date on and
// what to plan instead, or returns "" when it can:
// "DVA-C02 cannot be taken after 2026-11-30; plan DVA-C03 instead".
func (c *Catalog) CannotTake(e *Exam, on Date) string {
	instead := "; it has no successor to plan"
	if next := c.successorOn(e, on); next != nil {
		instead = fmt.Sprintf("; plan %s instead", next.Code)
	}
	switch e.StatusOn(on) {
	case Retired:
		if e.LastDay.IsZero() {
			return fmt.Sprintf("%s is retired and can no longer be taken%s", e.Code, instead)
		}
		return fmt.Sprintf("%s cannot be taken after %s%s", e.Code, e.LastDay, instead)
	case Scheduled:
		if e.AvailableFrom.IsZero() {
			return fmt.Sprintf("%s cannot be booked yet: AWS has not published its first day", e.Code)
		}
		return fmt.Sprintf("%s cannot be taken before %s: choose an exam date from then", e.Code, e.AvailableFrom)
	}
	return ""
}

// successorOn is the newest version of e's certification bookable on date
// on, other than e; nil when there is none.
func (c *Catalog) successorOn(e *Exam, on Date) *Exam {
	if next := c.Current(e.Certification, on); next != nil && next != e {
		return next
	}
	if next, ok := c.Exam(e.Successor); ok && next != e {
		return next
	}
	return nil
}
