package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// luminance is the WCAG relative luminance of c (opaque).
func luminance(c color.Color) float64 {
	r, g, b, _ := color.NRGBAModel.Convert(c).(color.NRGBA).RGBA()
	lin := func(v uint32) float64 {
		x := float64(v>>8) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of a and b.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// over is c drawn with its alpha over the opaque bg.
func over(c, bg color.Color) color.Color {
	f := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(f.R, b.R), G: mix(f.G, b.G), B: mix(f.B, b.B), A: 0xff}
}

// TestThemeContrast reads the colours of the light and dark themes and
// checks every pair a learner must tell apart reaches WCAG AA: 4.5:1 for
// text, 3:1 for controls and the focus highlight.
func TestThemeContrast(t *testing.T) {
	app := test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := fixedVariant{theme.DefaultTheme(), v}
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
		bg, input, button := c(theme.ColorNameBackground), c(theme.ColorNameInputBackground), c(theme.ColorNameButton)
		focused := over(c(theme.ColorNameFocus), button)
		pairs := []struct {
			what   string
			fg, bg color.Color
			min    float64
		}{
			{"text on the window", c(theme.ColorNameForeground), bg, 4.5},
			{"text in an entry", c(theme.ColorNameForeground), input, 4.5},
			{"placeholder in an entry", c(theme.ColorNamePlaceHolder), input, 4.5},
			{"secondary text on the window (secondaryTheme)", c(theme.ColorNamePlaceHolder), bg, 4.5},
			{"text on a button", c(theme.ColorNameForeground), button, 4.5},
			{"unticked checkbox border on the window", c(theme.ColorNameInputBorder), bg, 3},
			{"unticked checkbox border on its fill", c(theme.ColorNameInputBorder), input, 3},
			{"ticked checkbox on the window", c(theme.ColorNamePrimary), bg, 3},
			{"focused button against the window", focused, bg, 3},
			{"text on a focused button", c(theme.ColorNameForeground), focused, 4.5},
			{"focused entry border against the window", c(theme.ColorNamePrimary), bg, 3},
		}
		for _, b := range []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameWarning,
			theme.ColorNameError, theme.ColorNamePrimary, theme.ColorNameDisabled} {
			pairs = append(pairs, struct {
				what   string
				fg, bg color.Color
				min    float64
			}{"badge text on " + string(b), c(onColor(b)), c(b), 4.5})
		}
		applyTheme(app, map[fyne.ThemeVariant]ThemeChoice{theme.VariantLight: ThemeLight, theme.VariantDark: ThemeDark}[v])
		fill := barTheme{}.Color(theme.ColorNamePrimary, v)
		text := barTheme{}.Color(theme.ColorNameForegroundOnPrimary, v)
		half := over(halfAlpha(fill), bg)
		pairs = append(pairs, struct {
			what   string
			fg, bg color.Color
			min    float64
		}{"progress bar text on its filled part", text, fill, 4.5}, struct {
			what   string
			fg, bg color.Color
			min    float64
		}{"progress bar text on its empty part", text, half, 4.5})
		for _, p := range pairs {
			if got := contrast(p.fg, p.bg); got < p.min {
				t.Errorf("%s theme: %s: contrast %.2f:1, want at least %.1f:1", variantName(v), p.what, got, p.min)
			}
		}
	}
}

func variantName(v fyne.ThemeVariant) string {
	if v == theme.VariantDark {
		return "dark"
	}
	return "light"
}

// halfAlpha is c at half strength, as Fyne draws a progress bar's track.
func halfAlpha(c color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A /= 2
	return n
}
