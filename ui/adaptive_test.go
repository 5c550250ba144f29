package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// rootLayout is the sidebar layout of the window's content.
func rootLayout(t *testing.T, app *App) (*sidebarLayout, *fyne.Container) {
	t.Helper()
	root, ok := app.win.Content().(*fyne.Container)
	if !ok {
		t.Fatalf("content is %T", app.win.Content())
	}
	l, ok := root.Layout.(*sidebarLayout)
	if !ok {
		t.Fatalf("content layout is %T", root.Layout)
	}
	return l, root
}

// TestWorksAt800x600: at 800x600 every screen fits (nothing asks for more
// room than the window has), the sidebar is icons and the plan's columns
// stack; at full size the sidebar and columns come back.
func TestWorksAt800x600(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	app.win.Resize(fyne.NewSize(800, 600))
	for _, sc := range []Screen{ScreenPlan, ScreenCatalog, ScreenSetup, ScreenProgress, ScreenCerts,
		ScreenSettings, ScreenWelcome, ScreenAdvisor} {
		app.show(sc)
		app.tasks.wait()
		if min := app.win.Content().MinSize(); min.Width > 800 || min.Height > 570 {
			t.Errorf("%s needs %v, more than an 800x600 window with its menu bar", sc, min)
		}
	}
	app.show(ScreenPlan)
	app.tasks.wait()
	app.win.Resize(fyne.NewSize(800, 600))
	l, root := rootLayout(t, app)
	if !l.compact || root.Objects[0].Visible() || !root.Objects[1].Visible() {
		t.Fatal("at 800 px the full sidebar shows instead of the icons")
	}
	for _, it := range navItems {
		if app.nav.compact[it.screen] == nil {
			t.Errorf("the icon sidebar has no button for %s", it.screen)
		}
	}
	app.nav.compact[ScreenAdvisor].OnTapped()
	app.tasks.wait()
	wantScreen(t, app, ScreenAdvisor)
	app.show(ScreenPlan)
	app.tasks.wait()
	if cols := planColumns(t, app); !cols.stacked {
		t.Error("at 800 px the plan's two columns are side by side")
	}
	app.win.Resize(fyne.NewSize(1280, 800))
	if l.compact || !root.Objects[0].Visible() || root.Objects[1].Visible() {
		t.Fatal("at 1280 px the sidebar stays icons")
	}
	if cols := planColumns(t, app); cols.stacked {
		t.Error("at 1280 px the plan's columns stay stacked")
	}
}

// planColumns is the columns layout of the plan screen.
func planColumns(t *testing.T, app *App) *columnsLayout {
	t.Helper()
	var found *columnsLayout
	walk(app.views[ScreenPlan], func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok {
			if c, ok := s.Content.(*fyne.Container); ok {
				if l, ok := c.Layout.(*columnsLayout); ok && found == nil {
					found = l
				}
			}
		}
	})
	if found == nil {
		t.Fatal("the plan screen has no columns")
	}
	return found
}

// TestCatalogSearchSaysNoMatches: a search that finds nothing says so;
// clearing it brings the list and hides the message.
func TestCatalogSearchSaysNoMatches(t *testing.T) {
	app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-03-02")
	s := showScreen[*catalogScreen](t, app, ScreenCatalog)
	s.search.SetText("zzzz")
	if len(s.rows) != 0 || !s.noMatch.Visible() {
		t.Fatalf("rows %d, message shown %v: want none and the message", len(s.rows), s.noMatch.Visible())
	}
	wantContains(t, "message", s.noMatch.Text, "No exam matches \"zzzz\"")
	s.search.SetText("")
	if len(s.rows) == 0 || s.noMatch.Visible() {
		t.Fatal("clearing the search keeps the message")
	}
}
