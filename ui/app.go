package ui

import (
	"fmt"
	"os"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/resources"
)

// Title is the main window's title.
const Title = "certplan"

// DisplayAvailable reports whether a desktop session can show a window. On
// Linux and the BSDs that needs an X11 or Wayland display; other systems
// always have one.
func DisplayAvailable() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
	default:
		return true
	}
}

// Run shows the main window for the catalog and blocks until the app quits.
func Run(a fyne.App, cat *catalog.Catalog) {
	NewMainWindow(a, cat).ShowAndRun()
}

// NewMainWindow builds the main window: for now, the list of exams in the
// catalog.
func NewMainWindow(a fyne.App, cat *catalog.Catalog) fyne.Window {
	w := a.NewWindow(Title)
	w.SetIcon(resources.Icon)
	w.SetContent(newCatalogList(cat.Exams()))
	w.Resize(fyne.NewSize(720, 520))
	return w
}

// newCatalogList shows one row per exam: its code, name, level and status.
func newCatalogList(exams []*catalog.Exam) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(fmt.Sprintf("AWS certification exams (%d)", len(exams)),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	list := widget.NewList(
		func() int { return len(exams) },
		newExamRow,
		func(id widget.ListItemID, row fyne.CanvasObject) { fillExamRow(row, exams[id]) },
	)
	return container.NewBorder(heading, nil, nil, nil, list)
}

// newExamRow is an empty list row: code on the left, level and status on the
// right, the name between them.
func newExamRow() fyne.CanvasObject {
	// fillExamRow relies on NewBorder keeping the centre first, then left, then right.
	code := widget.NewLabelWithStyle("XXX-C00", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	return container.NewBorder(nil, nil, code, detail, name)
}

// fillExamRow puts one exam into a row made by newExamRow.
func fillExamRow(row fyne.CanvasObject, e *catalog.Exam) {
	c := row.(*fyne.Container)
	name, code, detail := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Label), c.Objects[2].(*widget.Label)
	code.SetText(e.Code)
	name.SetText(e.Name)
	detail.SetText(fmt.Sprintf("%s · %s", e.Level, e.Status))
}
