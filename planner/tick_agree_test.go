package planner_test

import (
	"fmt"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// TestRebalanceAndStandingAgreeOnTickedItems: a re-plan and the standing
// count a ticked study item the same way, so that right after a re-plan
// that fits the learner is on track, and items ticked with no hours logged
// are taken out of the sessions from today (QA: re-plan said "behind,
// re-plan" for ever, and ignored items ticked without hours).
func TestRebalanceAndStandingAgreeOnTickedItems(t *testing.T) {
	c := catalogtest.Load(t)
	in := planner.Input{Exam: "SAA-C03", Start: day("2026-12-02"), ExamDate: day("2027-05-03"), Hours: planner.Even(10)}
	prev := plannertest.MustBuild(t, c, in)
	task := prev.Topics[0]
	if len(task.Items) < 3 {
		t.Fatalf("%s has %d items; the test needs three", task.ID, len(task.Items))
	}
	cases := []struct {
		name     string
		progress map[string]planner.Progress
	}{
		{"items ticked with a quarter hour each", map[string]planner.Progress{
			task.Items[0].ID: {Done: true}, task.Items[1].ID: {Done: true}, task.ID: {Hours: 0.5}}},
		{"items ticked with no hours", map[string]planner.Progress{
			task.Items[0].ID: {Done: true}, task.Items[1].ID: {Done: true}, task.Items[2].ID: {Done: true}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := in
			in.Today, in.Progress = in.Start, tc.progress
			if st := planner.StandingOf(prev, tc.progress, in.Today); st.DoneHours <= 0 {
				t.Errorf("before the re-plan the standing counts %g h done for ticked items", st.DoneHours)
			}
			next, err := planner.Rebalance(c, in, prev)
			if err != nil || !next.Feasible {
				t.Fatalf("rebalance: %v, feasible %v", err, next.Feasible)
			}
			if st := planner.StandingOf(next, tc.progress, in.Today); st.State != planner.OnTrack {
				t.Errorf("right after a re-plan that fits: %q (%g h done, %g h planned), want on track",
					st.State, st.DoneHours, st.PlannedHours)
			}
			for _, w := range next.Weeks {
				for _, s := range w.Sessions {
					for _, it := range s.TickItems() {
						if tc.progress[it.ID].Done {
							t.Errorf("%s: ticked item %s is planned again", s.Date, it.ID)
						}
					}
				}
			}
		})
	}
}

// TestRebalanceAfterTodaysWorkIsDoneKeepsToday: when the learner has done
// every session of today, a re-plan keeps today as it was and plans from
// tomorrow, so today never gets a second day's work (QA: today listed new
// work after its sessions were ticked); the learner is on track.
func TestRebalanceAfterTodaysWorkIsDoneKeepsToday(t *testing.T) {
	c := catalogtest.Load(t)
	in := planner.Input{Exam: "SAA-C03", Start: day("2026-12-02"), ExamDate: day("2027-05-03"), Hours: planner.Even(10)}
	prev := plannertest.MustBuild(t, c, in)
	today := sessionsOn(prev, in.Start)
	if len(today) == 0 {
		t.Fatal("the test needs sessions on the first day")
	}
	progress := map[string]planner.Progress{}
	for _, s := range today {
		for _, it := range s.TickItems() {
			progress[it.ID] = planner.Progress{Done: true}
		}
		if len(s.TickItems()) == 0 {
			progress[s.WorkTopic()] = planner.Progress{Done: true, Hours: s.Hours}
		}
	}
	in.Today, in.Progress = in.Start, progress
	next, err := planner.Rebalance(c, in, prev)
	if err != nil {
		t.Fatal(err)
	}
	if got := sessionsOn(next, in.Start); fmt.Sprint(got) != fmt.Sprint(today) {
		t.Errorf("today's sessions after the re-plan:\n%v\nwant them as they were:\n%v", got, today)
	}
	if st := planner.StandingOf(next, progress, in.Today); st.State != planner.OnTrack {
		t.Errorf("after today's work and a re-plan: %q (%g h done, %g h planned), want on track", st.State, st.DoneHours, st.PlannedHours)
	}
	// Before any re-plan today's done sessions count as planned too (their
	// items may reach into tomorrow's sessions, which is ahead).
	if st := planner.StandingOf(prev, progress, in.Today); st.State != planner.OnTrack && st.State != planner.Ahead {
		t.Errorf("having done today's sessions before any re-plan: %q, want on track or ahead", st.State)
	}
}
