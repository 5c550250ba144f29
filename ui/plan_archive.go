package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2/dialog"

	"certplan/catalog"
	"certplan/planner"
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
	today, from := a.today(), a.planID
	runTask(&a.tasks, a.start, func(ctx context.Context) (struct{}, error) {
		_, err := a.svc.Budget.SetArchived(ctx, id, archived, today)
		return struct{}{}, err // the plan brought back is opened, and shows how it stands
	}, func(struct{}) {
		if archived {
			a.planGone(id)
			return
		}
		a.reloadAfterSave(from, func() { a.openPlan(id) })
	}, a.fail("change the plan"))
}

// onPrioritizePlan gives the plan shown its hours first and re-plans the
// other active plans around it, then shows it again.
func (a *App) onPrioritizePlan() {
	id, today := a.planID, a.today()
	if id == 0 || a.svc.Budget == nil {
		return
	}
	runTask(&a.tasks, a.start, func(ctx context.Context) ([]planner.StudyPlan, error) {
		return a.svc.Budget.Prioritize(ctx, id, today)
	}, func(refitted []planner.StudyPlan) {
		a.reloadAfterSave(id, func() {
			a.openPlan(id)
			dialog.ShowInformation("Priority", priorityText(id, refitted, today), a.win)
		})
	}, a.fail("give the plan priority"))
}

// priorityText says that plan id now takes its hours first and, for each
// other plan re-planned around it that is not on track, how it stands now.
func priorityText(id int64, refitted []planner.StudyPlan, today catalog.Date) string {
	return "This plan now takes its study hours first; your other plans were re-planned around it." +
		standingLines(id, refitted, today)
}

// weekChangeText says the learner's week a plan's edit made theirs and,
// for each plan re-fitted within it that is not on track, how it stands.
func weekChangeText(c planner.WeekChange, today catalog.Date) string {
	return fmt.Sprintf("Your week is now %s, for all your plans; your other plans were re-planned within it.", c.Week) +
		standingLines(0, c.Refitted, today)
}

// standingLines says, for each plan re-planned but plan id that is not on
// track, how it stands now, a paragraph each.
func standingLines(id int64, refitted []planner.StudyPlan, today catalog.Date) string {
	s := ""
	for _, p := range refitted {
		if st := standingOf(p, today); p.ID != id && !bannerOK(st) {
			s += fmt.Sprintf("\n\n%s: %s", planName(p), bannerText(st))
		}
	}
	return s
}

// planName names plan p in a sentence: its name and, when that is not
// its exam's code, the code after it ("Networking (ANS-C01)", "ANS-C01").
func planName(p planner.StudyPlan) string {
	switch p.Name {
	case "", p.Exam:
		return p.Exam
	}
	return fmt.Sprintf("%s (%s)", p.Name, p.Exam)
}
