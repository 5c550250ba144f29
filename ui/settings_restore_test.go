package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// PreviewRestore describes any file as an empty backup.
func (f *fakeData) PreviewRestore(_ context.Context, file string) (planner.BackupRestore, error) {
	return planner.BackupRestore{BackupFile: planner.BackupFile{Path: file}, Replaces: f.contents()}, f.failing("Restore")
}

// RestoreBackup restores nothing.
func (f *fakeData) RestoreBackup(_ context.Context, file string, _ bool) (planner.BackupRestore, error) {
	return planner.BackupRestore{BackupFile: planner.BackupFile{Path: file}}, f.failing("Restore")
}

// contents counts the fake's plans, attempts and certifications.
func (f *fakeData) contents() planner.Contents {
	f.mu.Lock()
	defer f.mu.Unlock()
	return planner.Contents{Plans: len(f.plans), Attempts: len(f.attempts), Certifications: len(f.held)}
}

// fakeBackups is the fake with backup files that hold what files says; a
// restore empties the data, as the backups these tests restore are empty.
type fakeBackups struct {
	*fakeData
	files map[string]planner.BackupRestore
}

// PreviewRestore describes a file of files.
func (f *fakeBackups) PreviewRestore(_ context.Context, file string) (planner.BackupRestore, error) {
	b, ok := f.files[file]
	if !ok {
		return b, errors.New("there is no file " + file)
	}
	b.Path, b.Replaces = file, f.contents()
	return b, nil
}

// RestoreBackup refuses a loss not confirmed, as storage does.
func (f *fakeBackups) RestoreBackup(ctx context.Context, file string, losing bool) (planner.BackupRestore, error) {
	b, err := f.PreviewRestore(ctx, file)
	if err == nil && !losing && b.Holds.Lacks(b.Replaces) {
		err = errors.New(file + " holds fewer plans, exam attempts or certifications than your data: nothing was restored")
	}
	if err != nil {
		return b, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.plans, f.attempts, f.held = nil, nil, nil
	b.SafetyBackup = f.BackupDir() + "/certplan-before-restore.db"
	return b, nil
}

// restoreCase is a backend with data (2 plans, 1 exam attempt, 1
// certification), an empty backup made before it and a damaged backup.
type restoreCase struct {
	svc              Services
	empty, damaged   string
	emptyName        string // how the restore names the empty backup
	damagedNamesWhat string // what the refusal says is wrong with the damaged one
}

// restoreCases set up the fake and SQLite alike.
var restoreCases = map[string]func(t *testing.T, clk *clock) restoreCase{
	"fake": func(t *testing.T, clk *clock) restoreCase {
		made := time.Date(2026, 12, 3, 7, 49, 0, 0, time.Local)
		f := &fakeBackups{fakeData: newFakeData(testCatalog(t)), files: map[string]planner.BackupRestore{
			"/b/empty.db":   {BackupFile: planner.BackupFile{Kind: "daily", Made: made}},
			"/b/damaged.db": {BackupFile: planner.BackupFile{Kind: "daily", Made: made, Problem: "it is damaged: database disk image is malformed"}},
		}}
		svc := f.services()
		svc.Data = f
		fillForRestore(t, svc, clk)
		return restoreCase{svc, "/b/empty.db", "/b/damaged.db", "the backup made 3 Dec 2026 07:49 (daily)", "damaged"}
	},
	"storage": func(t *testing.T, clk *clock) restoreCase {
		svc := backends["storage"](t, clk)
		empty, err := svc.Data.BackupFile(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		fillForRestore(t, svc, clk)
		b, err := os.ReadFile(empty)
		if err != nil {
			t.Fatal(err)
		}
		damaged := filepath.Join(t.TempDir(), "certplan-20261201-074900.000000-daily.db")
		if err := os.WriteFile(damaged, b[:len(b)/2], 0o600); err != nil {
			t.Fatal(err)
		}
		name := "the backup made " + clk.now().Local().Format(madeLayout) + " (manual)"
		return restoreCase{svc, empty, damaged, name, "damaged"}
	},
}

// fillForRestore saves 2 plans and a pass (1 attempt, 1 certification).
func fillForRestore(t *testing.T, svc Services, clk *clock) {
	t.Helper()
	for _, exam := range []string{"SAA-C03", "CLF-C02"} {
		mustCreatePlan(t, svc, planner.Input{Exam: exam, Start: clk.day, ExamDate: clk.day.AddDays(60), Hours: planner.Even(10)})
	}
	pass := planner.Attempt{Exam: "SAA-C03", Date: clk.day.AddDays(-30), Status: planner.Passed, Score: 800}
	if _, err := svc.Records.SaveAttempt(t.Context(), pass); err != nil {
		t.Fatal(err)
	}
}

// countData counts the plans, attempts and certifications svc serves.
func countData(t *testing.T, svc Services) planner.Contents {
	t.Helper()
	ctx := t.Context()
	plans, err := svc.Plans.Plans(ctx)
	if err != nil {
		t.Fatal(err)
	}
	attempts, err := svc.Records.Attempts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	held, err := svc.Records.Certifications(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return planner.Contents{Plans: len(plans), Attempts: len(attempts), Certifications: len(held)}
}

// TestRestoreSaysWhatItHoldsAndWhatIsLost, on the fake and on SQLite: a
// damaged backup is refused with its reason before any question; an empty
// backup is confirmed with both counts, the loss said plainly and a button
// that names it; a cancel changes nothing; the restore says what it did.
func TestRestoreSaysWhatItHoldsAndWhatIsLost(t *testing.T) {
	for name, setup := range restoreCases {
		t.Run(name, func(t *testing.T) {
			clk := &clock{day: catalog.DateOf(2026, 12, 3)}
			c := setup(t, clk)
			app := startAppWith(t, c.svc, clk)
			s := showScreen[*settingsScreen](t, app, ScreenSettings)
			before := countData(t, c.svc)
			if before != (planner.Contents{Plans: 2, Attempts: 1, Certifications: 1}) {
				t.Fatalf("the data holds %+v before the restore", before)
			}

			s.previewRestore(c.damaged)
			app.tasks.wait()
			wantContains(t, "the refusal", topDialogText(app), "cannot be restored",
				c.damaged+" is not a good certplan backup", c.damagedNamesWhat, "Nothing was restored")
			wantNoButton(t, app, "Restore")
			closeDialogs(app)

			s.previewRestore(c.empty)
			app.tasks.wait()
			wantContains(t, "the question", topDialogText(app), "Restore "+c.emptyName+
				"? It holds 0 plans, 0 exam attempts, 0 certifications; your data now has 2 plans, 1 exam attempt, 1 certification.",
				"Restoring it loses data: you would have 0 plans instead of 2, 0 exam attempts instead of 1 and 0 certifications instead of 1.",
				"The data it replaces is backed up first.")
			lose := "Restore and replace 2 plans"
			findButton(t, app.win.Canvas().Overlays().Top(), lose)
			test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Cancel"))
			app.tasks.wait()
			wantNoDialog(t, app, "after Cancel")
			if after := countData(t, c.svc); after != before {
				t.Fatalf("after Cancel the data holds %+v, want %+v", after, before)
			}

			s.previewRestore(c.empty)
			app.tasks.wait()
			test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), lose))
			app.tasks.wait()
			wantContains(t, "after the restore", topDialogText(app), "Restored "+c.emptyName+
				": 0 plans, 0 exam attempts, 0 certifications.", "It replaced 2 plans, 1 exam attempt, 1 certification, backed up at ")
			if after := countData(t, c.svc); after != (planner.Contents{}) {
				t.Errorf("after the restore the data holds %+v, want the backup's nothing", after)
			}
		})
	}
}

