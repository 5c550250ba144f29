package ui

import (
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// TestImportSaysWhatItHoldsAndWhereTheBackupIs: importing a file asks
// first with what the file holds and what the data holds (as a restore
// does) and the folder the data is backed up to; once imported it names
// the backup taken. A file that cannot be imported is refused with no
// question.
func TestImportSaysWhatItHoldsAndWhereTheBackupIs(t *testing.T) {
	clk := &clock{day: catalog.DateOf(2026, 12, 3)}
	f := newFakeData(testCatalog(t))
	app := startAppWith(t, f.services(), clk)
	s := showScreen[*settingsScreen](t, app, ScreenSettings)

	s.previewImport("/x/broken.json", io.NopCloser(strings.NewReader("broken")))
	app.tasks.wait()
	wantContains(t, "the refusal", topDialogText(app), "not a certplan export")
	wantNoButton(t, app, "Import")
	closeDialogs(app)

	s.previewImport("/x/export.json", io.NopCloser(strings.NewReader(`{"format":"certplan"}`)))
	app.tasks.wait()
	wantContains(t, "the question", topDialogText(app),
		"Import /x/export.json? It holds 1 plan, 0 exam attempts, 0 certifications; your data now has 0 plans,",
		"The data it replaces is backed up first, in "+f.BackupDir()+".")
	test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Import"))
	app.tasks.wait()
	wantContains(t, "after the import", topDialogText(app), "Imported /x/export.json: 1 plan",
		"backed up at import-backup.db.")
	if f.exported != `{"format":"certplan"}` {
		t.Errorf("imported %q, want the file read", f.exported)
	}
}

// TestRestoreSaysTheWorkSinceTheBackup: a backup holding as many plans,
// attempts and certifications as the data still loses the ticks and
// practice results recorded since it was made: the question counts them
// and its button is marked as a loss.
func TestRestoreSaysTheWorkSinceTheBackup(t *testing.T) {
	clk := &clock{day: catalog.DateOf(2026, 12, 3)}
	f := &fakeBackups{fakeData: newFakeData(testCatalog(t)), files: map[string]planner.BackupRestore{
		"/b/daily.db": {BackupFile: planner.BackupFile{Kind: "daily", Made: time.Date(2026, 12, 1, 7, 0, 0, 0, time.Local)},
			Since: planner.WorkSince{Ticks: 3, Scores: 1}}}}
	svc := f.services()
	svc.Data = f
	app := startAppWith(t, svc, clk)
	s := showScreen[*settingsScreen](t, app, ScreenSettings)
	s.previewRestore("/b/daily.db")
	app.tasks.wait()
	wantContains(t, "the question", topDialogText(app),
		"Since it was made you recorded 3 ticks and 1 practice result: restoring it loses them.")
	if b := findButton(t, app.win.Canvas().Overlays().Top(), "Restore"); b.Importance != widget.DangerImportance {
		t.Errorf("the Restore button of a restore losing work is not marked as a loss (importance %v)", b.Importance)
	}
}
