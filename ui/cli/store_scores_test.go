package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"certplan/catalog"
)

func TestScoreAndScores(t *testing.T) {
	dir := newSavedPlan(t)
	today := catalog.DateFromTime(fixedToday)
	mustStore(t, dir, "score", "1", "--date", today.AddDays(-3).String(), "--overall", "68", "--domain", "1=55,2=70,3=80,4=60",
		"--source", "Official practice set")
	mustStore(t, dir, "score", "1", "--overall", "72%")
	var got shownScores
	if err := json.Unmarshal([]byte(mustStore(t, dir, "scores", "1", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Scores) != 2 {
		t.Fatalf("scores --json has %d scores (%+v), want 2", len(got.Scores), got.Scores)
	}
	if got.Scores[0].Overall != 68 || got.Scores[0].Domains["1"] != 55 {
		t.Errorf("first score %v overall, domain 1 %v; want 68 and 55", got.Scores[0].Overall, got.Scores[0].Domains["1"])
	}
	if got.Scores[1].Date != today {
		t.Errorf("second score dated %s, want today %s", got.Scores[1].Date, today)
	}
	if got.Readiness.Target != 80 {
		t.Errorf("readiness target %v, want the default 80", got.Readiness.Target)
	}
	if len(got.Readiness.ByDomain) != 4 || got.Readiness.ByDomain[0].Scores != 2 {
		t.Fatalf("readiness by domain %+v, want 4 domains, the first scored twice", got.Readiness.ByDomain)
	}
	text := mustStore(t, dir, "scores", "1", "--target", "85")
	for _, want := range []string{"68.0 %", "D1 55 %", "(Official practice set)", "your 85 % target", "below target"} {
		if !strings.Contains(text, want) {
			t.Errorf("scores text lacks %q:\n%s", want, text)
		}
	}
	sh := shown(t, dir)
	if want := "Readiness: " + sh.Readiness.OverallText() + "."; !strings.Contains(text, want) {
		t.Errorf("scores text lacks the readiness line the desktop and the PDF show, %q:\n%s", want, text)
	}
	if sh.Readiness.Target != 85 {
		t.Errorf("show --json readiness target %v, want the 85 set", sh.Readiness.Target)
	}
	if n := len(sh.Readiness.ByDomain); n != 4 {
		t.Errorf("show --json readiness has %d domains, want 4", n)
	}
	if sh.Readiness.Overall <= 0 {
		t.Errorf("show --json readiness overall %v, want above 0", sh.Readiness.Overall)
	}
	var raw map[string]map[string]json.RawMessage
	json.Unmarshal([]byte(mustStore(t, dir, "show", "1", "--json")), &raw)
	for _, key := range []string{"overall", "target", "ready", "by_domain"} {
		if _, ok := raw["readiness"][key]; !ok {
			t.Errorf("readiness has no %q", key)
		}
	}
}

func TestScoreBadInput(t *testing.T) {
	dir := newSavedPlan(t)
	tomorrow := catalog.DateFromTime(fixedToday).AddDays(1).String()
	for _, c := range []struct {
		name  string
		args  []string
		names string
	}{
		{"a domain the exam lacks", []string{"1", "--overall", "60", "--domain", "9=50"}, "domain 9"},
		{"percent over 100", []string{"1", "--overall", "101"}, "--overall"},
		{"domain percent below 0", []string{"1", "--overall", "60", "--domain", "2=-5"}, "--domain"},
		{"a future date", []string{"1", "--overall", "60", "--date", tomorrow}, tomorrow},
		{"no overall", []string{"1", "--domain", "1=50"}, "--overall"},
		{"malformed domain", []string{"1", "--overall", "60", "--domain", "one=50"}, "--domain"},
		{"no such plan", []string{"7", "--overall", "60"}, "plan 7"},
		{"not a plan number", []string{"x", "--overall", "60"}, `"x"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantBadInput(t, storeRun(t, dir, append([]string{"score"}, c.args...)...), c.names)
		})
	}
	wantBadInput(t, storeRun(t, dir, "scores", "1", "--target", "0"), "1 to 100")
	if out := mustStore(t, dir, "scores", "1"); !strings.Contains(out, "No practice results") {
		t.Errorf("refused scores were stored:\n%s", out)
	}
}

func TestReplanSaysWhatMovedAndWhy(t *testing.T) {
	dir := newSavedPlan(t)
	for _, task := range []string{"3.1", "3.2", "3.3", "3.4", "3.5"} { // review moves only to a domain studied
		mustStore(t, dir, "tick", "1", task)
	}
	mustStore(t, dir, "score", "1", "--overall", "85", "--domain", "3=40")
	out := mustStore(t, dir, "replan", "1", "--today", catalog.DateFromTime(fixedToday).AddDays(1).String())
	if !strings.Contains(out, "Domain 3 (") || !strings.Contains(out, "below your 80 % target: +") {
		t.Errorf("replan printed %q", out)
	}
}

// FuzzDomainScores feeds arbitrary text to --domain and --overall: the
// parsers never crash, and what they accept is a domain number above 0
// with a percentage from 0 to 100.
func FuzzDomainScores(f *testing.F) {
	for _, s := range []string{"1=55,2=70,3=80,4=60", "9=50", "2=-5", "one=50", "1=55,1=60", "1=100%", "", "1=NaN", "3=1e400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d domainScores
		if err := d.Set(s); err == nil {
			for n, p := range d.m {
				if n <= 0 || !(p >= 0 && p <= 100) {
					t.Fatalf("%q accepted domain %d at %g", s, n, p)
				}
			}
		}
		var o percentFlag
		if err := o.Set(s); err == nil && !(o.p >= 0 && o.p <= 100) {
			t.Fatalf("--overall %q accepted %g", s, o.p)
		}
	})
}
