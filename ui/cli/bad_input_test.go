package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badInputCase is one refused command: its arguments and what its one
// line must name.
type badInputCase struct {
	name  string
	args  []string
	names string
}

// wantEachBadInput runs command cmd with each case's arguments: each is
// refused as bad input that names what it must, and prints nothing.
func wantEachBadInput(t *testing.T, cmd string, cases []badInputCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cliRun(t, append([]string{cmd}, c.args...)...)
			wantBadInput(t, r, c.names)
			if r.stdout != "" {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
		})
	}
}

// refusedInputs are inputs that would have saved impossible data; {file:X}
// stands for an import file holding X in place of a good export's value.
var refusedInputs = []badInputCase{
	{"replan today 9999", []string{"replan", "1", "--today", "9999-12-31"}, "--today 9999-12-31 is out of range"},
	{"exam add year 1", []string{"exam", "add", "CLF-C02", "0001-01-01", "--status", "passed"}, "0001-01-01 is out of range"},
	{"exam add 1999", []string{"exam", "add", "CLF-C02", "1999-06-01", "--status", "passed"}, "1999-06-01 is out of range"},
	{"exam add 2101", []string{"exam", "add", "SAA-C03", "2101-01-01", "--status", "booked"}, "2101-01-01 is out of range"},
	{"pass before the exam existed", []string{"exam", "add", "CLF-C02", "2023-01-01", "--status", "passed"}, "CLF-C02 could first be taken on 2023-09-19"},
	{"tick on 1999", []string{"tick", "1", "1.1", "--on", "1999-12-31"}, "--on 1999-12-31 is out of range"},
	{"new held 9999", []string{"new", "--cert", "SAA-C03", "--held", "CLF-C02@9999-12-31"}, "9999-12-31 is out of range"},
	{"new held before the exam", []string{"new", "--cert", "SAA-C03", "--held", "CLF-C02@2020-01-01"}, "CLF-C02 could first be taken on 2023-09-19"},
	{"new exam 2101", []string{"new", "--cert", "SAA-C03", "--exam", "2101-01-01"}, "--exam 2101-01-01 is out of range"},
	{"new off 1999", []string{"new", "--cert", "SAA-C03", "--off", "1999-12-30..2000-01-02"}, "1999-12-30 is out of range"},
	{"new name too long", []string{"new", "--cert", "SAA-C03", "--name", strings.Repeat("n", 201)}, "at most 200 characters"},
	{"score 0", []string{"exam", "add", "SAA-C03", "2026-11-20", "--status", "failed", "--score", "0"}, "--score 0 is not a scaled score"},
	{"pass below passing", []string{"exam", "add", "SAA-C03", "2026-11-20", "--status", "passed", "--score", "700"}, "needs a score of at least 720"},
	{"fail above passing", []string{"exam", "add", "SAA-C03", "2026-11-20", "--status", "failed", "--score", "800"}, "800 passes SAA-C03"},
	{"booking in the past", []string{"exam", "add", "SAA-C03", "2026-11-01", "--status", "booked"}, "not 2026-11-01"},
	{"booking a retired exam", []string{"exam", "add", "DVA-C02", "2027-01-10", "--status", "booked"}, "certplan: DVA-C02 cannot be taken after 2026-11-30; plan DVA-C03 instead"},
	{"booking after the last day", []string{"exam", "add", "ANS-C01", "2027-01-10", "--status", "booked"}, "ANS-C01 cannot be taken after 2026-12-31"},
	{"set pass with the fail's score", []string{"exam", "set", "1", "--status", "passed"}, "needs a score of at least 720, not 640"},
	{"set score 2000", []string{"exam", "set", "1", "--status", "failed", "--score", "2000"}, "2000 is not a scaled score"},
	{"import pass 9999", []string{"import-data", "{file:9999-12-31}"}, "9999-12-31 is out of range"},
	{"import future pass", []string{"import-data", "{file:2026-12-24}"}, "not 2026-12-24"},
	{"import name too long", []string{"import-data", "{file:" + strings.Repeat("n", 201) + "}"}, "longer than 200 characters"},
	{"new name with escapes", []string{"new", "--cert", "SAA-C03", "--name", "a\nb\x1b[31mred"}, "A plan's name cannot hold control characters"},
	{"import name with escapes", []string{"import-data", `{file:nnn\u001b[2J\u001b[31mPWNED\nline2}`}, "plan 1 has a name with control characters"},
	{"new name reversed", []string{"new", "--cert", "SAA-C03", "--name", "exam \u202efdp.exe"}, "A plan's name cannot hold invisible formatting characters"},
	{"new name with a zero-width space", []string{"new", "--cert", "SAA-C03", "--name", "Archi\u200btect"}, "A plan's name cannot hold invisible formatting characters"},
	{"import name reversed", []string{"import-data", `{file:nnn\u202eexe.fdp}`}, "plan 1 has a name with invisible formatting characters"},
	{"import topic of another exam", []string{"import-data", "{file:DVA-C02:1.1}"}, `"DVA-C02:1.1", which is not a topic`},
	{"import unknown exam", []string{"import-data", "{file:ZZZ-C01}"}, `"ZZZ-C01", which is not in the catalog`},
	{"import a list", []string{"import-data", "{file:[]}"}, "it holds a list where an object belongs"},
	{"import a header alone", []string{"import-data", "{file:header}"}, `it has no "plans", which every certplan data export has`},
	{"import study in time off", []string{"import-data", "{file:time off}"},
		"version 1's schedule has 1.5 h of study on 2026-11-24, a day its input keeps free (time off)"},
}

