package ui

import "certplan/planner"

// newScreen builds screen s with only what it uses, and wires its
// callbacks to the main window.
func (a *App) newScreen(s Screen) screen {
	switch s {
	case ScreenPlan:
		return newPlanScreen(planDeps{screenBase: a.base(), plans: a.svc.Plans, budget: a.svc.Budget, shownID: a.shownID,
			plansChanged: func() { a.reloadPlans(nil) }})
	case ScreenCatalog:
		return newCatalogScreen(a.catalogDeps())
	case ScreenSetup:
		return newSetupScreen(a.setupDeps())
	case ScreenProgress:
		return newProgressScreen(a.progressDeps())
	case ScreenCerts:
		return newCertsScreen(certsDeps{screenBase: a.base(), records: a.svc.Records, shownPlan: a.shownPlan,
			planRenewal: a.planRenewal, plansChanged: func() { a.reloadPlans(nil) }})
	case ScreenSettings:
		return newSettingsScreen(a.settingsDeps())
	case ScreenAdvisor:
		return newAdvisorScreen(advisorDeps{screenBase: a.base(), plans: a.svc.Plans, data: a.svc.Advisor,
			planExam: a.planExam, openNew: a.openNewPlan})
	}
	return newWelcomeScreen(a.show)
}

// catalogDeps are the catalog screen's dependencies.
func (a *App) catalogDeps() catalogDeps {
	return catalogDeps{cat: a.cat, today: a.today, shownExam: a.planExamCode, showScreen: a.show, planExam: a.planExam}
}

// shownID is the plan chosen in the sidebar, or 0.
func (a *App) shownID() int64 { return a.planID }

// progressDeps are the Progress screen's dependencies.
func (a *App) progressDeps() progressDeps {
	return progressDeps{screenBase: a.base(), plans: a.svc.Plans, results: a.svc.Scores, budget: a.svc.Budget, shownID: a.shownID,
		planLists: func() (active, archived []planner.PlanSummary) { return a.plans, a.archived },
		bringBack: func(id int64) { a.setArchived(id, false) }}
}

// shownPlan is the plan chosen in the sidebar; zero when none.
func (a *App) shownPlan() planner.PlanSummary {
	for _, p := range a.plans {
		if p.ID == a.planID {
			return p
		}
	}
	return planner.PlanSummary{}
}

// planRenewal opens the set-up of a plan to renew h: its renewal exam,
// sat by the day before it lapses, studied from the advised start-by day
// (today when that has passed).
func (a *App) planRenewal(h planner.HeldCertification) {
	entry := setupEntry{exam: h.RenewWith, examDate: h.Expiry.AddDays(-1)}
	if h.StudyFrom.After(a.today()) {
		entry.start = h.StudyFrom
	}
	a.enterSetup(entry)
}

// setupDeps are the set-up's dependencies.
func (a *App) setupDeps() setupDeps {
	return setupDeps{screenBase: a.base(), plans: a.svc.Plans, records: a.svc.Records, settings: a.svc.Settings,
		budget: a.svc.Budget, shownExam: a.planExamCode, takeEntry: a.takeEntry, openNew: a.openNewPlan,
		activePlans: func() []planner.PlanSummary { return a.plans }}
}

// enterSetup opens the set-up of a new plan for entry.
func (a *App) enterSetup(entry setupEntry) {
	a.entry = entry
	a.show(ScreenSetup)
}

// takeEntry is what the entry into the set-up means, once: the next entry
// is a plain "New plan" unless enterSetup says otherwise.
func (a *App) takeEntry() setupEntry {
	e := a.entry
	a.entry = setupEntry{}
	return e
}

// openNewPlan reloads the list of plans, opens plan id, then calls then
// (may be nil).
func (a *App) openNewPlan(id int64, then func()) {
	a.reloadPlans(func() {
		a.openPlan(id)
		if then != nil {
			then()
		}
	})
}

// settingsDeps are the settings screen's dependencies.
func (a *App) settingsDeps() settingsDeps {
	return settingsDeps{screenBase: a.base(), defaults: a.svc.Settings, data: a.svc.Data,
		themeChoice: a.prefs.Theme, setTheme: a.setTheme, setDataFolder: a.prefs.SetDataFolder,
		exportFolder: a.prefs,
		checkOutput:  a.checkOutput, dataReplaced: a.dataReplaced, reminderAt: a.reminderAt,
		setReminderAt: a.setReminderAt, plansChanged: func() { a.reloadPlans(nil) }}
}

// setTheme applies and remembers theme t.
func (a *App) setTheme(t ThemeChoice) {
	a.prefs.SetTheme(t)
	applyTheme(a.fyne, t)
}

// dataReplaced reloads every screen after a restore or import.
func (a *App) dataReplaced(msg string) {
	for s := range a.screens {
		if s != ScreenCatalog {
			delete(a.screens, s)
			delete(a.views, s)
		}
	}
	a.planID = 0
	a.reloadPlans(func() {
		a.show(ScreenSettings)
		showFittedInfo("Your data", msg, a.win)
	})
}
