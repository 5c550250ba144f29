package ui

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// badge is a short word on a coloured, rounded background: an exam's status.
type badge struct {
	widget.BaseWidget
	Text  string
	Color fyne.ThemeColorName
}

func newBadge() *badge {
	b := &badge{Color: theme.ColorNameDisabled}
	b.ExtendBaseWidget(b)
	return b
}

// set shows text on the colour named c.
func (b *badge) set(text string, c fyne.ThemeColorName) {
	b.Text, b.Color = text, c
	b.Refresh()
}

// CreateRenderer draws the badge.
func (b *badge) CreateRenderer() fyne.WidgetRenderer {
	r := &badgeRenderer{b: b, rect: canvas.NewRectangle(nil), text: canvas.NewText("", nil)}
	r.text.TextStyle.Bold = true
	r.text.Alignment = fyne.TextAlignCenter
	r.Refresh()
	return r
}

// badgeRenderer draws a badge in the current theme's colours.
type badgeRenderer struct {
	b    *badge
	rect *canvas.Rectangle
	text *canvas.Text
}

// Destroy releases nothing: the renderer holds no resources.
func (r *badgeRenderer) Destroy() {}

// Objects returns what the renderer draws.
func (r *badgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect, r.text} }

// MinSize is the least room the widget needs.
func (r *badgeRenderer) MinSize() fyne.Size {
	s := r.text.MinSize()
	return fyne.NewSize(s.Width+2*theme.Padding(), s.Height+theme.Padding()/2)
}

// Layout places the drawing in size.
func (r *badgeRenderer) Layout(size fyne.Size) {
	r.rect.Resize(size)
	s := r.text.MinSize()
	r.text.Resize(s)
	r.text.Move(fyne.NewPos((size.Width-s.Width)/2, (size.Height-s.Height)/2))
}

// Refresh redraws in the current theme.
func (r *badgeRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.rect.FillColor = th.Color(r.b.Color, v)
	r.rect.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.text.Text = r.b.Text
	r.text.TextSize = th.Size(theme.SizeNameCaptionText)
	r.text.Color = th.Color(onColor(r.b.Color), v)
	r.rect.Refresh()
	r.text.Refresh()
}

// onColor is the text colour that reads well on background c.
func onColor(c fyne.ThemeColorName) fyne.ThemeColorName {
	switch c {
	case theme.ColorNameSuccess:
		return theme.ColorNameForegroundOnSuccess
	case theme.ColorNameWarning:
		return theme.ColorNameForegroundOnWarning
	case theme.ColorNameError:
		return theme.ColorNameForegroundOnError
	case theme.ColorNamePrimary:
		return theme.ColorNameForegroundOnPrimary
	}
	return theme.ColorNameForeground
}

// examStatus is the badge text and colour for an exam's status on today,
// worked out from its dates (catalog.Exam.StatusOn).
func examStatus(e *catalog.Exam, today catalog.Date) (string, fyne.ThemeColorName) {
	switch e.StatusOn(today) {
	case catalog.Beta:
		return "beta", theme.ColorNamePrimary
	case catalog.Retiring:
		if !e.LastDay.IsZero() {
			return "retiring " + e.LastDay.String(), theme.ColorNameWarning
		}
		return "retiring", theme.ColorNameWarning
	case catalog.Scheduled:
		return "from " + e.AvailableFrom.String(), theme.ColorNamePrimary
	case catalog.Retired:
		return "retired", theme.ColorNameDisabled
	}
	return "active", theme.ColorNameSuccess
}

// newBar is a progress bar showing its value with format (given the value).
func newBar(format func(v float64) string) *widget.ProgressBar {
	b := widget.NewProgressBar()
	b.TextFormatter = func() string { return format(b.Value) }
	return b
}

// hours formats hours as everywhere in certplan (planner.FormatHours):
// "12 h", "7.5 h", "4:20 h".
func hours(h float64) string { return planner.FormatHours(h) + " h" }

func roundTo(x float64, digits int) float64 {
	p := 1.0
	for range digits {
		p *= 10
	}
	if x < 0 {
		return -float64(int64(-x*p+0.5)) / p
	}
	return float64(int64(x*p+0.5)) / p
}

