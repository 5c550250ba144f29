package storage

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"certplan/planner"
)

// The crash test runs TestCrashChild in a child process (the test binary
// run again) that ticks and unticks topics and prints each change before
// ("try") and after it is acknowledged ("ack"). The parent kills it with
// SIGKILL at random moments and then checks the file: it opens without
// recovery, passes integrity_check, and holds every acknowledged change.
const (
	crashDirEnv  = "CERTPLAN_CRASH_DIR"
	crashModeEnv = "CERTPLAN_CRASH_MODE" // "durable", or "batched" for the positive control
)

// crashKills is how many kills `make test` runs.
const crashKills = 50

func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("run as a child process by the crash tests")
	}
	if err := crashChild(dir, os.Getenv(crashModeEnv) == "batched"); err != nil {
		fmt.Printf("fail %v\n", err)
		os.Exit(3)
	}
}

// crashChild toggles random topics of plan 1 until it is killed.
func crashChild(dir string, batched bool) error {
	ctx := context.Background()
	opts := testOptions()
	opts.Now = time.Now
	db, err := Open(dir, opts)
	if err != nil {
		return err
	}
	p, err := db.Plan(ctx, 1)
	if err != nil {
		return err
	}
	toggle := func(topic string, done bool) error {
		if done {
			return db.Tick(ctx, 1, topic, 0, 0)
		}
		return db.Untick(ctx, 1, topic)
	}
	if batched {
		return batchedChild(ctx, db, p)
	}
	return toggleLoop(p, toggle)
}

// toggleLoop flips random topics for ever, printing try and ack lines.
func toggleLoop(p planner.StudyPlan, toggle func(topic string, done bool) error) error {
	done := map[string]bool{}
	for id, g := range p.Progress {
		done[id] = g.Done
	}
	for seq := 0; ; seq++ {
		topic := p.Schedule.Topics[rand.IntN(len(p.Schedule.Topics))].ID
		want := !done[topic]
		fmt.Fprintf(os.Stdout, "try %d %s %t\n", seq, topic, want)
		if err := toggle(topic, want); err != nil {
			return err
		}
		fmt.Fprintf(os.Stdout, "ack %d\n", seq)
		done[topic] = want
	}
}

// batchedChild is the positive control's deliberately non-durable mode: it
// acknowledges changes inside a transaction it commits only every
// batchSize: the kills land long before that, however late a loaded
// machine lets the parent send them, so acknowledged changes are lost.
func batchedChild(ctx context.Context, db *DB, p planner.StudyPlan) error {
	const batchSize = 100000
	var tx *dbTx
	n := 0
	return toggleLoop(p, func(topic string, done bool) error {
		var err error
		if tx == nil {
			if tx, err = db.begin(ctx); err != nil {
				return err
			}
		}
		t := ProgressRow{Topic: topic, TopicProgress: planner.TopicProgress{Done: done}}
		if err := setTopic(ctx, tx, 1, t, "tick"); err != nil {
			return err
		}
		if n++; n%batchSize == 0 {
			err, tx = tx.Commit(), nil
		}
		return err
	})
}

// crashHarness is the parent's record of what the child acknowledged.
type crashHarness struct {
	t        *testing.T
	dir      string
	mode     string
	mu       sync.Mutex
	truth    map[string]bool // acknowledged state of each topic
	inflight string          // topic of a change tried but not acknowledged
	pending  map[int]string  // seq -> "topic want"
	acks     int
}

func newCrashHarness(t *testing.T, mode string) *crashHarness {
	h := &crashHarness{t: t, dir: MustSavedDir(t, "SAA-C03"), mode: mode, truth: map[string]bool{}}
	h.resync()
	return h
}

// run starts a child, kills it once it has acknowledged killAfter changes
// (and a random few microseconds more), and waits for it to die.
func (h *crashHarness) run(killAfter int) {
	cmd, out := startChild(h.t, "TestCrashChild", crashDirEnv+"="+h.dir, crashModeEnv+"="+h.mode)
	h.mu.Lock()
	h.acks, h.pending, h.inflight = 0, map[int]string{}, ""
	h.mu.Unlock()
	read := make(chan struct{})
	go func() { h.read(out); close(read) }()
	deadline := time.Now().Add(20 * time.Second)
	for h.ackCount() < killAfter && time.Now().Before(deadline) && !h.exited(read) {
		time.Sleep(200 * time.Microsecond)
	}
	time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
	cmd.Process.Signal(syscall.SIGKILL)
	<-read
	cmd.Wait()
}

