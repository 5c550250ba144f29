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

// *storage.DB serves the desktop's records directly, checked here at
// compile time.
var _ ui.RecordService = (*storage.DB)(nil)

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
	open := ui.OpenData(a, cat)
	if dataDir != "" {
		open = ui.OpenStorage(dataDir, cat)
	}
	// CERTPLAN_SCREEN and CERTPLAN_THEME open a given screen in a given theme (.ci/screenshots.sh).
	ui.Run(a, ui.Config{Catalog: cat, Open: open,
		Screen: ui.Screen(os.Getenv("CERTPLAN_SCREEN")), Theme: ui.ThemeChoice(os.Getenv("CERTPLAN_THEME"))})
}
