package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mixedWeeksFolder is a data folder holding, as an import of an older
// certplan's export can, two active plans planned within different weeks:
// plan 1, SAA-C03 at 8 h with holidays of DE, its first topic ticked, the
// settings' week; and plan 2, DVA-C03 at 6 h with no holidays.
func mixedWeeksFolder(t *testing.T) string {
	t.Helper()
	exported := func(args ...string) map[string]any {
		dir := t.TempDir()
		mustStore(t, dir, args...)
		file := filepath.Join(dir, "export.json")
		mustStore(t, dir, "export-data", file)
		var x map[string]any
		if b, err := os.ReadFile(file); err != nil || json.Unmarshal(b, &x) != nil {
			t.Fatalf("read the export of %v: %v", args, err)
		}
		return x
	}
	saa := exported("new", "--cert", "SAA-C03", "--hours", "8", "--country", "DE")
	dva := exported("new", "--cert", "DVA-C03", "--exam", "2027-03-15", "--hours", "6")
	plan := dva["plans"].([]any)[0].(map[string]any)
	plan["id"] = 2
	saa["plans"] = append(saa["plans"].([]any), plan)
	b, err := json.Marshal(saa)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(t.TempDir(), "mixed.json")
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	mustStore(t, dir, "import-data", file)
	mustStore(t, dir, "tick", "1", "1.1")
	return dir
}

// flat is out with its lines joined, so that a wrapped sentence matches.
func flat(out string) string { return strings.Join(strings.Fields(out), " ") }

// TestPlansInAnotherWeekSaySoWithTheFix: plans and show say, once for
// each plan planned within another week than the learner's, which week it
// has and the command that fixes it; week says the learner's week and
// those plans; week --apply re-plans them within it with the ticks kept,
// says how each stands, and then nothing is left to say.
func TestPlansInAnotherWeekSaySoWithTheFix(t *testing.T) {
	dir := mixedWeeksFolder(t)
	line := "Plan 2 (DVA-C03) is planned within 6 h (Mon–Fri 1:12 h), no holidays, not your week of " +
		"8 h (Mon–Fri 1:36 h), holidays of DE: certplan week --apply re-plans it within yours."
	for _, args := range [][]string{{"plans"}, {"show", "2"}, {"week"}} {
		out := flat(mustStore(t, dir, args...))
		if n := strings.Count(out, line); n != 1 {
			t.Errorf("%v says %d times that plan 2 is in another week, want once:\n%s", args, n, out)
		}
		if strings.Contains(out, "Plan 1 (SAA-C03) is planned within") {
			t.Errorf("%v says plan 1, within the learner's week, is not:\n%s", args, out)
		}
	}
	if out := mustStore(t, dir, "show", "1"); strings.Contains(out, "is planned within") {
		t.Errorf("show 1, within the learner's week, says it is not:\n%s", out)
	}
	wantIn(t, "week", mustStore(t, dir, "week"), "Your week: 8 h (Mon–Fri 1:36 h), holidays of DE, for all your plans.\n")

	out := mustStore(t, dir, "week", "--apply")
	wantIn(t, "week --apply", flat(out), "Your plans were re-planned within your week, 8 h (Mon–Fri 1:36 h), holidays of DE.",
		"Plan 2 (DVA-C03), version 2: ", "It takes ")
	for _, args := range [][]string{{"plans"}, {"show", "2"}, {"week"}} {
		if out := mustStore(t, dir, args...); strings.Contains(out, "is planned within") {
			t.Errorf("%v after week --apply still says a plan is in another week:\n%s", args, out)
		}
	}
	wantIn(t, "week after the fix", mustStore(t, dir, "week"), "All your active plans are planned within it.\n")
	wantIn(t, "show 1 after the fix", mustStore(t, dir, "show", "1"), "1 of ")
	if out := mustStore(t, dir, "week", "--apply"); !strings.HasPrefix(out, "Nothing changed: all your active plans are planned within your week, 8 h") {
		t.Errorf("a second week --apply: %q, want nothing changed", out)
	}
	wantBadInput(t, storeRun(t, dir, "week", "2"), "week")
}

// TestWeekTakesToday: week --today asks which exams are still to come on
// that day, as the clock's today does: after plan 2's exam no plan is
// outside the week. week --apply --today re-plans from that day, and
// refuses, in one line, a day one of the plans it would re-plan cannot be
// re-planned from, changing nothing.
func TestWeekTakesToday(t *testing.T) {
	dir := mixedWeeksFolder(t)
	wantIn(t, "week after plan 2's exam", mustStore(t, dir, "week", "--today", "2027-03-16"),
		"All your active plans are planned within it.\n")
	wantIn(t, "week before it", flat(mustStore(t, dir, "week", "--today", "2027-03-14")), "Plan 2 (DVA-C03) is planned within 6 h")

	wantBadInput(t, storeRun(t, dir, "week", "--apply", "--today", "2026-11-01"), "week: --today 2026-11-01 is before 2026-11-23")
	wantBadInput(t, storeRun(t, dir, "week", "--today", "2026-13-01"), "--today")
	if out := mustStore(t, dir, "week"); !strings.Contains(flat(out), "Plan 2 (DVA-C03) is planned within 6 h") {
		t.Fatalf("a refused week --apply changed the plans:\n%s", out)
	}
	wantIn(t, "week --apply --today", flat(mustStore(t, dir, "week", "--apply", "--today", "2026-12-01")),
		"Your plans were re-planned within your week", "Plan 2 (DVA-C03), version 2: ")
	var p struct {
		Today string `json:"today"`
	}
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", "2", "--json")), &p); err != nil || p.Today != "2026-12-01" {
		t.Errorf("plan 2 was re-planned from %q (%v), want 2026-12-01", p.Today, err)
	}
}

