package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"certplan/catalog"
	"certplan/planner"
)

// TestBurnUpDoneStopsAtToday ticks a topic on a Wednesday: the done line
// ends at the today marker, not at the end of the week.
func TestBurnUpDoneStopsAtToday(t *testing.T) {
	test.NewTempApp(t)
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	today := catalog.DateOf(2026, 3, 18) // a Wednesday in the third week
	first := p.Schedule.Topics[0]
	p.Progress = map[string]planner.TopicProgress{first.ID: {Done: true, DoneOn: today.AddDays(-1), Hours: first.Hours}}
	c := newBurnChart()
	c.set(burnUpOf(p, today))
	c.Resize(fyne.NewSize(640, 300))
	r := test.WidgetRenderer(c)
	r.Layout(c.Size())
	warn := c.Theme().Color(theme.ColorNameWarning, fyne.CurrentApp().Settings().ThemeVariant())
	success := c.Theme().Color(theme.ColorNameSuccess, fyne.CurrentApp().Settings().ThemeVariant())
	var todayX, plotTop float32 = -1, 0
	for _, o := range r.Objects() {
		if l, ok := o.(*canvas.Line); ok && l.StrokeColor == warn && l.Position1.X == l.Position2.X {
			todayX, plotTop = l.Position1.X, min(l.Position1.Y, l.Position2.Y)
		}
	}
	if todayX < 0 {
		t.Fatal("no today marker")
	}
	var doneEnd float32
	for _, o := range r.Objects() {
		l, ok := o.(*canvas.Line)
		if ok && l.StrokeColor == success && l.StrokeWidth == 3 && max(l.Position1.Y, l.Position2.Y) > plotTop {
			doneEnd = max(doneEnd, l.Position1.X, l.Position2.X)
		}
	}
	if doneEnd == 0 || doneEnd > todayX+0.5 {
		t.Fatalf("done line ends at x=%v, today is at x=%v", doneEnd, todayX)
	}
}

// TestBurnLegendSaysWhatIsScheduled (QA #21): for a plan that does not
// fit, the planned line's legend gives the hours the line reaches and the
// hours left out, not all the plan's work; for one that fits, its hours.
func TestBurnLegendSaysWhatIsScheduled(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		name    string
		planned []float64
		passed  catalog.Date
		want    string
	}{
		{"does not fit", []float64{10, 26}, 0, "Scheduled (26 h; 60:50 h not scheduled)"},
		{"fits", []float64{40, 86.83}, 0, "Scheduled (86:50 h)"},
		{"passed", []float64{10, 26}, catalog.DateOf(2026, 12, 8), "Scheduled up to the pass (26 h)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			chart := newBurnChart()
			chart.set(planner.BurnUp{Weeks: []catalog.Date{catalog.DateOf(2026, 11, 30), catalog.DateOf(2026, 12, 7)},
				Planned: c.planned, Done: []float64{2}, Total: 86.83, Today: 0, Passed: c.passed})
			legends := chartTexts(chart, "Scheduled")
			if len(legends) != 1 || legends[0] != c.want {
				t.Errorf("legend = %q, want %q", legends, c.want)
			}
		})
	}
}

// chartTexts lays the chart out at 800x300 and returns the texts it draws
// that start with prefix, in drawing order.
func chartTexts(chart *burnChart, prefix string) []string {
	chart.Resize(fyne.NewSize(800, 300))
	r := test.WidgetRenderer(chart)
	r.Layout(chart.Size())
	var out []string
	for _, o := range r.Objects() {
		if txt, ok := o.(*canvas.Text); ok && strings.HasPrefix(txt.Text, prefix) {
			out = append(out, txt.Text)
		}
	}
	return out
}
