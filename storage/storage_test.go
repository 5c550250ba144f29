package storage

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// testCat is the built-in catalog with the fixture study items (SAA-C03
// published, CLF-C02 not), loaded once for every test.
var testCat = func() *catalog.Catalog {
	c, err := catalogtest.Catalog()
	if err != nil {
		panic(err)
	}
	return c
}()

// testNow is the tests' clock: noon UTC on Monday 2 March 2026.
var testNow = time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)

// testToday is testNow's civil date.
var testToday = catalog.DateOf(2026, 3, 2)

// testOptions are Open's options for tests: fixed clock, no background
// backups, a short busy timeout.
func testOptions() Options {
	return Options{Catalog: testCat, Now: func() time.Time { return testNow }, BackupEvery: -1, BusyTimeout: 200 * time.Millisecond}
}

// MustOpenDB opens a fresh database in a temporary folder, closed at the end of the test.
func MustOpenDB(tb testing.TB) *DB { return MustOpenDir(tb, tb.TempDir()) }

// MustOpenDir opens the database in dir, closed at the end of the test.
func MustOpenDir(tb testing.TB, dir string) *DB {
	tb.Helper()
	return mustOpenWith(tb, dir, testOptions())
}

// mustOpenWith opens the database in dir with opts, closed at the end of
// the test.
func mustOpenWith(tb testing.TB, dir string, opts Options) *DB {
	tb.Helper()
	db, err := Open(dir, opts)
	if err != nil {
		tb.Fatalf("open %s (desktop: %v): %v", dir, opts.Desktop, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// desktopOptions are testOptions for the desktop app (see OpenDesktop).
func desktopOptions() Options {
	o := testOptions()
	o.Desktop = true
	return o
}

// MustOpenDesktop opens dir as the desktop app does, closed at the end of the test.
func MustOpenDesktop(tb testing.TB, dir string) *DB {
	tb.Helper()
	return mustOpenWith(tb, dir, desktopOptions())
}

// MustOpenReadOnly opens the data in dir read-only, closed at the end of the test.
func MustOpenReadOnly(tb testing.TB, dir string) *DB {
	tb.Helper()
	opts := testOptions()
	opts.ReadOnly = true
	db, err := Open(dir, opts)
	if err != nil {
		tb.Fatalf("open %s read-only: %v", dir, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// MustSavedDir is a new data folder holding one saved plan for exam,
// closed cleanly.
func MustSavedDir(tb testing.TB, exam string) string {
	tb.Helper()
	dir := tb.TempDir()
	db := MustOpenDir(tb, dir)
	MustCreatePlan(tb, db, exam)
	MustClose(tb, db)
	return dir
}

// startChild runs the test binary again as a child that runs only the
// test called name, with env added to its environment, and returns its
// standard output (its errors go to ours).
func startChild(tb testing.TB, name string, env ...string) (*exec.Cmd, io.ReadCloser) {
	tb.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	return cmd, out
}

// MustBackup makes a manual backup of db or fails the test.
func MustBackup(tb testing.TB, db *DB) Backup {
	tb.Helper()
	b, err := db.Backup(tb.Context())
	if err != nil {
		tb.Fatalf("backup: %v", err)
	}
	return b
}

// MustClose closes db or fails the test.
func MustClose(tb testing.TB, db *DB) {
	tb.Helper()
	if err := db.Close(); err != nil {
		tb.Fatalf("close: %v", err)
	}
}

// testInput is a plan input for exam starting on testToday at 10 h a week.
func testInput(exam string) planner.Input {
	return planner.Input{Exam: exam, Start: testToday, Hours: planner.Weekdays{1, 1, 1, 1, 1, 5, 0}, Experience: planner.Some}
}

// MustCreatePlan stores a plan for exam with German holidays.
func MustCreatePlan(tb testing.TB, db *DB, exam string) planner.StudyPlan {
	tb.Helper()
	in := testInput(exam)
	in.Country = "DE"
	p, err := db.CreatePlan(tb.Context(), "", in)
	if err != nil {
		tb.Fatalf("create plan for %s: %v", exam, err)
	}
	return p
}

// wantCode fails the test unless err has code.
func wantCode(tb testing.TB, err error, code Code) {
	tb.Helper()
	if ErrorCode(err) != code {
		tb.Fatalf("error %v has code %q, want %q", err, ErrorCode(err), code)
	}
}

// fakeCrash makes the data folder look as if certplan had been killed.
func fakeCrash(tb testing.TB, dir string) {
	tb.Helper()
	if err := os.WriteFile(filepath.Join(dir, lockName), []byte("open 1\n"), 0o600); err != nil {
		tb.Fatal(err)
	}
}

// closedCleanly reports whether the lock file says the last session closed cleanly.
func closedCleanly(tb testing.TB, dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, lockName))
	return err == nil && string(b) == "closed\n"
}
