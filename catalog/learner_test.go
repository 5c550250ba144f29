package catalog

import (
	"strings"
	"testing"
)

// researchTags are words of certplan's research that a learner must never read.
var researchTags = []string{"UNCONFIRMED", "CONFLICT", "3P", "3p", "CAT-0", "PT-0", "S-DVA", "S-CLF", "S-SAA",
	"source id", "corpus", "do not ship", "JP-SAP", ",)", "(,"}

// TestForLearners rewrites research shorthand in plain words.
func TestForLearners(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Full task list UNCONFIRMED: official guide text not in corpus.",
			"Full task list not confirmed by AWS: official guide text not yet available to certplan."},
		{"S-DVA3: Comparison of DVA-C02 and DVA-C03 (docs.aws.amazon.com mirror, source id 62557117334)",
			"Comparison of DVA-C02 and DVA-C03 (docs.aws.amazon.com mirror)"},
		{"CAT-0910", ""},
		{"notes ids 70777422439, 69768735991", ""},
		{"GA CONFLICT: 2027-01-14 (Sept 2026 AWS blog via CAT-0910) vs 'TBD' on exam page.",
			"GA sources disagree: 2027-01-14 (Sept 2026 AWS blog) vs 'TBD' on exam page."},
		{"Beta appointment code ME1-C02 (3P).", "Beta appointment code ME1-C02 (reported by others)."},
		{"Registration opened 2026-10-27.", "Registration opened 2026-10-27."},
	} {
		if got := ForLearners(tc.in); got != tc.want {
			t.Errorf("ForLearners(%q)\n = %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestNoResearchTagsReachLearners: no exam's notes or sources, as shown,
// carry a research tag or identifier.
func TestNoResearchTagsReachLearners(t *testing.T) {
	for _, e := range mustLoad(t).Exams() {
		for _, s := range append(e.LearnerNotes(), e.LearnerSources()...) {
			for _, tag := range researchTags {
				if containsTag(s, tag) {
					t.Errorf("%s shows %q, with %q", e.Code, s, tag)
				}
			}
		}
	}
}

// containsTag reports whether tag occurs in s as a tag, not inside a longer
// word or name: "S-SAA" in "AWS-SAA-C02-Study-Guide" is a repository name.
func containsTag(s, tag string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], tag)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || !isWordByte(s[at-1]) || !isWordByte(tag[0]) {
			return true
		}
		i = at + 1
	}
}

func isWordByte(b byte) bool {
	return b == '-' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z'
}
