package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"certplan/planner"
)

// TestOneWeekForAllPlans (QA #10): a plan made or edited with other hours
// makes them the learner's week, with the holidays already theirs; the
// command says so once and how each other plan now stands. A plan made
// without --hours or --country takes the learner's week and changes
// nothing else.
func TestOneWeekForAllPlans(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8", "--country", "DE")
	out := mustStore(t, dir, "new", "--cert", "DVA-C03", "--exam", "2027-03-15", "--hours", "6")
	wantIn(t, "new with 6 h", out, "\nYour week is now 6 h (Mon–Fri 1:12 h), holidays of DE, for all your plans.\n",
		"\nPlan 1 (SAA-C03), version 2: ")
	if n := strings.Count(out, "Your week is now"); n != 1 {
		t.Errorf("new says the week %d times:\n%s", n, out)
	}
	out = mustStore(t, dir, "edit", "1", "--hours", "8")
	wantIn(t, "edit to 8 h", out, "Plan 1 changed as version 3",
		"\nYour week is now 8 h (Mon–Fri 1:36 h), holidays of DE, for all your plans.\n", "\nPlan 2 (DVA-C03), version 2: ")
	for what, args := range map[string][]string{
		"edit of the exam day": {"edit", "2", "--exam", "2027-04-15"},
		"new in the week":      {"new", "--cert", "CLF-C02"},
	} {
		if out := mustStore(t, dir, args...); strings.Contains(out, "Your week is now") {
			t.Errorf("%s, within the learner's week, says it changed:\n%s", what, out)
		}
	}
	// Within the week, no other plan got a version: SAA-C03 is still at 3.
	want := map[string]string{"SAA-C03": "3", "DVA-C03": "3", "CLF-C02": "1"}
	for _, line := range strings.Split(strings.TrimSpace(mustStore(t, dir, "plans")), "\n")[1:] {
		if strings.HasPrefix(line, "AVG H/WK ") {
			continue // the note under the rows
		}
		f := strings.Fields(line)
		if v := f[len(f)-1]; v != want[f[2]] {
			t.Errorf("plan %s is at version %s, want %s", f[2], v, want[f[2]])
		}
	}
}

// TestPlanFlagsHelpSaysWhereTheWeekComesFrom: `new` takes the learner's
// week when no --hours, --weekdays or --country is given, and other hours
// or holidays become it; `plan` plans alone at 10 h with no holidays. Each
// command's help says what it does, not "(default 10)" for both.
func TestPlanFlagsHelpSaysWhereTheWeekComesFrom(t *testing.T) {
	help := func(cmd string) string {
		r := cliRun(t, cmd, "--help")
		if r.status != exitOK {
			t.Fatalf("%s --help: status %d, stderr %q", cmd, r.status, r.stderr)
		}
		return strings.Join(strings.Fields(r.stdout), " ")
	}
	wantIn(t, "new --help", help("new"),
		"spread over Monday to Friday (default: your week's hours, else 10); other hours become your week, for all your plans",
		"such as DE or US (default: your week's holidays, else none); another country becomes your week's, for all your plans")
	wantIn(t, "plan --help", help("plan"), "spread over Monday to Friday (default 10, not your week's hours)",
		"such as DE or US (default none, not your week's)")
	wantIn(t, "edit --help", help("edit"), "Monday to Friday; other hours become your week, for all your plans",
		"(instead of --hours); they become your week, for all your plans", "no holidays; it becomes your week's, for all your plans")

	// And new does what its help says: without --hours it takes the week a
	// plan made with 6 h made the learner's.
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "6", "--country", "DE")
	mustStore(t, dir, "new", "--cert", "CLF-C02")
	var p struct {
		Inputs struct{ Hours planner.Weekdays } `json:"inputs"`
	}
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", "2", "--json")), &p); err != nil || p.Inputs.Hours.Total() != 6 {
		t.Errorf("new without --hours planned %v (%v), want the learner's 6 h", p.Inputs.Hours, err)
	}
}

// TestWeekChangeNamesEachPlanOnce: after a new plan that changed the week,
// the "Your week is now" block says how each re-planned plan stands and
// the share of the week it takes; no "Sharing your week" line follows to
// name the same plans again. A plan made within the week still says which
// plans share it.
func TestWeekChangeNamesEachPlanOnce(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8", "--country", "DE")
	out := mustStore(t, dir, "new", "--cert", "DVA-C03", "--exam", "2027-03-15", "--hours", "6")
	week := out[strings.Index(out, "Your week is now"):]
	if strings.Contains(out, "Sharing your week") || strings.Count(week, "SAA-C03") != 1 {
		t.Errorf("the week's change names SAA-C03 more than once:\n%s", week)
	}
	wantIn(t, "new with 6 h", strings.Join(strings.Fields(week), " "), "Plan 1 (SAA-C03), version 2: ", " It takes ",
		" h a week of your hours until ")
	wantIn(t, "new in the week", mustStore(t, dir, "new", "--cert", "CLF-C02"),
		"Sharing your week: ", " h a week already go to SAA-C03 until ", " h a week already go to DVA-C03 until ")
}
