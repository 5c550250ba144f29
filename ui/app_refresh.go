package ui

import (
	"reflect"

	"certplan/planner"
)

// reloader is a screen that can load its data again as stored now
// without its loading overlay, keeping the learner's place (scroll,
// choices) and anything typed. Screens that are forms (the set-up,
// settings) are not reloaders: a reload would replace what was typed.
type reloader interface {
	reload()
}

// watchForeground shows, each time the window comes back to the
// foreground, what the command line changed meanwhile.
func (a *App) watchForeground() {
	a.fyne.Lifecycle().SetOnEnteredForeground(a.onForeground)
}

// onForeground reloads the plan list and the screen shown: the command
// line may have ticked, re-planned, edited or imported while the window
// was behind another. It runs on the UI goroutine; the loads run off it,
// the newest winning. A failure is logged, not shown: the learner did not
// ask for this load, and the next thing they do says what is wrong.
func (a *App) onForeground() {
	if a.svc.Plans == nil {
		return // still opening the data
	}
	runLatest(&a.tasks, &a.planList, nil, a.svc.Plans.Plans, a.onPlansReloaded, func(err error) {
		logFailure("reload your plans", err)
	})
}

// onPlansReloaded takes the plan list as stored now and reloads the
// screen shown. When the plan shown is gone (deleted on the command line)
// the screen shows the plan picked instead, or the welcome.
func (a *App) onPlansReloaded(plans []planner.PlanSummary) {
	if _, reshown := a.takePlans(plans); reshown {
		return
	}
	if r, ok := a.screens[a.current].(reloader); ok {
		r.reload()
	}
}

// reloadPlanList loads the plan list again as stored now when the learner
// moves to another screen, so that the sidebar's and the screen's figures
// are current (a tick or a logged exam elsewhere changed them). The screen
// shown has just loaded its own data; it reloads only when the list
// changed.
func (a *App) reloadPlanList() {
	if a.svc.Plans == nil {
		return
	}
	runLatest(&a.tasks, &a.planList, nil, a.svc.Plans.Plans, func(plans []planner.PlanSummary) {
		if changed, reshown := a.takePlans(plans); !changed || reshown {
			return
		}
		if r, ok := a.screens[a.current].(reloader); ok {
			r.reload()
		}
	}, func(err error) { logFailure("reload your plans", err) })
}

// takePlans takes the plan list as stored now, saying whether it changed
// and whether the screen was shown again for another plan (the one shown
// is gone).
func (a *App) takePlans(plans []planner.PlanSummary) (changed, reshown bool) {
	active, archived := splitArchived(plans)
	shown := a.planID
	if !reflect.DeepEqual(active, a.plans) || !reflect.DeepEqual(archived, a.archived) {
		changed = true
		a.plans, a.archived = active, archived
		a.pickPlan()
		a.nav.setPlans(a.plans, a.planID)
		a.refreshMenu()
	}
	if a.planID != shown && (a.current == ScreenPlan || a.current == ScreenProgress) {
		a.show(a.current)
		return changed, true
	}
	return changed, false
}