func (h *crashHarness) exited(read chan struct{}) bool {
	select {
	case <-read:
		return true
	default:
		return false
	}
}

func (h *crashHarness) ackCount() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.acks
}

// read records the child's lines until its stdout closes.
func (h *crashHarness) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		h.mu.Lock()
		switch {
		case len(f) == 4 && f[0] == "try":
			seq, _ := strconv.Atoi(f[1])
			h.pending[seq], h.inflight = f[2]+" "+f[3], f[2]
		case len(f) == 2 && f[0] == "ack":
			seq, _ := strconv.Atoi(f[1])
			topic, want, _ := strings.Cut(h.pending[seq], " ")
			h.truth[topic], h.inflight = want == "true", ""
			h.acks++
		case len(f) > 0 && f[0] == "fail":
			h.t.Errorf("child failed: %s", sc.Text())
		}
		h.mu.Unlock()
	}
}

// verify opens the file as certplan would after the crash and returns the
// acknowledged changes it lacks. The one change in flight may have landed
// or not; the truth follows the file for it.
func (h *crashHarness) verify() []string {
	ctx := context.Background()
	db := MustOpenDir(h.t, h.dir)
	defer db.Close()
	if r := db.Startup().Recovery; r != nil {
		h.t.Fatalf("the file needed recovery after a kill: %+v", r)
	}
	if h.acks > 0 && !db.Startup().UncleanExit {
		h.t.Fatal("a killed certplan was not noticed as an unclean exit")
	}
	if msgs, err := checkRows(ctx, db.rw, "PRAGMA integrity_check"); err != nil || len(msgs) != 1 || msgs[0] != "ok" {
		h.t.Fatalf("integrity_check after a kill: %v %v", msgs, err)
	}
	p, err := db.Plan(ctx, 1)
	if err != nil {
		h.t.Fatal(err)
	}
	var lost []string
	for topic, want := range h.truth {
		if got := p.Progress[topic].Done; got != want && topic != h.inflight {
			lost = append(lost, fmt.Sprintf("%s done=%t, acknowledged %t", topic, got, want))
		}
	}
	if h.inflight != "" {
		h.truth[h.inflight] = p.Progress[h.inflight].Done
	}
	return lost
}

func TestCrashNeverLosesAcknowledgedTicks(t *testing.T) { runCrashTest(t, crashKills) }

// runCrashTest kills a durable child kills times and checks after each kill.
func runCrashTest(t *testing.T, kills int) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	h := newCrashHarness(t, "durable")
	total := 0
	for k := 0; k < kills; k++ {
		h.run(rand.IntN(40))
		total += h.ackCount()
		if lost := h.verify(); len(lost) > 0 {
			t.Fatalf("kill %d lost acknowledged changes: %v", k+1, lost)
		}
	}
	t.Logf("%d kills, %d acknowledged changes, none lost", kills, total)
}

// The positive controls show the harness catches loss when there is some.

func TestCrashHarnessCatchesNonDurableAcks(t *testing.T) {
	h := newCrashHarness(t, "batched")
	caught := 0
	for k := 0; k < 5; k++ {
		h.run(20*(k+1) + 10) // ten acknowledged changes after the last commit
		if lost := h.verify(); len(lost) > 0 {
			caught++
		}
	}
	if caught == 0 {
		t.Fatal("the harness missed the loss of acknowledged but uncommitted ticks")
	}
}

func TestCrashHarnessCatchesLostWAL(t *testing.T) {
	h := newCrashHarness(t, "durable")
	caught := 0
	for k := 0; k < 3; k++ {
		h.run(10 + rand.IntN(10))
		// A power cut on a disk that ignores fsync loses the WAL's tail;
		// deleting the WAL simulates the worst of it.
		os.Remove(filepath.Join(h.dir, dbName+"-wal"))
		os.Remove(filepath.Join(h.dir, dbName+"-shm"))
		if lost := h.verify(); len(lost) > 0 {
			caught++
			h.resync() // start the next round from the file
		}
	}
	if caught == 0 {
		t.Fatal("the harness missed acknowledged ticks lost with the WAL")
	}
}

// resync takes the file's state as the truth.
func (h *crashHarness) resync() {
	db := MustOpenDir(h.t, h.dir)
	defer db.Close()
	p, _ := db.Plan(context.Background(), 1)
	for id, g := range p.Progress {
		h.truth[id] = g.Done
	}
}
