package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestSetupKeepsTheVerdictAndCreateInSightAt800x600: on a small window
// the verdict, its fix and Create stay inside the window, however the
// form and the preview fold (QA: at 800x600 Create fell off-screen).
func TestSetupKeepsTheVerdictAndCreateInSightAt800x600(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	app.win.Resize(fyne.NewSize(800, 600))
	s.examDate.entry.SetText("2026-03-20") // too near: the fix shows
	app.tasks.wait()
	if s.preview.useEarliest.Hidden {
		t.Fatal("the test needs a plan that does not fit, with its fix")
	}
	app.win.Resize(fyne.NewSize(801, 600)) // lay out again with the fix shown
	app.win.Resize(fyne.NewSize(800, 600))
	size := app.win.Canvas().Size()
	driver := fyne.CurrentApp().Driver()
	for name, o := range map[string]fyne.CanvasObject{"Create": s.create, "the verdict": s.preview.verdict,
		"the earliest-date fix": s.preview.useEarliest} {
		at := driver.AbsolutePositionForObject(o)
		if end := at.Y + o.Size().Height; at.Y < 0 || end > size.Height || o.Size().Height <= 0 {
			t.Errorf("%s is at y %v to %v, outside the %v px high window", name, at.Y, end, size.Height)
		}
		if end := at.X + o.Size().Width; at.X < 0 || end > size.Width {
			t.Errorf("%s is at x %v to %v, outside the %v px wide window", name, at.X, end, size.Width)
		}
	}
}

// TestSetupKeepsTheDraftWhenTheLearnerComesBack: what the learner typed
// survives a visit to another screen and planning the same exam again
// from the catalog; another exam, or a plan created, starts afresh (QA:
// every field went back to its default).
func TestSetupKeepsTheDraftWhenTheLearnerComesBack(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	test.Type(s.examDate.entry, "2026-06-30")
	s.hours.entries[5].SetText("4")
	app.tasks.wait()
	for _, back := range []func(){func() { app.planExam("CLF-C02") }, func() { app.show(ScreenSetup) }} {
		app.show(ScreenCerts)
		app.tasks.wait()
		back()
		app.tasks.wait()
		if s.examDate.entry.Text != "2026-06-30" || s.hours.entries[5].Text != "4" {
			t.Fatalf("back in the set-up: exam date %q, Sat %q; want the draft's 2026-06-30 and 4",
				s.examDate.entry.Text, s.hours.entries[5].Text)
		}
	}
	app.planExam("SAA-C03")
	app.tasks.wait()
	if s.examDate.entry.Text != "" {
		t.Errorf("planning another exam kept the draft's exam date %q", s.examDate.entry.Text)
	}
	test.Tap(s.create)
	app.tasks.wait()
	app.planExam("SAA-C03")
	app.tasks.wait()
	if s.hours.entries[5].Text == "4" {
		t.Error("after the plan was created the set-up still holds its draft")
	}
}

// TestSetupFieldsAreWholeAtTheWindowSizes: every field of the set-up,
// the Sunday hours and the date fields' calendars with them, ends inside
// the form's column at 1100x720 and at 800x600 (QA: the one-line hint of
// "Total hours" widened the form past it, cutting them off on the right).
func TestSetupFieldsAreWholeAtTheWindowSizes(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "SAA-C03")
	driver := fyne.CurrentApp().Driver()
	for _, size := range windowSizes {
		app.win.Resize(size)
		form := findFirst[*widget.Form](t, app.win.Content(), "no form on the set-up")
		column := innermostScrollOf(app.win.Content(), form)
		if column == nil {
			t.Fatal("the set-up's form is not in a scroll")
		}
		edge := driver.AbsolutePositionForObject(column).X + column.Size().Width
		fields := map[string]fyne.CanvasObject{"Sun": s.hours.entries[6]}
		for _, it := range form.Items {
			fields[it.Text] = it.Widget
		}
		for name, o := range fields {
			if end := driver.AbsolutePositionForObject(o).X + o.Size().Width; end > edge {
				t.Errorf("at %v %q ends at x %v, past the form's column at %v", size, name, end, edge)
			}
		}
	}
}

// TestSetupPreviewReadsWholeAt800x600: at 800x600 the form and the preview
// stack on one scrolled page and the preview shows all its lines, none cut
// (QA: it showed its first line in a squeezed scroll); at 1100x720 the
// columns stand side by side and each scrolls its own.
func TestSetupPreviewReadsWholeAt800x600(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "SAA-C03")
	app.win.Resize(fyne.NewSize(800, 600))
	app.tasks.wait()
	app.win.Resize(fyne.NewSize(801, 600)) // lay out again with the preview filled
	app.win.Resize(fyne.NewSize(800, 600))
	sc := s.preview.scroll
	if s.preview.total.Text == "" || s.preview.weeks.Text == "" {
		t.Fatal("the test needs a preview with its figures")
	}
	if got, want := sc.Size().Height, sc.Content.MinSize().Height; got < want {
		t.Errorf("at 800x600 the preview shows %v px of its %v: cut", got, want)
	}
	app.win.Resize(fyne.NewSize(1100, 720))
	if got := sc.MinSize().Height; got >= sc.Content.MinSize().Height && sc.Content.MinSize().Height > 100 {
		t.Errorf("at 1100x720 the preview's scroll keeps the stacked page's height (%v px)", got)
	}
}
