package planner

import "fmt"

// OverallText is the overall estimate against the target as the learner
// reads it, "about 72 %, below your 80 % target" or "about 85 %, at or
// above your 80 % target": one wording for every place that shows it.
func (r Readiness) OverallText() string {
	verdict := "below"
	if r.Ready {
		verdict = "at or above"
	}
	return fmt.Sprintf("about %.0f %%, %s your %.0f %% target", r.Overall, verdict, r.Target)
}
