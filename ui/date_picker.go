package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// datePicker is a month of days to pick one from, weeks starting on
// Monday, with today and the date already chosen marked (Fyne's calendar
// marks neither).
type datePicker struct {
	month    catalog.Date // the first of the month shown
	today    catalog.Date
	chosen   catalog.Date
	onPicked func(catalog.Date)
	title    *widget.Label
	days     *fyne.Container
	buttons  map[catalog.Date]*widget.Button
}

// newDatePicker shows the month of chosen (today when zero).
func newDatePicker(chosen, today catalog.Date, picked func(catalog.Date)) *datePicker {
	at := chosen
	if at.IsZero() {
		at = today
	}
	t := at.Time()
	return &datePicker{month: catalog.DateOf(t.Year(), t.Month(), 1), today: today, chosen: chosen,
		onPicked: picked}
}

// buildUI lays out the month's name with arrows and the days.
func (p *datePicker) buildUI() fyne.CanvasObject {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.turn(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.turn(1) })
	p.days = container.NewGridWithColumns(7)
	p.render()
	return container.NewBorder(container.NewBorder(nil, nil, prev, next, p.title), nil, nil, nil, p.days)
}

// turn shows the month n months on.
func (p *datePicker) turn(n int) {
	t := p.month.Time().AddDate(0, n, 0)
	p.month = catalog.DateOf(t.Year(), t.Month(), 1)
	p.render()
}

// render fills the grid: day names, blanks up to the first's weekday,
// then a button per day; today is marked, the chosen day stands out.
func (p *datePicker) render() {
	t := p.month.Time()
	p.title.SetText(t.Format("January 2006"))
	p.days.Objects = nil
	for _, d := range []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} {
		p.days.Add(widget.NewLabelWithStyle(d, fyne.TextAlignCenter, fyne.TextStyle{}))
	}
	for i := 0; i < (int(t.Weekday())+6)%7; i++ {
		p.days.Add(widget.NewLabel(""))
	}
	p.buttons = map[catalog.Date]*widget.Button{}
	for d := p.month; d.Time().Month() == t.Month(); d = d.AddDays(1) {
		p.days.Add(p.dayButton(d))
	}
	p.days.Refresh()
}

// dayButton is the button of day d.
func (p *datePicker) dayButton(d catalog.Date) *widget.Button {
	text := strconv.Itoa(d.Time().Day())
	b := widget.NewButton(text, func() { p.onPicked(d) })
	b.Importance = widget.LowImportance
	switch d {
	case p.chosen:
		b.Importance = widget.HighImportance
	case p.today:
		b.Importance = widget.MediumImportance
		b.Icon = theme.RadioButtonCheckedIcon() // a dot, so today shows without colour too
		b.IconPlacement = widget.ButtonIconTrailingText
	}
	p.buttons[d] = b
	return b
}
