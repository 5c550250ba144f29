package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
