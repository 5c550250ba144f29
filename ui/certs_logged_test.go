package ui

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestLoggingAnOldPassSaysItExpired: a pass logged long after it was
// taken earns a certification that has expired since; the dialog says so
// instead of congratulating the learner on holding it.
func TestLoggingAnOldPassSaysItExpired(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	s.save(planner.Attempt{Exam: "SAA-C03", Date: catalog.DateOf(2022, 10, 3), Status: planner.Passed, Score: 800})
	app.tasks.wait()
	text := topDialogText(app)
	wantContains(t, "dialog", text, "was earned on 2022-10-03 and expired on 2025-10-03")
	if strings.Contains(text, "Congratulations") || strings.Contains(text, "You now hold") {
		t.Errorf("dialog %q congratulates on a certification that expired", text)
	}
}

// TestLoggedTextSaysWhatChangedAndWhatWasLost: turning a pass into a fail
// says which certification now dates from another pass, and which is no
// longer held.
func TestLoggedTextSaysWhatChangedAndWhatWasLost(t *testing.T) {
	today := catalog.DateOf(2026, 3, 2)
	r := planner.AttemptResult{
		Attempt: planner.Attempt{Exam: "SAA-C03", Status: planner.Failed},
		Changed: []planner.HeldCertification{{Name: "Solutions Architect", Earned: catalog.DateOf(2025, 1, 6), Expiry: catalog.DateOf(2028, 1, 6)}},
		Lost:    []planner.HeldCertification{{Name: "Developer"}},
	}
	text := loggedText(r, today)
	wantContains(t, "logged text", text,
		"Solutions Architect now dates from 2025-01-06 and is valid until 2028-01-06.",
		"You no longer hold Developer: no logged pass earns it.")
}
