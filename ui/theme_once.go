package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// themedOnce is content drawn in its own theme, as in a
// container.ThemeOverride set up once. Each refresh of a ThemeOverride
// sets its theme again, and Fyne then drops every text size and icon it
// has worked out (cache.ResetThemeCaches): the refresh of the window's
// content at each switch of screens measured and drew all their text and
// icons again. A refresh of themedOnce refreshes its content alone; a
// change of the app's theme still reaches the override (Fyne applies a
// theme to every object of the window, this one's inside).
type themedOnce struct {
	widget.BaseWidget
	over *container.ThemeOverride
}

// newThemedOnce draws content in theme th.
func newThemedOnce(content fyne.CanvasObject, th fyne.Theme) *themedOnce {
	t := &themedOnce{over: container.NewThemeOverride(content, th)}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer shows the override.
func (t *themedOnce) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.over) }

// Refresh redraws the content in the theme set.
func (t *themedOnce) Refresh() { t.over.Content.Refresh() }
