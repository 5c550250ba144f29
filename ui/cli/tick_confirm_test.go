package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"certplan/planner"
)

// placeholder is a {…} in a wanted confirmation (see confirmation).
var placeholder = regexp.MustCompile(`\{([^}]+)\}`)

// confirmation is the line a tick of plan 1 in dir should print, from
// want with its placeholders filled in from show --json as it is now:
// {standing} is "Done X of Y h; STATE." in show's figures, {items 1.2}
// the number of task 1.2's study items, and {1.2} or {1.2.3} the title
// of that topic or the text of that item, as a tick gives it. The titles
// and hours are the catalog's, so the test reads them rather than pins them.
func confirmation(t *testing.T, dir, want string) string {
	t.Helper()
	s := shown(t, dir)
	return placeholder.ReplaceAllStringFunc(want, func(m string) string {
		key := strings.Trim(m, "{}")
		if key == "standing" {
			return standingFromShow(s.Progress)
		}
		if task, ok := strings.CutPrefix(key, "items "); ok {
			return strconv.Itoa(len(topicOf(t, s, task).Items))
		}
		return clip(strings.TrimSuffix(titleOf(t, s, key), "."), maxTickTitle)
	}) + "\n"
}

// standingFromShow is the standing show --json gives, in the words of a
// tick's confirmation: "Done 7.25 of 86:50 h; ahead by 6.5 h."
func standingFromShow(p shownProgress) string {
	state := string(p.State)
	if p.State == planner.Ahead || p.State == planner.Behind {
		state += " by " + planner.FormatHours(math.Abs(p.AheadHours)) + " h"
	}
	return fmt.Sprintf("Done %s of %s h; %s.", planner.FormatHours(p.DoneHours), planner.FormatHours(p.TotalHours), state)
}

// topicOf is topic id ("1.2") of the shown plan.
func topicOf(t *testing.T, s shownPlan, id string) planner.TopicPlan {
	t.Helper()
	for _, tp := range s.Topics {
		if tp.ID == s.Exam+":"+id {
			return tp
		}
	}
	t.Fatalf("plan 1 has no topic %s", id)
	return planner.TopicPlan{}
}

// titleOf is the title of topic id, or the text of study item id.
func titleOf(t *testing.T, s shownPlan, id string) string {
	t.Helper()
	for _, tp := range s.Topics {
		for _, it := range tp.Items {
			if it.ID == s.Exam+":"+id {
				return it.Text
			}
		}
	}
	return topicOf(t, s, id).Title
}

// TestTickSaysWhatChangedInShowsWords: each tick, change of hours and undo
// of a topic or study item prints one line naming it, its day and hours
// spent, for an item how its task stands, and how much of the plan is done
// and where it stands, with the figures show gives (text and --json).
func TestTickSaysWhatChangedInShowsWords(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	steps := []struct {
		args  []string
		want  string
		state string // the standing's words, besides the figures
	}{
		{[]string{"1.1", "--hours", "2.5"}, "Ticked 1.1 {1.1} (Mon 2026-11-23, 2.5 h spent). {standing}", "; ahead by "},
		{[]string{"1.1", "--hours", "3"}, "Changed the hours of 1.1 {1.1} (3 h spent). {standing}", "; ahead by "},
		{[]string{"1.1", "--undo"}, "Unticked 1.1 {1.1}. {standing}", "; on track."},
		{[]string{"1.2.1", "--hours", "0.5", "--on", "2026-11-20"},
			"Ticked 1.2.1 {1.2.1} (Fri 2026-11-20, 0.5 h spent). Task 1.2: 1 of {items 1.2} items done. {standing}", "; ahead by "},
		{[]string{"SAA-C03:1.2.1", "--hours", "1"},
			"Changed the hours of 1.2.1 {1.2.1} (1 h spent). Task 1.2: 1 of {items 1.2} items done. {standing}", "; ahead by "},
		{[]string{"1.2.1", "--undo"}, "Unticked 1.2.1 {1.2.1}. Task 1.2: 0 of {items 1.2} items done. {standing}", "; on track."},
		{[]string{"review-1"}, "Ticked review-1 {review-1} (Mon 2026-11-23). {standing}", "; ahead by "},
	}
	for _, st := range steps {
		out := mustStore(t, dir, append([]string{"tick", "1"}, st.args...)...)
		if want := confirmation(t, dir, st.want); out != want {
			t.Errorf("tick %v printed\n%q, want\n%q", st.args, out, want)
		}
		if !strings.Contains(out, st.state) {
			t.Errorf("tick %v printed %q, want it to say %q", st.args, out, st.state)
		}
		s := shown(t, dir).Progress
		wantIn(t, "show", mustStore(t, dir, "show", "1"),
			fmt.Sprintf("%s of %s hours.", planner.FormatHours(s.DoneHours), planner.FormatHours(s.TotalHours)))
	}
}

