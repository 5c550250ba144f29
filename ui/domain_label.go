package ui

import "certplan/planner"

// practiceLabel names the practice exams in a list of domains: they cover
// all domains, and "All domains 0 h of 4.3 h" read as if it were the total.
const practiceLabel = "Practice exams (all domains)"

// domainLabel is the name a topic's hours are shown under, by domain.
func domainLabel(t planner.TopicPlan) string {
	if t.Kind == planner.Practice {
		return practiceLabel
	}
	return t.Domain
}
