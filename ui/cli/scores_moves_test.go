package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"certplan/planner"
)

// TestScoresSayWhatARebalanceMoves (QA): `scores` says "Rebalance to move
// time to" only of the weak domains a rebalance moves time to now (those
// studied), and of the others that their study is still to come; a domain
// no result gave its own percentage reads "about", from the overall
// scores, and the JSON says so.
func TestScoresSayWhatARebalanceMoves(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "score", "1", "--overall", "62", "--domain", "1=70,2=55,3=60")
	text := mustStore(t, dir, "scores", "1")
	for _, want := range []string{"Domains 1, 2, 3 and 4: their study is still to come; review is added once studied.",
		"about 51 %  below target; " + planner.FromOverallText} {
		if !strings.Contains(text, want) {
			t.Errorf("scores before any study lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Rebalance") {
		t.Errorf("scores before any study advise a rebalance that moves nothing:\n%s", text)
	}
	mustStore(t, dir, "tick", "1", "1.1")
	text = mustStore(t, dir, "scores", "1")
	if want := "Rebalance to move time to domain 1. Domains 2, 3 and 4: their study is still to come"; !strings.Contains(text, want) {
		t.Errorf("scores after some study of domain 1 lack %q:\n%s", want, text)
	}
	var got shownScores
	if err := json.Unmarshal([]byte(mustStore(t, dir, "scores", "1", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	d1, d4 := got.Readiness.ByDomain[0], got.Readiness.ByDomain[3]
	if d1.FromOverall || d1.Move != planner.AddsReview || !d4.FromOverall || d4.Move != planner.StudyFirst {
		t.Errorf("scores --json domain 1 %+v, domain 4 %+v; want 1 own and moved to, 4 from overall and study first", d1, d4)
	}
}
