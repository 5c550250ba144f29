package advisor

import (
	"slices"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// developer is the QA learner: a developer with three years of AWS work
// who wants to build, at 10 hours a week, advised on 2026-11-23.
func developer(t *testing.T) Profile {
	return Profile{Role: Developer, Years: 3, Goal: Build, HoursPerWeek: 10, Today: date(t, "2026-11-23")}
}

// activePlans are the QA learner's plans: DVA-C03 for 2027-05-01 and
// SAA-C03 for 2027-03-01.
func activePlans(t *testing.T) []planner.PlanSummary {
	return []planner.PlanSummary{
		{ID: 1, Exam: "DVA-C03", ExamDate: date(t, "2027-05-01")},
		{ID: 2, Exam: "SAA-C03", ExamDate: date(t, "2027-03-01")},
	}
}

// suggested lists every exam the advice names: next, alternatives, roadmap.
func suggested(a Advice) []string {
	return append(append([]string{a.Next.Code}, pickCodes(a.Alternatives)...), codes(a.Roadmap)...)
}

// TestAnExamBeingPreparedIsNotSuggestedAgain: the advisor names neither
// DVA-C03 nor SAA-C03 to a learner who already has active plans for them,
// says why, and goes on after them (DevOps Professional after DVA-C03's
// exam day), where without the plans it names DVA-C03 as Next.
func TestAnExamBeingPreparedIsNotSuggestedAgain(t *testing.T) {
	cat := loadCatalog(t)
	p := developer(t)
	before, err := Advise(cat, p)
	if err != nil || before.Next.Code != "DVA-C03" {
		t.Fatalf("without plans: next %q (%v), want DVA-C03 (the case must test something)", before.Next.Code, err)
	}
	p.Plans = activePlans(t)
	a, err := Advise(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range suggested(a) {
		if code == "DVA-C03" || code == "SAA-C03" {
			t.Errorf("advice names %s, already being prepared: %v", code, suggested(a))
		}
	}
	for _, w := range []string{"You are already preparing for DVA-C03 (exam 2027-05-01)", "You are already preparing for SAA-C03 (exam 2027-03-01)"} {
		if !containsText(a.Warnings, w) {
			t.Errorf("warnings %q do not say %q", a.Warnings, w)
		}
	}
	if a.Next.Code != "DOP-C02" || len(a.Roadmap) == 0 || !a.Roadmap[0].Start.After(date(t, "2027-05-01")) {
		t.Errorf("next %q, roadmap %+v: want DOP-C02 studied after the DVA-C03 exam on 2027-05-01", a.Next.Code, a.Roadmap)
	}
}

// TestPreparingStandsForTheCertification: a plan for DVA-C02 stands for
// Developer - Associate, so DVA-C03 is not suggested either; an archived
// plan stands for nothing.
func TestPreparingStandsForTheCertification(t *testing.T) {
	cat := loadCatalog(t)
	for _, c := range []struct {
		name     string
		plan     planner.PlanSummary
		suggests bool
	}{
		{"an older version's plan", planner.PlanSummary{Exam: "DVA-C02", ExamDate: date(t, "2026-11-30")}, false},
		{"an archived plan", planner.PlanSummary{Exam: "DVA-C03", ExamDate: date(t, "2027-05-01"), Archived: true}, true},
		{"a plan for an exam the catalog lacks", planner.PlanSummary{Exam: "XYZ-C01"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := developer(t)
			p.Plans = []planner.PlanSummary{c.plan}
			a, err := Advise(cat, p)
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(suggested(a), "DVA-C03"); got != c.suggests {
				t.Errorf("DVA-C03 suggested = %v, want %v: %v", got, c.suggests, suggested(a))
			}
			if _, planned := AlreadyPlanned(cat, p.Plans, "DVA-C03"); planned == c.suggests {
				t.Errorf("AlreadyPlanned(DVA-C03) = %v, want %v", planned, !c.suggests)
			}
		})
	}
}

// TestDatesUseTheHoursActivePlansLeave: when other plans already take 6 of
// the 10 hours every weekday until March, the first exam is dated later
// than at the full 10 hours, and its reason says so.
func TestDatesUseTheHoursActivePlansLeave(t *testing.T) {
	cat := loadCatalog(t)
	p := developer(t)
	free, err := Advise(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	p.Taken = map[catalog.Date]float64{}
	for d := p.Today; d.Before(date(t, "2027-03-01")); d = d.AddDays(1) {
		if d.MondayIndex() < 5 {
			p.Taken[d] = 1.2
		}
	}
	shared, err := Advise(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(shared.Roadmap) == 0 || !shared.Roadmap[0].Exam.After(free.Roadmap[0].Exam) {
		t.Fatalf("with shared hours the first exam is %+v, want later than %s at the full week", shared.Roadmap, free.Roadmap[0].Exam)
	}
	if !containsText(shared.Next.Reasons, "less what your active plans take") || !containsText(shared.Warnings, "use only the hours they leave") {
		t.Errorf("reasons %q / warnings %q do not say the dates use the hours left", shared.Next.Reasons, shared.Warnings)
	}
}
