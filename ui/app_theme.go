package ui

import "fyne.io/fyne/v2"

// themeKey is the theme and variant a screen was drawn in.
type themeKey struct {
	theme   fyne.Theme
	variant fyne.ThemeVariant
}

// currentTheme is the theme the app draws in now.
func (a *App) currentTheme() themeKey {
	s := a.fyne.Settings()
	return themeKey{s.Theme(), s.ThemeVariant()}
}

// builtInOldTheme tells whether screen s was built before the theme last
// changed. Fyne recolours only what the window shows, so a screen hidden
// at the change (and the rows its lists keep aside) would keep the old
// colours, such as white checkboxes in the dark: it is built again.
func (a *App) builtInOldTheme(s Screen) bool {
	k, ok := a.themed[s]
	if !ok || k == a.currentTheme() {
		return false
	}
	if s == a.current {
		a.noteTheme(s) // shown at the change: Fyne recoloured it
		return false
	}
	return true
}

// noteTheme records that screen s is being built in the current theme.
func (a *App) noteTheme(s Screen) {
	if a.themed == nil {
		a.themed = map[Screen]themeKey{}
	}
	a.themed[s] = a.currentTheme()
}
