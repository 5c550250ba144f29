package advisor

import (
	"fmt"
	"slices"

	"certplan/catalog"
	"certplan/planner"
)

// preparing are the certifications the learner already has an active plan
// for, by certification key: the advisor does not suggest them again.
type preparing map[string]planner.PlanSummary

// preparingOf keeps the plans still preparing (PlanSummary.Preparing) whose
// exam the catalog knows, by the
// certification they prepare for (a DVA-C02 plan stands for DVA-C03 too).
// When two plans prepare for one certification the first listed wins.
func preparingOf(cat *catalog.Catalog, plans []planner.PlanSummary) preparing {
	out := preparing{}
	for _, p := range plans {
		e, ok := cat.Exam(p.Exam)
		if !ok || !p.Preparing() {
			continue
		}
		if _, seen := out[e.Certification]; !seen {
			out[e.Certification] = p
		}
	}
	return out
}

// byDate lists the plans that have an exam date, earliest first.
func (ps preparing) byDate() []planner.PlanSummary {
	var out []planner.PlanSummary
	for _, k := range sortedKeys(ps) {
		if !ps[k].ExamDate.IsZero() {
			out = append(out, ps[k])
		}
	}
	slices.SortStableFunc(out, func(a, b planner.PlanSummary) int { return int(a.ExamDate) - int(b.ExamDate) })
	return out
}

// AlreadyPlanned returns the active plan among plans that already prepares
// for the certification exam code leads to, if any: saving a roadmap skips
// such a step instead of planning it twice.
func AlreadyPlanned(cat *catalog.Catalog, plans []planner.PlanSummary, code string) (planner.PlanSummary, bool) {
	e, ok := cat.Exam(code)
	if !ok {
		return planner.PlanSummary{}, false
	}
	p, ok := preparingOf(cat, plans)[e.Certification]
	return p, ok
}

// PreparingFor says that the learner already studies for plan p's exam:
// "You are already preparing for DVA-C03 (exam 2027-05-01)".
func PreparingFor(p planner.PlanSummary) string {
	if p.ExamDate.IsZero() {
		return fmt.Sprintf("You are already preparing for %s (no exam date yet)", p.Exam)
	}
	return fmt.Sprintf("You are already preparing for %s (exam %s)", p.Exam, p.ExamDate)
}

// warnings says, for each active plan, that its exam is not suggested
// again and, once, that the dates use only the hours the plans leave.
func (ps preparing) warnings(p Profile) []string {
	var out []string
	for _, k := range sortedKeys(ps) {
		out = append(out, PreparingFor(ps[k])+", so it is not suggested again.")
	}
	if p.SharesWeek() {
		out = append(out, fmt.Sprintf("Your active plans already take part of your %s hours a week: the dates here use only the hours they leave.",
			number(p.HoursPerWeek)))
	}
	return out
}

// SharesWeek reports whether active plans already take study time from
// today on.
func (p Profile) SharesWeek() bool {
	for d, h := range p.Taken {
		if h > 0 && !d.Before(p.Today) {
			return true
		}
	}
	return false
}

// withoutPreparing drops the candidates the learner already prepares for.
func withoutPreparing(cands []candidate, ps preparing) []candidate {
	keys := map[string]bool{}
	for k := range ps {
		keys[k] = true
	}
	return eligible(cands, keys)
}
