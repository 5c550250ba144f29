package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// TestKeysCloseDialogs: Enter and Escape close a message; Escape answers
// No to a question, and Enter does not answer it.
func TestKeysCloseDialogs(t *testing.T) {
	app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-03-02")
	c := app.win.Canvas()
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		dialog.ShowInformation("Saved", "Saved: new plans start from these hours.", app.win)
		c.OnTypedKey()(&fyne.KeyEvent{Name: key})
		if c.Overlays().Top() != nil {
			t.Errorf("%s leaves the message open", key)
		}
	}
	answer := "none"
	dialog.ShowConfirm("Delete", "Delete it?", func(ok bool) {
		answer = map[bool]string{true: "yes", false: "no"}[ok]
	}, app.win)
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Overlays().Top() == nil || answer != "none" {
		t.Fatalf("Enter answered the question (%s)", answer)
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil || answer != "no" {
		t.Fatalf("Escape: question open %v, answer %s; want closed with no", c.Overlays().Top() != nil, answer)
	}
}
