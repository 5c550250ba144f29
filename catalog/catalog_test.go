package catalog

import (
	"testing"
)

func mustLoad(t testing.TB) *Catalog {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatalf("embedded catalog does not load: %v", err)
	}
	return c
}

func TestEmbeddedCatalogLoads(t *testing.T) {
	c := mustLoad(t)
	if got := len(c.Exams()); got != 26 {
		t.Errorf("exams = %d, want the 26 codes of the fact sheet", got)
	}
	for _, e := range c.Exams() {
		t.Logf("%s %s %s %d topics %.0fh", e.Code, e.Level, e.Status, len(e.Topics()), e.StudyHours)
	}
}
