package planner

import (
	"sort"

	"certplan/catalog"
)

// Holdings replays passes in date order with the programme's renewal rules:
// a pass earns its certification (or renews it while still active) and
// renews every still-active certification its exam counts for (an
// Associate pass renews Cloud Practitioner), to the pass date plus the
// validity. Passes with no date hold without expiry. Unknown codes are
// skipped. The result is keyed by certification; each record says which
// exam earned or last passed it, when it was earned, its latest renewal and
// its expiry (the catalog's name and the renewal advice are left to the
// caller).
func Holdings(cat *catalog.Catalog, passes []HeldCert) map[string]HeldCertification {
	sorted := append([]HeldCert(nil), passes...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Earned < sorted[j].Earned })
	held := map[string]HeldCertification{}
	for _, p := range sorted {
		e, ok := cat.Exam(p.Code)
		if !ok {
			continue
		}
		expiry := cat.ValidUntil(e, p.Earned)
		own, had := held[e.Certification]
		if !had || !own.Active(p.Earned) || !p.Earned.IsZero() && own.Expiry.IsZero() {
			own = HeldCertification{Key: e.Certification, Exam: e.Code, Earned: p.Earned, Expiry: expiry}
		} else {
			own.Exam = e.Code
			own.renew(e.Code, p.Earned, expiry)
		}
		held[e.Certification] = own
		for _, key := range cat.Renews(e.Code) {
			if c, ok := held[key]; ok && key != e.Certification && c.Active(p.Earned) {
				c.renew(e.Code, p.Earned, expiry)
				held[key] = c
			}
		}
	}
	return held
}

// HeldFromPasses is the certifications the passed attempts among attempts
// leave, after Holdings' renewals, in key order: the one rule storage
// keeps its certifications by, so every screen and command that reads them
// sees a renewed certification held until its new expiry and a lapsed one
// lapsed.
func HeldFromPasses(cat *catalog.Catalog, attempts []Attempt) []HeldCertification {
	passes := make([]HeldCert, 0, len(attempts))
	for _, a := range attempts {
		if a.Status == Passed {
			passes = append(passes, HeldCert{Code: a.Exam, Earned: a.Date})
		}
	}
	held := Holdings(cat, passes)
	out := make([]HeldCertification, 0, len(held))
	for _, c := range held {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}
