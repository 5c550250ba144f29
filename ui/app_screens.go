package ui

// newScreen builds screen s with only what it uses, and wires its
// callbacks to the main window.
func (a *App) newScreen(s Screen) screen {
	switch s {
	case ScreenPlan:
		return newPlanScreen(a)
	case ScreenCatalog:
		return newCatalogScreen(a.catalogDeps())
	case ScreenSetup:
		return newSetupScreen(a)
	case ScreenProgress:
		return newProgressScreen(a)
	case ScreenCerts:
		return newCertsScreen(a)
	case ScreenSettings:
		return newSettingsScreen(a)
	case ScreenAdvisor:
		return newAdvisorScreen(a)
	}
	return newWelcomeScreen(a.show)
}

// catalogDeps are the catalog screen's dependencies.
func (a *App) catalogDeps() catalogDeps {
	return catalogDeps{cat: a.cat, today: a.today, shownExam: a.planExamCode, showScreen: a.show, planExam: a.planExam}
}
