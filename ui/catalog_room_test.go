package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestCatalogNamesShowWhole: every exam's name in the catalog's list
// shows in full, its row as tall as its lines, at 1100x720 and at
// 800x600, and again after a search (QA: "AWS Certified Solutions
// Archit…" where the row could grow).
func TestCatalogNamesShowWhole(t *testing.T) {
	app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-12-02")
	s := showScreen[*catalogScreen](t, app, ScreenCatalog)
	atWindowSizes(app, func(size fyne.Size) { wantNamesWhole(t, s, size) })
	test.Type(s.search, "associate")
	wantNamesWhole(t, s, app.win.Canvas().Size())
}

// wantNamesWhole scrolls the catalog's list to each exam and fails for a
// name drawn cut or in less height than its lines need.
func wantNamesWhole(t *testing.T, s *catalogScreen, size fyne.Size) {
	t.Helper()
	seen := map[string]bool{}
	for id, row := range s.rows {
		if row.exam == nil {
			continue
		}
		s.list.ScrollTo(id)
		walk(s.list, func(o fyne.CanvasObject) {
			c, ok := o.(*fyne.Container)
			if !ok || len(c.Objects) != 3 || !c.Visible() {
				return
			}
			name, ok := c.Objects[0].(*widget.Label)
			if !ok || name.TextStyle.Bold || seen[name.Text] {
				return
			}
			seen[name.Text] = true
			if got := drawnText(name); got != name.Text || name.Size().Height < name.MinSize().Height {
				t.Errorf("at %v the catalog shows %q as %q in %v of the %v it needs", size, name.Text, got,
					name.Size().Height, name.MinSize().Height)
			}
		})
	}
	if len(seen) == 0 {
		t.Fatal("no exam names found in the catalog's list")
	}
}

// TestCatalogListHasHalfTheWindow (QA desk2 #5): at 800x600, where the
// detail goes under the list, the list of exams is at least half the
// window high, not about three rows.
func TestCatalogListHasHalfTheWindow(t *testing.T) {
	app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-12-02")
	s := showScreen[*catalogScreen](t, app, ScreenCatalog)
	at800x600(app)
	if h := s.list.Size().Height; h < 300 {
		t.Errorf("the exam list is %.0f high at 800x600, want at least half the window, 300", h)
	}
}
