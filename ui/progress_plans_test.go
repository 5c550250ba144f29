package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// TestAllPlansNamesEachPlanAndItsStanding (QA #23): "All your plans" names
// each plan as the plan picker does, with its exam date (and "(2)" for a
// second plan of the same exam and date), and says whether each is on
// track or does not fit, as planner.StudyPlan.Standing says.
func TestAllPlansNamesEachPlanAndItsStanding(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29") // fits
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-03-06") // one week: does not fit
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	app, _ := startApp(t, f, "2026-03-02")
	progress := showScreen[*progressScreen](t, app, ScreenProgress)
	progress.tabs.SelectIndex(1)
	app.tasks.wait()
	rows := progress.all.timeline.rows
	want := []struct{ label, state string }{
		{"CLF-C02 · 2026-05-29", "On track · "},
		{"CLF-C02 · 2026-03-06", "Does not fit · "},
		{"CLF-C02 · 2026-05-29 (2)", "On track · "},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d timeline rows, want %d", len(rows), len(want))
	}
	for i, w := range want {
		if rows[i].Label != w.label || !strings.HasPrefix(rows[i].Caption, w.state) {
			t.Errorf("row %d = %q, %q; want %q with a caption starting %q", i, rows[i].Label, rows[i].Caption, w.label, w.state)
		}
	}
	wantContains(t, "this week", progress.all.week.Text, "CLF-C02 · 2026-03-06: ", "CLF-C02 · 2026-05-29 (2): ")
	wantLabelsClearOfBars(t, progress.all.timeline)
}

// wantLabelsClearOfBars fails when a timeline's label runs into the
// caption (and the bar) beside it.
func wantLabelsClearOfBars(t *testing.T, tl *timeline) {
	t.Helper()
	tl.Resize(fyne.NewSize(800, 200))
	r := test.WidgetRenderer(tl)
	r.Layout(tl.Size())
	ends, starts := map[float32]float32{}, map[float32]float32{}
	for _, o := range r.Objects() {
		txt, ok := o.(*canvas.Text)
		if !ok {
			continue
		}
		for _, row := range tl.rows {
			switch txt.Text {
			case row.Label:
				ends[txt.Position().Y] = txt.Position().X + txt.MinSize().Width
			case row.Caption:
				starts[txt.Position().Y-18] = txt.Position().X
			}
		}
	}
	for y, end := range ends {
		if start, ok := starts[y]; !ok || end > start {
			t.Errorf("the label at y %v ends at x %v, past its caption and bar at x %v", y, end, start)
		}
	}
}
