// Command certplan plans AWS certification study: a command line with
// arguments, else the desktop app (optionally on a data folder: --data DIR).
package main

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2/app"

	"certplan/catalog"
	"certplan/resources"
	"certplan/storage"
	"certplan/ui"
	"certplan/ui/cli"
)

// *storage.DB is the desktop's services, checked here at compile time
// one by one, so a method that drifts names its service.
var (
	_ ui.PlanService     = (*storage.DB)(nil)
	_ ui.RecordService   = (*storage.DB)(nil)
	_ ui.SettingsService = (*storage.DB)(nil)
	_ ui.DataService     = (*storage.DB)(nil)
	_ ui.BudgetService   = (*storage.DB)(nil)
	_ ui.StateService    = (*storage.DB)(nil)
	_ ui.ScoreService    = (*storage.DB)(nil)
)

func main() {
	dataDir, desktop := cli.DesktopDataDir(os.Args[1:])
	if !desktop {
		os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr, time.Now))
	}
	if !ui.DisplayAvailable() {
		fmt.Fprintln(os.Stderr, "certplan: no display found; run it in a desktop session (or use the command line: certplan --help)")
		os.Exit(1)
	}
	cat, err := catalog.Load()
	if err != nil {
		fmt.Fprintf(os.Stderr, "certplan: load the exam catalog: %v\n", err)
		os.Exit(1)
	}
	a := app.NewWithID("io.github.certplan")
	a.SetIcon(resources.Icon)
	if dataDir == "" {
		dataDir = ui.NewPrefs(a.Preferences()).DataFolder() // "" for storage.DefaultDir
	}
	open := func() (ui.Services, error) {
		db, err := storage.OpenDesktop(dataDir, cat)
		if err != nil {
			return ui.Services{}, err
		}
		return ui.ServicesOf(db, db.Startup().Notice()), nil
	}
	// CERTPLAN_SCREEN and CERTPLAN_THEME open a given screen in a given theme (.ci/screenshots.sh).
	ui.Run(a, ui.Config{Catalog: cat, Open: open, WorkArea: ui.ScreenWorkArea,
		Screen: ui.Screen(os.Getenv("CERTPLAN_SCREEN")), Theme: ui.ThemeChoice(os.Getenv("CERTPLAN_THEME"))})
}
