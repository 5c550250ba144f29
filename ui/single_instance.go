package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// alreadyOpen tells whether err says another certplan has the data folder
// (storage's error answers AlreadyOpen).
func alreadyOpen(err error) bool {
	var open interface{ AlreadyOpen() bool }
	return errors.As(err, &open) && open.AlreadyOpen()
}

// showAlreadyOpen turns the window into the message alone, small, with no
// sidebar or menus that look usable but are not, and a button that quits.
// This copy remembers nothing: the window size stays the first copy's.
func (a *App) showAlreadyOpen(err error) {
	msg := wrapped(userMessage(err))
	quit := widget.NewButtonWithIcon("Close", theme.CancelIcon(), a.fyne.Quit)
	quit.Importance = widget.HighImportance
	a.win.SetMainMenu(nil)
	a.win.SetCloseIntercept(a.fyne.Quit)
	a.win.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), quit), nil, nil,
		msg)))
	a.win.Resize(fyne.NewSize(440, 160))
	a.win.Canvas().Focus(quit)
}
