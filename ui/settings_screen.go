package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

type settingsScreen struct{ app *App }

func newSettingsScreen(a *App) *settingsScreen { return &settingsScreen{app: a} }

func (s *settingsScreen) buildUI() fyne.CanvasObject { return widget.NewLabel("Settings") }

func (s *settingsScreen) refresh() {}
