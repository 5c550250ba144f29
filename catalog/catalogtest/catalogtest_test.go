package catalogtest

import "testing"

func TestFixtureLoads(t *testing.T) {
	c := Load(t)
	e, _ := c.Exam("SAA-C03")
	if s, err := e.StudyItems(); err != nil || !s.Published || s.Count() == 0 {
		t.Fatalf("fixture SAA-C03 items: %v, %v", s, err)
	}
	fresh, err := Fresh()
	if err != nil || fresh == c {
		t.Fatalf("Fresh() = %p, %v; want a new catalog", fresh, err)
	}
}

func TestDateReadsALiteral(t *testing.T) {
	if got := Date(t, "2027-02-28").String(); got != "2027-02-28" {
		t.Errorf("Date(2027-02-28) = %s, want 2027-02-28", got)
	}
}

// recorder is a testing.TB that records a failure instead of stopping.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestDateFailsTheTestOnANonDate(t *testing.T) {
	r := &recorder{TB: t}
	Date(r, "28 February")
	if !r.failed {
		t.Error("Date(\"28 February\") did not fail the test")
	}
}
