package storage

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// crashSnapshot copies an open data folder's files (the data file with
// its -wal holding recent changes) as a kill at that moment leaves them.
func crashSnapshot(tb testing.TB, from, to string) {
	tb.Helper()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := copyFileSynced(filepath.Join(from, dbName+suffix), filepath.Join(to, dbName+suffix)); err != nil {
			tb.Fatal(err)
		}
	}
	fakeCrash(tb, to)
}

// contentOf returns the fingerprint of a data file kept aside with its
// companions, opened in a folder of its own.
func contentOf(tb testing.TB, aside string) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, suffix := range []string{"", "-wal"} {
		if fileExists(aside + suffix) {
			if err := copyFileSynced(aside+suffix, filepath.Join(dir, dbName+suffix)); err != nil {
				tb.Fatal(err)
			}
		}
	}
	db := MustOpenDir(tb, dir)
	defer db.Close()
	return fingerprint(tb, db)
}

// TestSwapFinishesFromEveryStep stops a swap after each of its steps, as a
// kill there would, and starts certplan: it finishes the swap, says so, and
// keeps the replaced data, recent changes in its -wal included.
func TestSwapFinishesFromEveryStep(t *testing.T) {
	ctx := t.Context()
	src := t.TempDir()
	live := MustOpenDir(t, src)
	MustCreatePlan(t, live, "DVA-C02")
	b := MustBackup(t, live)
	restored := fingerprint(t, live)
	MustCreatePlan(t, live, "SAA-C03") // in the -wal only
	old := fingerprint(t, live)
	steps := len((&DB{}).swapSteps(swap{Aside: "x"}))
	for _, op := range []string{swapOpFix, swapOpUser} {
		for k := 0; k <= steps; k++ {
			t.Run(fmt.Sprintf("%s stopped after %d of %d steps", op, k, steps), func(t *testing.T) {
				dir := t.TempDir()
				crashSnapshot(t, src, dir)
				db := &DB{dir: dir, path: filepath.Join(dir, dbName), opts: testOptions().withDefaults(), cat: testCat}
				if err := db.prepare(ctx, b.Path); err != nil {
					t.Fatal(err)
				}
				aside, _ := asideName(filepath.Join(dir, replacedDir), testNow)
				s := swap{Op: op, From: b.Path, Aside: aside, Problem: ProblemDamaged}
				if err := writeMarker(dir, s); err != nil {
					t.Fatal(err)
				}
				for _, step := range db.swapSteps(s)[:k] {
					if err := step(); err != nil {
						t.Fatal(err)
					}
				}
				again := MustOpenDir(t, dir)
				r := again.Startup().Recovery
				if r == nil {
					t.Fatal("no recovery, want the swap resumed")
				}
				if !r.Resumed {
					t.Errorf("recovery %+v not resumed, want resumed", r)
				}
				if r.MovedTo != aside {
					t.Errorf("recovery moved the old file to %s, want %s", r.MovedTo, aside)
				}
				if !strings.Contains(r.Message(), aside) {
					t.Errorf("recovery message %q, want it to name %s", r.Message(), aside)
				}
				if got := fingerprint(t, again); got != restored {
					t.Fatalf("data %q, want the restored %q", got, restored)
				}
				if got := contentOf(t, aside); got != old {
					t.Fatalf("the replaced data kept aside is %q, want %q", got, old)
				}
			})
		}
	}
}