// TestShowJSONCarriesTheWeekNote: show --json says in week_note the
// sentence text show prints for a plan planned within another week than
// the learner's, and leaves the field out for a plan within it.
func TestShowJSONCarriesTheWeekNote(t *testing.T) {
	dir := mixedWeeksFolder(t)
	note := func(id string) (string, bool) {
		var p map[string]any
		if err := json.Unmarshal([]byte(mustStore(t, dir, "show", id, "--json")), &p); err != nil {
			t.Fatal(err)
		}
		v, ok := p["week_note"].(string)
		return v, ok
	}
	want := "Plan 2 (DVA-C03) is planned within 6 h (Mon–Fri 1:12 h), no holidays, not your week of " +
		"8 h (Mon–Fri 1:36 h), holidays of DE: certplan week --apply re-plans it within yours."
	if got, _ := note("2"); got != want {
		t.Errorf("show 2 --json week_note = %q, want %q", got, want)
	}
	if !strings.Contains(flat(mustStore(t, dir, "show", "2")), want) {
		t.Errorf("text show 2 does not say %q", want)
	}
	if got, ok := note("1"); ok {
		t.Errorf("show 1 --json, within the week, has week_note %q", got)
	}
}

// TestEditGivenThePlansOwnHoursMakesThemYourWeek: plan 2, planned within
// 6 h and no holidays against the learner's 8 h with holidays of DE, edited
// with --hours 6 (its own) makes its week the learner's, re-plans plan 1
// within it and says so as other week changes do; then no plan is outside
// the week. An edit of the exam day alone names no week and changes none.
func TestEditGivenThePlansOwnHoursMakesThemYourWeek(t *testing.T) {
	dir := mixedWeeksFolder(t)
	if out := mustStore(t, dir, "edit", "2", "--exam", "2027-03-16"); strings.Contains(out, "Your week is now") {
		t.Errorf("an edit of the exam day alone changed the week:\n%s", out)
	}
	out := flat(mustStore(t, dir, "edit", "2", "--hours", "6"))
	wantIn(t, "edit 2 --hours 6", out, "Plan 2 changed as version 3",
		"Your week is now 6 h (Mon–Fri 1:12 h), no holidays, for all your plans.", "Plan 1 (SAA-C03), version 2: ")
	wantIn(t, "week after the edit", mustStore(t, dir, "week"),
		"Your week: 6 h (Mon–Fri 1:12 h), no holidays, for all your plans.\n", "All your active plans are planned within it.\n")
}

// TestUnarchiveWithUnsavedSettingsTakesYourWeek: imported data whose
// settings were never saved has the newest plan's week as the learner's;
// plan 1, archived within another, comes back within that week, says so,
// and is not outside the week afterwards.
func TestUnarchiveWithUnsavedSettingsTakesYourWeek(t *testing.T) {
	src := t.TempDir()
	mustStore(t, src, "new", "--cert", "SAA-C03", "--hours", "8", "--country", "DE")
	mustStore(t, src, "archive", "1")
	mustStore(t, src, "new", "--cert", "DVA-C03", "--exam", "2027-03-15", "--hours", "6")
	file := filepath.Join(t.TempDir(), "export.json")
	mustStore(t, src, "export-data", file)
	var x map[string]any
	b, err := os.ReadFile(file)
	if err != nil || json.Unmarshal(b, &x) != nil {
		t.Fatalf("read the export: %v", err)
	}
	x["settings"] = nil
	if b, err = json.Marshal(x); err != nil || os.WriteFile(file, b, 0o600) != nil {
		t.Fatalf("write the export without settings: %v", err)
	}
	dir := t.TempDir()
	mustStore(t, dir, "import-data", file)

	wantIn(t, "unarchive 1", flat(mustStore(t, dir, "unarchive", "1")),
		"Plan 1 is active again, re-planned from 2026-11-23 around your other plans and within your week, 6 h (Mon–Fri 1:12 h), holidays of DE.")
	wantIn(t, "week after unarchive", mustStore(t, dir, "week"),
		"Your week: 6 h (Mon–Fri 1:12 h), holidays of DE, for all your plans.\n", "All your active plans are planned within it.\n")
}
