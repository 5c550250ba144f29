package cli

import (
	"strings"
	"testing"
)

// TestTickingADoneItemAgainSetsItsHours: a done study item ticked again
// with --hours keeps those hours as its total, as a done task does, and
// its task's hours move by the difference; the same hours again, or no
// hours, or its own day (another day corrects it: tick_confirm_test.go),
// change nothing and say so; undoing the item takes its hours off.
func TestTickingADoneItemAgainSetsItsHours(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	taskHours := func() float64 { return shown(t, dir).Progress.ByTopic[0].Hours }
	mustStore(t, dir, "tick", "1", "1.1.1", "--hours", "0.5")
	mustStore(t, dir, "tick", "1", "1.1.2", "--hours", "0.25")
	if out := mustStore(t, dir, "tick", "1", "1.1.1", "--hours", "2"); !strings.HasPrefix(out, "Changed the hours of 1.1.1 ") {
		t.Errorf("ticking 1.1.1 again with 2 h printed %q, want that its hours changed", out)
	}
	if h := taskHours(); h != 2.25 {
		t.Fatalf("task 1.1 has %v h after 1.1.1 was given 2 h, want 2.25", h)
	}
	for args, want := range map[[5]string]string{
		{"tick", "1", "1.1.1", "--hours", "2"}:       "Nothing changed: SAA-C03:1.1.1 in plan 1 is already done, with the same hours.\n",
		{"tick", "1", "1.1.1", "--on", "2026-11-23"}: "Nothing changed: SAA-C03:1.1.1 in plan 1 is already done, with the same hours.\n",
		{"tick", "1", "1.1.1"}:                       "Nothing changed: SAA-C03:1.1.1 in plan 1 is already done.\n",
	} {
		args := args[:]
		for len(args) > 0 && args[len(args)-1] == "" {
			args = args[:len(args)-1]
		}
		if out := mustStore(t, dir, args...); out != want {
			t.Errorf("%v printed %q, want %q", args, out, want)
		}
	}
	mustStore(t, dir, "tick", "1", "1.1.1", "--undo")
	if h := taskHours(); h != 0.25 {
		t.Fatalf("task 1.1 has %v h after undoing 1.1.1, want 0.25", h)
	}
}

// TestAnItemDoneThroughItsTaskTakesHours: an item done because its whole
// task was ticked takes the hours given to it, and the task stays done.
func TestAnItemDoneThroughItsTaskTakesHours(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.1", "--hours", "3")
	mustStore(t, dir, "tick", "1", "1.1.2", "--hours", "1")
	s := shown(t, dir)
	if g := s.Progress.ByTopic[0]; !g.Done || g.Hours != 4 {
		t.Fatalf("task 1.1 after 1 h on its item 1.1.2: %+v, want done with 4 h", g)
	}
	if !byItem(s)["SAA-C03:1.1.2"] {
		t.Fatal("1.1.2 is not done")
	}
}
