package ui

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

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
