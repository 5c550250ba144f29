package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

type progressScreen struct{ app *App }

func newProgressScreen(a *App) *progressScreen { return &progressScreen{app: a} }

func (s *progressScreen) buildUI() fyne.CanvasObject { return widget.NewLabel("Progress") }

func (s *progressScreen) refresh() {}
