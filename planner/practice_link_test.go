package planner_test

import (
	"strings"
	"testing"

	"certplan/planner"
)

// practicePlan is a small plan of exam X: a task, the diagnostic on
// 2026-12-03, practice set 1 in parts from 2026-12-10 to 2026-12-11 and
// its fix time, and practice exam 2 on 2026-12-20; done lists the topics
// ticked (each on 2026-12-04).
func practicePlan(done ...string) planner.StudyPlan {
	topics := []planner.TopicPlan{
		{ID: "X:1.1", Title: "Design things.", Kind: planner.Study},
		{ID: "X:diagnostic", Title: "Diagnostic practice set (45 minutes): find your weak domains", Kind: planner.Practice},
		{ID: "X:practice-1", Title: "Practice set 1 of 2 in parts (130 minutes over several days)", Kind: planner.Practice},
		{ID: "X:fix-1", Title: "Fix weak areas after practice exam 1", Kind: planner.Fix},
		{ID: "X:practice-2", Title: "Full timed practice exam 2 of 2 (130 minutes)", Kind: planner.Practice},
	}
	sessions := []planner.Session{
		{Date: day("2026-12-01"), Topic: "X:1.1", Kind: planner.Study},
		{Date: day("2026-12-03"), Topic: "X:diagnostic", Kind: planner.Practice},
		{Date: day("2026-12-11"), Topic: "X:practice-1", Kind: planner.Practice},
		{Date: day("2026-12-10"), Topic: "X:practice-1", Kind: planner.Practice},
		{Date: day("2026-12-12"), Topic: "X:fix-1", Kind: planner.Fix},
		{Date: day("2026-12-20"), Topic: "X:practice-2", Kind: planner.Practice},
	}
	p := planner.StudyPlan{ID: 1, Exam: "X", Progress: map[string]planner.TopicProgress{},
		Schedule: planner.Plan{Exam: "X", Topics: topics, Weeks: []planner.Week{{Sessions: sessions}}}}
	for _, id := range done {
		p.Progress[id] = planner.TopicProgress{Done: true, DoneOn: day("2026-12-04")}
	}
	return p
}

// A plan's practice topics are its diagnostic and practice exams, in its
// order, each named without the details in brackets and with the first
// day it is planned on; fix time is none.
func TestPracticeTopicsAreTheDiagnosticAndThePracticeExams(t *testing.T) {
	got := practicePlan("X:diagnostic").PracticeTopics()
	want := []planner.PracticeTopic{
		{ID: "X:diagnostic", Name: "Diagnostic practice set", Planned: day("2026-12-03"), Done: true, DoneOn: day("2026-12-04")},
		{ID: "X:practice-1", Name: "Practice set 1 of 2 in parts", Planned: day("2026-12-10")},
		{ID: "X:practice-2", Name: "Full timed practice exam 2 of 2", Planned: day("2026-12-20")},
	}
	if len(got) != len(want) {
		t.Fatalf("practice topics %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("practice topic %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if s := got[1].Short(); s != "practice-1" {
		t.Errorf("short name %q, want practice-1", s)
	}
}

// The practice topic a result most likely records is the earliest not
// done that is planned on or before its day; none before the first, none
// once all those are done, none for a passed plan.
func TestPracticeDueIsTheEarliestUndoneOnOrBeforeTheDay(t *testing.T) {
	passed := practicePlan()
	passed.Passed = day("2026-12-05")
	cases := []struct {
		name string
		plan planner.StudyPlan
		day  string
		want string
	}{
		{"before the diagnostic", practicePlan(), "2026-12-02", ""},
		{"on the diagnostic's day", practicePlan(), "2026-12-03", "X:diagnostic"},
		{"weeks later, the diagnostic still undone", practicePlan(), "2026-12-25", "X:diagnostic"},
		{"the diagnostic done, on a part of practice set 1", practicePlan("X:diagnostic"), "2026-12-10", "X:practice-1"},
		{"the diagnostic done, before practice set 1", practicePlan("X:diagnostic"), "2026-12-09", ""},
		{"all but practice exam 2 done", practicePlan("X:diagnostic", "X:practice-1"), "2026-12-20", "X:practice-2"},
		{"all done", practicePlan("X:diagnostic", "X:practice-1", "X:practice-2"), "2026-12-25", ""},
		{"a passed plan", passed, "2026-12-04", ""},
	}
	for _, c := range cases {
		got, ok := c.plan.PracticeDue(day(c.day))
		if got.ID != c.want || ok != (c.want != "") {
			t.Errorf("%s: PracticeDue(%s) = %q, %v; want %q", c.name, c.day, got.ID, ok, c.want)
		}
	}
}

// A result can mark one of the plan's practice topics done; any other
// topic is refused naming those it has, and a passed plan refuses all.
func TestPracticeForRefusesWhatIsNoPracticeTopic(t *testing.T) {
	p := practicePlan()
	if got, err := p.PracticeFor("X:practice-2"); err != nil || got.Name != "Full timed practice exam 2 of 2" {
		t.Errorf("practice-2: %+v, %v; want it", got, err)
	}
	passed := practicePlan()
	passed.Passed = day("2026-12-05")
	cases := []struct {
		plan  planner.StudyPlan
		topic string
		want  string
	}{
		{p, "X:fix-1", `plan 1 has no practice topic "fix-1": give diagnostic, practice-1 or practice-2`},
		{p, "X:1.1", `plan 1 has no practice topic "1.1": give diagnostic, practice-1 or practice-2`},
		{p, "Y:diagnostic", `plan 1 has no practice topic "diagnostic"`},
		{passed, "X:diagnostic", "plan 1's exam was passed on 2026-12-05: it is done, with no practice left to mark; log the result alone"},
		{planner.StudyPlan{ID: 2}, "X:diagnostic", "plan 2 has no practice topics: log the result alone"},
	}
	for _, c := range cases {
		_, err := c.plan.PracticeFor(c.topic)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("PracticeFor(%s) = %v, want %q", c.topic, err, c.want)
		}
	}
}
