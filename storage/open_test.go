package storage

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fileSum returns the SHA-256 of a file, for "left untouched" checks.
func fileSum(tb testing.TB, path string) [32]byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return sha256.Sum256(b)
}

// rawDB opens the data file directly, as another program would.
func rawDB(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		tb.Fatal(err)
	}
	raw.SetMaxOpenConns(1)
	tb.Cleanup(func() { raw.Close() })
	return raw
}

func TestOpenCreatesPrivateFolderAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "certplan")
	db := MustOpenDir(t, dir)
	if !db.Startup().Created || db.Startup().UncleanExit {
		t.Fatalf("startup %+v", db.Startup())
	}
	info, err := os.Stat(dir)
	if err != nil || info.Mode().Perm() != 0o700 {
		t.Fatalf("folder mode %v, %v", info.Mode(), err)
	}
	var mode string
	if err := db.rw.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode %q %v", mode, err)
	}
	var syncMode, fk int
	db.rw.QueryRow("PRAGMA synchronous").Scan(&syncMode)
	db.rw.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if syncMode != 2 || fk != 1 {
		t.Fatalf("synchronous %d (want 2 FULL), foreign_keys %d", syncMode, fk)
	}
	MustClose(t, db)
	if !closedCleanly(t, dir) {
		t.Fatal("clean close left the open mark")
	}
	again := MustOpenDir(t, dir)
	if again.Startup().Created || again.Startup().UncleanExit {
		t.Fatalf("reopen startup %+v", again.Startup())
	}
}

// A second desktop window on one folder is refused (the command line may
// join the first: see sessions_test.go).
func TestSecondInstanceIsRefusedAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	db := MustOpenDesktop(t, dir)
	MustCreatePlan(t, db, "SAA-C03")
	before := fileSum(t, db.Path())
	_, err := Open(dir, desktopOptions())
	wantCode(t, err, CodeAlreadyOpen)
	if !strings.HasPrefix(ErrorMessage(err), "certplan is already open") {
		t.Fatalf("message %q", ErrorMessage(err))
	}
	if fileSum(t, db.Path()) != before {
		t.Fatal("the second instance changed the file")
	}
	// The first instance carries on, and after it closes the folder is free.
	MustCreatePlan(t, db, "DVA-C02")
	MustClose(t, db)
	MustOpenDesktop(t, dir)
}

func TestUncleanExitRunsFullCheck(t *testing.T) {
	dir := MustSavedDir(t, "SAA-C03")
	fakeCrash(t, dir) // a crash leaves the open mark behind
	again := MustOpenDir(t, dir)
	if !again.Startup().UncleanExit || again.Startup().Recovery != nil {
		t.Fatalf("startup %+v", again.Startup())
	}
}

func TestNewerFileIsRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	db := MustOpenDir(t, dir)
	MustCreatePlan(t, db, "SAA-C03")
	path := db.Path()
	MustClose(t, db)
	raw := rawDB(t, path)
	if _, err := raw.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before := fileSum(t, path)
	_, err := Open(dir, testOptions())
	wantCode(t, err, CodeNewerVersion)
	if !strings.Contains(ErrorMessage(err), "newer certplan") {
		t.Fatalf("message %q", ErrorMessage(err))
	}
	if fileSum(t, path) != before || fileExists(path+"-wal") || fileExists(filepath.Join(dir, damagedDir)) {
		t.Fatal("the newer file was touched")
	}
	if !closedCleanly(t, dir) {
		t.Fatal("a refused open left the open mark")
	}
}

func TestHeldWriteLockFailsBusyAndKeepsReading(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	other := rawDB(t, db.Path())
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec("INSERT INTO plans (name, exam, created) VALUES ('x', 'SAA-C03', 'now')"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0)
	wantCode(t, err, CodeBusy)
	if waited := time.Since(start); waited < 150*time.Millisecond {
		t.Fatalf("gave up after %v, before the busy timeout", waited)
	}
	if _, err := db.Plan(ctx, p.ID); err != nil {
		t.Fatalf("reading while another program writes: %v", err)
	}
	tx.Rollback()
	if err := db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0); err != nil {
		t.Fatalf("tick after the lock is gone: %v", err)
	}
}

func TestDiskFullKeepsEarlierDataAndReading(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	var pages int
	db.rw.QueryRow("PRAGMA page_count").Scan(&pages)
	if _, err := db.rw.Exec("PRAGMA max_page_count = " + strconv.Itoa(pages)); err != nil {
		t.Fatal(err)
	}
	var err error
	for i := 0; i < 50 && err == nil; i++ { // fill the free pages, then fail
		_, err = db.CreatePlan(ctx, "", testInput("SAP-C02"))
	}
	wantCode(t, err, CodeDiskFull)
	if !strings.Contains(ErrorMessage(err), "disk is full") || strings.Count(ErrorMessage(err), ". ") > 0 {
		t.Fatalf("message %q is not one sentence about a full disk", ErrorMessage(err))
	}
	got, err := db.Plan(ctx, p.ID)
	if err != nil || !sameSchedule(got.Schedule, p.Schedule) {
		t.Fatalf("earlier plan after disk full: %v", err)
	}
	db.rw.Exec("PRAGMA max_page_count = 1073741823")
	if err := db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0); err != nil {
		t.Fatalf("tick after space is back: %v", err)
	}
	if msgs, _ := checkRows(ctx, db.rw, "PRAGMA integrity_check"); len(msgs) != 1 || msgs[0] != "ok" {
		t.Fatalf("integrity after disk full: %v", msgs)
	}
}

func TestReadOnlyFileSaysSo(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	db.rw.Exec("PRAGMA query_only = 1")
	err := db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0)
	wantCode(t, err, CodeReadOnly)
	if !strings.Contains(ErrorMessage(err), "cannot be written") {
		t.Fatalf("message %q", ErrorMessage(err))
	}
	if _, err := db.Plans(ctx); err != nil {
		t.Fatalf("reading a read-only file: %v", err)
	}
}

func TestClosedDBSaysSo(t *testing.T) {
	db := MustOpenDB(t)
	MustClose(t, db)
	_, err := db.Plans(t.Context())
	wantCode(t, err, CodeClosed)
	if err := db.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
}

func TestErrorMessageOfForeignErrors(t *testing.T) {
	if ErrorMessage(nil) != "" || ErrorCode(nil) != "" {
		t.Fatal("nil error has a message")
	}
	err := bytes.ErrTooLarge
	if ErrorCode(err) != CodeInternal || strings.Contains(ErrorMessage(err), "too large") {
		t.Fatalf("foreign error leaks: %q", ErrorMessage(err))
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if d, err := DefaultDir(); err != nil || d != filepath.Join("/data/home", "certplan") {
		t.Fatalf("with XDG_DATA_HOME: %q %v", d, err)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/learner")
	if d, err := DefaultDir(); err != nil || (runtime.GOOS == "linux" && d != "/home/learner/.local/share/certplan") {
		t.Fatalf("without XDG_DATA_HOME: %q %v", d, err)
	}
}
