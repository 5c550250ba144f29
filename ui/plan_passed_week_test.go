package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestPassedPlanOffersNoStudyAfterThePass: a plan passed early (Tuesday
// 9 February 2027, its exam booked for 12 March) shows no session after
// the pass on the plan screen, whose week view says the plan is done, and
// the Progress burn-up's planned line stops at the pass week, on the fake
// and on SQLite alike.
func TestPassedPlanOffersNoStudyAfterThePass(t *testing.T) {
	onEachBackend(t, "2027-01-04", func(t *testing.T, clk *clock, svc Services) {
		passedPlan(t, svc, clk, "2027-02-09")
		pass := mustDate(t, "2027-02-09")
		app := startAppWith(t, svc, clk)
		plan := showScreen[*planScreen](t, app, ScreenPlan)
		s := plan.plan.Schedule
		if n := len(s.Weeks); n == 0 || s.Weeks[n-1].End != pass || len(s.AfterPass) == 0 {
			t.Fatalf("the plan shown has %d weeks, the last to %v, %d sessions after the pass; want its weeks to end on the pass day",
				n, s.Weeks[max(n-1, 0)].End, len(s.AfterPass))
		}
		for _, w := range s.Weeks {
			for _, x := range w.Sessions {
				if x.Date.After(pass) {
					t.Errorf("the plan screen offers a session on %s, after the pass", x.Date)
				}
			}
		}
		var week []string
		walk(plan.week.box, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok {
				week = append(week, l.Text)
			}
		})
		wantContains(t, "this week", strings.Join(week, "\n"), "the plan is done, its exam passed on 9 Feb 2027.")

		progress := showScreen[*progressScreen](t, app, ScreenProgress)
		b := progress.chart.data
		if n := len(b.Weeks); n != len(s.Weeks) || len(b.Planned) != n || b.Weeks[n-1] != pass.WeekStart() {
			t.Errorf("the burn-up draws %d weeks to %v, %d planned; want %d, the last the pass week", n, b.Weeks, len(b.Planned), len(s.Weeks))
		}
		if st := standingOf(plan.plan, clk.day); b.Planned[len(b.Planned)-1] != st.PlannedHours {
			t.Errorf("the burn-up's planned line ends at %v h, the standing planned %v h by the pass", b.Planned[len(b.Planned)-1], st.PlannedHours)
		}
	})
}
