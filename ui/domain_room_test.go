package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"certplan/planner"
)

// TestDomainNamesShowWhole: on the plan and the progress screens each
// domain's name shows in full, on as many lines as it needs, at 1100x720
// and at 800x600 (QA: "Design Resilient Architectu…" where the row could
// grow).
func TestDomainNamesShowWhole(t *testing.T) {
	app, plan := showFakePlan(t, "SAA-C03", "2026-12-02", "2027-03-12", planner.Even(10))
	progress := showScreen[*progressScreen](t, app, ScreenProgress)
	screens := map[Screen]*fyne.Container{ScreenPlan: plan.domains, ScreenProgress: progress.domains}
	for id, domains := range screens {
		app.show(id)
		app.tasks.wait()
		atWindowSizes(app, func(size fyne.Size) {
			names := allLabels(domains)
			if len(names) == 0 {
				t.Fatalf("%s shows no domains", id)
			}
			for _, l := range names {
				if got := drawnText(l); got != l.Text || l.Size().Height < l.MinSize().Height {
					t.Errorf("%s at %v shows the domain %q as %q in %v of the %v it needs", id, size, l.Text, got,
						l.Size().Height, l.MinSize().Height)
				}
			}
		})
	}
}

// drawnText is the text a widget draws, its lines joined by spaces.
func drawnText(o fyne.CanvasObject) string {
	var lines []string
	walk(o, func(x fyne.CanvasObject) {
		if t, ok := x.(*canvas.Text); ok && x.Visible() && strings.TrimSpace(t.Text) != "" {
			lines = append(lines, strings.TrimSpace(t.Text))
		}
	})
	return strings.Join(lines, " ")
}

// TestPlanDomainsEndUnderAWholeRow (QA desk2 #4): at 1100x720 and 800x600
// the plan screen's domains, in their scroll above the whole plan, show
// whole rows only, with no split handle under them: "Network Management
// and …" was cut through its second line, a split's handle under it.
func TestPlanDomainsEndUnderAWholeRow(t *testing.T) {
	app, s := showFakePlan(t, "SAA-C03", "2026-12-02", "2027-03-01", planner.Even(8))
	atWindowSizes(app, func(size fyne.Size) {
		s.domainsScroll.ScrollToTop()
		sight := s.domainsScroll.Size().Height
		for _, row := range s.domains.Objects {
			top := row.Position().Y + s.domains.Position().Y
			if bottom := top + row.Size().Height; top < sight && bottom > sight+0.5 {
				t.Errorf("at %v a domain's row runs from %.0f to %.0f, cut by the foot of the domains at %.0f",
					size, top, bottom, sight)
			}
		}
		walk(app.win.Content(), func(o fyne.CanvasObject) {
			if _, ok := o.(*container.Split); ok {
				t.Errorf("at %v the plan screen has a split, whose handle reads as a stray mark", size)
			}
		})
	})
}