// badImportFile writes a good export of dir with one value replaced, per
// the {file:X} placeholders of refusedInputs.
func badImportFile(t *testing.T, good, value string) string {
	t.Helper()
	doc := good
	switch {
	case value == "[]":
		doc = "[" + good + "]"
	case value == "header": // QA #16: it would replace every plan with nothing
		doc = `{"format":"certplan-data","version":1}`
	case strings.HasPrefix(value, "20") || strings.HasPrefix(value, "99"):
		doc = strings.Replace(good, `"date": "2026-11-02"`, `"date": "`+value+`"`, 1)
	case strings.HasPrefix(value, "nnn"):
		doc = strings.Replace(good, `"name": "Architect"`, `"name": "`+value+`"`, 1)
	case value == "time off": // the input's, before the schedule's echo of it
		doc = strings.Replace(good, `"time_off": null`, `"time_off": [{"from": "2026-11-24", "to": "2026-11-24"}]`, 1)
	case value == "ZZZ-C01":
		doc = strings.Replace(good, `"exam": "SAA-C03"`, `"exam": "ZZZ-C01"`, 1)
	default: // the last mention of the topic: its progress history, after the schedules
		if i := strings.LastIndex(good, `"topic": "SAA-C03:1.1"`); i >= 0 {
			doc = good[:i] + `"topic": "` + value + `"` + good[i+len(`"topic": "SAA-C03:1.1"`):]
		}
	}
	if doc == good {
		t.Fatalf("the export has nothing to replace with %.20s", value)
	}
	path := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBadInputIsRefusedAndChangesNothing: each input exits 2 with one line
// naming what is wrong, and the data file is byte-for-byte what it was.
func TestBadInputIsRefusedAndChangesNothing(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.1")
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-02", "--status", "failed", "--score", "640")
	good := mustStore(t, dir, "export-data", "-")
	db := filepath.Join(dir, "certplan.db")
	for _, c := range refusedInputs {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string(nil), c.args...)
			if v, ok := strings.CutPrefix(args[len(args)-1], "{file:"); ok {
				args[len(args)-1] = badImportFile(t, good, strings.TrimSuffix(v, "}"))
			}
			before, err := os.ReadFile(db)
			if err != nil {
				t.Fatal(err)
			}
			wantBadInput(t, storeRun(t, dir, args...), c.names)
			if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
				t.Error("the data file changed")
			}
		})
	}
	if out := mustStore(t, dir, "export-data", "-"); cut(out) != cut(good) {
		t.Error("the data differs after the refused inputs")
	}
}

// TestExamSetKeepsTheScore: a status change without --score keeps the
// stored score; a booking or cancellation has none.
func TestExamSetKeepsTheScore(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-02", "--status", "failed", "--score", "640")
	if out := mustStore(t, dir, "exam", "set", "1", "--status", "failed", "--notes", "retake soon"); !strings.Contains(out, "(score 640)") {
		t.Errorf("exam set without --score printed %q, want the score kept", out)
	}
	if out := mustStore(t, dir, "exam", "set", "1", "--status", "cancelled"); strings.Contains(out, "score") {
		t.Errorf("a cancelled attempt keeps a score: %q", out)
	}
	if out := mustStore(t, dir, "exam", "set", "1", "--status", "passed", "--score", "720"); !strings.Contains(out, "passed (score 720)") {
		t.Errorf("exam set --score 720 printed %q", out)
	}
}
