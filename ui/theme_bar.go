package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne's progress bar writes one text colour over both its filled part
// (the primary colour) and the rest (primary at half strength), so no
// text colour reads on both with the app's primary. A bar gets its own
// primary: light enough for dark text in the light theme, dark enough for
// white text in the dark one.
var (
	lightBar = map[fyne.ThemeColorName]color.Color{
		theme.ColorNamePrimary:             rgb(0x5b, 0x95, 0xd9),
		theme.ColorNameForegroundOnPrimary: rgb(0x1f, 0x1f, 0x1f),
	}
	darkBar = map[fyne.ThemeColorName]color.Color{
		theme.ColorNamePrimary:             rgb(0x34, 0x70, 0xc0),
		theme.ColorNameForegroundOnPrimary: rgb(0xff, 0xff, 0xff),
	}
)

// barTheme is the app's current theme with a progress bar's own primary.
type barTheme struct{}

func (barTheme) app() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

// Color returns the bar's colours, else the app's.
func (t barTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if fv, ok := t.app().(fixedVariant); ok {
		v = fv.variant
	}
	return variantColor(lightBar, darkBar, t.app(), name, v)
}

// Font is the app's font.
func (t barTheme) Font(s fyne.TextStyle) fyne.Resource { return t.app().Font(s) }

// Icon is the app's icon.
func (t barTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.app().Icon(n) }

// Size is the app's size.
func (t barTheme) Size(n fyne.ThemeSizeName) float32 { return t.app().Size(n) }

// readableBar wraps a progress bar so its text reads in both themes.
func readableBar(bar fyne.CanvasObject) fyne.CanvasObject {
	return newThemedOnce(bar, barTheme{})
}
