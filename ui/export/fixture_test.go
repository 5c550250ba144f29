package export

import (
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// date reads a YYYY-MM-DD literal.
var date = catalogtest.Date

// saaInput is the tracker's example: SAA-C03 from 2026-11-23 to 2027-03-01
// at 8 hours a week, with the first topic already done.
func saaInput(tb testing.TB) planner.Input {
	return planner.Input{
		Exam:     "SAA-C03",
		Start:    date(tb, "2026-11-23"),
		ExamDate: date(tb, "2027-03-01"),
		Hours:    planner.Even(8),
		Progress: map[string]planner.Progress{"SAA-C03:1.1": {Done: true, Hours: 7.25}},
	}
}

// saaPlan is the real SAA-C03 plan of saaInput.
func saaPlan(tb testing.TB) (planner.Plan, *catalog.Catalog) {
	c := catalogtest.Load(tb)
	return plannertest.MustBuild(tb, c, saaInput(tb)), c
}

// shortPlan is saaPlan at 3 h a week, which does not fit.
func shortPlan(tb testing.TB) (planner.Plan, *catalog.Catalog) {
	tb.Helper()
	c := catalogtest.Load(tb)
	in := saaInput(tb)
	in.Hours = planner.Even(3)
	p := plannertest.MustBuild(tb, c, in)
	if p.Feasible {
		tb.Fatal("SAA-C03 at 3 h a week fits; the test needs a plan that does not")
	}
	return p, c
}

// heldCerts are two held certifications for the last page and the
// calendar, with their renewal exams as storage describes them.
func heldCerts(tb testing.TB) []planner.HeldCertification {
	return []planner.HeldCertification{
		{Key: "CLF", Exam: "CLF-C02", Name: "AWS Certified Cloud Practitioner", Earned: date(tb, "2025-03-14"),
			Expiry: date(tb, "2028-03-14"), StudyFrom: date(tb, "2027-09-14"), RenewWith: "CLF-C02",
			RenewAlso: "any Associate or Professional exam"},
		{Key: "DVA", Exam: "DVA-C02", Name: "AWS Certified Developer – Associate", Earned: date(tb, "2024-06-02"),
			Expiry: date(tb, "2027-06-02"), StudyFrom: date(tb, "2026-12-02"), RenewWith: "DVA-C03", RenewAlso: "DOP-C02"},
	}
}
