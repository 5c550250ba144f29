package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tickClock is a test clock that moves on by step at each reading.
func tickClock(start time.Time, step time.Duration) func() time.Time {
	now := start
	return func() time.Time { now = now.Add(step); return now }
}

func TestBackupsAreVerifiedAndRotated(t *testing.T) {
	ctx := t.Context()
	opts := testOptions()
	opts.KeepBackups = 3
	opts.Now = tickClock(testNow, time.Minute)
	db, err := Open(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	MustCreatePlan(t, db, "SAA-C03")
	os.MkdirAll(db.BackupDir(), 0o700)
	writeFile(t, filepath.Join(db.BackupDir(), ".certplan-20260101-000000-daily.db.tmp"), []byte("half a backup"))
	var last Backup
	for range 5 {
		if last, err = db.Backup(ctx); err != nil {
			t.Fatal(err)
		}
	}
	all, err := db.Backups()
	if err != nil || len(all) != 3 {
		t.Fatalf("backups %+v, %v; want 3", all, err)
	}
	if all[0].Path != last.Path {
		t.Errorf("newest backup %s, want the last one made, %s", all[0].Path, last.Path)
	}
	if all[0].Kind != BackupManual {
		t.Errorf("newest backup kind %q, want %q", all[0].Kind, BackupManual)
	}
	for _, b := range all {
		if v, err := verifyFile(ctx, b.Path); err != nil || v != latestVersion || b.Size == 0 {
			t.Fatalf("backup %s: version %d, %v", b.Path, v, err)
		}
	}
	if leftovers, _ := filepath.Glob(filepath.Join(db.BackupDir(), ".*")); len(leftovers) != 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}

func TestDailyBackupWhileInUse(t *testing.T) {
	dir := t.TempDir()
	opts := testOptions()
	opts.BackupEvery = 24 * time.Hour
	now := testNow
	opts.Now = func() time.Time { return now }
	openDaily := func() []Backup {
		db, err := Open(dir, opts)
		if err != nil {
			t.Fatal(err)
		}
		db.Close() // waits for the background backup
		all, _ := listBackups(filepath.Join(dir, backupsDir))
		return all
	}
	if all := openDaily(); len(all) != 1 || all[0].Kind != BackupDaily {
		t.Fatalf("first open: %+v", all)
	}
	now = now.Add(3 * time.Hour)
	if all := openDaily(); len(all) != 1 {
		t.Fatalf("same day: %d backups", len(all))
	}
	now = now.Add(22 * time.Hour)
	if all := openDaily(); len(all) != 2 {
		t.Fatalf("next day: %d backups", len(all))
	}
}

func TestFailedBackupIsReported(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, backupsDir), []byte("not a folder"))
	opts := testOptions()
	opts.BackupEvery = time.Hour
	reported := make(chan error, 1)
	opts.OnBackupError = func(err error) { reported <- err }
	db, err := Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	select {
	case err := <-reported:
		if !strings.HasPrefix(ErrorMessage(err), "The backup could not be made") {
			t.Fatalf("message %q", ErrorMessage(err))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a failed automatic backup was not reported")
	}
	if db.LastBackupError() == nil {
		t.Fatal("LastBackupError is nil after a failure")
	}
	if _, err := db.Backup(t.Context()); err == nil {
		t.Fatal("manual backup into a file succeeded")
	}
	MustCreatePlan(t, db, "SAA-C03") // the data itself is fine
}

func TestRestoreReplacesDataAndKeepsTheOld(t *testing.T) {
	ctx := t.Context()
	opts := testOptions()
	opts.Now = tickClock(testNow, time.Second)
	dir := t.TempDir()
	db, err := Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := MustCreatePlan(t, db, "SAA-C03")
	b := MustBackup(t, db)
	later := MustCreatePlan(t, db, "DVA-C02")
	r, err := db.Restore(ctx, b.Path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Plan(ctx, a.ID); err != nil {
		t.Fatalf("restored data lacks plan %d: %v", a.ID, err)
	}
	if _, err := db.Plan(ctx, later.ID); ErrorCode(err) != CodeNotFound {
		t.Fatalf("plan made after the backup survived the restore: %v", err)
	}
	if !fileExists(r.MovedAside) || !strings.Contains(r.SafetyBackup, string(BackupRestore)) {
		t.Fatalf("restored %+v", r)
	}
	// The safety backup holds what the restore replaced.
	if _, err := db.Restore(ctx, r.SafetyBackup); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Plan(ctx, later.ID); err != nil {
		t.Fatalf("undoing the restore: %v", err)
	}
	MustCreatePlan(t, db, "SOA-C02") // still writable
}

func TestRestoreRefusesBadFilesAndChangesNothing(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	text := filepath.Join(t.TempDir(), "notes.txt")
	writeFile(t, text, []byte("hello"))
	_, err := db.Restore(ctx, text)
	wantCode(t, err, CodeDamaged)
	if !errors.Is(err, ErrNotABackup) {
		t.Errorf("restore of a text file: %v is not ErrNotABackup", err)
	}
	_, err = db.Restore(ctx, filepath.Join(t.TempDir(), "missing.db"))
	wantCode(t, err, CodeNotFound)
	if _, err := db.Plan(ctx, p.ID); err != nil {
		t.Fatalf("data after refused restores: %v", err)
	}
	if all, _ := db.Backups(); len(all) != 0 {
		t.Fatalf("a refused restore made backups: %v", all)
	}
}

func TestRestoreOlderVersionUpgradesIt(t *testing.T) {
	db := MustOpenDB(t)
	r, err := db.Restore(t.Context(), fixturePath(1))
	if err != nil || r.MigratedFrom != 1 {
		t.Fatalf("restore v1: %+v, %v", r, err)
	}
	checkMigratedData(t, db)
}

func TestMoveAsideTakesWalAndShm(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, dbName)
	for _, s := range []string{"", "-wal", "-shm"} {
		writeFile(t, path+s, []byte("x"+s))
	}
	moved, err := moveAside(path, filepath.Join(dir, replacedDir), testNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"", "-wal", "-shm"} {
		if b, _ := os.ReadFile(moved + s); string(b) != "x"+s || fileExists(path+s) {
			t.Fatalf("%s not moved aside", s)
		}
	}
}
