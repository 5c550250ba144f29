package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowList is a list of rows above an add button, each row with a remove
// button; it tells its owner when the learner changes it. The set-up's held
// certifications and time off are rowLists.
type rowList[T any] struct {
	items    []T
	box      *fyne.Container
	add      *widget.Button
	none     string         // what the list says when it is empty
	text     func(T) string // a row's text
	addLabel string         // the add button's label
	ask      func()         // the add button's action: asks for a row
	onChange func()
}

// buildUI lays out the rows above the add button.
func (l *rowList[T]) buildUI() fyne.CanvasObject {
	l.box = container.NewVBox()
	l.add = widget.NewButtonWithIcon(l.addLabel, theme.ContentAddIcon(), l.ask)
	l.render()
	return container.NewVBox(l.box, container.NewHBox(l.add))
}

// list returns a copy of the rows.
func (l *rowList[T]) list() []T { return append([]T(nil), l.items...) }

// set replaces the rows.
func (l *rowList[T]) set(items []T) {
	l.items = items
	l.render()
}

// appendRow adds x as the last row, as the learner's change.
func (l *rowList[T]) appendRow(x T) {
	l.items = append(l.items, x)
	l.render()
	l.onChange()
}

func (l *rowList[T]) render() {
	l.box.Objects = nil
	if len(l.items) == 0 {
		l.box.Add(widget.NewLabel(l.none))
	}
	for i, x := range l.items {
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.onRemove(i) })
		l.box.Add(container.NewBorder(nil, nil, nil, remove, widget.NewLabel(l.text(x))))
	}
	l.box.Refresh()
}

// onRemove drops row i.
func (l *rowList[T]) onRemove(i int) {
	l.items = append(l.items[:i:i], l.items[i+1:]...)
	l.render()
	l.onChange()
}
