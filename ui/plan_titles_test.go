package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// TestPlanTitlesShowWhole: on the plan screen every title in this week
// (today's sessions among them) and in the whole plan shows in full, on as
// many lines as it needs, its row as tall as its lines, at 1100x720 and at
// 800x600 (QA: "Diagnostic practice set, shortened (15 of 45 min…" said
// what to study only in part).
func TestPlanTitlesShowWhole(t *testing.T) {
	app, plan := showFakePlan(t, "SAA-C03", "2026-12-02", "2026-12-20", planner.Even(10))
	wrapped := map[string]bool{}
	atWindowSizes(app, func(size fyne.Size) {
		wrapped["this week"] = wantWhole(t, size, "this week", weekTitles(plan.week)) || wrapped["this week"]
		wrapped["the whole plan"] = wantWhole(t, size, "the whole plan", wholePlanTitles(plan.all)) ||
			wrapped["the whole plan"]
	})
	for _, where := range []string{"this week", "the whole plan"} {
		if !wrapped[where] { // the columns side by side are narrow enough for some
			t.Errorf("no title in %s took two lines at either size: the test needs one longer than its column", where)
		}
	}
}

// shownTitle is a title as drawn: its text, the text drawn, its height,
// the height its lines need, and whether its check keeps its own height at
// the row's top (stretched, a tap near the top of its row missed it).
type shownTitle struct {
	text, drawn  string
	height, need float32
	checkOnTop   bool
}

// showing is label l beside check as drawn now.
func showing(l *widget.Label, check *widget.Check) shownTitle {
	onTop := !check.Visible() || check.Position().Y == 0 && check.Size().Height == check.MinSize().Height
	return shownTitle{text: l.Text, drawn: drawnText(l), height: l.Size().Height, need: l.MinSize().Height,
		checkOnTop: onTop}
}

// wantWhole fails for a title drawn cut or in less height than its lines
// need, and reports whether a title took two lines or more.
func wantWhole(t *testing.T, size fyne.Size, where string, titles []shownTitle) bool {
	t.Helper()
	if len(titles) == 0 {
		t.Fatalf("at %v %s shows no titles", size, where)
	}
	line := widget.NewLabel("x").MinSize().Height
	wraps := false
	for _, s := range titles {
		if s.drawn != s.text || s.height < s.need {
			t.Errorf("at %v %s shows %q as %q in %v of the %v it needs", size, where, s.text, s.drawn, s.height, s.need)
		}
		if !s.checkOnTop {
			t.Errorf("at %v %s stretches the check of %q to its row's height", size, where, s.text)
		}
		wraps = wraps || s.height > line*1.5
	}
	return wraps
}

// weekTitles are the sessions' titles in this week: the labels beside a
// check.
func weekTitles(v *weekView) []shownTitle {
	var out []shownTitle
	walk(v.box, func(o fyne.CanvasObject) {
		if l, check := checkTitle(o); l != nil {
			out = append(out, showing(l, check))
		}
	})
	return out
}

// wholePlanTitles scrolls the whole plan to each row and collects the
// titles it draws, week headings among them.
func wholePlanTitles(l *planList) []shownTitle {
	var out []shownTitle
	seen := map[string]bool{}
	for id := range l.rows {
		l.list.ScrollTo(id)
		walk(l.list, func(o fyne.CanvasObject) {
			if title, check := checkTitle(o); title != nil && o.Visible() && !seen[title.Text] {
				seen[title.Text] = true
				out = append(out, showing(title, check))
			}
		})
	}
	return out
}

// checkTitle is the title and the check of a row of a check, a title and
// its hours, or nil when o is no such row.
func checkTitle(o fyne.CanvasObject) (*widget.Label, *widget.Check) {
	c, ok := o.(*fyne.Container)
	if !ok || len(c.Objects) != 3 {
		return nil, nil
	}
	check, ok := c.Objects[1].(*widget.Check)
	if !ok {
		return nil, nil
	}
	l, _ := c.Objects[0].(*widget.Label)
	return l, check
}
