package storage

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"certplan/planner"
)

// joinOptions are testOptions for a command run beside another session:
// its writes may wait for the other's, as they would for real.
func joinOptions() Options {
	o := testOptions()
	o.BusyTimeout = 5 * time.Second
	return o
}

// mustJoin opens dir beside a session that already has it, as the
// command line does while the desktop app is open.
func mustJoin(tb testing.TB, dir string) *DB {
	tb.Helper()
	db, err := Open(dir, joinOptions())
	if err != nil {
		tb.Fatalf("open beside another session: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// twoSessions opens a fresh folder as the desktop app does, makes an
// SAA-C03 plan in it, and opens a second session beside it (mustJoin): it
// returns the folder, the desktop's session, the plan and the second session.
func twoSessions(tb testing.TB) (dir string, desk *DB, p planner.StudyPlan, joined *DB) {
	tb.Helper()
	dir = tb.TempDir()
	desk = MustOpenDesktop(tb, dir)
	p = MustCreatePlan(tb, desk, "SAA-C03")
	return dir, desk, p, mustJoin(tb, dir)
}

// topicsDone counts plan id's done topics as db reads them now.
func topicsDone(tb testing.TB, db *DB, id int64) int {
	tb.Helper()
	p, err := db.Plan(tb.Context(), id)
	if err != nil {
		tb.Fatal(err)
	}
	return p.Standing(testToday).TopicsDone
}

func TestTheCommandLineReadsAndWritesWhileTheDesktopIsOpen(t *testing.T) {
	ctx := t.Context()
	_, desk, p, cli := twoSessions(t)
	if cli.Startup().UncleanExit || cli.Startup().Created {
		t.Fatalf("a command beside the desktop reported %+v", cli.Startup())
	}
	if err := cli.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 1); err != nil {
		t.Fatalf("tick from the command line: %v", err)
	}
	if n := topicsDone(t, desk, p.ID); n != 1 {
		t.Fatalf("the desktop reads %d topics done after the command's tick, want 1", n)
	}
	if err := desk.Tick(ctx, p.ID, p.Schedule.Topics[1].ID, 0, 1); err != nil {
		t.Fatal(err)
	}
	if n := topicsDone(t, cli, p.ID); n != 2 {
		t.Fatalf("the command reads %d topics done, want 2", n)
	}
	x, err := cli.ExportData(ctx)
	if err != nil {
		t.Fatal(err)
	}
	MustBackup(t, cli)
	if _, err := cli.Import(ctx, x); err != nil {
		t.Fatalf("import beside the desktop: %v", err)
	}
	MustClose(t, cli)
	if n := topicsDone(t, desk, p.ID); n != 2 {
		t.Fatalf("after the command closed the desktop reads %d topics done, want 2", n)
	}
	MustCreatePlan(t, desk, "DVA-C02")
}

func TestTwoSessionsWritingAtOnceKeepEveryChange(t *testing.T) {
	ctx := t.Context()
	_, a, p, b := twoSessions(t)
	var wg sync.WaitGroup
	errs := make(chan error, len(p.Schedule.Topics))
	for i, db := range []*DB{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := i; j < len(p.Schedule.Topics); j += 2 {
				errs <- db.Tick(ctx, p.ID, p.Schedule.Topics[j].ID, 0, 1)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if n := topicsDone(t, a, p.ID); n != len(p.Schedule.Topics) {
		t.Fatalf("%d of %d topics done", n, len(p.Schedule.Topics))
	}
}

func TestRestoreIsRefusedWhileAnotherSessionIsOpen(t *testing.T) {
	ctx, dir := t.Context(), t.TempDir()
	desk := MustOpenDesktop(t, dir)
	p := MustCreatePlan(t, desk, "SAA-C03")
	b := MustBackup(t, desk)
	if err := desk.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 1); err != nil {
		t.Fatal(err)
	}
	cli := mustJoin(t, dir)
	_, err := cli.Restore(ctx, b.Path)
	wantCode(t, err, CodeAlreadyOpen)
	if msg := ErrorMessage(err); !strings.Contains(msg, "close every other certplan") || !strings.Contains(msg, "nothing was changed") {
		t.Fatalf("message %q", msg)
	}
	if fileExists(filepath.Join(dir, swapName)) || fileExists(cli.Path()+prepSuffix) {
		t.Fatal("the refused restore left its files")
	}
	if topicsDone(t, desk, p.ID) != 1 || topicsDone(t, cli, p.ID) != 1 {
		t.Fatal("the refused restore changed the data")
	}
	MustClose(t, desk)
	if _, err := cli.Restore(ctx, b.Path); err != nil {
		t.Fatalf("restore once the desktop closed: %v", err)
	}
	if n := topicsDone(t, cli, p.ID); n != 0 {
		t.Fatalf("%d topics done after restoring the backup, want 0", n)
	}
}

func TestOnlyTheLastSessionToCloseMarksTheFolderClosed(t *testing.T) {
	dir, a, _, b := twoSessions(t)
	MustClose(t, a)
	if closedCleanly(t, dir) {
		t.Fatal("the folder was marked closed while a session still had it")
	}
	MustClose(t, b)
	if !closedCleanly(t, dir) {
		t.Fatal("the last session to close left the open mark")
	}
	if MustOpenDir(t, dir).Startup().UncleanExit {
		t.Fatal("two clean closes read as an unclean exit")
	}
}

func TestAJoiningSessionNeitherRepairsNorUpgrades(t *testing.T) {
	dir := t.TempDir()
	MustOpenDesktop(t, dir)
	fakeCrash(t, dir) // the desktop's own "open" mark, as a joiner sees it
	if b := mustJoin(t, dir); b.Startup().UncleanExit || b.Startup().Recovery != nil {
		t.Fatalf("a session joining an open folder took it for a crash: %+v", b.Startup())
	}
	writeFile(t, filepath.Join(dir, swapName), []byte("{}"))
	_, err := Open(dir, joinOptions())
	wantCode(t, err, CodeAlreadyOpen)
	if !strings.Contains(ErrorMessage(err), "a restore that was stopped") {
		t.Fatalf("message %q", ErrorMessage(err))
	}
}

func TestBackupsFromTwoSessionsTakeTurns(t *testing.T) {
	_, a, _, b := twoSessions(t)
	MustBackup(t, a)
	unlock, err := a.lockBackups() // a is making a backup now
	if err != nil {
		t.Fatal(err)
	}
	inFlight := filepath.Join(a.BackupDir(), ".certplan-20990101-000000.000000-daily.db.tmp")
	writeFile(t, inFlight, []byte("a backup being written"))
	done := make(chan error)
	go func() { _, err := b.Backup(t.Context()); done <- err }()
	time.Sleep(100 * time.Millisecond)
	if !fileExists(inFlight) {
		t.Fatal("a backup removed another session's backup in progress")
	}
	unlock()
	if err := <-done; err != nil {
		t.Fatalf("the waiting backup: %v", err)
	}
}

// desktopDirEnv names the folder TestDesktopChild opens.
const desktopDirEnv = "CERTPLAN_TEST_DESKTOP_DIR"

// TestDesktopChild is the desktop app in another process (run by
// TestTheCommandLineBesideADesktopProcess): it opens the folder, ticks the
// even topics of plan 1, says "done" and stays open until killed.
func TestDesktopChild(t *testing.T) {
	dir := os.Getenv(desktopDirEnv)
	if dir == "" {
		t.Skip("run by TestTheCommandLineBesideADesktopProcess")
	}
	opts := desktopOptions()
	opts.BusyTimeout = 5 * time.Second
	db, err := Open(dir, opts)
	if err != nil {
		fmt.Println("error", err)
		return
	}
	p, err := db.Plan(t.Context(), 1)
	fmt.Println("ready")
	for i := 0; err == nil && i < len(p.Schedule.Topics); i += 2 {
		err = db.Tick(t.Context(), p.ID, p.Schedule.Topics[i].ID, 0, 1)
	}
	fmt.Println("done", err)
	time.Sleep(time.Minute)
}

func TestTheCommandLineBesideADesktopProcess(t *testing.T) {
	dir := t.TempDir()
	db := MustOpenDir(t, dir)
	p := MustCreatePlan(t, db, "SAA-C03")
	MustClose(t, db)
	cmd, out := startChild(t, "TestDesktopChild", desktopDirEnv+"="+dir)
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(out)
	if !lines.Scan() || lines.Text() != "ready" {
		t.Fatalf("desktop child said %q", lines.Text())
	}
	cli := mustJoin(t, dir)
	for i := 1; i < len(p.Schedule.Topics); i += 2 {
		if err := cli.Tick(t.Context(), p.ID, p.Schedule.Topics[i].ID, 0, 1); err != nil {
			t.Fatalf("tick beside the desktop process: %v", err)
		}
	}
	if !lines.Scan() || lines.Text() != "done <nil>" {
		t.Fatalf("desktop child said %q", lines.Text())
	}
	if n := topicsDone(t, cli, p.ID); n != len(p.Schedule.Topics) {
		t.Fatalf("%d of %d topics done", n, len(p.Schedule.Topics))
	}
	cmd.Process.Kill()
	cmd.Wait()
	MustClose(t, cli)
	if n := topicsDone(t, MustOpenDir(t, dir), p.ID); n != len(p.Schedule.Topics) {
		t.Fatalf("after the desktop was killed: %d of %d topics done", n, len(p.Schedule.Topics))
	}
}
