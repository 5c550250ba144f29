package storage

import (
	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/holiday"
)

// renewalStudyStart gathers what the planner needs to tell the latest day
// a learner with settings s (and the held certifications, which earn
// credit) can start studying for exam and be ready by deadline: their
// weekly hours, experience and country's holidays. The search is the
// planner's (planner.RenewalStudyStart). ok is false when no start fits,
// or the country has no holiday calendar.
func renewalStudyStart(cat *catalog.Catalog, exam string, deadline catalog.Date, s Settings, held []planner.HeldCert) (catalog.Date, bool) {
	in := planner.Input{Exam: catalog.NormalizeCode(exam), ExamDate: deadline, Hours: s.Hours, Experience: s.Experience, Held: held}
	if s.Country != "" {
		h, err := holiday.ForCountry(s.Country)
		if err != nil {
			return 0, false
		}
		in.Holidays = h
	}
	return planner.RenewalStudyStart(cat, in)
}
