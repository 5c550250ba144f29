package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// chainScroll is a vertical scroll inside a scrolled page that hands the
// mouse wheel on to the page when it cannot scroll further that way: Fyne
// gives the wheel to the innermost scroll under the pointer alone, and at
// 800x600, with the pointer over this week, the rest of the plan screen
// could not be reached with the wheel (QA).
type chainScroll struct {
	container.Scroll
	outer *container.Scroll // the page; nil until chained
}

// newChainScroll scrolls content vertically; chain it to its page.
func newChainScroll(content fyne.CanvasObject) *chainScroll {
	s := &chainScroll{}
	s.Direction = container.ScrollVerticalOnly
	s.Content = content
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled scrolls the content, or the page when the content is at its
// end (or fits).
func (s *chainScroll) Scrolled(ev *fyne.ScrollEvent) {
	before := s.Offset
	s.Scroll.Scrolled(ev)
	if s.Offset == before && s.outer != nil {
		s.outer.Scrolled(ev)
	}
}

// chainTo has each of inner hand the wheel on to page.
func chainTo(page *container.Scroll, inner ...*chainScroll) {
	for _, s := range inner {
		s.outer = page
	}
}

// scrollOf is o as a scroll, for the layouts that measure a scrolled
// column by its content, or nil.
func scrollOf(o fyne.CanvasObject) *container.Scroll {
	switch s := o.(type) {
	case *container.Scroll:
		return s
	case *chainScroll:
		return &s.Scroll
	}
	return nil
}

// wheelPass is an invisible widget over a row of a list that takes the
// mouse wheel from the list, for scrolled to scroll the list or, at its
// end, the page: the list's own scroll kept the wheel, and at 800x600 the
// page could not be scrolled back up with the pointer over the whole plan.
type wheelPass struct {
	widget.BaseWidget
	scrolled func(*fyne.ScrollEvent)
}

func newWheelPass(scrolled func(*fyne.ScrollEvent)) *wheelPass {
	w := &wheelPass{scrolled: scrolled}
	w.ExtendBaseWidget(w)
	return w
}

// Scrolled hands the wheel on.
func (w *wheelPass) Scrolled(ev *fyne.ScrollEvent) { w.scrolled(ev) }

// CreateRenderer draws nothing.
func (w *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}

// scrollListOrPage scrolls list by the wheel, or page (may be nil) when
// the list cannot scroll further that way.
func scrollListOrPage(list *widget.List, page *container.Scroll, ev *fyne.ScrollEvent) {
	before := list.GetScrollOffset()
	list.ScrollToOffset(before - ev.Scrolled.DY)
	if list.GetScrollOffset() == before && page != nil {
		page.Scrolled(ev)
	}
}
