package storage

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// mustPass logs a passed SAA-C03 attempt, which adds a certification.
func mustPass(tb testing.TB, db *DB) {
	tb.Helper()
	a := planner.Attempt{Exam: "SAA-C03", Date: catalog.DateOf(2026, 2, 2), Status: planner.Passed, Score: 800}
	if _, err := db.AddAttempt(tb.Context(), a); err != nil {
		tb.Fatal(err)
	}
}

// folderState is every file in dir with its bytes' sum and time, to show
// that reading the folder changed nothing in it.
func folderState(tb testing.TB, dir string) map[string]string {
	tb.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			tb.Fatal(err)
		}
		sum := fileSum(tb, filepath.Join(dir, e.Name()))
		out[e.Name()] = string(sum[:]) + info.ModTime().String()
	}
	return out
}

// TestBackupInfosSayWhatEachHolds: the list is newest first, counts each
// good backup's plans, attempts and certifications (an older certplan's
// backup too, which has no attempts table), lists a damaged, empty or
// foreign file with its problem, and writes nothing in the folder.
func TestBackupInfosSayWhatEachHolds(t *testing.T) {
	ctx := t.Context()
	opts := testOptions()
	opts.Now = tickClock(testNow, time.Minute)
	db, err := Open(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	empty := MustBackup(t, db)
	MustCreatePlan(t, db, "SAA-C03")
	MustCreatePlan(t, db, "CLF-C02")
	mustPass(t, db)
	full := MustBackup(t, db)
	dir := db.BackupDir()
	good, err := os.ReadFile(full.Path)
	if err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile(fixturePath(1))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "certplan-20250101-000000.000000-before-upgrade.db"), old)
	writeFile(t, filepath.Join(dir, "certplan-20250102-000000.000000-daily.db"), good[:len(good)/2])
	writeFile(t, filepath.Join(dir, "certplan-20250103-000000.000000-daily.db"), nil)
	writeFile(t, filepath.Join(dir, "certplan-20250104-000000.000000-manual.db"), []byte("my shopping list, not a backup"))
	before := folderState(t, dir)

	infos, err := db.BackupInfos(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]planner.BackupFile{}
	var order []string
	for _, in := range infos {
		got[filepath.Base(in.Path)] = in
		order = append(order, filepath.Base(in.Path))
	}
	want := []string{filepath.Base(full.Path), filepath.Base(empty.Path), "certplan-20250104-000000.000000-manual.db",
		"certplan-20250103-000000.000000-daily.db", "certplan-20250102-000000.000000-daily.db", "certplan-20250101-000000.000000-before-upgrade.db"}
	if !slices.Equal(order, want) {
		t.Fatalf("order %q, want newest first %q", order, want)
	}
	wantInfo := func(name string, c Contents, problem string) {
		t.Helper()
		in := got[name]
		if in.Holds != c || !strings.Contains(in.Problem, problem) || (problem == "") != (in.Problem == "") {
			t.Errorf("%s: %+v, problem %q; want %+v, problem with %q", name, in.Holds, in.Problem, c, problem)
		}
	}
	wantInfo(filepath.Base(full.Path), Contents{Plans: 2, Attempts: 1, Certifications: 1}, "")
	wantInfo(filepath.Base(empty.Path), Contents{}, "")
	wantInfo(want[2], Contents{}, "not a SQLite database")
	wantInfo(want[3], Contents{}, "empty")
	wantInfo(want[4], Contents{}, "damaged")
	wantInfo(want[5], Contents{Plans: 1}, "")
	if got[want[0]].Kind != string(BackupManual) || got[want[5]].Kind != string(BackupUpgrade) {
		t.Errorf("kinds %q, %q", got[want[0]].Kind, got[want[5]].Kind)
	}
	if after := folderState(t, dir); !maps.Equal(before, after) {
		t.Errorf("listing the backups changed the folder: %d files before, %d after", len(before), len(after))
	}
}

// TestRestoreSaysWhatItRestoresAndReplaces: a restore reports which backup
// it took (kind, time), what it holds and what the data held.
func TestRestoreSaysWhatItRestoresAndReplaces(t *testing.T) {
	db := MustOpenDB(t)
	MustCreatePlan(t, db, "SAA-C03")
	b := MustBackup(t, db)
	MustCreatePlan(t, db, "CLF-C02")
	mustPass(t, db)
	r, err := db.Restore(t.Context(), b.Path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != string(BackupManual) || !r.Made.Equal(b.Taken) || r.Size != b.Size {
		t.Errorf("restored kind %q made %v size %d, want %q %v %d", r.Kind, r.Made, r.Size, BackupManual, b.Taken, b.Size)
	}
	if r.Holds != (Contents{Plans: 1}) || r.Replaces != (Contents{Plans: 2, Attempts: 1, Certifications: 1}) {
		t.Errorf("holds %+v, replaced %+v", r.Holds, r.Replaces)
	}
	if now, err := db.Contents(t.Context()); err != nil || now != r.Holds {
		t.Errorf("after the restore the data holds %+v, %v; want the backup's %+v", now, err, r.Holds)
	}
}

// TestRestoreRefusingLossChangesNothing: with RefuseLoss, a backup that
// holds fewer plans, attempts or certifications is refused with
// ErrWouldLose, before any backup or swap; one that loses nothing is taken.
func TestRestoreRefusingLossChangesNothing(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	MustCreatePlan(t, db, "SAA-C03")
	onePlan := MustBackup(t, db)
	mustPass(t, db)
	before, backups := fileSum(t, db.Path()), len(mustBackups(t, db))
	r, err := db.RestoreWith(ctx, onePlan.Path, RestoreOptions{RefuseLoss: true})
	wantCode(t, err, CodeInvalid)
	if !errors.Is(err, ErrWouldLose) {
		t.Errorf("refused restore: %v is not ErrWouldLose", err)
	}
	if r.Holds != (Contents{Plans: 1}) || r.Replaces != (Contents{Plans: 1, Attempts: 1, Certifications: 1}) {
		t.Errorf("refused restore holds %+v, replaced %+v", r.Holds, r.Replaces)
	}
	if fileSum(t, db.Path()) != before || len(mustBackups(t, db)) != backups || r.SafetyBackup != "" {
		t.Fatal("a refused restore changed the data or made a backup")
	}
	same := MustBackup(t, db)
	if _, err := db.RestoreWith(ctx, same.Path, RestoreOptions{RefuseLoss: true}); err != nil {
		t.Fatalf("a backup that loses nothing: %v", err)
	}
	if _, err := db.Restore(ctx, onePlan.Path); err != nil {
		t.Fatalf("without RefuseLoss: %v", err)
	}
}

// mustBackups lists the backups.
func mustBackups(tb testing.TB, db *DB) []Backup {
	tb.Helper()
	all, err := db.Backups()
	if err != nil {
		tb.Fatal(err)
	}
	return all
}
