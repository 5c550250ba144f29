package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
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
// Making one costs the window its text sizes and icons (themedOnce): a
// screen that shows the same lines again keeps them (secondaryLines).
func secondary(text string) fyne.CanvasObject {
	l := wrapped(text)
	l.Importance = widget.LowImportance
	return newThemedOnce(l, secondaryTheme{})
}

// secondaryLines keeps the lines of secondary text a view showed, by what
// they say, for its next show to use again rather than make new ones.
type secondaryLines struct {
	kept, used map[string][]fyne.CanvasObject
}

// startShow makes the lines of the show before the ones to use again,
// and drops those it did not use.
func (l *secondaryLines) startShow() { l.kept, l.used = l.used, map[string][]fyne.CanvasObject{} }

// line is a line of secondary text saying text: one the show before
// showed, or a new one.
func (l *secondaryLines) line(text string) fyne.CanvasObject {
	o := fyne.CanvasObject(nil)
	if kept := l.kept[text]; len(kept) > 0 {
		o, l.kept[text] = kept[0], kept[1:]
	} else {
		o = secondary(text)
	}
	if l.used == nil {
		l.used = map[string][]fyne.CanvasObject{}
	}
	l.used[text] = append(l.used[text], o)
	return o
}
