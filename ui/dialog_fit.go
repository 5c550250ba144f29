package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// fittedMaxWidth is the widest a dialog of text or a form is drawn: wider,
// its lines grow too long to read.
const fittedMaxWidth = 560

// fittedMargin is the room left on each side of a dialog in a narrow
// window, so that it never touches or passes the window's edge.
const fittedMargin = 20

// showFitted shows d in win at one width for every dialog of text or form
// (fittedMaxWidth, or the window's width less a margin at 800x600 and
// smaller), exactly as tall as its content needs at that width. Fyne sizes
// a dialog's wrapped text before it knows the dialog's width, which left a
// gap under the text or cut it off; measuring again once the width is set
// fits it.
func showFitted(d dialog.Dialog, win fyne.Window) {
	d.Show()
	w := min(fittedMaxWidth, win.Canvas().Size().Width-2*fittedMargin)
	for range 2 { // the first sets the width its text wraps at, the second the height that needs
		d.Resize(fyne.NewSize(w, 0))
	}
}

// showFittedInfo shows a message with an OK button, fitted (showFitted).
func showFittedInfo(title, message string, win fyne.Window) {
	showFitted(dialog.NewInformation(title, message, win), win)
}
