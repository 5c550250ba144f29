package ui

import (
	"context"
	"math"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// newTestPlan makes a plan for exam from start to examDate at two hours a
// weekday, through the fake.
func newTestPlan(t *testing.T, f *fakeData, exam, start, examDate string) StudyPlan {
	t.Helper()
	s, _ := catalog.ParseDate(start)
	e, _ := catalog.ParseDate(examDate)
	p, err := f.CreatePlan(context.Background(), planner.Input{Exam: exam, Start: s, ExamDate: e,
		Hours: planner.Even(10)}, "")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBurnUp checks the chart's sums: planned grows to the plan's work,
// a tick counts in the week it was made and from then on, nothing is
// drawn after today's week.
func TestBurnUp(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	first := p.Schedule.Weeks[0].Sessions[0].Topic
	p.Progress[first] = TopicProgress{Done: true, DoneOn: catalog.DateOf(2026, 3, 3), Hours: 1}
	today := catalog.DateOf(2026, 3, 18) // third week
	b := burnUpOf(p, today)

	if len(b.weeks) != len(p.Schedule.Weeks) || len(b.planned) != len(b.weeks) {
		t.Fatalf("weeks = %d, planned = %d, want %d each", len(b.weeks), len(b.planned), len(p.Schedule.Weeks))
	}
	for i := 1; i < len(b.planned); i++ {
		if b.planned[i] < b.planned[i-1] {
			t.Fatalf("planned falls in week %d: %v", i, b.planned)
		}
	}
	if got := b.planned[len(b.planned)-1]; math.Abs(got-b.total) > 0.01 {
		t.Errorf("planned ends at %v, want the plan's %v", got, b.total)
	}
	if b.today != 2 || len(b.done) != 3 {
		t.Fatalf("today = week %d with %d done points, want week 2 and 3 points", b.today, len(b.done))
	}
	// A rebalance takes work done ahead out of the schedule: planned still
	// ends at all the work, the difference counted from today's week.
	p.Schedule.Weeks[5].PlannedHours -= 5
	moved := burnUpOf(p, today)
	if got := moved.planned[len(moved.planned)-1]; math.Abs(got-b.total) > 0.01 || moved.planned[1] != b.planned[1] {
		t.Errorf("after a rebalance planned ends at %v (want %v) and week 1 is %v (want %v)",
			got, b.total, moved.planned[1], b.planned[1])
	}
	want := p.Schedule.Topics[0].Hours
	for i, d := range b.done {
		if math.Abs(d-want) > 0.01 {
			t.Errorf("done[%d] = %v, want %v from the tick in week 0", i, d, want)
		}
	}
}

// TestProgressScreenShowsStanding opens the progress screen of a plan.
func TestProgressScreenShowsStanding(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	app, _ := startApp(t, f, "2026-03-16")
	app.show(ScreenProgress)
	app.tasks.wait()
	s := app.screens[ScreenProgress].(*progressScreen)
	wantContains(t, "summary", s.summary.Text, "CLF-C02", "Behind by")
	if len(s.chart.data.planned) == 0 || len(s.domains.Objects) == 0 {
		t.Fatal("no chart data or domain meters")
	}
}
