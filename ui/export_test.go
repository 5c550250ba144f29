package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/planner"
	"certplan/ui/export"
)

// TestExportWritesEachFormat saves the plan shown as PDF, calendar and
// spreadsheet, as the File menu does after its save dialog.
func TestExportWritesEachFormat(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
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

// TestExportCarriesItemTicks: the spreadsheet of a plan marks the study
// items ticked since the plan was made as done, and only those.
func TestExportCarriesItemTicks(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-07-01")
	app, _ := startApp(t, f, "2026-03-02")
	p, _ := f.Plan(context.Background(), app.planID)
	ticked := p.Schedule.Topics[0].Items[0].ID
	if err := f.TickItems(context.Background(), app.planID, []string{ticked}, 0, 0.5); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.csv")
	if err := app.writeExport(context.Background(), exportFormatNamed(t, "export-csv"), app.planID, path); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	rows := 0
	for _, line := range strings.Split(string(b), "\r\n") {
		if strings.Contains(line, ","+ticked+",") {
			rows++
			if !strings.HasSuffix(line, ",true") {
				t.Errorf("the ticked item's row %q does not say done", line)
			}
		} else if strings.HasSuffix(line, ",true") {
			t.Errorf("row %q says done, but only %s was ticked", line, ticked)
		}
	}
	if rows == 0 {
		t.Errorf("no row for the ticked item %s", ticked)
	}
}

// exportFormatNamed is the File menu's export called name.
func exportFormatNamed(t *testing.T, name string) exportFormat {
	t.Helper()
	for _, f := range exportFormats {
		if f.name == name {
			return f
		}
	}
	t.Fatalf("no export format %q", name)
	return exportFormat{}
}

// TestExportStatesTodaysStanding: a printout is made with where the learner
// stands today, as the plan screen shows it, including ticks made after the
// plan was, and counts the hours a week from today.
func TestExportStatesTodaysStanding(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-07-01")
	app, _ := startApp(t, f, "2026-03-02")
	ctx := context.Background()
	p, _ := f.Plan(ctx, app.planID)
	ticked := p.Schedule.Topics[0].Items[0].ID
	if err := f.TickItems(ctx, app.planID, []string{ticked}, 0, 0.5); err != nil {
		t.Fatal(err)
	}
	var got export.Options
	capture := exportFormat{name: "capture", ext: "pdf", write: func(_ planner.StudyPlan, o export.Options) ([]byte, error) {
		got = o
		return []byte("x"), nil
	}}
	if err := app.writeExport(ctx, capture, app.planID, filepath.Join(t.TempDir(), "plan.pdf")); err != nil {
		t.Fatal(err)
	}
	p, _ = f.Plan(ctx, app.planID)
	want := p.Standing(app.today())
	switch {
	case got.Standing == nil:
		t.Fatal("the export has no standing")
	case got.Today != app.today():
		t.Errorf("the export's day is %s, want today %s", got.Today, app.today())
	case *got.Standing != want:
		t.Errorf("the export's standing is %+v, want the plan screen's %+v", *got.Standing, want)
	case got.Standing.DoneHours <= 0:
		t.Errorf("the export's standing counts %g h done after a tick", got.Standing.DoneHours)
	}
}
