package ui

import (
	"log/slog"

	"fyne.io/fyne/v2"

	"certplan/planner"
)

// Preference keys. Every preference certplan keeps is listed here, with its
// default below; plans and progress live in storage, never here.
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
	prefTheme        = "theme"
	prefDataFolder   = "data.folder"
	prefExportFolder = "export.folder"
)

// Preference defaults, and the least window size a remembered size (or a
// screen that reports a silly size) can make.
const (
	defaultWindowWidth  = 1100
	defaultWindowHeight = 720
	minWindowWidth      = 480
	minWindowHeight     = 360
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

// Prefs is the typed view of certplan's preferences: window size, theme
// and data folder per person (Fyne's preferences), and the last screen and
// plan per data folder (kept in the folder, see folderState).
type Prefs struct {
	p    fyne.Preferences
	data *folderState
}

// NewPrefs wraps an app's preferences.
func NewPrefs(p fyne.Preferences) Prefs { return Prefs{p: p, data: &folderState{}} }

// WindowSize returns the size the window last had.
func (x Prefs) WindowSize() fyne.Size {
	w := x.p.FloatWithFallback(prefWindowWidth, defaultWindowWidth)
	h := x.p.FloatWithFallback(prefWindowHeight, defaultWindowHeight)
	return fyne.NewSize(float32(max(w, minWindowWidth)), float32(max(h, minWindowHeight)))
}

// SetWindowSize remembers the window's size.
func (x Prefs) SetWindowSize(s fyne.Size) {
	x.p.SetFloat(prefWindowWidth, float64(s.Width))
	x.p.SetFloat(prefWindowHeight, float64(s.Height))
}

// LastScreen returns the screen the learner last looked at in this data
// folder.
func (x Prefs) LastScreen() Screen {
	if s := x.data.state.LastScreen; s != "" {
		return Screen(s)
	}
	return defaultScreen
}

// SetLastScreen remembers the screen shown.
func (x Prefs) SetLastScreen(s Screen) {
	x.data.update(func(st *planner.DesktopState) { st.LastScreen = string(s) })
}

// LastPlan returns the ID of the plan last shown in this data folder, or 0.
func (x Prefs) LastPlan() int64 { return x.data.state.LastPlan }

// SetLastPlan remembers the plan shown.
func (x Prefs) SetLastPlan(id int64) {
	x.data.update(func(st *planner.DesktopState) { st.LastPlan = id })
}

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

// ExportFolder returns the folder the learner last saved an export to
// (a plan's PDF, calendar or spreadsheet, or all the data), or "" for none
// yet: the save dialogs then start in the home folder.
func (x Prefs) ExportFolder() string { return x.p.StringWithFallback(prefExportFolder, "") }

// SetExportFolder remembers the folder an export was saved to.
func (x Prefs) SetExportFolder(dir string) { x.p.SetString(prefExportFolder, dir) }

// StateService keeps what the desktop app remembers about one data folder
// (last plan and screen, the reminder), in that folder.
type StateService interface {
	DesktopState() planner.DesktopState
	SaveDesktopState(planner.DesktopState) error
}

// folderState is the desktop state of the open data folder; before the
// folder opens, and with no StateService, it is kept in memory only.
type folderState struct {
	state planner.DesktopState
	store StateService
}

// useFolder reads the state of the data folder store keeps.
func (x Prefs) useFolder(store StateService) {
	x.data.store = store
	if store != nil {
		x.data.state = store.DesktopState()
	}
}

// update changes the state and saves it when it changed.
func (f *folderState) update(change func(*planner.DesktopState)) {
	before := f.state
	change(&f.state)
	if f.state == before || f.store == nil {
		return
	}
	if err := f.store.SaveDesktopState(f.state); err != nil {
		slog.Error("save desktop state", "err", err) // only where the window reopens is lost
	}
}
