package storage

import (
	"context"
	"os"
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
	db, err := Open(dir, testOptions())
	if err != nil {
		tb.Fatalf("open %s: %v", dir, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
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
	p, err := db.CreatePlan(context.Background(), "", in)
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
