package ui

import (
	"context"

	"fyne.io/fyne/v2/dialog"
)

// onDeletePlan asks before deleting the plan shown, then deletes it off the
// UI goroutine and shows the next plan, or the welcome when none is left.
func (a *App) onDeletePlan() {
	id, name := a.planID, a.planName()
	if id == 0 {
		return
	}
	msg := "Delete the plan " + name + " with its weeks and ticks?\n" +
		"Your exam log and certifications stay. Back up first (Settings) to keep a copy."
	dialog.ShowConfirm("Delete this plan?", msg, func(ok bool) {
		if ok {
			a.deletePlan(id)
		}
	}, a.win)
}

// deletePlan removes plan id and moves on to what is left.
func (a *App) deletePlan(id int64) {
	runTask(&a.tasks, a.start, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, a.svc.Plans.DeletePlan(ctx, id)
	}, func(struct{}) {
		a.planID = 0
		a.prefs.SetLastPlan(0)
		a.showWhatIsLeft()
	}, a.fail("delete the plan"))
}

// showWhatIsLeft reloads the plans and shows plan a.planID, or the
// welcome when no plan is left.
func (a *App) showWhatIsLeft() {
	a.reloadPlans(func() {
		if len(a.plans) == 0 {
			a.show(ScreenWelcome)
			return
		}
		a.openPlan(a.planID)
	})
}

// planName is how the menu names the plan shown: "SAA-C03 · 2027-02-26".
func (a *App) planName() string {
	for i, p := range a.plans {
		if p.ID == a.planID {
			return planLabel(i, p)
		}
	}
	return ""
}
