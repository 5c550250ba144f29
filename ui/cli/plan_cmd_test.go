package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"io"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// badPlanInputs are plan arguments that must each give status 2 and one line
// naming the input. FuzzPlanArgs is seeded from them too.
var badPlanInputs = []badInputCase{
	{"no cert", []string{}, "--cert"},
	{"unknown cert", []string{"--cert", "NOPE"}, "NOPE"},
	{"cert without value", []string{"--cert"}, "--cert"},
	{"malformed date", []string{"--cert", "SAA-C03", "--exam", "next friday"}, "--exam"},
	{"impossible date", []string{"--cert", "SAA-C03", "--exam", "2026-02-30"}, "2026-02-30"},
	{"exam before start", []string{"--cert", "SAA-C03", "--start", "2027-03-01", "--exam", "2027-01-01"}, "--exam"},
	{"exam in the past", []string{"--cert", "SAA-C03", "--start", "2026-01-01", "--exam", "2026-06-01"}, "--exam"},
	{"exam too far", []string{"--cert", "SAA-C03", "--exam", "2035-01-01"}, "2035-01-01"},
	{"start out of range", []string{"--cert", "SAA-C03", "--start", "1066-10-14"}, "--start"},
	{"negative hours", []string{"--cert", "SAA-C03", "--hours", "-5"}, "--hours"},
	{"absurd week", []string{"--cert", "SAA-C03", "--hours", "200"}, "--hours"},
	{"no hours", []string{"--cert", "SAA-C03", "--hours", "0"}, "--hours: a week of 0 study hours plans nothing"},
	{"no day with hours", []string{"--cert", "SAA-C03", "--weekdays", "mon=0,sat=0"}, "--weekdays: a week of 0 study hours"},
	{"absurd day", []string{"--cert", "SAA-C03", "--hours", "90"}, "--hours"},
	{"hours not a number", []string{"--cert", "SAA-C03", "--hours", "ten"}, "--hours"},
	{"hours NaN", []string{"--cert", "SAA-C03", "--hours", "NaN"}, "--hours"},
	{"hours and weekdays", []string{"--cert", "SAA-C03", "--hours", "5", "--weekdays", "mon=1"}, "--weekdays"},
	{"weekdays malformed", []string{"--cert", "SAA-C03", "--weekdays", "monday2"}, "--weekdays"},
	{"weekdays unknown day", []string{"--cert", "SAA-C03", "--weekdays", "funday=2"}, "--weekdays"},
	{"weekdays too long a day", []string{"--cert", "SAA-C03", "--weekdays", "sat=20"}, "--weekdays"},
	{"weekdays twice a day", []string{"--cert", "SAA-C03", "--weekdays", "mon=1,mon=2"}, "--weekdays"},
	{"unknown country", []string{"--cert", "SAA-C03", "--country", "XX"}, "--country"},
	{"unknown experience", []string{"--cert", "SAA-C03", "--experience", "guru"}, "--experience"},
	{"unknown order", []string{"--cert", "SAA-C03", "--order", "alphabet"}, "--order"},
	{"off malformed", []string{"--cert", "SAA-C03", "--off", "christmas"}, "--off"},
	{"off backwards", []string{"--cert", "SAA-C03", "--off", "2027-01-05..2027-01-01"}, "--off"},
	{"held unknown", []string{"--cert", "SAA-C03", "--held", "CLF-C02,XYZ-C01"}, "XYZ-C01"},
	{"held malformed", []string{"--cert", "SAA-C03", "--held", "@2024-01-01"}, "--held"},
	{"held bad date", []string{"--cert", "SAA-C03", "--held", "CLF-C02@2024-02-30"}, "--held"},
	{"held in the future", []string{"--cert", "SAA-C03", "--held", "CLF-C02@2027-01-01"}, "--held"},
	{"done unknown topic", []string{"--cert", "SAA-C03", "--done", "1.1,9.9"}, "9.9"},
	{"override negative", []string{"--cert", "SAA-C03", "--hours-override", "-1"}, "--hours-override"},
	{"unknown flag", []string{"--cert", "SAA-C03", "--hurry"}, "-hurry"},
	{"stray argument", []string{"--cert", "SAA-C03", "soon"}, `"soon"`},
	{"json with a value", []string{"--cert", "SAA-C03", "--json=yes"}, "--json"},
}

func TestPlanBadInput(t *testing.T) { wantEachBadInput(t, "plan", badPlanInputs) }

func TestPlanUnknownTopicSuggestsClosest(t *testing.T) {
	r := cliRun(t, "plan", "--cert", "SAA-C03", "--done", "1.6")
	wantBadInput(t, r, "1.6")
	if !strings.Contains(r.stderr, "SAA-C03:1.") {
		t.Errorf("stderr %q names no close topic", r.stderr)
	}
}

