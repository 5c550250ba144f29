package planner

import (
	"fmt"
	"strings"

	"certplan/catalog"
)

// Rebalance with readiness. Each domain whose readiness estimate is below
// the target gets extra review time: its gap to the target (as a fraction)
// times its share of the exam times the exam's study hours times the share
// of its study done, in quarter hours. A domain not yet studied gets none:
// a low score before its study says only that the study is still to come,
// and review added then would crowd out that study. The time comes first
// from the review still to do of the domains
// at or above target, in proportion to what each has left, and only when
// that is not enough does the plan grow. A weak domain never loses hours.

// applyReadiness moves review time toward the domains below target and
// returns sentences saying what moved and why.
func applyReadiness(e *catalog.Exam, work []TopicPlan, r *Readiness) []string {
	if r == nil {
		return nil
	}
	est := map[int]DomainReadiness{}
	for _, d := range r.ByDomain {
		est[d.Number] = d
	}
	review := map[int]int{}
	for i, w := range work {
		if w.Kind == Review {
			review[w.domainNumber] = i
		}
	}
	n := needsOf(e, work, r, est, review)
	var out []string
	if len(n.unstudied) > 0 {
		out = append(out, unstudiedSentence(n.unstudied))
	}
	need := 0
	for _, d := range e.Domains {
		if m := n.extra[d.Number]; m > 0 {
			need += m
			work[review[d.Number]].minutes += m
			out = append(out, fmt.Sprintf("Domain %d (%s) is at %.0f %%, below your %.0f %% target: +%s h of review.",
				d.Number, d.Name, est[d.Number].Estimate, r.Target, hoursText(m)))
		}
	}
	if taken := takeFromStrong(e, work, review, est, r.Target, min(need, n.strong), n.strong); taken != "" {
		out = append(out, taken)
	}
	return out
}

// reviewNeeds is what readiness asks of the review: the extra minutes of
// each weak domain studied, the review minutes the strong domains have
// left to give, and the weak domains not studied yet.
type reviewNeeds struct {
	extra     map[int]int
	strong    int
	unstudied []string
}

// needsOf weighs each domain's estimate against the target (see the rule
// at the top of this file).
func needsOf(e *catalog.Exam, work []TopicPlan, r *Readiness, est map[int]DomainReadiness, review map[int]int) reviewNeeds {
	n := reviewNeeds{extra: map[int]int{}}
	shares, studied, study := e.DomainShares(), studiedShares(work), 0
	for _, w := range work {
		if w.Kind == Study {
			study += w.minutes
		}
	}
	for i, d := range e.Domains {
		x, ok := est[d.Number]
		k, has := review[d.Number]
		if !ok || !has {
			continue
		}
		switch moveOf(x.Estimate, r.Target, DomainStudy{Studied: studied[d.Number], ReviewLeft: work[k].left > 0}) {
		case "":
			n.strong += work[k].left
		case StudyFirst:
			n.unstudied = append(n.unstudied, fmt.Sprint(d.Number))
		case AddsReview:
			n.extra[d.Number] = quarter((r.Target - x.Estimate) / 100 * shares[i] * float64(study) / 60 * studied[d.Number])
		}
	}
	return n
}

// takeFromStrong takes want minutes of review, in quarter hours, from the
// domains at or above target in proportion to the strong minutes each has
// left, and says where from.
func takeFromStrong(e *catalog.Exam, work []TopicPlan, review map[int]int, est map[int]DomainReadiness, target float64, want, strong int) string {
	if want <= 0 {
		return ""
	}
	var parts []string
	taken := 0
	for _, d := range e.Domains {
		k, has := review[d.Number]
		x, ok := est[d.Number]
		if !has || !ok || x.Estimate < target || work[k].left == 0 {
			continue
		}
		m := min(work[k].left*want/strong/15*15, work[k].left)
		if m == 0 {
			continue
		}
		work[k].minutes -= m
		taken += m
		parts = append(parts, fmt.Sprintf("domain %d -%s h", d.Number, hoursText(m)))
	}
	if taken == 0 {
		return ""
	}
	return fmt.Sprintf("Taken from the review of domains at or above target: %s.", strings.Join(parts, ", "))
}

// studiedShares is, per domain number, the share of its study topics'
// minutes done (0 to 1).
func studiedShares(work []TopicPlan) map[int]float64 {
	done, total := map[int]int{}, map[int]int{}
	for _, w := range work {
		if w.Kind == Study {
			done[w.domainNumber] += w.minutes - w.left
			total[w.domainNumber] += w.minutes
		}
	}
	out := map[int]float64{}
	for n, t := range total {
		if t > 0 {
			out[n] = float64(done[n]) / float64(t)
		}
	}
	return out
}

// unstudiedSentence says that the weak domains named (by number) get no
// review yet because their study is still to come, in the singular for one.
func unstudiedSentence(domains []string) string {
	if len(domains) == 1 {
		return fmt.Sprintf("Below target but not studied yet: domain %s. Its study comes first; "+
			"review is added once you have studied it.", domains[0])
	}
	last := len(domains) - 1
	return fmt.Sprintf("Below target but not studied yet: domains %s and %s. Their study comes first; "+
		"review is added once you have studied them.", strings.Join(domains[:last], ", "), domains[last])
}
