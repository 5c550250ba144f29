package planner

import (
	"fmt"
	"strings"

	"certplan/catalog"
)

// What a rebalance does now for a domain below the readiness target (the
// rule at the top of adjust.go, stated once here so the screens, the
// command line and the PDF say what Rebalance does).

// ReviewMove is what a rebalance does now for a domain below target.
type ReviewMove string

const (
	// AddsReview: a rebalance moves review time to the domain.
	AddsReview ReviewMove = "adds_review"
	// StudyFirst: the domain's study is still to come; review is added once
	// some of it is done, so a rebalance moves nothing to it yet.
	StudyFirst ReviewMove = "study_first"
	// ReviewDone: the domain's review is all done, so a rebalance has no
	// review of it left to grow.
	ReviewDone ReviewMove = "review_done"
)

// DomainStudy is how far a domain of a plan has got: the share of its
// study done (0 to 1) and whether some of its review is left.
type DomainStudy struct {
	Studied    float64
	ReviewLeft bool
}

// moveOf is what a rebalance does for a domain estimated at estimate
// against target with study st: "" at or above target.
func moveOf(estimate, target float64, st DomainStudy) ReviewMove {
	switch {
	case estimate >= target:
		return ""
	case !st.ReviewLeft:
		return ReviewDone
	case st.Studied <= 0:
		return StudyFirst
	}
	return AddsReview
}

// StudyOf is, per domain number, how far plan p has got by progress: the
// share of its study done (see StudiedShare) and whether review is left.
func StudyOf(e *catalog.Exam, p Plan, progress map[string]Progress) map[int]DomainStudy {
	out := map[int]DomainStudy{}
	for n, s := range StudiedShare(e, p, progress) {
		out[n] = DomainStudy{Studied: s}
	}
	number := map[string]int{}
	for _, d := range e.Domains {
		number[d.Name] = d.Number
	}
	for _, t := range p.Topics {
		if t.Kind != Review {
			continue
		}
		minutes := hoursToMinutes(t.Hours)
		if pr := progress[t.ID]; !pr.Done && spentMinutes(pr, minutes) < minutes {
			st := out[number[t.Domain]]
			st.ReviewLeft = true
			out[number[t.Domain]] = st
		}
	}
	return out
}

// WithMove lists the domains below target that a rebalance treats as move
// says, in the exam's order.
func (r Readiness) WithMove(move ReviewMove) []DomainReadiness {
	var out []DomainReadiness
	for _, d := range r.BelowTarget() {
		if d.Move == move {
			out = append(out, d)
		}
	}
	return out
}

// FromOverallText says why a domain's estimate rests on the overall results.
const FromOverallText = "from your overall scores: no result for this domain yet"

// EstimateText is a domain's estimate as the learner reads it: "57 %", or
// "about 51 % (from your overall scores: …)" when no result gave its own.
func (d DomainReadiness) EstimateText() string {
	if d.FromOverall {
		return fmt.Sprintf("about %.0f %% (%s)", d.Estimate, FromOverallText)
	}
	return fmt.Sprintf("%.0f %%", d.Estimate)
}

// MovesText says what a rebalance does now for the domains below target:
// which it moves time to, which wait for their study and which have their
// review done; "" when none is below target.
func (r Readiness) MovesText() string {
	var parts []string
	if ds := r.WithMove(AddsReview); len(ds) > 0 {
		parts = append(parts, fmt.Sprintf("Rebalance to move time to %s.", domainList(ds)))
	}
	if ds := r.WithMove(StudyFirst); len(ds) > 0 {
		parts = append(parts, fmt.Sprintf("%s: %s still to come; review is added once studied.",
			capitalised(domainList(ds)), plural(ds, "its study is", "their study is")))
	}
	if ds := r.WithMove(ReviewDone); len(ds) > 0 {
		parts = append(parts, fmt.Sprintf("%s: %s done, so a rebalance adds none; practise %s.",
			capitalised(domainList(ds)), plural(ds, "its review is", "their review is"), plural(ds, "it", "them")))
	}
	return strings.Join(parts, " ")
}

// domainList is "domain 1" or "domains 2, 3 and 4".
func domainList(ds []DomainReadiness) string {
	if len(ds) == 1 {
		return fmt.Sprintf("domain %d", ds[0].Number)
	}
	n := make([]string, len(ds))
	for i, d := range ds {
		n[i] = fmt.Sprint(d.Number)
	}
	last := len(n) - 1
	return fmt.Sprintf("domains %s and %s", strings.Join(n[:last], ", "), n[last])
}

func plural(ds []DomainReadiness, one, many string) string {
	if len(ds) == 1 {
		return one
	}
	return many
}

func capitalised(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
