package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// TestScoreLegendHasEveryDomainWhole (QA desk2 #4): the practice chart's
// legend names every domain of the exam in full, the ones no result
// scored too, within the chart's width: beside the chart it cut domain
// 3's name and left domain 4 out. At the width of the Progress screen
// at 1100x720 it takes two rows.
func TestScoreLegendHasEveryDomainWhole(t *testing.T) {
	test.NewTempApp(t)
	names := map[int]string{1: "Network Design", 2: "Network Implementation", 3: "Network Management and Operation",
		4: "Network Security, Compliance, and Governance"}
	c := newScoreChart()
	c.set([]planner.Score{{Overall: 60, Domains: map[int]float64{1: 70, 2: 55, 3: 60}}}, 80, names)
	size := fyne.NewSize(850, c.MinSize().Height)
	c.Resize(size)
	var drawn []string
	rows := map[float32]bool{}
	for _, o := range test.WidgetRenderer(c).Objects() {
		txt, ok := o.(*canvas.Text)
		if !ok || !strings.Contains(txt.Text, ". ") && txt.Text != "Overall" {
			continue
		}
		drawn = append(drawn, txt.Text)
		rows[txt.Position().Y] = true
		if right := txt.Position().X + txt.MinSize().Width; right > size.Width {
			t.Errorf("%q ends at %.0f, past the chart's %.0f", txt.Text, right, size.Width)
		}
	}
	all := strings.Join(drawn, "\n")
	for _, n := range names {
		wantContains(t, "legend", all, n)
	}
	wantContains(t, "legend", all, "4. Network Security, Compliance, and Governance: no result yet")
	if len(rows) > 2 {
		t.Errorf("the legend takes %d rows at %.0f wide, want at most two: %q", len(rows), size.Width, drawn)
	}
}
