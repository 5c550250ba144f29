package storage

import "certplan/planner"

// certChanges says what saving a did to the certifications, before and
// after (planner.CertChanges), each described from the catalog.
func (db *DB) certChanges(before, after []planner.HeldCertification, a planner.Attempt) planner.AttemptResult {
	res := planner.CertChanges(db.cat, before, after, a)
	for _, list := range [][]planner.HeldCertification{res.Earned, res.Renewed, res.Changed, res.Lost} {
		for i := range list {
			list[i] = db.describe(list[i], nil, nil)
		}
	}
	return res
}
