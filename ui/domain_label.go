package ui

import "certplan/planner"

// practiceLabel names the practice exams in a list of domains: they cover
// all domains, and "All domains 0 h of 4.3 h" read as if it were the total.
const practiceLabel = "Practice exams (all domains)"

// fixLabel names the time after each practice exam to fix what it showed,
// which is not one domain either.
const fixLabel = "Fixing weak areas after practice exams"

// domainLabel is the name a domain's hours are shown under.
func domainLabel(d planner.DomainProgress) string {
	switch d.Kind {
	case planner.Practice:
		return practiceLabel
	case planner.Fix:
		return fixLabel
	}
	return d.Domain
}
