package cli

import (
	"strings"
	"testing"
)

// TestCoverageIsSaidOnce: a plan that does not fit says how much it covers
// once, in its fit section, in `plan` and in `show`; the warnings list the
// rest (it was under Warnings and again below them).
func TestCoverageIsSaidOnce(t *testing.T) {
	dir := t.TempDir()
	args := []string{"--cert", "SAA-C03", "--hours", "3", "--exam", "2027-01-04"}
	planned := cliRun(t, append([]string{"plan"}, args...)...)
	if planned.status != exitOK {
		t.Fatalf("plan: status %d, stderr %q", planned.status, planned.stderr)
	}
	mustStore(t, dir, append([]string{"new"}, args...)...)
	for name, out := range map[string]string{"plan": planned.stdout, "show": mustStore(t, dir, "show", "1")} {
		if n := strings.Count(strings.ToLower(out), "this plan covers"); n != 1 {
			t.Errorf("%s says what the plan covers %d times, want once:\n%s", name, n, out)
		}
	}
}
