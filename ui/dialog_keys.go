package ui

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// addDialogKeys makes the keyboard close dialogs: Escape presses the
// dialog's dismiss button (OK of a message, Cancel or No of a question),
// Enter presses the only button of a message. Keys typed into a focused
// field stay with the field.
func (a *App) addDialogKeys() {
	a.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		top := a.win.Canvas().Overlays().Top()
		if top == nil {
			return
		}
		buttons := dialogButtons(top)
		switch ev.Name {
		case fyne.KeyEscape:
			press(dismissButton(buttons))
		case fyne.KeyReturn, fyne.KeyEnter:
			if len(buttons) == 1 {
				press(buttons[0])
			}
		}
	})
}

// dialogButtons are the enabled buttons with text inside a dialog.
func dialogButtons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	eachObject(o, func(x fyne.CanvasObject) {
		if b, ok := x.(*widget.Button); ok && b.Text != "" && !b.Disabled() && b.Visible() {
			out = append(out, b)
		}
	})
	return out
}

// dismissButton is the button that closes a dialog without doing
// anything: the only one, or the only one not marked as the action.
func dismissButton(buttons []*widget.Button) *widget.Button {
	if len(buttons) == 1 {
		return buttons[0]
	}
	var found *widget.Button
	for _, b := range buttons {
		if b.Importance != widget.HighImportance && b.Importance != widget.DangerImportance {
			if found != nil {
				return nil // more than one: not a plain question
			}
			found = b
		}
	}
	return found
}

// press runs a button's action as a click would.
func press(b *widget.Button) {
	if b != nil && b.OnTapped != nil {
		b.OnTapped()
	}
}

// eachObject visits o and what it holds: the objects of containers and
// the Content of wrappers (pop-ups, scrolls, and the overlay Fyne puts a
// dialog in, whose type is internal: hence the reflection). Other widgets
// are leaves.
func eachObject(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, x := range c.Objects {
			eachObject(x, visit)
		}
		return
	}
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return
	}
	f := v.Elem().FieldByName("Content")
	if f.IsValid() && f.CanInterface() {
		if inner, ok := f.Interface().(fyne.CanvasObject); ok {
			eachObject(inner, visit)
		}
	}
}
