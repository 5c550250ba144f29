// Package ui holds certplan's desktop app, built with Fyne: the main window
// (app.go) with its sidebar, menus and shortcuts, and one file per screen,
// each a small struct with a buildUI method and named handlers: welcome,
// catalog, plan set-up, plan, progress, certifications and exams, settings.
// A screen holds only what it uses, in a small struct of dependencies
// (planDeps, setupDeps, ...): the window, the task runner, the catalog and
// today (screenBase), its own services and callbacks such as openNew or
// showScreen. The app shell (app.go, app_screens.go, navigation.go) builds
// the screens and wires the callbacks; no screen reaches the App or another
// screen.
//
// Screens depend on the narrow services in services.go (PlanService,
// RecordService, SettingsService, DataService...), whose records are
// package planner's (planner.StudyPlan, planner.Settings...), never on the
// database: main.go serves them from an open *storage.DB, which satisfies
// them directly, and tests serve them from an in-memory fake or, through
// ui/uitest, from SQLite. Errors reach the learner as their Error text; the
// log's cause comes from a Detail method. Work slower than a frame runs
// off the UI goroutine through runTask (tasks.go), the one place results
// come back with fyne.Do, while the screen shows its loading state; a load
// where only the newest matters (the plan picked, the set-up preview) uses
// runLatest, which cancels the one before and drops its result; a save
// the learner asked for uses runSave, which always finishes and reports a
// failure, but brings its result back only while the screen still shows
// the plan it saved (screenBase.forPlan).
// Preferences (window size, last screen and plan, theme, data folder) go
// through the typed wrapper in prefs.go.
//
// Only main.go creates the fyne.App, so every screen can be tested with
// Fyne's headless test driver.
package ui
