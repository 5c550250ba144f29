package planner

import (
	"sort"

	"certplan/catalog"
)

// Holding is a certification as the passes leave it: the exam that earned
// or last passed it, the day its validity counts from (the latest pass
// that renewed it) and the day it lapses. Expiry is zero when the pass
// date is not known.
type Holding struct {
	Key    string
	Code   string
	Earned catalog.Date
	Expiry catalog.Date
}

// ActiveOn reports whether the certification is still valid on day d.
func (h Holding) ActiveOn(d catalog.Date) bool { return h.Expiry.IsZero() || d.Before(h.Expiry) }

// Holdings replays passes in date order with the programme's renewal rules:
// a pass earns its certification (or renews it while still active) and
// renews every still-active certification its exam counts for (an
// Associate pass renews Cloud Practitioner), to the pass date plus the
// validity. Passes with no date hold without expiry. Unknown codes are
// skipped. The result is keyed by certification.
func Holdings(cat *catalog.Catalog, passes []HeldCert) map[string]Holding {
	sorted := append([]HeldCert(nil), passes...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Earned < sorted[j].Earned })
	held := map[string]Holding{}
	for _, p := range sorted {
		e, ok := cat.Exam(p.Code)
		if !ok {
			continue
		}
		expiry := cat.ValidUntil(e, p.Earned)
		own, had := held[e.Certification]
		if !had || !own.ActiveOn(p.Earned) || !p.Earned.IsZero() && own.Expiry.IsZero() {
			held[e.Certification] = Holding{Key: e.Certification, Code: e.Code, Earned: p.Earned, Expiry: expiry}
		} else if p.Earned.IsZero() || expiry.After(own.Expiry) {
			held[e.Certification] = Holding{Key: own.Key, Code: e.Code, Earned: p.Earned, Expiry: expiry}
		}
		for _, key := range cat.Renews(e.Code) {
			if c, ok := held[key]; ok && key != e.Certification && c.ActiveOn(p.Earned) && renewsLater(c, expiry) {
				c.Earned, c.Expiry = p.Earned, expiry
				held[key] = c
			}
		}
	}
	return held
}

// renewsLater reports whether a pass valid until expiry moves c's expiry
// later (a pass of unknown date never does).
func renewsLater(c Holding, expiry catalog.Date) bool {
	return !expiry.IsZero() && !c.Expiry.IsZero() && expiry.After(c.Expiry)
}