// bold is a bold label.
func bold(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// boldWrapped is a bold line that wraps at the width it is given: for a
// task statement or an exam's name, which may be longer than a narrow
// window is wide.
func boldWrapped(text string) *widget.Label {
	l := bold(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// heading is a screen's title.
func heading(text string) *widget.RichText {
	r := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyleHeading})
	r.Wrapping = fyne.TextWrapWord
	return r
}

// section is a titled part of a screen, set off by a line above it.
func section(title string, content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(widget.NewSeparator(), bold(title), content)
}

// clearOfScrollBar keeps o's right edge out from under the bar of the
// scroll it is in: the set-up's Sunday hours ran under it.
func clearOfScrollBar(o fyne.CanvasObject) fyne.CanvasObject {
	room := canvas.NewRectangle(color.Transparent)
	room.SetMinSize(fyne.NewSize(theme.ScrollBarSize(), 0))
	return container.NewBorder(nil, nil, nil, room, o)
}

// withMinHeight keeps o at least h high, so that a layout that shares out
// the room left (a stacked column, a split) cannot squeeze a list or a
// result area to a row or two: the page scrolls instead.
func withMinHeight(h float32, o fyne.CanvasObject) fyne.CanvasObject {
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(fyne.NewSize(0, h))
	return container.NewStack(space, o)
}

// wrappedHint is a form field's hint that wraps, in the small, faint
// style of Fyne's one-line HintText: a long one-line hint sets the
// width of the whole form.
func wrappedHint(text string) *widget.RichText {
	r := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, Inline: true}})
	r.Wrapping = fyne.TextWrapWord
	return r
}

// wrapped is a label that wraps at word boundaries.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// parseHours reads a number of hours typed by a learner; empty is 0.
func parseHours(s string) (float64, error) {
	h, err := parseNumber(s)
	if err != nil {
		return 0, err
	}
	if h < 0 {
		return 0, fmt.Errorf("%q is not a number of hours: type a number such as 1.5", strings.TrimSpace(s))
	}
	return h, nil
}

// parseNumber reads a number typed by a learner, maybe below 0, where a
// number of hours is asked for ("h" allowed); empty is 0. The caller says
// whether it is in range.
func parseNumber(s string) (float64, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "h"))
	if s == "" {
		return 0, nil
	}
	h, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err != nil || h != h {
		return 0, fmt.Errorf("%q is not a number of hours: type a number such as 1.5", s)
	}
	return h, nil
}

// formatHoursInput writes hours into an entry: "" for none.
func formatHoursInput(h float64) string {
	if h == 0 {
		return ""
	}
	return strconv.FormatFloat(roundTo(h, 2), 'f', -1, 64)
}

// meter is a slim horizontal bar with a caption after it: a domain's
// weight, hours done against planned. It reads at a glance in both themes.
type meter struct {
	widget.BaseWidget
	Value   float64 // 0 to 1
	Caption string
	Color   fyne.ThemeColorName
}

func newMeter(value float64, caption string) *meter {
	m := &meter{Value: value, Caption: caption, Color: theme.ColorNamePrimary}
	m.ExtendBaseWidget(m)
	return m
}

// set changes the value and caption.
func (m *meter) set(value float64, caption string) {
	m.Value, m.Caption = value, caption
	m.Refresh()
}

// CreateRenderer draws the meter.
func (m *meter) CreateRenderer() fyne.WidgetRenderer {
	r := &meterRenderer{m: m, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil),
		text: canvas.NewText("", nil)}
	r.Refresh()
	return r
}

// meterMinBar is the narrowest a meter's bar gets; meterCaption is the
// least room its caption gets, so that meters one above the other line up.
const (
	meterMinBar  = 60
	meterCaption = 140
)

type meterRenderer struct {
	m           *meter
	track, fill *canvas.Rectangle
	text        *canvas.Text
}

// Destroy releases nothing: the renderer holds no resources.
func (r *meterRenderer) Destroy() {}

// Objects returns what the renderer draws.
func (r *meterRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.fill, r.text}
}

// MinSize is the least room the widget needs.
func (r *meterRenderer) MinSize() fyne.Size {
	s := r.text.MinSize()
	return fyne.NewSize(max(s.Width, meterCaption)+meterMinBar+2*theme.Padding(), s.Height+theme.Padding())
}

// Layout places the drawing in size.
func (r *meterRenderer) Layout(size fyne.Size) {
	ts := r.text.MinSize()
	barW := max(size.Width-max(ts.Width, meterCaption)-2*theme.Padding(), meterMinBar)
	h := float32(10)
	y := (size.Height - h) / 2
	r.track.Resize(fyne.NewSize(barW, h))
	r.track.Move(fyne.NewPos(0, y))
	v := float32(min(max(r.m.Value, 0), 1))
	r.fill.Resize(fyne.NewSize(barW*v, h))
	r.fill.Move(fyne.NewPos(0, y))
	r.text.Resize(ts)
	r.text.Move(fyne.NewPos(barW+theme.Padding()*2, (size.Height-ts.Height)/2))
}

// Refresh redraws in the current theme.
func (r *meterRenderer) Refresh() {
	th := r.m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.track.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.fill.FillColor = th.Color(r.m.Color, v)
	r.track.CornerRadius, r.fill.CornerRadius = 5, 5
	r.text.Text = r.m.Caption
	r.text.Color = th.Color(theme.ColorNameForeground, v)
	r.text.TextSize = th.Size(theme.SizeNameText)
	r.Layout(r.m.Size())
	canvas.Refresh(r.m)
}