// TestTickConfirmsTheLastItemOfATask: ticking the last open study item of
// a task says that the task is done now.
func TestTickConfirmsTheLastItemOfATask(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	items := topicOf(t, shown(t, dir), "1.3").Items
	var out string
	for _, it := range items {
		out = mustStore(t, dir, "tick", "1", it.ID)
	}
	last := shortTopic("SAA-C03", items[len(items)-1].ID)
	if want := confirmation(t, dir, "Ticked "+last+" {"+last+"} (Mon 2026-11-23). Task 1.3: done 2026-11-23. {standing}"); out != want {
		t.Errorf("the last item's tick printed\n%q, want\n%q", out, want)
	}
}

// TestTickSaysWhenThePlanIsBehindOrDoesNotFit: the standing a tick gives
// is the plan's, whatever it is: behind a plan made three weeks ago, and
// does not fit for too few hours before a fixed exam.
func TestTickSaysWhenThePlanIsBehindOrDoesNotFit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		new   []string
		state string
	}{
		{"behind", []string{"--hours", "8", "--today", "2026-11-02", "--exam", "2027-06-01"}, "; behind by "},
		{"does not fit", []string{"--hours", "2", "--exam", "2027-01-10"}, "; does not fit.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			mustStore(t, dir, append([]string{"new", "--cert", "SAA-C03"}, tc.new...)...)
			out := mustStore(t, dir, "tick", "1", "1.1")
			if want := confirmation(t, dir, "Ticked 1.1 {1.1} (Mon 2026-11-23). {standing}"); out != want {
				t.Errorf("tick printed\n%q, want\n%q", out, want)
			}
			if !strings.Contains(out, tc.state) {
				t.Errorf("tick printed %q, want it to say %q", out, tc.state)
			}
		})
	}
}

// TestTickOnAPassedOrArchivedPlanSaysSo: a tick on a plan whose exam was
// passed, or on an archived plan, says that instead of a standing against
// a schedule, as show does.
func TestTickOnAPassedOrArchivedPlanSaysSo(t *testing.T) {
	passed := t.TempDir()
	mustStore(t, passed, "new", "--cert", "CLF-C02", "--exam", "2026-11-23", "--hours", "10", "--today", "2026-11-02")
	mustStore(t, passed, "exam", "add", "CLF-C02", "2026-11-23", "--status", "passed")
	archived := newSavedPlan(t)
	mustStore(t, archived, "archive", "1")
	for dir, want := range map[string]string{
		passed:   "; its exam was passed on 2026-11-23.\n",
		archived: "; archived, so it takes no study hours.\n",
	} {
		out := mustStore(t, dir, "tick", "1", "1.1")
		if !strings.HasPrefix(out, "Ticked 1.1 ") || !strings.HasSuffix(out, want) || strings.Count(out, "\n") != 1 {
			t.Errorf("tick printed %q, want one line ending %q", out, want)
		}
	}
}

// TestScoreSaysWhatItLoggedAndTheReadiness: score prints one line with the
// result as scores lists it and the readiness scores and scores --json
// give after it; then, when the diagnostic was planned by the result's day
// and is not done, one line asking whether it was that (then).
func TestScoreSaysWhatItLoggedAndTheReadiness(t *testing.T) {
	dir := newSavedPlan(t)
	const ask = "Was this the diagnostic practice set? Mark it done: certplan tick 1 diagnostic\n"
	for _, tc := range []struct {
		args       []string
		want, then string
	}{
		{[]string{"--overall", "68", "--date", "2026-11-20", "--domain", "2=70,1=55", "--source", " Tutorials Dojo "},
			"Logged 68.0 % for plan 1 on Fri 2026-11-20 (D1 55 %, D2 70 %; Tutorials Dojo). ", ""},
		{[]string{"--overall", "72.5%"}, "Logged 72.5 % for plan 1 on Mon 2026-11-23. ", ask},
		{[]string{"--overall", "40", "--source", "own quiz"}, "Logged 40.0 % for plan 1 on Mon 2026-11-23 (own quiz). ", ask},
	} {
		out := mustStore(t, dir, append([]string{"score", "1"}, tc.args...)...)
		text := mustStore(t, dir, "scores", "1")
		readiness := text[strings.Index(text, "Readiness: "):]
		readiness = readiness[:strings.Index(readiness, "\n")+1]
		if want := tc.want + readiness + tc.then; out != want {
			t.Errorf("score %v printed\n%q, want\n%q", tc.args, out, want)
		}
		var js shownScores
		if err := json.Unmarshal([]byte(mustStore(t, dir, "scores", "1", "--json")), &js); err != nil {
			t.Fatal(err)
		}
		wantIn(t, "score", out, fmt.Sprintf("about %.0f %%", js.Readiness.Overall))
	}
}

