package cli

import "testing"

// TestNewStandsOnTheDayItPlansFrom: a plan saved with --today is stood on
// that day, the day its figures are planned from, not on the clock's.
func TestNewStandsOnTheDayItPlansFrom(t *testing.T) {
	out := mustStore(t, t.TempDir(), "new", "--cert", "SAA-C03", "--hours", "3", "--exam", "2026-12-20", "--today", "2026-11-30")
	wantLines(t, "new", out, []string{"done by 2026-11-30"}, []string{"done by 2026-11-23"})
}
