//go:build unix

package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestRestoreOfAPipeIsRefusedAtOnce(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	fifo := filepath.Join(t.TempDir(), "backup.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := db.Restore(ctx, fifo); done <- err }()
	select {
	case err := <-done:
		wantCode(t, err, CodeInvalid)
		if msg := ErrorMessage(err); !strings.Contains(msg, "not a file") || strings.Contains(msg, "unexpected") {
			t.Fatalf("message %q", msg)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("restore of a pipe hangs")
	}
	if err := db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0); err != nil {
		t.Fatalf("tick after the refused restore: %v", err)
	}
}

func TestRestoreOfTheLiveFileIsRefused(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	MustCreatePlan(t, db, "SAA-C03")
	link := filepath.Join(t.TempDir(), "looks-like-a-backup.db")
	if err := os.Symlink(db.Path(), link); err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel(mustGetwd(t), db.Path())
	for _, file := range []string{db.Path(), link, rel} {
		before := fileSum(t, db.Path())
		_, err := db.Restore(ctx, file)
		wantCode(t, err, CodeInvalid)
		if msg := ErrorMessage(err); !strings.Contains(msg, "live data") || strings.Contains(msg, "unexpected") {
			t.Fatalf("%s: message %q", file, msg)
		}
		if fileSum(t, db.Path()) != before || fileExists(filepath.Join(db.Dir(), replacedDir)) {
			t.Fatalf("%s: a refused restore changed the data", file)
		}
	}
}

func mustGetwd(tb testing.TB) string {
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	return wd
}

// plansIn opens dir and returns its plans' exams, so tests can tell which
// data a start found.
func plansIn(tb testing.TB, db *DB) []string {
	tb.Helper()
	plans, err := db.Plans(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, p := range plans {
		out = append(out, p.Exam)
	}
	return out
}

func TestBackupsInOneSecondRecoverTheNewest(t *testing.T) {
	for _, clock := range []struct {
		name string
		step time.Duration
	}{{"a stopped clock", 0}, {"a clock going back", -time.Millisecond}, {"within one second", time.Millisecond}} {
		t.Run(clock.name, func(t *testing.T) {
			ctx := t.Context()
			dir := t.TempDir()
			opts := testOptions()
			opts.Now = tickClock(testNow, clock.step)
			db, err := Open(dir, opts)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.backup(ctx, BackupDaily); err != nil { // the empty data
				t.Fatal(err)
			}
			MustCreatePlan(t, db, "SAA-C03")
			if _, err := db.Backup(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := db.backup(ctx, BackupUpgrade); err != nil { // "before-upgrade" sorts before "manual"
				t.Fatal(err)
			}
			MustCreatePlan(t, db, "DVA-C02")
			last, err := db.backup(ctx, BackupDaily)
			if err != nil {
				t.Fatal(err)
			}
			if all, _ := db.Backups(); all[0].Path != last.Path {
				t.Fatalf("newest listed is %s, want the last made %s", all[0].Path, last.Path)
			}
			MustClose(t, db)
			writeFile(t, filepath.Join(dir, dbName), nil)
			again := MustOpenDir(t, dir)
			if got := plansIn(t, again); len(got) != 2 {
				t.Fatalf("recovery restored plans %v, want both plans of the newest backup", got)
			}
		})
	}
}

func TestOlderBackupNamesAreStillRead(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"certplan-20260301-101500-daily.db", "certplan-20260301-101500-daily-2.db",
		"certplan-20260301-101500.000001-manual.db", "certplan-20260301-101459-manual.db"} {
		writeFile(t, filepath.Join(dir, name), nil)
	}
	all, err := listBackups(dir)
	if err != nil || len(all) != 4 {
		t.Fatalf("backups %+v %v", all, err)
	}
	want := []string{"certplan-20260301-101500.000001-manual.db", "certplan-20260301-101500-daily-2.db",
		"certplan-20260301-101500-daily.db", "certplan-20260301-101459-manual.db"}
	for i, b := range all {
		if filepath.Base(b.Path) != want[i] {
			t.Fatalf("order %d: %s, want %s", i, filepath.Base(b.Path), want[i])
		}
	}
	if all[1].Kind != BackupDaily || all[0].Kind != BackupManual {
		t.Fatalf("kinds %q %q", all[1].Kind, all[0].Kind)
	}
}

func TestStaleBackupTempFileIsRemoved(t *testing.T) {
	dir := t.TempDir()
	db := MustOpenDir(t, dir)
	MustCreatePlan(t, db, "SAA-C03")
	backups := filepath.Join(dir, backupsDir)
	if err := os.Mkdir(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	// What a backup killed in the middle leaves, under the very name the
	// next backup (same clock) would use.
	name := fmt.Sprintf(".certplan-%s-manual.db.tmp", testNow.Format(backupStamp))
	writeFile(t, filepath.Join(backups, name), []byte("half a backup"))
	writeFile(t, filepath.Join(backups, name+"-journal"), []byte("x"))
	b, err := db.Backup(t.Context())
	if err != nil {
		t.Fatalf("backup after a killed one: %v", err)
	}
	if _, err := verifyFile(t.Context(), b.Path); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(backups, ".*")); len(left) != 0 {
		t.Fatalf("stale files left: %v", left)
	}
}

func TestMissingFileWithABackupRestoresIt(t *testing.T) {
	dir := t.TempDir()
	seedForDamage(t, dir, true)
	os.Remove(filepath.Join(dir, dbName))
	db := MustOpenDir(t, dir)
	r := db.Startup().Recovery
	if r == nil {
		t.Fatalf("startup %+v, want a recovery", db.Startup())
	}
	if r.Problem != ProblemMissing {
		t.Errorf("recovery problem %q, want %q", r.Problem, ProblemMissing)
	}
	if r.RestoredFrom == "" {
		t.Error("recovery restored from no backup, want the backup")
	}
	if db.Startup().Created {
		t.Error("startup created a new database, want the backup restored")
	}
	if !strings.Contains(r.Message(), "missing") || !strings.Contains(r.Message(), "restored the backup") {
		t.Fatalf("message %q", r.Message())
	}
	if len(plansIn(t, db)) == 0 {
		t.Fatal("started empty while a good backup exists")
	}
}

func TestStaleWALWithoutItsFileIsMovedAside(t *testing.T) {
	dir := MustSavedDir(t, "SAA-C03")
	os.Rename(filepath.Join(dir, dbName), filepath.Join(t.TempDir(), "elsewhere.db"))
	writeFile(t, filepath.Join(dir, dbName+"-wal"), []byte("a stale wal"))
	again := MustOpenDir(t, dir)
	r := again.Startup().Recovery
	if r == nil || r.MovedTo == "" {
		t.Fatalf("recovery %+v", r)
	}
	if b, _ := os.ReadFile(r.MovedTo + "-wal"); string(b) != "a stale wal" {
		t.Fatalf("the stale wal was not kept: %q", b)
	}
	MustCreatePlan(t, again, "DVA-C02")
}

// hotJournal returns the bytes of a data file and its rollback journal in
// the middle of a write transaction, as a kill at that moment leaves them.
func hotJournal(tb testing.TB) (file, journal []byte) {
	dir := tb.TempDir()
	db := MustOpenDir(tb, dir)
	MustCreatePlan(tb, db, "SAA-C03")
	MustClose(tb, db)
	path := filepath.Join(dir, dbName)
	raw, err := sql.Open("sqlite3", path+"?_journal_mode=DELETE")
	if err != nil {
		tb.Fatal(err)
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1)
	ctx := tb.Context()
	conn, err := raw.Conn(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	for _, q := range []string{"PRAGMA cache_size = 2", "BEGIN", "DELETE FROM plans",
		"CREATE TABLE filler (x BLOB)", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 200) INSERT INTO filler SELECT zeroblob(4000) FROM n"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
	}
	file, _ = os.ReadFile(path)
	journal, _ = os.ReadFile(path + "-journal")
	conn.ExecContext(ctx, "ROLLBACK")
	if len(journal) == 0 {
		tb.Fatal("no journal was written")
	}
	return file, journal
}

func TestHotJournalIsRolledBack(t *testing.T) {
	file, journal := hotJournal(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, dbName), file)
	writeFile(t, filepath.Join(dir, dbName+"-journal"), journal)
	fakeCrash(t, dir)
	db := MustOpenDir(t, dir)
	if r := db.Startup().Recovery; r != nil {
		t.Fatalf("recovery %+v: the journal's file was good", r)
	}
	if got := plansIn(t, db); len(got) != 1 {
		t.Fatalf("plans %v after rolling back", got)
	}
	if fileExists(filepath.Join(dir, dbName+"-journal")) {
		t.Fatal("the journal is still there")
	}
	MustCreatePlan(t, db, "DVA-C02")
}

func TestErrorKeepsItsCause(t *testing.T) {
	cause := fmt.Errorf("write certplan.db: %w", syscall.ENOSPC)
	err := fmt.Errorf("tick: %w", classify(cause))
	if ErrorMessage(err) != msgDiskFull || err.Error() == cause.Error() {
		t.Fatalf("learner's message %q", ErrorMessage(err))
	}
	if d := ErrorDetail(err); !strings.Contains(d, "no space left on device") || !strings.Contains(d, "certplan.db") {
		t.Fatalf("detail %q lost the cause", d)
	}
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatal("errors.Is cannot see the cause")
	}
	var e *Error
	errors.As(err, &e)
	var log strings.Builder
	slog.New(slog.NewTextHandler(&log, nil)).Error("tick", "err", e)
	if !strings.Contains(log.String(), "no space left on device") || !strings.Contains(log.String(), "disk is full") {
		t.Fatalf("log %q lacks the cause or the message", log.String())
	}
	if ErrorDetail(errorf(CodeClosed, msgClosed, nil)) != string(CodeClosed) || ErrorDetail(nil) != "" {
		t.Fatal("detail without a cause")
	}
}

