package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The palettes replace the default theme's colours that do not reach WCAG
// AA contrast: text 4.5:1 on its background, controls (checkbox and entry
// borders, badges, the focus highlight) 3:1 against what surrounds them.
// theme_contrast_test.go computes every pair from these values.
var (
	lightPalette = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameForeground:          rgb(0x1f, 0x1f, 0x1f),
		theme.ColorNamePlaceHolder:         rgb(0x6b, 0x6b, 0x6b),
		theme.ColorNameInputBorder:         rgb(0x76, 0x76, 0x76),
		theme.ColorNameDisabled:            rgb(0x8a, 0x8a, 0x8a),
		theme.ColorNamePrimary:             rgb(0x1a, 0x5f, 0xb4),
		theme.ColorNameForegroundOnPrimary: rgb(0xff, 0xff, 0xff),
		theme.ColorNameFocus:               color.NRGBA{R: 0x1a, G: 0x5f, B: 0xb4, A: 0xb3},
		theme.ColorNameSuccess:             rgb(0x1e, 0x7b, 0x34),
		theme.ColorNameForegroundOnSuccess: rgb(0xff, 0xff, 0xff),
		theme.ColorNameWarning:             rgb(0x9a, 0x5b, 0x00),
		theme.ColorNameForegroundOnWarning: rgb(0xff, 0xff, 0xff),
		theme.ColorNameError:               rgb(0xc0, 0x1c, 0x28),
		theme.ColorNameForegroundOnError:   rgb(0xff, 0xff, 0xff),
	}
	darkPalette = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameInputBorder:         rgb(0x8a, 0x8a, 0x8a),
		theme.ColorNameDisabled:            rgb(0x6c, 0x6c, 0x6c),
		theme.ColorNamePrimary:             rgb(0x62, 0xa0, 0xea),
		theme.ColorNameForegroundOnPrimary: rgb(0x17, 0x17, 0x18),
		theme.ColorNameFocus:               color.NRGBA{R: 0x35, G: 0x84, B: 0xe4, A: 0xb3},
		theme.ColorNameSuccess:             rgb(0x43, 0xf4, 0x36),
		theme.ColorNameForegroundOnSuccess: rgb(0x17, 0x17, 0x18),
		theme.ColorNameWarning:             rgb(0xff, 0x98, 0x00),
		theme.ColorNameForegroundOnWarning: rgb(0x17, 0x17, 0x18),
		theme.ColorNameError:               rgb(0xf4, 0x43, 0x36),
		theme.ColorNameForegroundOnError:   rgb(0x17, 0x17, 0x18),
	}
)

// paletteColor is certplan's colour of name in variant v, falling back to
// base for the colours the palettes keep.
func paletteColor(base fyne.Theme, name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return variantColor(lightPalette, darkPalette, base, name, v)
}

// variantColor is name's colour in light or dark, by variant v, or base's
// when that map does not set it.
func variantColor(light, dark map[fyne.ThemeColorName]color.Color, base fyne.Theme, name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	p := light
	if v == theme.VariantDark {
		p = dark
	}
	if c, ok := p[name]; ok {
		return c
	}
	return base.Color(name, v)
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }
