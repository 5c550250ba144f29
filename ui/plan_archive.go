package ui

import (
	"context"

	"fyne.io/fyne/v2/dialog"
)

// onArchivePlan asks before archiving the plan shown: it keeps its history
// but gives its study hours back to the other plans.
func (a *App) onArchivePlan() {
	id, name := a.planID, a.planName()
	if id == 0 || a.svc.Budget == nil {
		return
	}
	msg := "Archive the plan " + name + "?\nIt keeps its weeks and ticks but takes no study hours, " +
		"and leaves the plan list. Bring it back from the Progress screen."
	dialog.ShowConfirm("Archive this plan?", msg, func(ok bool) {
		if ok {
			a.setArchived(id, true)
		}
	}, a.win)
}

// setArchived archives plan id or brings it back, then shows what is left
// (the plan brought back, or the next plan, or the welcome).
func (a *App) setArchived(id int64, archived bool) {
	today := a.today()
	runTask(&a.tasks, a.start, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, a.svc.Budget.SetArchived(ctx, id, archived, today)
	}, func(struct{}) {
		if archived {
			a.planID = 0
			a.prefs.SetLastPlan(0)
		} else {
			a.planID = id
		}
		a.showWhatIsLeft()
	}, a.fail("change the plan"))
}

// onPrioritizePlan gives the plan shown its hours first and re-plans the
// other active plans around it, then shows it again.
func (a *App) onPrioritizePlan() {
	id, today := a.planID, a.today()
	if id == 0 || a.svc.Budget == nil {
		return
	}
	runTask(&a.tasks, a.start, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, a.svc.Budget.Prioritize(ctx, id, today)
	}, func(struct{}) {
		a.reloadPlans(func() {
			a.openPlan(id)
			dialog.ShowInformation("Priority", "This plan now takes its study hours first; your other plans were re-planned around it.", a.win)
		})
	}, a.fail("give the plan priority"))
}
