package storage

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The swap crash tests kill a child process (TestSwapCrashChild) while it
// replaces the data file, in start-up recovery or in Restore, and then
// start certplan on the folder as the learner would. After every kill the
// start must succeed and find the old or the restored data (never empty
// data, never an unopenable folder), keep the replaced file, and leave no
// partial file behind. A deliberately unsafe child is the positive control.
const (
	swapDirEnv  = "CERTPLAN_SWAP_DIR"
	swapModeEnv = "CERTPLAN_SWAP_MODE" // recover, restore, or either with "-unsafe"
	swapFromEnv = "CERTPLAN_SWAP_FROM" // the backup a restore child restores
)

// swapKills is how many kills each harness runs in `make test`.
const swapKills = 50

func TestSwapCrashChild(t *testing.T) {
	dir := os.Getenv(swapDirEnv)
	if dir == "" {
		t.Skip("run as a child process by the swap crash tests")
	}
	if err := swapChild(dir, os.Getenv(swapModeEnv), os.Getenv(swapFromEnv)); err != nil {
		fmt.Printf("fail %v\n", err)
		os.Exit(3)
	}
}

// swapChild does one recovery (by opening a damaged folder) or one
// restore, printing "start" before it and "done" after.
func swapChild(dir, mode, from string) error {
	opts := testOptions()
	opts.Now = time.Now
	if strings.HasSuffix(mode, "-unsafe") {
		return unsafeSwap(dir, mode, from)
	}
	if mode == "recover" {
		fmt.Println("start")
		db, err := Open(dir, opts)
		if err != nil {
			return err
		}
		fmt.Println("done")
		return db.Close()
	}
	db, err := Open(dir, opts)
	if err != nil {
		return err
	}
	fmt.Println("start")
	if _, err := db.Restore(context.Background(), from); err != nil {
		return err
	}
	fmt.Println("done")
	return db.Close()
}

// unsafeSwap replaces the data file the unsafe way (move aside, then fill
// the name), passing through a valid but empty file, which the harness
// must catch.
func unsafeSwap(dir, mode, from string) error {
	path := filepath.Join(dir, dbName)
	aside := replacedDir
	if mode == "recover-unsafe" {
		all, _ := listBackups(filepath.Join(dir, backupsDir))
		from, aside = all[0].Path, damagedDir
	}
	fmt.Println("start")
	if _, err := moveAside(path, filepath.Join(dir, aside), time.Now()); err != nil {
		return err
	}
	if err := createFile(context.Background(), path); err != nil {
		return err
	}
	time.Sleep(50 * time.Millisecond)
	if err := copyFileSynced(from, path+".x"); err != nil {
		return err
	}
	if err := os.Rename(path+".x", path); err != nil {
		return err
	}
	fmt.Println("done")
	return nil
}

// swapHarness kills swap children on copies of a template folder.
type swapHarness struct {
	t                *testing.T
	mode             string
	template, dir    string
	from             string // the backup a restore restores
	old, restored    string // fingerprints of the data before and after
	damaged          []byte // the damaged file recovery must keep (recover)
	window           time.Duration
	durations        []time.Duration // of the runs that finished
	during, finished int
	resumed          int // starts that finished a swap a kill interrupted
}

// newSwapHarness builds the template: a plan with ticks in the data file
// and a backup holding other data; for recovery the data file is then
// damaged, for a restore the backup is the file restored.
func newSwapHarness(t *testing.T, mode string) *swapHarness {
	ctx := t.Context()
	h := &swapHarness{t: t, mode: mode, template: t.TempDir(), dir: t.TempDir()}
	db := MustOpenDir(t, h.template)
	p := MustCreatePlan(t, db, "DVA-C02")
	db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0)
	b := MustBackup(t, db)
	h.restored = fingerprint(t, db)
	q := MustCreatePlan(t, db, "SAA-C03")
	db.Tick(ctx, q.ID, q.Schedule.Topics[1].ID, 0, 0)
	h.old = fingerprint(t, db)
	MustClose(t, db)
	if strings.HasPrefix(mode, "recover") {
		damages[3].damage(t, filepath.Join(h.template, dbName)) // a flipped page
		h.damaged, _ = os.ReadFile(filepath.Join(h.template, dbName))
	} else {
		h.from = filepath.Join(t.TempDir(), "backup.db")
		if err := copyFileSynced(b.Path, h.from); err != nil {
			t.Fatal(err)
		}
	}
	h.calibrate()
	return h
}

