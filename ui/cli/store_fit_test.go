package cli

import (
	"regexp"
	"strings"
	"testing"
)

// editExam finds the fix "certplan edit ID --exam DATE" in a command's output.
var editExam = regexp.MustCompile(`certplan edit 1 --exam (\S+)`)

// TestShowFixesFitAroundOtherPlans: a plan that does not fit, shown after
// a second plan took part of the week, offers the earliest exam date that
// fits around that plan now, and moving the exam there makes it fit (QA
// finding 2: show offered the date stored before the second plan, which
// did not fit once applied).
func TestShowFixesFitAroundOtherPlans(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--exam", "2026-12-11", "--hours", "10")
	mustStore(t, dir, "new", "--cert", "DVA-C03", "--exam", "2027-03-31", "--hours", "10")
	show := mustStore(t, dir, "show", "1")
	m := editExam.FindStringSubmatch(show)
	if m == nil {
		t.Fatalf("show 1 offers no earlier exam date:\n%s", show)
	}
	edit := mustStore(t, dir, "edit", "1", "--exam", m[1])
	if !strings.Contains(edit, "fit.") || strings.Contains(edit, "do not fit") {
		t.Errorf("edit 1 --exam %s, the earliest date show offered, does not fit:\n%s", m[1], edit)
	}
	if again := mustStore(t, dir, "show", "1"); strings.Contains(again, "To fit it all") {
		t.Errorf("after edit 1 --exam %s, show 1 still offers fixes:\n%s", m[1], again)
	}
}
