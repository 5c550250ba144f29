package cli

import (
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// shownID is show --json of plan id in dir.
func shownID(t *testing.T, dir string, id int) shownPlan {
	t.Helper()
	var s shownPlan
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", strconv.Itoa(id), "--json")), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// desktopHeld is what the desktop's set-up fills in as held from dir's
// data on the tests' day, and its advisor lists as held: planner.HeldOn of
// the certifications storage lists. The folder is closed again before it
// returns.
func desktopHeld(t *testing.T, dir string) []planner.HeldCert {
	t.Helper()
	db := openStore(t, dir)
	defer db.Close()
	certs, err := db.Certifications(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return planner.HeldOn(certs, catalog.DateFromTime(fixedToday))
}

// TestNewCountsTheLoggedHeldAsTheDesktopDoes: without --held, new and
// plan credit the certifications logged with exam add that are valid
// today, the ones the desktop's set-up fills in, so the plan has the
// desktop's hours; a lapsed one counts nowhere. The plan keeps them: a
// pass logged later and a re-plan add none.
func TestNewCountsTheLoggedHeldAsTheDesktopDoes(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2025-03-01", "--status", "passed")
	mustStore(t, dir, "exam", "add", "SAA-C02", "2022-01-10", "--status", "passed") // lapsed on 2025-01-10
	wantIn(t, "certs", mustStore(t, dir, "certs"), "CLF-C02", "SAA-C02")
	desk := desktopHeld(t, dir)
	want := []planner.HeldCert{{Code: "CLF-C02", Earned: catalogtest.Date(t, "2025-03-01")}}
	if !slices.Equal(desk, want) {
		t.Fatalf("the desktop counts %v as held, want %v", desk, want)
	}
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10")
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10", "--held", "none", "--name", "no credit")
	counted, none := shownID(t, dir, 1), shownID(t, dir, 2)
	if !slices.Equal(counted.Inputs.Held, desk) {
		t.Errorf("new without --held holds %v, want the desktop's %v", counted.Inputs.Held, desk)
	}
	if len(none.Inputs.Held) != 0 || counted.TotalHours >= none.TotalHours {
		t.Errorf("new --held none holds %v with %v h, the other %v h: want none held and more hours",
			none.Inputs.Held, none.TotalHours, counted.TotalHours)
	}
	db := openStore(t, dir)
	saved, err := db.Plan(t.Context(), 1)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	in := saved.Input
	in.Held, in.Today = desk, catalog.DateFromTime(fixedToday)
	if p, err := planner.Build(mustCatalog(t), in); err != nil || p.TotalHours != counted.TotalHours {
		t.Errorf("the desktop's input plans %v h (%v), new %v h", p.TotalHours, err, counted.TotalHours)
	}
	mustStore(t, dir, "exam", "add", "AIF-C01", "2026-11-20", "--status", "passed")
	for id, held := range map[int][]planner.HeldCert{1: desk, 2: nil} {
		mustStore(t, dir, "replan", strconv.Itoa(id))
		if s := shownID(t, dir, id); !slices.Equal(s.Inputs.Held, held) {
			t.Errorf("plan %d re-planned after a pass holds %v, want %v", id, s.Inputs.Held, held)
		}
	}
	report := mustStore(t, dir, "plan", "--cert", "SAA-C03", "--today", "2026-11-19")
	wantIn(t, "plan", report, "Held:", "CLF-C02 (earned 2025-03-01)")
	if strings.Contains(report, "AIF-C01") {
		t.Errorf("plan --today 2026-11-19 counts AIF-C01, passed on 2026-11-20:\n%s", report)
	}
	if report := mustStore(t, dir, "plan", "--cert", "SAA-C03", "--held", "none"); strings.Contains(report, "Held:") {
		t.Errorf("plan --held none, with CLF-C02 logged, says what it holds:\n%s", report)
	}
	fresh := t.TempDir()
	if report := mustStore(t, fresh, "plan", "--cert", "SAA-C03"); strings.Contains(report, "Held:") {
		t.Errorf("plan with no data says what it holds:\n%s", report)
	}
	if entries, _ := os.ReadDir(fresh); len(entries) != 0 {
		t.Errorf("plan with no data left %d files in the data folder, want none", len(entries))
	}
}

// TestHeldNoneCountsNoneForAdvise: advise --held none advises as if no
// certification were held, and says it used none of the learner's.
func TestHeldNoneCountsNoneForAdvise(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2025-03-01", "--status", "passed")
	var mine, none adviceOutput
	for out, held := range map[*adviceOutput][]string{&mine: nil, &none: {"--held", "None"}} {
		args := append([]string{"advise", "--role", "developer", "--json"}, held...)
		if err := json.Unmarshal([]byte(mustStore(t, dir, args...)), out); err != nil {
			t.Fatal(err)
		}
	}
	if len(mine.Basis.Held) != 1 || mine.Basis.HeldFrom != fromData {
		t.Errorf("advise without --held used %v from %q, want CLF-C02 from your data", mine.Basis.Held, mine.Basis.HeldFrom)
	}
	if len(none.Basis.Held) != 0 || none.Basis.HeldFrom != fromFlag {
		t.Errorf("advise --held none used %v from %q, want none from the flag", none.Basis.Held, none.Basis.HeldFrom)
	}
	if text := mustStore(t, dir, "advise", "--role", "developer", "--held", "none"); strings.Contains(text, "certifications you hold") {
		t.Errorf("advise --held none says it used your certifications:\n%s", text)
	}
}

// TestHeldThatCannotBeRightIsOneLine: a --held value that cannot be right
// exits 2 with one line naming it, for plan and new alike, and new saves
// nothing.
func TestHeldThatCannotBeRightIsOneLine(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		held  []string
		names string
	}{
		{"empty", []string{"--held", ""}, `--held "" is not CODE[@YYYY-MM-DD]`},
		{"trailing comma", []string{"--held", "CLF-C02,"}, `--held "" is not CODE[@YYYY-MM-DD]`},
		{"no code", []string{"--held", "@2025-01-01"}, "is not CODE[@YYYY-MM-DD]"},
		{"unknown code", []string{"--held", "CLF-C2"}, `unknown exam code "CLF-C2": did you mean CLF-C02`},
		{"none among exams", []string{"--held", "none,CLF-C02"}, `unknown exam code "NONE"`},
		{"no such day", []string{"--held", "CLF-C02@2025-13-01"}, `"2025-13-01" is not a date`},
		{"no day after @", []string{"--held", "CLF-C02@"}, `"" is not a date`},
		{"after today", []string{"--held", "CLF-C02@2027-01-01"}, "after today"},
		{"before the exam existed", []string{"--held", "CLF-C02@2010-01-01"}, "could first be taken on 2023-09-19"},
		{"the same exam twice", []string{"--held", "CLF-C02,clf-c02@2025-01-01"}, "--held CLF-C02 is named twice"},
		{"the flag twice", []string{"--held", "CLF-C02", "--held", "SAA-C02"}, "--held is given twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, cmd := range []string{"plan", "new"} {
				r := storeRun(t, dir, append([]string{cmd, "--cert", "SAA-C03", "--hours", "10"}, tc.held...)...)
				wantBadInput(t, r, tc.names)
				if r.stdout != "" {
					t.Errorf("%s printed %q on stdout, want nothing", cmd, r.stdout)
				}
			}
		})
	}
	if out := mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10"); !strings.HasPrefix(out, "Saved plan 1 ") {
		t.Errorf("the first plan saved after the refusals printed %q, want plan 1", out)
	}
}
