package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"certplan/catalog"
)

// scoresJSON is `scores 1 --json` of the plan in dir.
func scoresJSON(t *testing.T, dir string) shownScores {
	t.Helper()
	var s shownScores
	if err := json.Unmarshal([]byte(mustStore(t, dir, "scores", "1", "--json")), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// score --for logs the result and marks that practice topic done on the
// result's day, saying so in a second line; show and scores --json then
// have it done that day, and logging again for it changes nothing.
func TestScoreForMarksThePracticeTopicDone(t *testing.T) {
	dir := newSavedPlan(t)
	out := mustStore(t, dir, "score", "1", "--overall", "48", "--domain", "1=40,2=55", "--for", "diagnostic")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "Logged 48.0 % for plan 1 on Mon 2026-11-23") ||
		lines[1] != "Marked diagnostic (Diagnostic practice set) done on Mon 2026-11-23." {
		t.Fatalf("score --for printed %q, want the result's line, then the tick's", out)
	}
	today := catalog.DateFromTime(fixedToday)
	if p := diagnosticShown(t, dir); !p.Done || p.DoneOn != today {
		t.Errorf("show --json has the diagnostic %+v, want done on %s", p, today)
	}
	js := scoresJSON(t, dir)
	if len(js.Scores) != 1 || len(js.Practice) != 3 || js.Practice[0].ID != "SAA-C03:diagnostic" ||
		!js.Practice[0].Done || js.Practice[0].DoneOn != today || js.Practice[1].Done || js.Practice[1].Planned.IsZero() {
		t.Errorf("scores --json: %d results, practice %+v; want one result and the diagnostic alone done", len(js.Scores), js.Practice)
	}
	again := mustStore(t, dir, "score", "1", "--overall", "50", "--for", "SAA-C03:diagnostic")
	if !strings.HasSuffix(again, "\ndiagnostic (Diagnostic practice set) was already done on Mon 2026-11-23.\n") {
		t.Errorf("a second result for it printed %q, want that it was already done", again)
	}
	if strings.Contains(again+out, "Was this") {
		t.Errorf("score --for also asked which practice it was: %q", again+out)
	}
}

// Without --for, a result taken on or after the diagnostic's day asks
// whether it was the diagnostic and gives the tick that marks it done on
// the result's day; that tick does, and then no result asks again.
func TestScoreAsksWhichPracticeItWasAndNeverTicks(t *testing.T) {
	dir := newSavedPlan(t)
	later := fixedToday.AddDate(0, 0, 3)
	r := cliRunAt(t, later, "--data", dir, "score", "1", "--overall", "48", "--date", "2026-11-24")
	ask := "Was this the diagnostic practice set? Mark it done: certplan tick 1 diagnostic --on 2026-11-24\n"
	if r.status != exitOK || !strings.HasSuffix(r.stdout, ask) || strings.Count(r.stdout, "\n") != 2 {
		t.Fatalf("score printed %q (status %d), want the result's line, then %q", r.stdout, r.status, ask)
	}
	if p := diagnosticShown(t, dir); p.Done {
		t.Fatalf("score without --for ticked the diagnostic: %+v", p)
	}
	tick := strings.Fields(strings.TrimPrefix(strings.TrimSpace(ask[strings.Index(ask, "certplan "):]), "certplan "))
	if r := cliRunAt(t, later, append([]string{"--data", dir}, tick...)...); r.status != exitOK {
		t.Fatalf("the tick it gives, %v: status %d, %q", tick, r.status, r.stderr)
	}
	if p := diagnosticShown(t, dir); !p.Done || p.DoneOn.String() != "2026-11-24" {
		t.Errorf("after the tick it gives, the diagnostic is %+v, want done on 2026-11-24", p)
	}
	if out := cliRunAt(t, later, "--data", dir, "score", "1", "--overall", "52").stdout; strings.Contains(out, "Was this") {
		t.Errorf("with the diagnostic done and no practice exam due, score asked %q", out)
	}
}

// score --for a topic that is not one of the plan's practice topics is bad
// input naming those it has, and logs nothing; so is one for a plan whose
// exam was passed.
func TestScoreForRefusesWhatIsNoPracticeTopic(t *testing.T) {
	dir := newSavedPlan(t)
	for _, topic := range []string{"fix-1", "1.1", "practice-9"} {
		r := storeRun(t, dir, "score", "1", "--overall", "48", "--for", topic)
		wantBadInput(t, r, "plan 1 has no practice topic \""+topic+"\": give diagnostic, practice-1 or practice-2.")
	}
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-23", "--status", "passed", "--score", "800")
	r := storeRun(t, dir, "score", "1", "--overall", "48", "--for", "diagnostic")
	wantBadInput(t, r, "plan 1's exam was passed on 2026-11-23: it is done, with no practice left to mark; log the result alone.")
	if js := scoresJSON(t, dir); len(js.Scores) != 0 || js.Practice[0].Done {
		t.Errorf("after the refusals: %d results, the diagnostic %+v; want none logged, nothing ticked", len(js.Scores), js.Practice[0])
	}
	if out := mustStore(t, dir, "score", "1", "--overall", "48"); strings.Contains(out, "Was this") {
		t.Errorf("a passed plan asked which practice a result was: %q", out)
	}
}

// diagnosticShown is the diagnostic's state in `show 1 --json`.
func diagnosticShown(t *testing.T, dir string) shownTopic {
	t.Helper()
	for _, x := range shown(t, dir).Progress.ByTopic {
		if x.Topic == "SAA-C03:diagnostic" {
			return x
		}
	}
	t.Fatal("show --json has no diagnostic")
	return shownTopic{}
}
