package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// planWarnings is what the planner wants the learner to know about the
// plan shown, besides whether it fits: a retiring exam's last day, practice
// exams no day holds whole, provisional domains. The command line's show,
// the PDF and the set-up's preview give the same sentences; a learner who
// only uses the desktop saw none of them (QA).
//
// Closed, it is the first warning on one line, cut short, with "More" to
// open all of them, wrapped: open, two warnings took this week's room in an
// 800x600 window. Until the learner chooses, they open when the window
// has room for them besides the fit's details (pageBesideDetails).
type planWarnings struct {
	// room is the window's height less the fit's details at a width.
	room     func(width float32) float32
	text     *widget.Label
	more     *widget.Button
	box      *fyne.Container // the icon, the text and More, hidden when there are none
	warnings []string
	open     bool // all the warnings show, wrapped
	chosen   bool // the learner opened or closed them
}

func newPlanWarnings(room func(width float32) float32) *planWarnings {
	return &planWarnings{room: room}
}

// buildUI lays out the warning icon, the text and More.
func (w *planWarnings) buildUI() fyne.CanvasObject {
	w.text = widget.NewLabel("")
	w.more = widget.NewButtonWithIcon("More", theme.MenuDropDownIcon(), w.onMore)
	w.more.Importance = widget.LowImportance
	icon := widget.NewIcon(theme.WarningIcon())
	// The icon and More stay by the first line, however many lines open.
	w.box = container.NewBorder(nil, nil, container.NewVBox(container.NewPadded(icon)), container.NewVBox(w.more), w.text)
	w.box.Hide()
	return &fyne.Container{Layout: roomWatch{w.fitRoom}, Objects: []fyne.CanvasObject{w.box}}
}

// show gives a plan's warnings (Plan.WarningsBesidesFit), or hides the
// box when there are none.
func (w *planWarnings) show(warnings []string) {
	w.warnings = warnings
	w.box.Hidden = len(w.warnings) == 0
	w.fitRoom(w.box.Size().Width)
	w.showOpen()
}

// onMore opens or closes the warnings, for good.
func (w *planWarnings) onMore() {
	w.open, w.chosen = !w.open, true
	w.showOpen()
}

// fitRoom opens the warnings when the window has room for them at width,
// and closes them when it has not, until the learner chose; More shows
// only when opening them shows more.
func (w *planWarnings) fitRoom(width float32) {
	if width <= 0 || w.box.Hidden {
		return
	}
	extra := w.openHeight(width) - w.closedHeight()
	w.more.Hidden = extra <= 0
	if w.chosen {
		return
	}
	if roomy := w.room(width)-extra >= pageBesideDetails; roomy != w.open {
		w.open = roomy
		w.showOpen()
	}
}

// openHeight is about how high the open warnings stand in a box width wide.
func (w *planWarnings) openHeight(width float32) float32 {
	side := theme.IconInlineSize() + 2*theme.Padding() + w.more.MinSize().Width + 2*theme.Padding()
	return wrappedHeight(warningsText(w.warnings), w.text.TextStyle, width-side)
}

// closedHeight is how high the closed warnings stand: one line.
func (w *planWarnings) closedHeight() float32 {
	line := fyne.MeasureText("M", theme.TextSize(), w.text.TextStyle).Height
	return line + theme.LineSpacing() + 2*theme.InnerPadding()
}

// showOpen shows every warning, wrapped, when open, else the first on one
// line, cut short.
func (w *planWarnings) showOpen() {
	w.more.SetText("More")
	w.more.SetIcon(theme.MenuDropDownIcon())
	w.text.Wrapping, w.text.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	text := ""
	if len(w.warnings) > 0 {
		text = w.warnings[0]
	}
	if w.open {
		w.more.SetText("Less")
		w.more.SetIcon(theme.MenuDropUpIcon())
		w.text.Wrapping, w.text.Truncation = fyne.TextWrapWord, fyne.TextTruncateOff
		text = warningsText(w.warnings)
	}
	w.text.SetText(text)
	w.box.Refresh()
}

// warningsText is warnings, a bullet each when there are several; "" when
// there are none. The plan screen and the set-up's preview give a plan's
// warnings so, but the shortfall their verdicts give already
// (Plan.WarningsBesidesShortfall).
func warningsText(warnings []string) string {
	if len(warnings) == 1 {
		return warnings[0]
	}
	return bullets(warnings)
}
