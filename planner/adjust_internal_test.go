package planner

import "testing"

// TestUnstudiedSentenceAgreesInNumber: one weak domain not studied yet is
// "domain 3 … its study", several are "domains 2, 3 and 4 … their study"
// (the rebalance once said "domain 1, 2, 3, 4. Its study comes first").
func TestUnstudiedSentenceAgreesInNumber(t *testing.T) {
	for _, c := range []struct {
		domains []string
		want    string
	}{
		{[]string{"3"}, "Below target but not studied yet: domain 3. Its study comes first; review is added once you have studied it."},
		{[]string{"2", "4"}, "Below target but not studied yet: domains 2 and 4. Their study comes first; review is added once you have studied them."},
		{[]string{"1", "2", "3", "4"}, "Below target but not studied yet: domains 1, 2, 3 and 4. Their study comes first; review is added once you have studied them."},
	} {
		if got := unstudiedSentence(c.domains); got != c.want {
			t.Errorf("unstudiedSentence(%q) = %q, want %q", c.domains, got, c.want)
		}
	}
}
