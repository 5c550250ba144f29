package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// secondaryTheme is the app's current theme in which a low-importance
// label's colour is the placeholder's: Fyne draws such labels in the
// disabled colour, which is below WCAG AA on the window in both themes,
// while the placeholder colour reads at 4.5:1 (theme_contrast_test.go).
type secondaryTheme struct{}

func (secondaryTheme) app() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

// Color is the placeholder colour for the disabled one, else the app's.
func (t secondaryTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if name == theme.ColorNameDisabled {
		name = theme.ColorNamePlaceHolder
	}
	return t.app().Color(name, v)
}

// Font is the app's font.
func (t secondaryTheme) Font(s fyne.TextStyle) fyne.Resource { return t.app().Font(s) }

// Icon is the app's icon.
func (t secondaryTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.app().Icon(n) }

// Size is the app's size.
func (t secondaryTheme) Size(n fyne.ThemeSizeName) float32 { return t.app().Size(n) }

// secondary is a wrapped line of secondary text, such as a session's study
// items: quieter than the text around it, yet readable in both themes.
func secondary(text string) fyne.CanvasObject {
	l := wrapped(text)
	l.Importance = widget.LowImportance
	return container.NewThemeOverride(l, secondaryTheme{})
}
