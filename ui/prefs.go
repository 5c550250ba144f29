package ui

import "fyne.io/fyne/v2"

// Preference keys. Every preference certplan keeps is listed here, with its
// default below; plans and progress live in storage, never here.
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
	prefLastScreen   = "screen.last"
	prefLastPlan     = "plan.last"
	prefTheme        = "theme"
	prefDataFolder   = "data.folder"
)

// Preference defaults.
const (
	defaultWindowWidth  = 1100
	defaultWindowHeight = 720
	defaultScreen       = ScreenPlan
	defaultTheme        = ThemeSystem
)

// ThemeChoice is the learner's choice of colours.
type ThemeChoice string

// The theme choices: follow the system, or always light or dark.
const (
	ThemeSystem ThemeChoice = "system"
	ThemeLight  ThemeChoice = "light"
	ThemeDark   ThemeChoice = "dark"
)

// Prefs is the typed view of certplan's preferences: window size, last
// screen and plan, theme and data folder.
type Prefs struct{ p fyne.Preferences }

// NewPrefs wraps an app's preferences.
func NewPrefs(p fyne.Preferences) Prefs { return Prefs{p: p} }

// WindowSize returns the size the window last had.
func (x Prefs) WindowSize() fyne.Size {
	w := x.p.FloatWithFallback(prefWindowWidth, defaultWindowWidth)
	h := x.p.FloatWithFallback(prefWindowHeight, defaultWindowHeight)
	return fyne.NewSize(float32(max(w, 480)), float32(max(h, 360)))
}

// SetWindowSize remembers the window's size.
func (x Prefs) SetWindowSize(s fyne.Size) {
	x.p.SetFloat(prefWindowWidth, float64(s.Width))
	x.p.SetFloat(prefWindowHeight, float64(s.Height))
}

// LastScreen returns the screen the learner last looked at.
func (x Prefs) LastScreen() Screen {
	return Screen(x.p.StringWithFallback(prefLastScreen, string(defaultScreen)))
}

// SetLastScreen remembers the screen shown.
func (x Prefs) SetLastScreen(s Screen) { x.p.SetString(prefLastScreen, string(s)) }

// LastPlan returns the ID of the plan last shown, or 0.
func (x Prefs) LastPlan() int64 { return int64(x.p.IntWithFallback(prefLastPlan, 0)) }

// SetLastPlan remembers the plan shown.
func (x Prefs) SetLastPlan(id int64) { x.p.SetInt(prefLastPlan, int(id)) }

// Theme returns the learner's theme choice.
func (x Prefs) Theme() ThemeChoice {
	switch t := ThemeChoice(x.p.StringWithFallback(prefTheme, string(defaultTheme))); t {
	case ThemeLight, ThemeDark:
		return t
	}
	return ThemeSystem
}

// SetTheme remembers the theme choice.
func (x Prefs) SetTheme(t ThemeChoice) { x.p.SetString(prefTheme, string(t)) }

// DataFolder returns the folder chosen for the data, or "" for the default.
func (x Prefs) DataFolder() string { return x.p.StringWithFallback(prefDataFolder, "") }

// SetDataFolder remembers the folder to use from the next start.
func (x Prefs) SetDataFolder(dir string) { x.p.SetString(prefDataFolder, dir) }
