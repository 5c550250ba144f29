package ui

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestWeekdayRunsJoinDaysWithTheSameHours: days in a row with the same hours
// are written once as a range, so the hours fix fits a small window.
func TestWeekdayRunsJoinDaysWithTheSameHours(t *testing.T) {
	cases := []struct {
		name string
		week planner.Weekdays
		want string
	}{
		{"four equal days then a shorter one", planner.Weekdays{1.75, 1.75, 1.75, 1.75, 1.5, 0, 0}, "Mon-Thu 1.75, Fri 1.5"},
		{"every day different", planner.Weekdays{1, 2, 3, 0, 0, 0, 0}, "Mon 1, Tue 2, Wed 3"},
		{"a free day splits a run", planner.Weekdays{2, 2, 0, 2, 2, 0, 0}, "Mon-Tue 2, Thu-Fri 2"},
		{"the whole week", planner.Weekdays{2, 2, 2, 2, 2, 2, 2}, "Mon-Sun 2"},
		{"only Sunday", planner.Weekdays{0, 0, 0, 0, 0, 0, 3}, "Sun 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := weekdayRuns(c.week); got != c.want {
				t.Fatalf("weekdayRuns(%v) = %q, want %q", c.week, got, c.want)
			}
		})
	}
}

// TestFitTextNamesLeftOutTopicsByTitle: the note of a plan that does not fit
// counts the thinner topics and names what is left out by its title, never
// by a topic ID.
func TestFitTextNamesLeftOutTopicsByTitle(t *testing.T) {
	p := planner.Plan{Exam: "XYZ-C01", Coverage: 0.5, RequiredHours: 20, Today: catalog.DateOf(2026, 3, 2), Unscheduled: []planner.Unscheduled{
		{Topic: "XYZ-C01:1.1", Title: "Design secure access", Hours: 1},
		{Topic: "XYZ-C01:1.2", Title: "Design secure workloads", Hours: 2},
	}}
	left := p.LeftOut()
	got := fitText(p)
	// Its hours are those left when it was planned: ticks since then are not in them.
	wantContains(t, "fit note", got, "This plan covers 50 % of the 20 h left to study when it was planned, on 2026-03-02.")
	// The fixes show above the note, behind which it is folded away: it
	// no longer leads on to them with "To fit it all:".
	if !strings.HasSuffix(got, ".") {
		t.Fatalf("the fit note does not end a sentence: %q", got)
	}
	if strings.Contains(got, "XYZ-C01") || strings.Contains(got, "1.1,") {
		t.Fatalf("the fit note shows topic IDs: %q", got)
	}
	for _, u := range left {
		wantContains(t, "fit note", got, u.Title)
	}
	if thinner := len(p.Unscheduled) - len(left); thinner > 0 {
		wantContains(t, "fit note", got, countLabel(thinner, "topic", "topics")+" get less time")
	}
}
