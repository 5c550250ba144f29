package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTodayLineNamesTodaysSessions: today --line prints one line naming
// today's sessions of the plan (from show --json's sessions on its today),
// or that there are none; with no plan it says how to make one and still
// exits 0. Plain today prints more than one line (the sessions with their
// items, TestTodayPrintsTheSessionItsItemsAndTheResource).
func TestTodayLineNamesTodaysSessions(t *testing.T) {
	empty := t.TempDir()
	if out := mustStore(t, empty, "today", "--line"); !strings.Contains(out, "no plan yet") || strings.Count(out, "\n") != 1 {
		t.Fatalf("today without a plan = %q", out)
	}
	dir := newSavedPlan(t)
	s := shown(t, dir)
	var want []string
	for _, w := range s.Weeks {
		for _, x := range w.Sessions {
			if x.Date == s.Progress.Today {
				want = append(want, x.Title)
			}
		}
	}
	out := mustStore(t, dir, "today", "--line")
	if full := mustStore(t, dir, "today"); strings.Count(full, "\n") < 2 || full == out {
		t.Errorf("today without --line = %q, want the sessions over several lines", full)
	}
	if one := mustStore(t, dir, "today", "1", "--line"); one != out {
		t.Errorf("today 1 --line = %q, want %q", one, out)
	}
	if strings.Count(out, "\n") != 1 {
		t.Fatalf("today printed %q, want one line", out)
	}
	if len(want) == 0 {
		wantIn(t, "today --line", out, "no SAA-C03 study planned for today")
	}
	for _, title := range want {
		wantIn(t, "today --line", out, "SAA-C03 today", title)
	}
	for _, args := range [][]string{{"today", "1", "2"}, {"today", "--line", "1", "2"}, {"today", "--line", "x"}, {"today", "x"}} {
		if r := storeRun(t, dir, args...); r.status != exitUsage {
			t.Errorf("%v: status %d, want bad input", args, r.status)
		}
	}
}

// TestTodayLineLeavesOutSessionsWhoseItemsAreTicked: a session ticked in
// the desktop ticks its study items, not the task, and --line then no
// longer names it (the day's other sessions stay).
func TestTodayLineLeavesOutSessionsWhoseItemsAreTicked(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	s := shown(t, dir)
	var items, titles []string
	for _, x := range s.Weeks[0].Sessions {
		if x.Date == s.Today && len(x.Items) > 0 {
			titles = append(titles, x.Title)
			for _, it := range x.Items {
				items = append(items, it.ID)
			}
		}
	}
	if len(items) == 0 {
		t.Fatalf("no session with items on %s", s.Today)
	}
	wantIn(t, "today --line before the ticks", mustStore(t, dir, "today", "--line"), titles...)
	for _, id := range items {
		mustStore(t, dir, "tick", "1", id)
	}
	out := mustStore(t, dir, "today", "--line")
	for _, title := range titles {
		if strings.Contains(out, title) {
			t.Errorf("today --line after ticking its items still names %q: %s", title, out)
		}
	}
}

// TestTodayRefusesABadIDBeforeOpeningTheData: today, like the other
// commands, reads its plan ID before it opens (and so creates) the data
// folder.
func TestTodayRefusesABadIDBeforeOpeningTheData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	for _, args := range [][]string{{"today", "x"}, {"today", "0", "--line"}} {
		wantBadInput(t, storeRun(t, dir, args...), "plan")
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Fatalf("%v made the data folder: %v", args, err)
		}
	}
}

// TestTodayWithSeveralPlansListsThemAll (QA #13): with no ID, today lists
// every active plan's sessions, each headed by its exam, and --line names
// them all in one line that does not read like an error; today ID still
// speaks of that plan only, and an archived plan is left out.
func TestTodayWithSeveralPlansListsThemAll(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10")
	mustStore(t, dir, "new", "--cert", "DVA-C03", "--hours", "10", "--exam", "2027-03-15")
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--hours", "10")
	mustStore(t, dir, "archive", "3")
	out := mustStore(t, dir, "today")
	wantIn(t, "today", out, ": plan 1, SAA-C03\n", ": plan 2, DVA-C03\n", "certplan tick 1 ")
	if strings.Contains(out, "CLF-C02") {
		t.Errorf("today lists the archived plan:\n%s", out)
	}
	if one := mustStore(t, dir, "today", "1"); strings.Contains(one, "DVA-C03") || !strings.Contains(one, ": plan 1, SAA-C03\n") {
		t.Errorf("today 1 speaks of another plan:\n%s", one)
	}
	line := mustStore(t, dir, "today", "--line")
	if strings.Count(line, "\n") != 1 || strings.HasPrefix(line, "certplan:") {
		t.Errorf("today --line = %q, want one line that does not start like an error", line)
	}
	wantIn(t, "today --line", line, "SAA-C03", "(plan 1)", "DVA-C03", "(plan 2)")
	if strings.Contains(line, "CLF-C02") {
		t.Errorf("today --line names the archived plan: %q", line)
	}
	for _, id := range []string{"1", "2"} {
		if one := mustStore(t, dir, "today", id, "--line"); strings.HasPrefix(one, "certplan:") {
			t.Errorf("today %s --line = %q, starts like an error", id, one)
		}
	}
}
