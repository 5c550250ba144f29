package storage

import (
	"certplan/catalog"
	"certplan/planner"
)

// renewalStudyStart gathers what the planner needs to tell the latest day
// a learner with settings s (and the held certifications, which earn
// credit) can start studying for exam and be ready by deadline: their
// weekly hours, experience and country (whose holidays the planner
// skips). The search is the planner's (planner.RenewalStudyStart). ok is
// false when no start fits.
func renewalStudyStart(cat *catalog.Catalog, exam string, deadline catalog.Date, s planner.Settings, held []planner.HeldCert) (catalog.Date, bool) {
	in := planner.Input{Exam: catalog.NormalizeCode(exam), ExamDate: deadline, Hours: s.Hours, Experience: s.Experience,
		Country: s.Country, Held: held}
	return planner.RenewalStudyStart(cat, in)
}
