package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// fixedVariant is Fyne's theme always drawn light or always dark.
type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the colour of name in the fixed variant.
func (t fixedVariant) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(name, t.variant)
}

// applyTheme sets the app's colours to the learner's choice.
func applyTheme(a fyne.App, choice ThemeChoice) {
	switch choice {
	case ThemeLight:
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	case ThemeDark:
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}
