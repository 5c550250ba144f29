// Package plannertest gives the tests of the planner and of the layers
// above it a plan built by the real planner in one call, so a test states
// the input it plans and nothing of the error handling around it.
package plannertest

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// MustBuild builds the plan of in on catalog c; it fails the test, naming
// the input, when the planner refuses it.
func MustBuild(tb testing.TB, c *catalog.Catalog, in planner.Input) planner.Plan {
	tb.Helper()
	p, err := planner.Build(c, in)
	if err != nil {
		tb.Fatalf("Build(%+v): %v", in, err)
	}
	return p
}

// ShortfallCase is an SAA-C03 plan from 2026-11-23 that does not fit, for
// the tests of every place that words why (Plan.ShortfallText).
type ShortfallCase struct {
	Name     string
	ExamDate string  // YYYY-MM-DD
	Hours    float64 // a week, Monday to Friday
	// Beyond and Gap are the causes the plan is short by: work beyond the
	// hours, and besides it any other (Plan.Shortfall: review before its
	// study, minutes on some days too short for a session).
	Beyond, Gap bool
}

// ShortfallCases are plans short by each cause alone and by both.
var ShortfallCases = []ShortfallCase{
	{"work beyond the hours only", "2027-01-07", 10, true, false},
	{"short besides the hours only", "2027-03-24", 5, false, true},
	{"both", "2027-03-23", 5, true, true},
}

// Build builds the case's plan on c; it fails the test when the plan is
// not short by exactly the case's causes.
func (sc ShortfallCase) Build(tb testing.TB, c *catalog.Catalog) planner.Plan {
	tb.Helper()
	exam, err := catalog.ParseDate(sc.ExamDate)
	if err != nil {
		tb.Fatalf("exam date %q: %v", sc.ExamDate, err)
	}
	p := MustBuild(tb, c, planner.Input{Exam: "SAA-C03", Start: catalog.DateOf(2026, 11, 23), ExamDate: exam,
		Hours: planner.Even(sc.Hours)})
	if s := p.Shortfall(); p.Feasible || (s.Beyond > 0) != sc.Beyond || (s.Beyond < p.ShortfallHours) != sc.Gap {
		tb.Fatalf("feasible %v, shortfall %+v: the case needs beyond %v, gaps %v", p.Feasible, s, sc.Beyond, sc.Gap)
	}
	return p
}
