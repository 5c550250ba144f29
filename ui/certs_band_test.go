package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// TestCertsExamLogFollowsTheHeldCertifications: at 800x600, where the
// columns stack, the exam log starts right under the last held
// certification; the stacked columns gave the held ones half the room to
// spare, an empty band of about 100 px above the exam log.
func TestCertsExamLogFollowsTheHeldCertifications(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openCerts(t, f.services(), catalog.DateOf(2026, 3, 2))
	if err := f.AddHeldCertification(t.Context(), "CLF-C02", catalog.DateOf(2025, 6, 1)); err != nil {
		t.Fatal(err)
	}
	s.refresh()
	app.tasks.wait()
	at800x600(app)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject
	last := s.heldBox.Objects[len(s.heldBox.Objects)-1]
	heldEnd := pos(last).Y + last.Size().Height
	logTop := pos(labelIn(t, app.win.Content(), "Exam log")).Y
	if logTop < heldEnd {
		t.Fatalf("the exam log (y %v) starts above the end of the held certifications (y %v): the columns did not stack", logTop, heldEnd)
	}
	if gap := logTop - heldEnd; gap > 4*theme.Padding() {
		t.Errorf("at 800x600 an empty band of %v px lies between the held certifications and the exam log, want at most %v",
			gap, 4*theme.Padding())
	}
}

// labelIn returns the label inside o that reads text, or fails.
func labelIn(t testing.TB, o fyne.CanvasObject, text string) *widget.Label {
	t.Helper()
	return findWhere(t, o, func(l *widget.Label) bool { return l.Text == text }, fmt.Sprintf("no label %q", text))
}
