package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestLogButtonLeavesTheChartWhole: "Log a practice result…" keeps its own
// height and sits below the score chart, so it covers neither the chart nor
// its legend.
func TestLogButtonLeavesTheChartWhole(t *testing.T) {
	a := test.NewTempApp(t)
	v := newScoresView(nil)
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
