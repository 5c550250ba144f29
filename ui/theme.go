package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// fixedVariant is certplan's theme always drawn light or always dark.
type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the colour of name in the fixed variant.
func (t fixedVariant) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return paletteColor(t.Theme, name, t.variant)
}

// systemVariant is certplan's theme following the system's light or dark.
type systemVariant struct{ fyne.Theme }

// Color returns the colour of name in variant v.
func (t systemVariant) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return paletteColor(t.Theme, name, v)
}

// applyTheme sets the app's colours to the learner's choice.
func applyTheme(a fyne.App, choice ThemeChoice) {
	switch choice {
	case ThemeLight:
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	case ThemeDark:
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(systemVariant{theme.DefaultTheme()})
	}
}
