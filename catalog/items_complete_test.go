package catalog

import "testing"

// TestEmbeddedItemsAreValid decodes every real items file and checks each
// against its exam: ids, kinds, task numbers, services and sources.
func TestEmbeddedItemsAreValid(t *testing.T) {
	c := mustLoad(t)
	if err := c.ValidateItems(); err != nil {
		t.Fatalf("the embedded study items are refused:\n%v", err)
	}
	for _, e := range c.Exams() {
		s, _ := e.StudyItems()
		if s.Published && (s.Guide == "" || s.Source == "") {
			t.Errorf("%s: published items without the guide version and source", e.Code)
		}
	}
}

// TestEveryBookableExamHasItemsOrSaysWhyNot: every exam a learner can book
// on the day the catalog was checked, or that is announced for later, has
// an items file; a published one names the guide it comes from and gives
// every task at least one item, and an unpublished one says so in a note.
func TestEveryBookableExamHasItemsOrSaysWhyNot(t *testing.T) {
	c := mustLoad(t)
	asOf := DateOf(2026, 12, 2)
	for _, e := range c.Exams() {
		if e.Level == Accreditation || e.StatusOn(asOf) == Retired {
			continue
		}
		s, err := e.StudyItems()
		if err != nil {
			t.Errorf("%s: %v", e.Code, err)
			continue
		}
		if !s.Published {
			if s.Note == "" || s.Guide == "" && s.Source == "" {
				t.Errorf("%s: items not published, but no note says why", e.Code)
			}
			continue
		}
		for _, topic := range e.Topics() {
			if topic.Synthetic {
				continue
			}
			if len(s.Items(topic.Number)) == 0 {
				t.Errorf("%s: task %s has no study items", e.Code, topic.Number)
			}
		}
	}
}

// TestTheIssuesExamsAreCovered pins the list of exams issue 12 names, so a
// lost items file is noticed even if its exam's dates change.
func TestTheIssuesExamsAreCovered(t *testing.T) {
	c := mustLoad(t)
	for _, code := range []string{"CLF-C02", "AIF-C01", "SAA-C03", "DVA-C03", "SOA-C03", "DEA-C01", "MLA-C02",
		"DOP-C02", "SAP-C03", "ANS-C01", "SCS-C03", "AIP-C01", "AIB-C01"} {
		e, ok := c.Exam(code)
		if !ok {
			t.Errorf("%s is not in the catalog", code)
			continue
		}
		if s, err := e.StudyItems(); err != nil || s.Guide == "" {
			t.Errorf("%s: no items file with its guide named (%v)", code, err)
		}
	}
}
