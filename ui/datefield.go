package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// dateField is an entry for a civil date typed as YYYY-MM-DD, with a button
// that opens a calendar to pick it instead. Empty means no date.
type dateField struct {
	entry     *widget.Entry
	onChanged func(catalog.Date)
	today     func() catalog.Date
	popUp     *widget.PopUp
	picker    *datePicker // the calendar last opened
	// required, when not "", is what to say while the field is empty.
	required string
	// rule, when set, refuses dates that are well formed but not allowed
	// here (a last day off before the first), saying why.
	rule func(catalog.Date) error
}

// newDateField makes a date field; changed is called at each change with
// the date typed or picked (zero when cleared or not a date yet).
func newDateField(today func() catalog.Date, changed func(catalog.Date)) *dateField {
	f := &dateField{entry: widget.NewEntry(), onChanged: changed, today: today}
	f.entry.SetPlaceHolder("YYYY-MM-DD")
	f.entry.Validator = func(s string) error { _, err := f.check(s); return err }
	// Checked at each key, so a date that cannot be never shows as good.
	f.entry.AlwaysShowValidationError = true
	f.entry.OnChanged = f.onTyped
	// The calendar opens on a click, outside the Tab order, so that Tab
	// goes from one date field to the next.
	f.entry.ActionItem = newTapIcon(theme.CalendarIcon(), f.onCalendar)
	return f
}

// check is the date in s, or why it cannot be used here.
func (f *dateField) check(s string) (catalog.Date, error) {
	d, err := f.parse(s)
	switch {
	case err != nil:
		return 0, err
	case d.IsZero() && f.required != "":
		return 0, errors.New(f.required)
	case !d.IsZero() && f.rule != nil:
		if err := f.rule(d); err != nil {
			return 0, err
		}
	}
	return d, nil
}

// object is the widget to lay out.
func (f *dateField) object() fyne.CanvasObject { return f.entry }

// date returns the date shown, zero when empty, or why it is not a date.
func (f *dateField) date() (catalog.Date, error) { return f.check(f.entry.Text) }

// setDate shows d (nothing for zero) without calling changed.
func (f *dateField) setDate(d catalog.Date) {
	cb := f.entry.OnChanged
	f.entry.OnChanged = nil
	f.entry.SetText(d.String())
	f.entry.OnChanged = cb
}

// revalidate checks the field again after something its rule reads changed.
func (f *dateField) revalidate() { _ = f.entry.Validate() }

func (f *dateField) parse(s string) (catalog.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	d, err := catalog.ParseDate(s)
	if err != nil {
		return 0, errors.New("type a date as YYYY-MM-DD, or pick one from the calendar")
	}
	return d, nil
}

// onTyped passes each change on: the date, or zero while the text is not
// a date yet (date then says why).
func (f *dateField) onTyped(s string) {
	if f.onChanged != nil {
		d, _ := f.parse(s)
		f.onChanged(d)
	}
}

// onCalendar opens a calendar below the field, at the date shown or today,
// with today marked.
func (f *dateField) onCalendar() {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.entry)
	if c == nil {
		return
	}
	chosen, err := f.parse(f.entry.Text)
	if err != nil {
		chosen = 0
	}
	f.picker = newDatePicker(chosen, f.today(), f.onPicked)
	f.popUp = widget.NewPopUp(f.picker.buildUI(), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.entry)
	f.popUp.ShowAtPosition(pos.Add(fyne.NewPos(0, f.entry.Size().Height)))
}

// onPicked takes the day picked in the calendar.
func (f *dateField) onPicked(d catalog.Date) {
	if f.popUp != nil {
		f.popUp.Hide()
	}
	f.entry.SetText(d.String())
}
