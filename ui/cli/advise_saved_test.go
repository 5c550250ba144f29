package cli

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/advisor"
)

// savedLearner saves, in a fresh folder, an SAA-C03 plan at 8 h a week and
// a passed CLF-C02, and returns the folder.
func savedLearner(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--exam", "2027-03-15", "--hours", "8")
	mustStore(t, dir, "exam", "add", "CLF-C02", "2024-05-01", "--status", "passed", "--score", "800")
	return dir
}

// desktopProfile is the profile the desktop's advisor builds for a
// developer with two years on AWS from dir's data, read through the
// services it used before both read storage.AdvisorData: the
// certifications, the settings' hours, the plans and the budget's taken
// hours. The folder is closed again before it returns.
func desktopProfile(t *testing.T, dir string) advisor.Profile {
	t.Helper()
	db := openStore(t, dir)
	defer db.Close()
	ctx, today := t.Context(), catalog.DateFromTime(fixedToday)
	certs, err := db.Certifications(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := db.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plans, err := db.Plans(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.Budget(ctx, 0, today)
	if err != nil {
		t.Fatal(err)
	}
	return advisor.Profile{Role: advisor.Developer, Years: 2, Today: today, Held: planner.Credits(certs),
		HoursPerWeek: st.WithDefaults().Hours.Total(), Plans: plans, Taken: b.Taken}
}

// wantSameAdvice checks that advise --json printed advisor.Advise's advice
// on profile p, and returns its basis.
func wantSameAdvice(t *testing.T, r cliResult, p advisor.Profile) adviceBasis {
	t.Helper()
	if r.status != exitOK || r.stderr != "" {
		t.Fatalf("status %d, stderr %q", r.status, r.stderr)
	}
	want, err := advisor.Advise(mustCatalog(t), p)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	var out struct {
		Basis adviceBasis `json:"basis"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || json.Unmarshal([]byte(r.stdout), &out) != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	delete(got, "basis")
	if wantJSON := asJSONValue(t, want); !reflect.DeepEqual(got, wantJSON) {
		t.Errorf("advise --json gave\n%v\nwant the advice on the desktop's profile\n%v", got, wantJSON)
	}
	return out.Basis
}

// asJSONValue is v as JSON decodes it into a map.
func asJSONValue(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	var m map[string]any
	if err == nil {
		err = json.Unmarshal(b, &m)
	}
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestAdviseReadsTheSavedLearner: with a saved SAA-C03 plan at 8 h a week
// and a held CLF-C02, advise advises as the desktop does for them: at 8 h
// a week, around the plan, never SAA-C03 again, and CLF renewed by the plan.
func TestAdviseReadsTheSavedLearner(t *testing.T) {
	dir := savedLearner(t)
	basis := wantSameAdvice(t, storeRun(t, dir, "advise", "--role", "developer", "--years", "2", "--json"), desktopProfile(t, dir))
	want := adviceBasis{HoursPerWeek: 8, HoursFrom: fromWeek, HeldFrom: fromData,
		Held: []planner.HeldCert{{Code: "CLF-C02", Earned: catalogtest.Date(t, "2024-05-01")}}}
	if !reflect.DeepEqual(basis, want) {
		t.Errorf("basis %+v, want %+v", basis, want)
	}

	out := mustStore(t, dir, "advise", "--role", "developer", "--years", "2")
	wantIn(t, "advise", strings.Join(strings.Fields(out), " "), "Advising with 8 h a week from your week and the certifications you hold (CLF-C02). Next: ",
		" Roadmap at 8 h a week ", "You are already preparing for SAA-C03 (exam 2027-03-15)",
		"renewed when you pass SAA-C03 on 2027-03-15 (your plan 1)")
	if strings.Contains(out, "At 10 hours") || strings.Contains(out, "Next: SAA-C03") || strings.Contains(out, "  SAA-C03  ") {
		t.Errorf("advice at 10 h or proposing the planned SAA-C03:\n%s", out)
	}
}

// TestAdviseFlagsAreWhatIfs: --held replaces the held certifications and
// --hours the week's hours; the saved plan still counts.
func TestAdviseFlagsAreWhatIfs(t *testing.T) {
	dir := savedLearner(t)
	p := desktopProfile(t, dir)
	p.Held, p.HoursPerWeek = []planner.HeldCert{{Code: "AIF-C01", Earned: catalogtest.Date(t, "2025-06-01")}}, 12
	basis := wantSameAdvice(t, storeRun(t, dir, "advise", "--role", "developer", "--years", "2", "--json",
		"--held", "AIF-C01@2025-06-01", "--hours", "12"), p)
	if basis.HoursFrom != fromFlag || basis.HeldFrom != fromFlag || basis.HoursPerWeek != 12 {
		t.Errorf("basis %+v, want hours and held from the flags", basis)
	}
	out := mustStore(t, dir, "advise", "--role", "developer", "--years", "2", "--held", "AIF-C01@2025-06-01", "--hours", "12")
	wantIn(t, "advise", out, "\nRoadmap at 12 h a week\n", "You are already preparing for SAA-C03", "  1  DVA-C03 ")
	if strings.Contains(out, "Advising with") {
		t.Errorf("says it used the saved data though both were given:\n%s", out)
	}

	out = mustStore(t, dir, "advise", "--role", "developer", "--years", "2", "--hours", "12")
	wantIn(t, "advise --hours", out, "Advising with the certifications you hold (CLF-C02).\n", "\nRoadmap at 12 h a week\n")
	out = mustStore(t, dir, "advise", "--role", "developer", "--years", "2", "--held", "AIF-C01@2025-06-01")
	wantIn(t, "advise --held", out, "Advising with 8 h a week from your week.\n")
}

// TestAdviseOnFreshDataIsAsBefore: with nothing saved the advice is the
// flags' alone, at 10 h a week, and says nothing of the learner's data.
func TestAdviseOnFreshDataIsAsBefore(t *testing.T) {
	today := catalog.DateFromTime(fixedToday)
	p := advisor.Profile{Role: advisor.Developer, Years: 2, Today: today, HoursPerWeek: planner.DefaultWeekHours}
	basis := wantSameAdvice(t, adviseRun(t, "advise", "--role", "developer", "--years", "2", "--json"), p)
	if want := (adviceBasis{HoursPerWeek: 10, HoursFrom: fromDefault, HeldFrom: fromData, Held: []planner.HeldCert{}}); !reflect.DeepEqual(basis, want) {
		t.Errorf("basis %+v, want %+v", basis, want)
	}
	out := adviseRun(t, "advise", "--role", "developer", "--years", "2").stdout
	if !strings.HasPrefix(out, "Next: ") || !strings.Contains(out, "\nRoadmap at 10 h a week\n") {
		t.Errorf("fresh advice does not start with Next or is not at 10 h a week:\n%s", out)
	}
}

// TestAdviseRefusesAWeekItCannotSpread: a week of more hours than advise
// spreads over Monday to Friday asks for --hours, and --hours answers.
func TestAdviseRefusesAWeekItCannotSpread(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--weekdays", "mon=16,tue=16,wed=16,thu=16,fri=16,sat=16,sun=16")
	wantBadInput(t, storeRun(t, dir, "advise", "--role", "developer"), "your week has 112 h a week, and advise spreads 1 to 80")
	mustStore(t, dir, "advise", "--role", "developer", "--hours", "20")
}
