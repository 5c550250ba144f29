package cli

import (
	"strings"
	"testing"
)

// TestTodayNamesTodaysSessions prints one line naming today's sessions of
// the plan (from show --json's sessions on its today), or that there are
// none; with no plan it says how to make one and still exits 0.
func TestTodayNamesTodaysSessions(t *testing.T) {
	empty := t.TempDir()
	if out := mustStore(t, empty, "today"); !strings.Contains(out, "no plan yet") || strings.Count(out, "\n") != 1 {
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
	out := mustStore(t, dir, "today")
	if strings.Count(out, "\n") != 1 {
		t.Fatalf("today printed %q, want one line", out)
	}
	if len(want) == 0 {
		wantIn(t, out, "no SAA-C03 study planned for today")
	}
	for _, title := range want {
		wantIn(t, out, "SAA-C03 today", title)
	}
	if r := storeRun(t, dir, "today", "1", "2"); r.status != exitUsage {
		t.Errorf("today 1 2: status %d, want bad input", r.status)
	}
}

func wantIn(t *testing.T, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%q does not contain %q", got, w)
		}
	}
}
