package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"certplan/catalog"
	"certplan/planner"
)

// TestLogButtonLeavesTheChartWhole: "Log a practice result…" keeps its own
// height and sits below the score chart, so it covers neither the chart nor
// its legend.
func TestLogButtonLeavesTheChartWhole(t *testing.T) {
	a := test.NewTempApp(t)
	v := newScoresView(scoresDeps{})
	w := test.NewWindow(v.buildUI())
	defer w.Close()
	w.Resize(fyne.NewSize(800, 400))
	chart, log := v.chart, v.log
	at := a.Driver().AbsolutePositionForObject
	if h, want := log.Size().Height, log.MinSize().Height; h > want+1 {
		t.Fatalf("the button is %v high, stretched past its own %v", h, want)
	}
	chartBottom := at(chart).Y + chart.Size().Height
	if at(log).Y < chartBottom {
		t.Fatalf("the button (y %v) overlaps the chart (bottom %v)", at(log).Y, chartBottom)
	}
}

// TestScoreLegendShowsWholeNames: the legend is as wide as its longest
// domain name, so no name is cut off at the chart's edge.
func TestScoreLegendShowsWholeNames(t *testing.T) {
	test.NewTempApp(t)
	c := newScoreChart()
	names := map[int]string{1: "Design High-Performing Architectures", 2: "Design Secure Architectures"}
	c.set([]planner.Score{{Date: catalog.DateOf(2026, 12, 2), Overall: 62, Domains: map[int]float64{1: 60, 2: 70}}}, 80, names)
	c.Resize(fyne.NewSize(800, 200))
	r := test.WidgetRenderer(c)
	r.Layout(c.Size())
	labels := 0
	for _, o := range r.Objects() {
		if txt, ok := o.(*canvas.Text); ok && strings.HasPrefix(txt.Text, "1. ") {
			labels++
			if right := txt.Position().X + txt.MinSize().Width; right > c.Size().Width {
				t.Errorf("legend %q ends at %v, past the chart's %v", txt.Text, right, c.Size().Width)
			}
		}
	}
	if labels != 1 {
		t.Fatalf("found %d legend labels for domain 1, want 1", labels)
	}
}
