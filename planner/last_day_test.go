package planner_test

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// retiringExam returns an exam of the catalog with a last day and a day a
// few weeks before it, so the tests follow the catalog's facts.
func retiringExam(t *testing.T) (*catalog.Catalog, *catalog.Exam, catalog.Date) {
	t.Helper()
	c := catalogtest.Load(t)
	for _, e := range c.Exams() {
		if !e.LastDay.IsZero() && len(e.Domains) > 0 && e.BookableOn(e.LastDay.AddDays(-29)) {
			return c, e, e.LastDay.AddDays(-29)
		}
	}
	t.Skip("the catalog has no exam with a last day to plan for") // a fact of the catalog, not of the code
	return nil, nil, 0
}

// TestAProposedDateIsNeverAfterTheLastDay: with no exam date and too few
// hours to be ready by a retiring exam's last day, the plan is for the last
// day and does not fit, offers no later date, and says why; before, it
// proposed a date after the last day and said "Fits".
func TestAProposedDateIsNeverAfterTheLastDay(t *testing.T) {
	c, e, today := retiringExam(t)
	p, err := planner.Build(c, planner.Input{Exam: e.Code, Start: today, Hours: planner.Even(5)})
	if err != nil {
		t.Fatal(err)
	}
	if p.ExamDate != e.LastDay || !p.ExamDateProposed {
		t.Errorf("proposed exam %s (proposed %v), want the last day %s", p.ExamDate, p.ExamDateProposed, e.LastDay)
	}
	if p.Feasible {
		t.Errorf("a plan for %s's last day at 5 h a week fits, want it short", e.Code)
	}
	if !p.EarliestExam.IsZero() {
		t.Errorf("earliest exam %s, after the last day %s: want none", p.EarliestExam, e.LastDay)
	}
	if p.LastDay != e.LastDay {
		t.Errorf("plan's last day %s, want %s", p.LastDay, e.LastDay)
	}
	if !strings.Contains(strings.Join(p.Warnings, "\n"), "can be taken only until "+e.LastDay.String()) {
		t.Errorf("warnings %q do not say the exam can be taken only until its last day", p.Warnings)
	}
	if want := e.Code + "'s last day"; !strings.Contains(p.ProposedText(), want) || !strings.Contains(p.NoDateFitsText(), want) {
		t.Errorf("proposed %q, no date %q: want both to name %s", p.ProposedText(), p.NoDateFitsText(), want)
	}
	if err := p.CheckAgainst(planner.Input{Exam: e.Code, Start: today, Hours: planner.Even(5)}); err != nil {
		t.Errorf("the plan for the last day fails its own check: its schedule %v", err)
	}
}

// TestEnoughHoursProposeTheEarliestBeforeTheLastDay: hours that fit before
// the last day still get the earliest date that fits.
func TestEnoughHoursProposeTheEarliestBeforeTheLastDay(t *testing.T) {
	c, e, today := retiringExam(t)
	p, err := planner.Build(c, planner.Input{Exam: e.Code, Start: today, Hours: planner.Even(60)})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Feasible || p.EarliestExam.IsZero() || p.ExamDate != p.EarliestExam || p.ExamDate.After(e.LastDay) {
		t.Errorf("at 60 h a week: exam %s, earliest %s, feasible %v; want the earliest, by %s", p.ExamDate, p.EarliestExam, p.Feasible, e.LastDay)
	}
	if p.ProposedText() != "the earliest date that fits" {
		t.Errorf("proposed text %q", p.ProposedText())
	}
}
