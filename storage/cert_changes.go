package storage

import "certplan/planner"

// certChanges says what saving a did to the certifications, before and
// after (by key): one a pass earned (held from its day) or renewed (its
// expiry moved later on a's day); else one whose dates now come from other
// passes (a pass became a fail, say), or one no pass earns any more.
// Nothing is said of a certification a left as it was, so no line tells
// of another attempt.
func (db *DB) certChanges(before, after []planner.HeldCertification, a planner.Attempt) planner.AttemptResult {
	var res planner.AttemptResult
	old := map[string]planner.HeldCertification{}
	for _, c := range before {
		old[c.Key] = c
	}
	for _, c := range after {
		prev, had := old[c.Key]
		delete(old, c.Key)
		switch {
		case had && prev.Earned == c.Earned && prev.Expiry == c.Expiry:
		case !had || prev.Earned != c.Earned && db.earnedBy(a, c):
			res.Earned = append(res.Earned, db.describe(c, nil, nil))
		case renewedBy(a, c) && c.Expiry.After(prev.Expiry):
			res.Renewed = append(res.Renewed, db.describe(c, nil, nil))
		default:
			res.Changed = append(res.Changed, db.describe(c, nil, nil))
		}
	}
	for _, c := range before {
		if _, lost := old[c.Key]; lost {
			res.Lost = append(res.Lost, db.describe(c, nil, nil))
		}
	}
	return res
}

// earnedBy reports whether pass a is the one c is held from.
func (db *DB) earnedBy(a planner.Attempt, c planner.HeldCertification) bool {
	e, ok := db.cat.Exam(a.Exam)
	return ok && a.Status == planner.Passed && e.Certification == c.Key && a.Date == c.Earned
}

// renewedBy reports whether pass a is c's latest renewal.
func renewedBy(a planner.Attempt, c planner.HeldCertification) bool {
	return a.Status == planner.Passed && a.Exam == c.RenewedBy && a.Date == c.RenewedOn
}
