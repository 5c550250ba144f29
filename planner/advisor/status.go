package advisor

import "certplan/catalog"

// takeableOn reports whether exam e can be sat on day d, by the catalog's
// status worked out from its dates (catalog.Exam.BookableOn).
func takeableOn(e *catalog.Exam, d catalog.Date) bool { return e.BookableOn(d) }

// retiredOn reports whether exam e can no longer be taken on day d or
// after, by the catalog's status worked out from its dates.
func retiredOn(e *catalog.Exam, d catalog.Date) bool { return e.StatusOn(d) == catalog.Retired }

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