// planJSON runs plan --json and decodes it, failing on anything but status 0.
func planJSON(t *testing.T, args ...string) (planner.Plan, map[string]any) {
	t.Helper()
	r := cliRun(t, append([]string{"plan", "--json"}, args...)...)
	if r.status != exitOK || r.stderr != "" {
		t.Fatalf("plan %v: status %d, stderr %q", args, r.status, r.stderr)
	}
	var p planner.Plan
	var fields map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &p); err != nil {
		t.Fatalf("plan --json is not a plan: %v", err)
	}
	if err := json.Unmarshal([]byte(r.stdout), &fields); err != nil {
		t.Fatal(err)
	}
	return p, fields
}

func TestPlanOrderFlag(t *testing.T) {
	for _, c := range []struct{ flag, want string }{{"", "weight"}, {"guide", "guide"}, {"WEIGHT", "weight"}} {
		args := []string{"--cert", "SCS-C03"}
		if c.flag != "" {
			args = append(args, "--order", c.flag)
		}
		_, fields := planJSON(t, args...)
		if got := fields["inputs"].(map[string]any)["order"]; got != c.want {
			t.Errorf("--order %q: inputs.order %v, want %s", c.flag, got, c.want)
		}
	}
	r := cliRun(t, "plan", "--cert", "SCS-C03", "--order", "guide")
	if !strings.Contains(r.stdout, "Order:") || !strings.Contains(r.stdout, "the exam guide's domain order") {
		t.Errorf("the report does not say the order:\n%s", r.stdout)
	}
}

func TestPlanJSONHasTheContractFields(t *testing.T) {
	p, fields := planJSON(t, "--cert", "SAA-C03")
	for _, k := range []string{"cert", "start", "exam", "feasible", "required_hours", "capacity_hours", "shortfall_hours",
		"earliest_exam", "hours_per_week_needed", "domains", "weeks", "warnings"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("plan JSON lacks %q", k)
		}
	}
	if p.Exam != "SAA-C03" {
		t.Errorf("cert %s, want SAA-C03", p.Exam)
	}
	if today := catalog.DateFromTime(fixedToday); p.Start != today {
		t.Errorf("start %s, want today %s", p.Start, today)
	}
	if !p.ExamDateProposed || !p.Feasible {
		t.Errorf("exam date proposed %v, feasible %v; want both true", p.ExamDateProposed, p.Feasible)
	}
	if len(p.Weeks) == 0 || len(p.Weeks[0].Items) == 0 || len(p.Weeks[0].Sessions) == 0 {
		t.Fatalf("the first week has no items or sessions")
	}
	item := fields["weeks"].([]any)[0].(map[string]any)["items"].([]any)[0].(map[string]any)
	for _, k := range []string{"topic", "domain", "title", "hours", "kind"} {
		if _, ok := item[k]; !ok {
			t.Errorf("week item lacks %q", k)
		}
	}
}

func TestPlanJSONListsAreNeverNull(t *testing.T) {
	r := cliRun(t, "plan", "--json", "--cert", "SAA-C03", "--weekdays", "sun=0.25") // no date fits: no weeks
	if r.status != exitOK {
		t.Fatalf("status %d, stderr %s", r.status, r.stderr)
	}
	for _, want := range []string{`"weeks": []`, `"held": []`, `"time_off": []`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("plan JSON lacks %s", want)
		}
	}
	r = cliRun(t, "plan", "--json", "--cert", "SAA-C03", "--exam", "2027-06-01", "--hours", "20")
	if !strings.Contains(r.stdout, `"warnings": []`) {
		t.Errorf("a plan without warnings does not print \"warnings\": []")
	}
}

func TestPlanTextVerdict(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"fits with proposed date", []string{"--cert", "SAA-C03"},
			[]string{"Fits: ", " h needed, ", " h available.", "(proposed", "10 h a week", "the default"}},
		{"does not fit", []string{"--cert", "SAA-C03", "--exam", "2027-01-05", "--hours", "5"},
			[]string{"Does not fit: ", " h short.", "Earliest exam date that fits at these hours: ", " h a week to keep 2027-01-05."}},
		{"nothing fits", []string{"--cert", "SAA-C03", "--weekdays", "sun=0.25"}, []string{"Does not fit: ", "no exam date within five years"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cliRun(t, append([]string{"plan"}, c.args...)...)
			if r.status != exitOK {
				t.Fatalf("status %d, stderr %s", r.status, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("report lacks %q:\n%s", w, r.stdout)
				}
			}
			wantShortLines(t, r.stdout)
			wantNoCrash(t, r)
		})
	}
}

