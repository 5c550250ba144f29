package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

type certsScreen struct{ app *App }

func newCertsScreen(a *App) *certsScreen { return &certsScreen{app: a} }

func (s *certsScreen) buildUI() fyne.CanvasObject { return widget.NewLabel("Certs") }

func (s *certsScreen) refresh() {}
