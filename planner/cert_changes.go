package planner

import "certplan/catalog"

// CertChanges says what saving attempt a did to the certifications, given
// them before and after (HeldFromPasses, matched by key): one a pass earned
// (held from its day) or renewed (its expiry moved later on a's day); else
// one whose dates now come from other passes (a pass became a fail, say),
// or one no pass earns any more. Nothing is said of a certification a left
// as it was, so no line tells of another attempt. The records are as given:
// the caller describes them (name, renewal) as it lists them.
func CertChanges(cat *catalog.Catalog, before, after []HeldCertification, a Attempt) AttemptResult {
	var res AttemptResult
	old := map[string]HeldCertification{}
	for _, c := range before {
		old[c.Key] = c
	}
	for _, c := range after {
		prev, had := old[c.Key]
		delete(old, c.Key)
		switch {
		case had && prev.Earned == c.Earned && prev.Expiry == c.Expiry:
		case !had || prev.Earned != c.Earned && earnedBy(cat, a, c):
			res.Earned = append(res.Earned, c)
		case renewedBy(a, c) && c.Expiry.After(prev.Expiry):
			res.Renewed = append(res.Renewed, c)
		default:
			res.Changed = append(res.Changed, c)
		}
	}
	for _, c := range before {
		if _, lost := old[c.Key]; lost {
			res.Lost = append(res.Lost, c)
		}
	}
	return res
}

// earnedBy reports whether pass a is the one c is held from.
func earnedBy(cat *catalog.Catalog, a Attempt, c HeldCertification) bool {
	e, ok := cat.Exam(a.Exam)
	return ok && a.Status == Passed && e.Certification == c.Key && a.Date == c.Earned
}

// renewedBy reports whether pass a is c's latest renewal.
func renewedBy(a Attempt, c HeldCertification) bool {
	return a.Status == Passed && a.Exam == c.RenewedBy && a.Date == c.RenewedOn
}