func TestPlanTextListsWeeksCreditAndDaysOff(t *testing.T) {
	r := cliRun(t, "plan", "--cert", "DOP-C02", "--held", "SAA-C03@2025-01-10", "--country", "DE",
		"--off", "2027-02-01..2027-02-03", "--exam", "2027-06-01")
	for _, want := range []string{"Credit for certifications you hold", "you hold SAA-C03", "Hours by domain",
		"2026-11-23..2026-11-29", "day off   2026-12-25 ", "day off   2027-02-02 time off", "Germany"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestPlanHoursAndWeekdaysSpread(t *testing.T) {
	even, _ := planJSON(t, "--cert", "CLF-C02", "--hours", "7.5")
	if want := planner.Even(7.5); even.Inputs.Hours != want {
		t.Errorf("--hours 7.5 gave %v, want %v", even.Inputs.Hours, want)
	}
	weekend, _ := planJSON(t, "--cert", "CLF-C02", "--weekdays", "Sat=4,sunday=3.5")
	if want := (planner.Weekdays{5: 4, 6: 3.5}); weekend.Inputs.Hours != want {
		t.Errorf("--weekdays gave %v, want %v", weekend.Inputs.Hours, want)
	}
	for _, w := range weekend.Weeks {
		for _, s := range w.Sessions {
			if s.Date.MondayIndex() < 5 {
				t.Fatalf("a weekend-only plan studies on %s", s.Date)
			}
		}
	}
	def, _ := planJSON(t, "--cert", "CLF-C02")
	if def.Inputs.Hours != planner.Even(planner.DefaultWeekHours) {
		t.Errorf("default hours %v, want %v", def.Inputs.Hours, planner.Even(planner.DefaultWeekHours))
	}
}

func TestPlanDoneReducesRequiredHours(t *testing.T) {
	base, _ := planJSON(t, "--cert", "SAA-C03", "--exam", "2027-06-01")
	done, _ := planJSON(t, "--cert", "SAA-C03", "--exam", "2027-06-01", "--done", "1.1, SAA-C03:1.2")
	if !(done.RequiredHours < base.RequiredHours) || done.DoneHours <= 0 {
		t.Errorf("required %v -> %v, done %v: --done should reduce the hours", base.RequiredHours, done.RequiredHours, done.DoneHours)
	}
	if diff := base.RequiredHours - done.RequiredHours; diff-done.DoneHours > 0.01 || done.DoneHours-diff > 0.01 {
		t.Errorf("required fell by %v but done is %v", diff, done.DoneHours)
	}
}

func TestPlanExamDateAndStartDefaults(t *testing.T) {
	p, _ := planJSON(t, "--cert", "SAA-C03", "--today", "2027-01-04", "--exam", "2027-05-03")
	if p.Start.String() != "2027-01-04" || p.ExamDate.String() != "2027-05-03" || p.ExamDateProposed {
		t.Errorf("start %s exam %s proposed %v; want --today as start and the given exam", p.Start, p.ExamDate, p.ExamDateProposed)
	}
}

func TestPlanFlagsAreReusable(t *testing.T) {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := bindPlanFlags(fs, false)
	if _, err := parse(fs, []string{"--cert", "saa-c03", "--weekdays", "mon=2,sat=5", "--off", "2026-12-24"}); err != nil {
		t.Fatal(err)
	}
	e := &env{cat: mustCatalog(t), today: catalog.DateFromTime(fixedToday)}
	in, err := o.input(e)
	if err != nil {
		t.Fatal(err)
	}
	if in.Exam != "SAA-C03" {
		t.Errorf("input exam %q, want SAA-C03 from the flags", in.Exam)
	}
	if in.Hours[5] != 5 {
		t.Errorf("input hours %v, want 5 on Saturday from the flags", in.Hours)
	}
	if len(in.TimeOff) != 1 {
		t.Errorf("input time off %v, want the one span from the flags", in.TimeOff)
	}
	if in.Start != e.today {
		t.Errorf("input start %s, want today %s", in.Start, e.today)
	}
	o.hours.set = true
	var usage *UsageError
	if _, err := o.input(e); !errors.As(err, &usage) {
		t.Errorf("--hours with --weekdays: error %v, want a UsageError", err)
	}
}

func mustCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestFlagsOnlyCommandsRefuseArguments: plan and advise take flags only and
// say which flag to give instead of a word.
func TestFlagsOnlyCommandsRefuseArguments(t *testing.T) {
	for cmd, want := range map[string]string{
		"advise": `advise: unexpected "extra": advise takes flags only, such as --role developer (see --help)`,
		"plan":   `plan: unexpected "extra": plan takes flags only, such as --cert SAA-C03 (see --help)`,
	} {
		r := cliRun(t, cmd, "extra")
		if r.status != exitUsage {
			t.Errorf("%s extra: status %d, want %d", cmd, r.status, exitUsage)
		}
		if !strings.Contains(r.stderr, want) {
			t.Errorf("%s extra: stderr %q, want it to say %q", cmd, r.stderr, want)
		}
	}
}
