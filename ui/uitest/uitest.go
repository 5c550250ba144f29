// Package uitest opens certplan's real SQLite storage for the desktop's
// tests (the journey tests run on the fake and on SQLite), so that package
// ui itself never imports storage: *storage.DB is the desktop's services.
// It also sets up, for the desktop's and the command line's tests alike, a
// data folder reached through a symlink (LinkData).
package uitest

import (
	"testing"
	"time"

	"certplan/catalog"
	"certplan/storage"
)

// OpenDB opens (creating when needed) the data in dir for a test, on the
// clock now and with no automatic backups.
func OpenDB(dir string, cat *catalog.Catalog, now func() time.Time) (*storage.DB, error) {
	return storage.Open(dir, storage.Options{Catalog: cat, Now: now, BackupEvery: -1})
}

// OpenDesktopDB is OpenDB as the desktop app opens the data: one window a
// folder (storage.Options.Desktop).
func OpenDesktopDB(dir string, cat *catalog.Catalog, now func() time.Time) (*storage.DB, error) {
	return storage.Open(dir, storage.Options{Catalog: cat, Now: now, BackupEvery: -1, Desktop: true})
}

// MustOpenDB is OpenDB for a test that cannot go on without the data: it
// fails the test when the data does not open, and closes it when the test
// ends.
func MustOpenDB(tb testing.TB, dir string, cat *catalog.Catalog, now func() time.Time) *storage.DB {
	tb.Helper()
	db, err := OpenDB(dir, cat, now)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// Invalid reports whether err is storage's refusal of a bad input
// (storage.CodeInvalid).
func Invalid(err error) bool { return storage.ErrorCode(err) == storage.CodeInvalid }
