package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportWritesEachFormat saves the plan shown as PDF, calendar and
// spreadsheet, as the File menu does after its save dialog.
func TestExportWritesEachFormat(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	app, _ := startApp(t, f, "2026-03-02")
	dir := t.TempDir()
	want := map[string]string{"pdf": "%PDF-", "ics": "BEGIN:VCALENDAR", "csv": ""}
	for _, format := range exportFormats {
		path := filepath.Join(dir, "plan."+format.ext)
		if err := app.writeExport(context.Background(), format, app.planID, path); err != nil {
			t.Fatalf("%s: %v", format.ext, err)
		}
		b, err := os.ReadFile(path)
		if err != nil || len(b) == 0 || !strings.HasPrefix(string(b), want[format.ext]) {
			t.Errorf("%s: %d bytes starting %.20q, err %v", format.ext, len(b), b, err)
		}
	}
}

// TestMenusListScreensPlansAndExports checks the main menu's entries.
func TestMenusListScreensPlansAndExports(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-09-30")
	app, _ := startApp(t, f, "2026-03-02")
	menu := app.buildMenu()
	var labels []string
	for _, m := range menu.Items {
		for _, it := range m.Items {
			labels = append(labels, m.Label+"/"+it.Label)
		}
	}
	all := strings.Join(labels, "\n")
	wantContains(t, "menus", all, "File/New plan…", "File/Export plan as PDF…", "File/Quit",
		"View/Progress", "Plans/SAA-C03 · 2026-09-30", "Plans/CLF-C02 · 2026-05-29")
}
