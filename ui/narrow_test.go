package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
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