func TestUnfinishedPreparationIsRemovedAndTheDataKept(t *testing.T) {
	dir := MustSavedDir(t, "SAA-C03")
	path := filepath.Join(dir, dbName)
	// A kill while a restore copied its backup: half a file, no marker.
	writeFile(t, path+prepSuffix, []byte("SQLite format 3\x00 and then nothing"))
	writeFile(t, path+prepSuffix+"-journal", []byte("x"))
	writeFile(t, path+newSuffix, []byte("half a new file"))
	before := fileSum(t, path)
	again := MustOpenDir(t, dir)
	if len(plansIn(t, again)) != 1 || again.Startup().Recovery != nil {
		t.Fatalf("startup %+v", again.Startup())
	}
	if n := strings.Join(again.Startup().Notices(), " "); !strings.Contains(n, "before it replaced anything") {
		t.Fatalf("notices %q", n)
	}
	for _, f := range []string{path + prepSuffix, path + prepSuffix + "-journal", path + newSuffix} {
		if fileExists(f) {
			t.Fatalf("%s was left behind", f)
		}
	}
	if fileSum(t, path) != before {
		t.Fatal("the data file was changed")
	}
}

func TestRestoreThatCannotSwapKeepsTheData(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	b := MustBackup(t, db)
	MustCreatePlan(t, db, "DVA-C02")
	// A folder where the marker must go: the swap cannot be recorded.
	blocker := filepath.Join(db.Dir(), swapName)
	if err := os.MkdirAll(filepath.Join(blocker, "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Restore(ctx, b.Path); err == nil {
		t.Fatal("restore without its marker succeeded")
	}
	if got := plansIn(t, db); len(got) != 2 {
		t.Fatalf("plans %v after a failed restore, want both", got)
	}
	if fileExists(db.Path() + prepSuffix) {
		t.Fatal("the prepared file was left behind")
	}
	if err := db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0); err != nil {
		t.Fatalf("tick after a failed restore: %v", err)
	}
}

func TestReadOnlyOpenWithoutALockFileCreatesNone(t *testing.T) {
	dir := MustSavedDir(t, "SAA-C03")
	os.Remove(filepath.Join(dir, lockName))
	ro := MustOpenReadOnly(t, dir)
	if len(plansIn(t, ro)) != 1 || !ro.Startup().ReadOnly {
		t.Fatalf("startup %+v", ro.Startup())
	}
	MustClose(t, ro)
	if fileExists(filepath.Join(dir, lockName)) {
		t.Fatal("a read-only open created the lock file")
	}
}
