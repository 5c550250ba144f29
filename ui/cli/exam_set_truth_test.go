package cli

import (
	"strings"
	"testing"
)

// wantLines checks that out has each of want and none of never.
func wantLines(t *testing.T, what, out string, want, never []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, out)
		}
	}
	for _, n := range never {
		if strings.Contains(out, n) {
			t.Errorf("%s says %q:\n%s", what, n, out)
		}
	}
}

// TestExamSetSaysWhatChangedForTheCertification: changing an attempt says
// what the certification is now, as of today (2026-11-23 in these tests),
// and never repeats another attempt's earning as if it were new.
func TestExamSetSaysWhatChangedForTheCertification(t *testing.T) {
	dir := t.TempDir()
	out := mustStore(t, dir, "exam", "add", "SAA-C02", "2022-01-10", "--status", "passed")
	wantLines(t, "a pass that lapsed long ago", out,
		[]string{"on 2022-01-10, expired on 2025-01-10."}, []string{"valid until 2025-01-10"})
	mustStore(t, dir, "exam", "add", "SAA-C03", "2025-03-03", "--status", "passed")
	out = mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-02", "--status", "passed")
	wantLines(t, "a renewal", out, []string{"Renewed SAA", "valid until 2029-11-02."}, []string{"Earned"})

	out = mustStore(t, dir, "exam", "set", "2", "--status", "failed", "--score", "650")
	wantLines(t, "the pass that earned it again, now failed", out,
		[]string{"SAA (", ") now dates from 2026-11-02 and is valid until 2029-11-02."}, []string{"Earned", "Renewed"})

	out = mustStore(t, dir, "exam", "set", "3", "--status", "cancelled")
	wantLines(t, "the newest pass, now cancelled", out,
		[]string{") now dates from 2022-01-10 and expired on 2025-01-10."}, []string{"Earned", "valid until"})

	out = mustStore(t, dir, "exam", "set", "1", "--status", "cancelled")
	wantLines(t, "the last pass, now cancelled", out, []string{"You no longer hold SAA ("}, []string{"Earned", "dates from"})

	out = mustStore(t, dir, "exam", "set", "1", "--status", "cancelled", "--notes", "moved")
	wantLines(t, "a change that touches no certification", out, []string{"Attempt 1:"}, []string{"SAA ("})
}
