package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestShowKeepsTheLastDayWarningAfterAReplanOrAnEdit: a plan for ANS-C01
// (last day 2026-12-31) at hours too few to be ready by then says so in
// text `show` as in `show --json`, on the version `new` made and on those
// a replan and an edit make; before, the text said it only while the
// date was the one the planner proposed. Both give the plan's warnings
// but the shortfall sentence, which the standing says in its own words,
// and the coverage, which the fit section gives with what is thinner.
func TestShowKeepsTheLastDayWarningAfterAReplanOrAnEdit(t *testing.T) {
	at := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	steps := [][]string{
		{"new", "--cert", "ANS-C01", "--hours", "10"},
		{"replan", "1"},
		{"edit", "1", "--exam", "2026-12-30"},
	}
	for _, step := range steps {
		if r := cliRunAt(t, at, append([]string{"--data", dir}, step...)...); r.status != exitOK {
			t.Fatalf("%v: status %d: %s", step, r.status, r.stderr)
		}
		text := strings.Join(strings.Fields(cliRunAt(t, at, "--data", dir, "show", "1").stdout), " ")
		var p shownPlan
		if err := json.Unmarshal([]byte(cliRunAt(t, at, "--data", dir, "show", "1", "--json").stdout), &p); err != nil {
			t.Fatal(err)
		}
		want := "ANS-C01 can be taken only until 2026-12-31"
		if !strings.Contains(text, want) || !strings.Contains(strings.Join(p.Warnings, " "), want) {
			t.Errorf("after %v, show (text and JSON) should say %q:\n%s\nJSON warnings: %q", step, want, text, p.Warnings)
		}
		if !strings.Contains(text, "This plan covers") {
			t.Errorf("after %v, text show does not say what the plan covers:\n%s", step, text)
		}
		for _, w := range p.WarningsBesidesFit() {
			if !strings.Contains(text, strings.Join(strings.Fields(w), " ")) {
				t.Errorf("after %v, text show lacks the warning %q:\n%s", step, w, text)
			}
		}
		if short := p.ShortfallText(); short == "" || strings.Contains(text, short) {
			t.Errorf("after %v, text show should give the shortfall %q only in the standing's words:\n%s", step, short, text)
		}
	}
}
