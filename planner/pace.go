package planner

import (
	"fmt"
	"math"
)

// A pace that learns. When the learner has ticked off at least
// paceMinDone study topics with the hours they spent, Rebalance compares
// those hours with the topics' estimates and scales the rest of every open
// study topic by the observed pace, kept within minPace and maxPace, and
// says so. A pace within paceSlack of 1 changes nothing.

// The bounds and the evidence the pace needs.
const (
	minPace     = 0.7
	maxPace     = 1.5
	paceMinDone = 3
	paceSlack   = 0.05
)

// ObservedPace is the hours spent on done study topics over their
// estimates, within the bounds, and whether there is enough evidence (at
// least paceMinDone done topics with hours logged) for it to count.
func ObservedPace(work []TopicPlan, progress map[string]Progress) (float64, bool) {
	spent, planned, n := 0.0, 0, 0
	for _, w := range work {
		p := progress[w.ID]
		if w.Kind != Study || !p.Done || p.Hours <= 0 || w.minutes == 0 {
			continue
		}
		spent, planned, n = spent+p.Hours*60, planned+w.minutes, n+1
	}
	if n < paceMinDone {
		return 1, false
	}
	return min(max(spent/float64(planned), minPace), maxPace), true
}

// applyPace scales what is left of the open study topics by the observed
// pace and returns a sentence saying so, or "".
func applyPace(work []TopicPlan, progress map[string]Progress) string {
	pace, ok := ObservedPace(work, progress)
	if !ok || math.Abs(pace-1) < paceSlack {
		return ""
	}
	before, after := 0, 0
	for i := range work {
		w := &work[i]
		p := progress[w.ID]
		if w.Kind != Study || p.Done {
			continue
		}
		spent := spentMinutes(p, w.minutes)
		left := w.minutes - spent
		scaled := 0
		if left > 0 {
			scaled = quarter(float64(left) * pace / 60)
		}
		before, after = before+left, after+scaled
		w.minutes = spent + scaled
	}
	return fmt.Sprintf("You take about %.1fx the estimate: the remaining %s h of study become %s h.",
		pace, hoursText(before), hoursText(after))
}

// hoursText writes minutes as hours without needless decimals: "40", "52.25".
func hoursText(m int) string { return fmt.Sprintf("%g", minutesToHours(m)) }
