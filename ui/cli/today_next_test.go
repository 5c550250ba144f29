package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestTodayNamesTheNextStudyDay: on a day the plan leaves free, today says
// so and names the next session instead of printing nothing.
func TestTodayNamesTheNextStudyDay(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--weekdays", "sat=4,sun=4")
	out := mustStore(t, dir, "today") // fixedToday is a Monday
	if !strings.HasPrefix(out, "Today, Mon 2026-11-23: plan 1, CLF-C02\nNothing planned today. Next: Sat 2026-11-28, ") {
		t.Errorf("today on a free Monday printed %q, want the next session on Saturday 2026-11-28", out)
	}
}

// TestNextStudyDayEndsItsSentenceOnce: a next session whose title ends in
// a full stop (the guide's task statements do) is not given a second.
func TestNextStudyDayEndsItsSentenceOnce(t *testing.T) {
	d := catalog.DateOf(2026, 12, 31)
	p := planner.Plan{Weeks: []planner.Week{{Sessions: []planner.Session{{Date: d, Title: "Collect and store data."}}}}}
	if got, want := nextStudyDay(p, d.AddDays(-2)), "Nothing planned today. Next: Thu 2026-12-31, Collect and store data.\n"; got != want {
		t.Errorf("nextStudyDay = %q, want %q", got, want)
	}
}

// TestExportAfterAnEditCancelsMovedSessions: a calendar exported after an
// edit cancels the sessions of the earlier version that are no longer on
// their day, so a calendar that took the first file is left right.
func TestExportAfterAnEditCancelsMovedSessions(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "edit", "1", "--hours", "12")
	ics := filepath.Join(t.TempDir(), "plan.ics")
	mustStore(t, dir, "export", "1", "--ics", ics)
	b, err := os.ReadFile(ics)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "STATUS:CANCELLED") {
		t.Error("the calendar exported after an edit cancels none of the moved sessions")
	}
}

// TestRepeatedItemTickSaysNothingChanged: ticking a study item again, or
// undoing one never ticked, says that nothing changed (issue 10).
func TestRepeatedItemTickSaysNothingChanged(t *testing.T) {
	dir := newSavedPlan(t)
	if out := mustStore(t, dir, "tick", "1", "1.1.1"); !strings.HasPrefix(out, "Ticked 1.1.1 ") {
		t.Errorf("the first tick printed %q, want that it ticked 1.1.1", out)
	}
	for _, args := range [][]string{{"tick", "1", "1.1.1"}, {"tick", "1", "1.1.2", "--undo"}} {
		if out := mustStore(t, dir, args...); !strings.HasPrefix(out, "Nothing changed: SAA-C03:1.1.") {
			t.Errorf("%v printed %q, want that nothing changed", args, out)
		}
	}
}

// TestTodaySaysDoneWhenTodaysStudyIsTicked: once today's sessions are
// ticked, `today --line` says the day is done (it said "no study planned
// for today", QA) and `today` marks each done session.
func TestTodaySaysDoneWhenTodaysStudyIsTicked(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--hours", "10")
	out := mustStore(t, dir, "today")
	topics := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 2 && strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "    ") && f[2] == "h" {
			topics[f[0]] = true
		}
	}
	if len(topics) == 0 {
		t.Fatalf("the test needs sessions today:\n%s", out)
	}
	for topic := range topics {
		mustStore(t, dir, "tick", "1", topic)
	}
	if line := mustStore(t, dir, "today", "--line"); !strings.HasPrefix(line, "Done for today: CLF-C02's study planned today is ticked off") {
		t.Errorf("today --line after ticking %v: %q", topics, line)
	}
	if out := mustStore(t, dir, "today"); strings.Count(out, "(done) ") != len(topics) {
		t.Errorf("today after ticking %v does not mark each session done:\n%s", topics, out)
	}
}
