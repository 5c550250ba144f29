package advisor

import (
	"fmt"
	"slices"

	"certplan/catalog"
)

// prior is what usually comes before a certification: any one of the
// certifications in after, held or earlier in the roadmap, or orYears of
// AWS experience when that is set. A soft prior is a nudge that the
// roadmap follows but alternatives may skip.
type prior struct {
	after   []string
	orYears float64
	soft    bool
}

var (
	foundational = []string{"CLF", "AIF", "AIB"}
	associates   = []string{"SAA", "DVA", "SOA", "DEA", "MLA"}
	professional = []string{"SAP", "DOP", "AIP"}
	aboveEntry   = slices.Concat(foundational, associates, professional)
)

// ladder is the programme's shape: a Foundational or a year on AWS before an
// Associate, the matching Associate before a Professional, and an Associate
// or three years on AWS before a Specialty.
var ladder = map[string]prior{
	"SAA": {after: aboveEntry, orYears: newcomerYears, soft: true},
	"DVA": {after: aboveEntry, orYears: newcomerYears, soft: true},
	"SOA": {after: aboveEntry, orYears: newcomerYears, soft: true},
	"DEA": {after: aboveEntry, orYears: newcomerYears, soft: true},
	"MLA": {after: aboveEntry, orYears: newcomerYears, soft: true},
	"SAP": {after: []string{"SAA"}},
	"DOP": {after: []string{"DVA", "SOA"}},
	"AIP": {after: []string{"DVA", "MLA"}},
	"SCS": {after: slices.Concat(associates, professional), orYears: 3},
	"ANS": {after: slices.Concat(associates, professional), orYears: 3},
}

// ready reports whether the learner, holding the certifications in have,
// has taken the usual steps before key. With strict false, soft priors are
// ignored.
func ready(key string, have map[string]bool, years float64, strict bool) bool {
	pr, ok := ladder[key]
	if !ok || (!strict && pr.soft) {
		return true
	}
	if pr.orYears > 0 && years >= pr.orYears {
		return true
	}
	return slices.ContainsFunc(pr.after, func(k string) bool { return have[k] })
}

// priorReason names the held certification that is the usual step before
// key, or returns "" when none is needed or held.
func priorReason(cat *catalog.Catalog, key string, hs holdings) string {
	pr, ok := ladder[key]
	if !ok || pr.soft {
		return ""
	}
	for _, k := range pr.after {
		if h, ok := hs[k]; ok {
			name := k
			if f, ok := cat.Certification(k); ok {
				name = f.Name
			}
			return fmt.Sprintf("You hold %s (%s), the usual step before it.", name, h.code)
		}
	}
	return ""
}

// softReason explains a suggestion that skips the soft prior, or returns "".
func softReason(key string, have map[string]bool, years float64) string {
	if ready(key, have, years, true) {
		return ""
	}
	return "Most people new to AWS take a Foundational exam first, but you can start here if you already work with AWS every day."
}