// fingerprint is the data's plans and their done topics, in one string.
func fingerprint(tb testing.TB, db *DB) string {
	tb.Helper()
	ctx := tb.Context()
	plans, err := db.Plans(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, s := range plans {
		p, err := db.Plan(ctx, s.ID)
		if err != nil {
			tb.Fatal(err)
		}
		var done []string
		for id, g := range p.Progress {
			if g.Done {
				done = append(done, id)
			}
		}
		sort.Strings(done)
		out = append(out, p.Input.Exam+"["+strings.Join(done, ",")+"]")
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// reset makes the working folder a fresh copy of the template.
func (h *swapHarness) reset() {
	if err := os.RemoveAll(h.dir); err != nil {
		h.t.Fatal(err)
	}
	err := filepath.WalkDir(h.template, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(h.template, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(h.dir, rel), 0o700)
		}
		return copyFileSynced(path, filepath.Join(h.dir, rel))
	})
	if err != nil {
		h.t.Fatal(err)
	}
}

// calibrate times three uninterrupted runs: kills then land at random
// within the median time a run takes, so on a machine whose load comes and
// goes most kills still land during the operation, early and late (kill
// adds every finished run to the durations the median is taken from).
func (h *swapHarness) calibrate() {
	for range 3 {
		h.reset()
		took, _ := h.run(time.Hour)
		h.observe(took)
		h.verify(true)
	}
}

// observe records how long an uninterrupted run took and sets the window
// to the median of the runs so far.
func (h *swapHarness) observe(took time.Duration) {
	h.durations = append(h.durations, took)
	sorted := slices.Clone(h.durations)
	slices.Sort(sorted)
	h.window = sorted[len(sorted)/2]
}

// run starts a child and kills it after delay from its "start" line. It
// returns how long the child took to say "done" (if it did).
func (h *swapHarness) run(delay time.Duration) (time.Duration, bool) {
	cmd, out := startChild(h.t, "TestSwapCrashChild", swapDirEnv+"="+h.dir, swapModeEnv+"="+h.mode, swapFromEnv+"="+h.from)
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var started time.Time
	var took time.Duration
	var timer <-chan time.Time
	done := false
	for line := range h.until(lines, &timer, cmd) {
		switch {
		case line == "start":
			started = time.Now()
			timer = time.After(delay)
		case line == "done":
			took, done = time.Since(started), true
		case strings.HasPrefix(line, "fail"):
			h.t.Errorf("child: %s", line)
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	return took, done
}

// until yields the child's lines until they end or the kill timer fires,
// when it kills the child (its remaining lines are then read to the end).
func (h *swapHarness) until(lines chan string, timer *<-chan time.Time, cmd *exec.Cmd) func(func(string) bool) {
	return func(yield func(string) bool) {
		for {
			select {
			case line, ok := <-lines:
				if !ok || !yield(line) {
					return
				}
			case <-*timer:
				cmd.Process.Signal(syscall.SIGKILL)
				*timer = nil
			}
		}
	}
}

// verify starts certplan on the folder after a kill and returns what is
// wrong, if anything. finished says the child said "done".
func (h *swapHarness) verify(finished bool) []string {
	db, err := Open(h.dir, testOptions())
	if err != nil {
		return []string{fmt.Sprintf("the start after the kill failed: %v (%s)", err, ErrorDetail(err))}
	}
	defer db.Close()
	var wrong []string
	got := fingerprint(h.t, db)
	r := db.Startup().Recovery
	if r != nil && r.Resumed {
		h.resumed++
	}
	switch {
	case got == "":
		wrong = append(wrong, "the data is empty though a good backup exists")
	case got != h.old && got != h.restored:
		wrong = append(wrong, fmt.Sprintf("the data is neither the old nor the restored: %s", got))
	case strings.HasPrefix(h.mode, "recover") && got != h.restored:
		wrong = append(wrong, "recovery did not restore the backup")
	case finished && got != h.restored:
		wrong = append(wrong, "a restore that said done was undone")
	case r != nil && r.Problem == ProblemInterrupted && got != h.restored:
		wrong = append(wrong, "the start says it finished a restore, but the data is the old")
	}
	if msgs, err := checkRows(context.Background(), db.ro, "PRAGMA integrity_check"); err != nil || !slices.Equal(msgs, []string{"ok"}) {
		wrong = append(wrong, fmt.Sprintf("integrity_check: %v %v", msgs, err))
	}
	wrong = append(wrong, h.leftovers(got)...)
	return wrong
}

// leftovers checks the replaced file was kept and no partial file is left.
func (h *swapHarness) leftovers(got string) []string {
	var wrong []string
	for _, f := range []string{dbName + prepSuffix, dbName + newSuffix, swapName, dbName + "-journal"} {
		if fileExists(filepath.Join(h.dir, f)) {
			wrong = append(wrong, f+" was left behind")
		}
	}
	if h.damaged != nil && !keptIn(filepath.Join(h.dir, damagedDir), h.damaged) {
		wrong = append(wrong, "the damaged file was not kept byte for byte in damaged/")
	}
	if h.damaged == nil && got == h.restored {
		if all, _ := filepath.Glob(filepath.Join(h.dir, replacedDir, "certplan-*.db")); len(all) != 1 {
			wrong = append(wrong, fmt.Sprintf("replaced/ holds %d files, want the replaced data", len(all)))
		}
	}
	return wrong
}

// keptIn reports whether a file in folder has exactly content b.
func keptIn(folder string, b []byte) bool {
	all, _ := filepath.Glob(filepath.Join(folder, "certplan-*.db"))
	for _, f := range all {
		if got, err := os.ReadFile(f); err == nil && string(got) == string(b) {
			return true
		}
	}
	return false
}

// kill runs one child killed at a random moment of the operation and
// returns what the next start found wrong.
func (h *swapHarness) kill() []string {
	h.reset()
	took, done := h.run(time.Duration(rand.Int64N(int64(h.window) + 1)))
	if done {
		h.finished++
		h.observe(took)
	} else {
		h.during++
	}
	return h.verify(done)
}

// runSwapCrashTest kills a swap child kills times and checks each start.
func runSwapCrashTest(t *testing.T, mode string, kills int) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	h := newSwapHarness(t, mode)
	for k := range kills {
		if wrong := h.kill(); len(wrong) > 0 {
			t.Fatalf("kill %d (%s): %s", k+1, mode, strings.Join(wrong, "; "))
		}
	}
	t.Logf("%s: %d kills (%d during the operation, %d after it, %d interrupted swaps finished at the next start), window %v; every start had the old or the restored data",
		mode, kills, h.during, h.finished, h.resumed, h.window)
	if h.during < kills/4 {
		t.Fatalf("only %d of %d kills landed during the operation", h.during, kills)
	}
}

func TestKilledRecoveryNeverLosesData(t *testing.T) { runSwapCrashTest(t, "recover", swapKills) }

func TestKilledRestoreNeverLosesData(t *testing.T) { runSwapCrashTest(t, "restore", swapKills) }

// The positive controls: an unsafe replacement is caught.

func TestSwapHarnessCatchesUnsafeRecovery(t *testing.T) { catchUnsafe(t, "recover-unsafe") }

func TestSwapHarnessCatchesUnsafeRestore(t *testing.T) { catchUnsafe(t, "restore-unsafe") }

func catchUnsafe(t *testing.T, mode string) {
	h := newSwapHarness(t, mode)
	for k := range 30 {
		if wrong := h.kill(); len(wrong) > 0 {
			t.Logf("caught at kill %d: %s", k+1, strings.Join(wrong, "; "))
			return
		}
	}
	t.Fatal("the harness missed an unsafe replacement that passes through empty data")
}
