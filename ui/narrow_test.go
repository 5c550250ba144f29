package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/catalog"
)

// The welcome screen needs only a way to switch screens: built alone, its
// buttons ask for the catalog, the certifications and the advisor.
func TestWelcomeNeedsOnlyShow(t *testing.T) {
	test.NewTempApp(t)
	var shown []Screen
	s := newWelcomeScreen(func(sc Screen) { shown = append(shown, sc) })
	s.buildUI()
	test.Tap(s.choose)
	test.Tap(s.held)
	test.Tap(s.advise)
	want := []Screen{ScreenCatalog, ScreenCerts, ScreenAdvisor}
	if len(shown) != len(want) {
		t.Fatalf("screens asked for = %q, want %q", shown, want)
	}
	for i := range want {
		if shown[i] != want[i] {
			t.Errorf("tap %d asked for %q, want %q", i, shown[i], want[i])
		}
	}
}

// The catalog screen needs only the catalog, today, the exam of the plan
// shown and two ways on: built alone, it shows that exam and plans it.
func TestCatalogNeedsOnlyItsDeps(t *testing.T) {
	test.NewTempApp(t)
	var planned string
	s := newCatalogScreen(catalogDeps{cat: testCatalog(t), today: fixedDay(t, "2025-06-02"),
		shownExam: func() string { return "SAA-C03" }, showScreen: func(Screen) {},
		planExam: func(code string) { planned = code }})
	s.buildUI()
	s.refresh()
	if s.selected == nil || s.selected.Code != "SAA-C03" {
		t.Fatalf("selected = %v, want the shown plan's exam SAA-C03", s.selected)
	}
	s.onPlanExam()
	if planned != "SAA-C03" {
		t.Errorf("planned exam = %q, want %q", planned, "SAA-C03")
	}
}

// fixedDay is a clock for a screen built alone: always day s.
func fixedDay(t testing.TB, s string) func() catalog.Date {
	t.Helper()
	d, err := catalog.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return func() catalog.Date { return d }
}