// TestRestoreLosingNothingAsksPlainly: a backup holding as much as the
// data is confirmed with a plain Restore button and no loss.
func TestRestoreLosingNothingAsksPlainly(t *testing.T) {
	clk := &clock{day: catalog.DateOf(2026, 12, 3)}
	f := &fakeBackups{fakeData: newFakeData(testCatalog(t)), files: map[string]planner.BackupRestore{
		"/b/full.db": {BackupFile: planner.BackupFile{Kind: "manual", Made: time.Date(2026, 12, 2, 18, 5, 0, 0, time.Local),
			Holds: planner.Contents{Plans: 3, Attempts: 1, Certifications: 1}}}}}
	svc := f.services()
	svc.Data = f
	fillForRestore(t, svc, clk)
	app := startAppWith(t, svc, clk)
	s := showScreen[*settingsScreen](t, app, ScreenSettings)
	s.previewRestore("/b/full.db")
	app.tasks.wait()
	text := topDialogText(app)
	wantContains(t, "the question", text, "Restore the backup made 2 Dec 2026 18:05 (manual)? It holds 3 plans, 1 exam attempt, 1 certification;")
	if text == "" || containsAny(text, "loses", "lose data") {
		t.Errorf("a restore losing nothing says %q", text)
	}
	test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Restore"))
	app.tasks.wait()
	wantContains(t, "after the restore", topDialogText(app), "Restored the backup made 2 Dec 2026 18:05 (manual): 3 plans")
}

// wantNoButton fails when the top dialog has a button labelled text.
func wantNoButton(t *testing.T, app *App, text string) {
	t.Helper()
	top := app.win.Canvas().Overlays().Top()
	if top == nil {
		return
	}
	walk(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			t.Errorf("the dialog has a %q button", text)
		}
	})
}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestLoseButtonNamesTheFirstKindLost: the button of a losing restore
// names what the data has of plans, then attempts, then certifications,
// whichever the backup first holds fewer of.
func TestLoseButtonNamesTheFirstKindLost(t *testing.T) {
	now := planner.Contents{Plans: 2, Attempts: 3, Certifications: 1}
	for _, c := range []struct {
		name  string
		holds planner.Contents
		want  string
	}{
		{"fewer plans", planner.Contents{Plans: 1, Attempts: 3, Certifications: 1}, "Restore and replace 2 plans"},
		{"fewer attempts only", planner.Contents{Plans: 5, Attempts: 2, Certifications: 1}, "Restore and replace 3 exam attempts"},
		{"fewer certifications only", planner.Contents{Plans: 2, Attempts: 3}, "Restore and replace 1 certification"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := loseButton(planner.BackupRestore{BackupFile: planner.BackupFile{Holds: c.holds}, Replaces: now}); got != c.want {
				t.Errorf("button %q, want %q", got, c.want)
			}
		})
	}
}
