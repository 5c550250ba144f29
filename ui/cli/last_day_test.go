package cli

import (
	"strings"
	"testing"
	"time"
)

// TestPlanForARetiringExamNeverProposesADateAfterItsLastDay: with no exam
// date and hours too few to be ready by DVA-C02's last day (2026-11-30),
// `plan` plans for that day, says it is short and that no date up to the
// last day fits; before, it proposed a date after the last day and said
// "Fits". `new` saves the same and says how the date was chosen.
func TestPlanForARetiringExamNeverProposesADateAfterItsLastDay(t *testing.T) {
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	r := cliRunAt(t, at, "plan", "--cert", "DVA-C02", "--hours", "10")
	if r.status != 0 {
		t.Fatalf("status %d: %s", r.status, r.stderr)
	}
	flat := strings.Join(strings.Fields(r.stdout), " ") // warnings wrap
	for _, want := range []string{
		"Exam: 2026-11-30 (proposed: DVA-C02's last day; the work does not fit by then)",
		"Does not fit:",
		"No exam date up to DVA-C02's last day, 2026-11-30, fits at these hours",
		"DVA-C02 can be taken only until 2026-11-30",
		"Plan for its successor DVA-C03 instead.",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("plan output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "Fits:") || strings.Contains(r.stdout, "the earliest date that fits)") {
		t.Errorf("plan output still says it fits on a date it chose:\n%s", r.stdout)
	}
	data := t.TempDir()
	r = cliRunAt(t, at, "--data", data, "new", "--cert", "DVA-C02", "--hours", "10")
	if want := "exam on 2026-11-30 (DVA-C02's last day; the work does not fit by then)"; r.status != 0 || !strings.Contains(r.stdout, want) {
		t.Errorf("new: status %d, output %q, want it to say %q", r.status, r.stdout+r.stderr, want)
	}
}

// TestAFailNearTheLastDayOffersNoRetake: a fail whose retake wait ends
// after the exam's last day says it cannot be retaken and what replaces it,
// never "You can retake it from" a day it cannot be sat.
func TestAFailNearTheLastDayOffersNoRetake(t *testing.T) {
	out := mustStore(t, t.TempDir(), "exam", "add", "CLF-C01", "2023-09-10", "--status", "failed")
	if strings.Contains(out, "retake it from") || !strings.Contains(out, "It cannot be retaken: CLF-C01 cannot be taken after 2023-09-18; plan CLF-C02 instead.") {
		t.Errorf("a fail 8 days before CLF-C01's last day printed:\n%s", out)
	}
}
