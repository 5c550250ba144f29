package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestChangeDatesWithItsOwnHoursMakesThemYourWeek, on the fake and on
// SQLite: a plan planned within another week than the learner's, re-planned
// through "Change dates and hours" with its hours and holidays as they
// were, makes its week the learner's and re-plans the other plan within
// it, as `certplan edit --hours` with the plan's own hours does; the line
// under the banner goes. The form kept the plan outside the week.
func TestChangeDatesWithItsOwnHoursMakesThemYourWeek(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		app, saa, dva := startWithPlansInTwoWeeks(t, clk, svc)
		s := openPlanInTwoWeeks(t, app, dva)

		form, _ := openChangeForm(t, app)
		test.Tap(findButton(t, form, "Re-plan"))
		app.tasks.wait()

		wantContains(t, "after the re-plan", topDialogText(app), "Your week is now "+otherWeek.String()+", for all your plans")
		if !s.weekNote.box.Hidden {
			t.Errorf("after the re-plan the line still says %q", s.weekNote.text.Text)
		}
		if set, _, err := svc.Settings.Settings(t.Context()); err != nil || set.Week() != otherWeek {
			t.Errorf("the learner's week is %v (%v), want the plan's own %v", set.Week(), err, otherWeek)
		}
		for _, id := range []int64{saa, dva} {
			if p, err := svc.Plans.Plan(t.Context(), id); err != nil || p.Input.Week() != otherWeek {
				t.Errorf("plan %d after the re-plan is within %v (%v), want %v", id, p.Input.Week(), err, otherWeek)
			}
		}
	})
}