// TestFailedTickOrScorePrintsNoConfirmation: a refused tick or score
// exits 2 with one line on stderr and says on stdout that nothing was
// saved by saying nothing.
func TestFailedTickOrScorePrintsNoConfirmation(t *testing.T) {
	dir := newSavedPlan(t)
	for _, tc := range []struct {
		args  []string
		names string
	}{
		{[]string{"tick", "1", "9.9"}, "9.9"},
		{[]string{"tick", "7", "1.1"}, "plan 7"},
		{[]string{"tick", "7", "SAA-C03:1.1"}, "plan 7"},
		{[]string{"tick", "1", "1.1.99"}, "1.1.99"},
		{[]string{"tick", "1", "1.1", "--on", "2030-01-01"}, "--on"},
		{[]string{"score", "1", "--overall", "101"}, "101"},
		{[]string{"score", "1", "--overall", "60", "--domain", "9=50"}, "9"},
		{[]string{"score", "7", "--overall", "60"}, "plan 7"},
	} {
		r := storeRun(t, dir, tc.args...)
		wantBadInput(t, r, tc.names)
		if r.stdout != "" {
			t.Errorf("%v printed %q on stdout, want nothing", tc.args, r.stdout)
		}
	}
	if s := shown(t, dir); s.Progress.TopicsDone != 0 {
		t.Errorf("the refused ticks left %d topics done", s.Progress.TopicsDone)
	}
}

// TestTickOnCorrectsTheDayOfADoneTopic: tick --on on a done topic
// corrects the day it was done, and its study items done on that day, or
// through its tick, move with it; one ticked on an earlier day keeps its
// day. The confirmation says the day it replaced and the items moved, and
// ticking with no --on keeps the day.
func TestTickOnCorrectsTheDayOfADoneTopic(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.2.1", "--on", "2026-11-18")
	mustStore(t, dir, "tick", "1", "1.2", "--on", "2026-11-20")
	out := mustStore(t, dir, "tick", "1", "1.2", "--on", "2026-11-19")
	s := shown(t, dir)
	items := topicOf(t, s, "1.2").Items
	want := confirmation(t, dir, fmt.Sprintf("Corrected the day of 1.2 {1.2} (Thu 2026-11-19, not Fri 2026-11-20, %d study items with it). {standing}", len(items)-1))
	if out != want {
		t.Errorf("the correction printed\n%q, want\n%q", out, want)
	}
	days := map[string]string{}
	for _, g := range s.Progress.ByTopic {
		days[g.Topic] = g.DoneOn.String()
	}
	for _, it := range s.Progress.ByItem {
		days[it.Item] = it.DoneOn.String()
	}
	for id, day := range map[string]string{"SAA-C03:1.2": "2026-11-19", items[0].ID: "2026-11-18", items[1].ID: "2026-11-19",
		items[len(items)-1].ID: "2026-11-19"} {
		if days[id] != day {
			t.Errorf("after the correction %s was done on %q, want %s", id, days[id], day)
		}
	}
	if out := mustStore(t, dir, "tick", "1", "1.2"); out != "Nothing changed: SAA-C03:1.2 in plan 1 is already done, with the same hours.\n" {
		t.Errorf("a tick with no --on of the corrected topic printed %q, want nothing changed", out)
	}
}

// TestTickOnCorrectsTheDayOfADoneItem: tick --on on a done study item
// corrects the day it was done, as on a done topic, with the same style of
// confirmation; the same day again changes nothing, and a day after its
// done task's is refused with one line (QA, passedcli finding 3).
func TestTickOnCorrectsTheDayOfADoneItem(t *testing.T) {
	withFixtureItems(t)
	dir := newSavedPlan(t)
	mustStore(t, dir, "tick", "1", "1.2.1", "--on", "2026-11-20")
	out := mustStore(t, dir, "tick", "1", "1.2.1", "--on", "2026-11-18")
	want := confirmation(t, dir, "Corrected the day of 1.2.1 {1.2.1} (Wed 2026-11-18, not Fri 2026-11-20). "+
		"Task 1.2: 1 of {items 1.2} items done. {standing}")
	if out != want {
		t.Errorf("the correction printed\n%q, want\n%q", out, want)
	}
	s := shown(t, dir)
	first := topicOf(t, s, "1.2").Items[0].ID
	for _, it := range s.Progress.ByItem {
		if it.Item == first && it.DoneOn.String() != "2026-11-18" {
			t.Errorf("after the correction %s was done on %s, want 2026-11-18", first, it.DoneOn)
		}
	}
	if out := mustStore(t, dir, "tick", "1", "1.2.1", "--on", "2026-11-18"); out != "Nothing changed: SAA-C03:1.2.1 in plan 1 is already done, with the same hours.\n" {
		t.Errorf("the same day again printed %q, want nothing changed", out)
	}
	mustStore(t, dir, "tick", "1", "1.2", "--on", "2026-11-19")
	wantBadInput(t, storeRun(t, dir, "tick", "1", "1.2.1", "--on", "2026-11-21"), "task was done on 2026-11-19: give a day up to then")
}
