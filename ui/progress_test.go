package ui

import (
	"context"
	"math"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// newTestPlan makes a plan for exam from start to examDate at two hours a
// weekday, through the fake.
func newTestPlan(t *testing.T, f *fakeData, exam, start, examDate string) planner.StudyPlan {
	t.Helper()
	s, _ := catalog.ParseDate(start)
	e, _ := catalog.ParseDate(examDate)
	p, err := f.CreatePlan(context.Background(), "", planner.Input{Exam: exam, Start: s, ExamDate: e,
		Hours: planner.Even(10)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// startWithPlan starts the app on day today with one saved plan: CLF-C02
// from 2026-03-02 to 2026-05-29 at ten hours a week, on fake data.
func startWithPlan(t *testing.T, today string) (*fakeData, *App) {
	t.Helper()
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	app, _ := startApp(t, f, today)
	return f, app
}

// TestBurnUp checks the chart's sums: planned grows to the plan's work,
// a tick counts in the week it was made and from then on, nothing is
// drawn after today's week.
func TestBurnUp(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	first := p.Schedule.Weeks[0].Sessions[0].Topic
	p.Progress[first] = planner.TopicProgress{Done: true, DoneOn: catalog.DateOf(2026, 3, 3), Hours: 1}
	today := catalog.DateOf(2026, 3, 18) // third week
	b := burnUpOf(p, today)

	if len(b.Weeks) != len(p.Schedule.Weeks) || len(b.Planned) != len(b.Weeks) {
		t.Fatalf("weeks = %d, planned = %d, want %d each", len(b.Weeks), len(b.Planned), len(p.Schedule.Weeks))
	}
	for i := 1; i < len(b.Planned); i++ {
		if b.Planned[i] < b.Planned[i-1] {
			t.Fatalf("planned falls in week %d: %v", i, b.Planned)
		}
	}
	if got := b.Planned[len(b.Planned)-1]; math.Abs(got-b.Total) > 0.01 {
		t.Errorf("planned ends at %v, want the plan's %v", got, b.Total)
	}
	if b.Today != 2 || len(b.Done) != 3 {
		t.Fatalf("today = week %d with %d done points, want week 2 and 3 points", b.Today, len(b.Done))
	}
	// A rebalance takes work done ahead out of the schedule: planned still
	// ends at all the work, the difference counted from today's week.
	p.Schedule.Weeks[5].PlannedHours -= 5
	moved := burnUpOf(p, today)
	if got := moved.Planned[len(moved.Planned)-1]; math.Abs(got-b.Total) > 0.01 || moved.Planned[1] != b.Planned[1] {
		t.Errorf("after a rebalance planned ends at %v (want %v) and week 1 is %v (want %v)",
			got, b.Total, moved.Planned[1], b.Planned[1])
	}
	want := 0.0 // the ticked topic's hours: the plan opens with the diagnostic, not with topics[0]
	for _, tp := range p.Schedule.Topics {
		if tp.ID == first {
			want = tp.Hours
		}
	}
	for i, d := range b.Done {
		if math.Abs(d-want) > 0.01 {
			t.Errorf("done[%d] = %v, want %v from the tick in week 0", i, d, want)
		}
	}
}

// TestProgressScreenShowsStanding opens the progress screen of a plan.
func TestProgressScreenShowsStanding(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-16")
	s := showScreen[*progressScreen](t, app, ScreenProgress)
	wantContains(t, "summary", s.summary.Text, "CLF-C02", "Behind by")
	if len(s.chart.data.Planned) == 0 || len(s.domains.Objects) == 0 {
		t.Fatal("no chart data or domain meters")
	}
}

// TestProgressLogsAPracticeResult logs a result through the Progress
// screen's dialog on SQLite, and checks it is
// saved, drawn and read into readiness.
func TestProgressLogsAPracticeResult(t *testing.T) {
	clk := &clock{day: catalog.DateOf(2026, 3, 16)}
	svc := backends["storage"](t, clk)
	in := planner.Input{Exam: "CLF-C02", Start: catalog.DateOf(2026, 3, 2), Hours: planner.Even(10), Today: catalog.DateOf(2026, 3, 2)}
	mustCreatePlan(t, svc, in)
	app := startAppWith(t, svc, clk)
	v := showScreen[*progressScreen](t, app, ScreenProgress).scores
	wantContains(t, "summary", v.summary.Text, "No practice results yet")
	test.Tap(v.log)
	form := app.win.Canvas().Overlays().Top()
	entries := findAll[*widget.Entry](form)
	if len(entries) < 4 {
		t.Fatalf("the dialog has %d entries", len(entries))
	}
	test.Type(entries[0], "62")
	test.Type(entries[2], "40") // domain 1
	test.Tap(findButton(t, form, "Save"))
	app.tasks.wait()
	got, err := svc.Scores.Scores(context.Background(), app.planID)
	if err != nil || len(got) != 1 || got[0].Overall != 62 || got[0].Domains[1] != 40 || got[0].Date != clk.day {
		t.Fatalf("stored results %+v, %v", got, err)
	}
	wantContains(t, "summary", v.summary.Text, "Readiness about")
	wantContains(t, "summary", v.summary.Text, "Below target: 1.")
	if len(v.chart.series) != 2 || v.chart.series[1].points[0] != 40 || v.chart.target != planner.DefaultTarget {
		t.Errorf("chart series %+v, target %g", v.chart.series, v.chart.target)
	}
}

// TestScoreSeries: the overall line has every result; a domain line has
// a gap where a result did not score the domain.
func TestScoreSeries(t *testing.T) {
	s := scoreSeriesOf([]planner.Score{{Overall: 50, Domains: map[int]float64{2: 40}}, {Overall: 70}},
		map[int]string{2: "Security"})
	if len(s) != 2 {
		t.Fatalf("%d series (%+v), want the overall line and one domain's", len(s), s)
	}
	if s[0].points[1] != 70 {
		t.Errorf("overall line's second point %v, want 70", s[0].points[1])
	}
	if s[1].label != "2. Security" {
		t.Errorf("domain line labelled %q, want \"2. Security\"", s[1].label)
	}
	if s[1].points[0] != 40 {
		t.Errorf("domain line's first point %v, want 40", s[1].points[0])
	}
	if !math.IsNaN(s[1].points[1]) {
		t.Errorf("domain line's second point %v, want a gap (NaN): that result did not score it", s[1].points[1])
	}
}
