package advisor

import "certplan/catalog"

// takeableOn reports whether exam e can be sat on day d, judged by its
// dates as of d rather than by the catalog's recorded status: not before
// its first day, not after its last day, and retired only when it has no
// last day to go by. It is the one place the advisor decides this, so a
// catalog function for an exam's status on a date can replace it.
func takeableOn(e *catalog.Exam, d catalog.Date) bool {
	if !e.AvailableFrom.IsZero() && d.Before(e.AvailableFrom) {
		return false
	}
	if !e.LastDay.IsZero() {
		return !d.After(e.LastDay)
	}
	return e.Status != catalog.Retired
}

// retiredOn reports whether exam e can no longer be taken on day d or
// after: its last day has passed, or it is retired with no last day known.
func retiredOn(e *catalog.Exam, d catalog.Date) bool {
	if !e.LastDay.IsZero() {
		return e.LastDay.Before(d)
	}
	return e.Status == catalog.Retired
}

// current returns the version of certification key a learner would book
// for a sitting on day on: takeable that day, the newest first; nil when
// none is.
func current(cat *catalog.Catalog, key string, on catalog.Date) *catalog.Exam {
	f, ok := cat.Certification(key)
	if !ok {
		return nil
	}
	for i := len(f.Versions) - 1; i >= 0; i-- {
		if e, ok := cat.Exam(f.Versions[i]); ok && takeableOn(e, on) {
			return e
		}
	}
	return nil
}
