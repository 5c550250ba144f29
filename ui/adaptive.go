package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Window widths below which the layout folds, so that certplan works at
// 800x600 (a 13-inch laptop with scaling, or half a screen).
const (
	compactSidebarBelow = 1000 // the sidebar shows icons only
	stackColumnsBelow   = 860  // a screen's two columns go one above the other
)

// sidebarLayout places the sidebar at the left of the body: in full, or
// as a column of icons when the window is narrow.
type sidebarLayout struct{ compact bool }

// Layout places [full sidebar, icon sidebar, body] in size.
func (l *sidebarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	full, icons, body := objs[0], objs[1], objs[2]
	l.compact = size.Width < compactSidebarBelow
	side, hidden := full, icons
	if l.compact {
		side, hidden = icons, full
	}
	hidden.Hide()
	side.Show()
	w := side.MinSize().Width
	side.Resize(fyne.NewSize(w, size.Height))
	side.Move(fyne.NewPos(0, 0))
	body.Resize(fyne.NewSize(size.Width-w, size.Height))
	body.Move(fyne.NewPos(w, 0))
}

// MinSize is the icon sidebar beside the body's least size: the window
// may always shrink to the compact layout.
func (l *sidebarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	icons, body := objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(icons.Width+body.Width, max(icons.Height, body.Height))
}

// newAdaptiveRoot is the window's content: sidebar and body.
func newAdaptiveRoot(n *navigation, body fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&sidebarLayout{}, n.buildUI(), n.buildCompact(), body)
}

// columnsLayout puts two columns side by side, the leading one taking
// share of the width, or one above the other below stackColumnsBelow.
type columnsLayout struct {
	share   float32
	stacked bool
	// fitLeading keeps the leading column, stacked, to what it holds: its
	// content does not grow into more room (cards in a scroll, not a list
	// that shows more rows), so any room past it was an empty band above
	// the trailing column.
	fitLeading bool
	// inner, for page columns (newPageColumns), are the scrolls inside the
	// columns: stacked, each shows all it holds and the page scrolls them
	// as one; side by side, each scrolls its own column.
	inner []*container.Scroll
}

// Layout places [leading, trailing] in size.
func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	a, b := objs[0], objs[1]
	l.stacked = size.Width < stackColumnsBelow
	pad := theme.Padding()
	if l.inner != nil {
		l.layoutPage(a, b, size)
		return
	}
	if l.stacked {
		ha := stackedHeight(a, b, size.Height-pad)
		if l.fitLeading {
			ha = max(a.MinSize().Height, min(ha, naturalHeight(a)))
		}
		a.Resize(fyne.NewSize(size.Width, ha))
		a.Move(fyne.NewPos(0, 0))
		b.Resize(fyne.NewSize(size.Width, max(size.Height-ha-pad, b.MinSize().Height)))
		b.Move(fyne.NewPos(0, ha+pad))
		return
	}
	l.sideBySide(a, b, size, pad)
}

// sideBySide places the leading column a at its share of size's width
// (never below its minimum, nor so wide that b gets less than its own)
// and b beside it, pad apart.
func (l *columnsLayout) sideBySide(a, b fyne.CanvasObject, size fyne.Size, pad float32) {
	wa := max(a.MinSize().Width, (size.Width-pad)*l.share)
	wa = min(wa, size.Width-pad-b.MinSize().Width)
	a.Resize(fyne.NewSize(wa, size.Height))
	a.Move(fyne.NewPos(0, 0))
	b.Resize(fyne.NewSize(size.Width-wa-pad, size.Height))
	b.Move(fyne.NewPos(wa+pad, 0))
}

// stackedHeight is the leading column's height when the columns stack in
// avail: at least half (or all it holds, when less), as the main column, and more when its content
// needs it (its whole content and half the room to spare when both fit,
// else a share in proportion to what each holds); never below its
// minimum, nor past its half so far that the trailing column gets less
// than its own minimum, and the page scrolls for the rest. A scrolled column counts its
// content, not the scroll's small minimum, so a long list is not squeezed
// into a sliver above an empty half.
func stackedHeight(a, b fyne.CanvasObject, avail float32) float32 {
	na, nb := naturalHeight(a), naturalHeight(b)
	ha := na + (avail-na-nb)/2
	if na+nb > avail && na+nb > 0 {
		ha = avail * na / (na + nb)
	}
	// Past its half, the leading column stops where the trailing one's own
	// minimum (the advisor's answer) begins: it took the advice's room and
	// left it about 150 px at 800x600 (QA #17).
	// An all but empty leading column (a week with nothing planned) takes
	// what it holds, not half: an empty half pushed the rest below the fold.
	half := min(avail/2, na)
	return max(a.MinSize().Height, min(max(ha, half), max(avail-b.MinSize().Height, half)))
}

// naturalHeight is the height o's content asks for: a scroll's content,
// and for a container (a heading over a scrolled list) its minimum plus
// what its scrolled children hold beyond their own minimum.
func naturalHeight(o fyne.CanvasObject) float32 {
	if sc := scrollOf(o); sc != nil && sc.Content != nil {
		return sc.Content.MinSize().Height
	}
	switch c := o.(type) {
	case *fyne.Container:
		h := c.MinSize().Height
		for _, child := range c.Objects {
			if sc := scrollOf(child); sc != nil && sc.Content != nil {
				h += max(0, sc.Content.MinSize().Height-sc.MinSize().Height)
			}
		}
		return h
	}
	return o.MinSize().Height
}

// MinSize is the wider column's width; the height of both when stacked.
func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	if l.stacked {
		return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height+theme.Padding())
	}
	return fyne.NewSize(max(a.Width, b.Width), max(a.Height, b.Height))
}

// newColumns lays leading and trailing side by side on a wide window and
// one above the other, scrolled, on a narrow one; leading takes share of
// the width when side by side.
func newColumns(share float32, leading, trailing fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.New(&columnsLayout{share: share}, leading, trailing))
}

// newFittedColumns is newColumns for a leading column whose content does
// not grow into more room: stacked, it takes no more than it holds, and
// the trailing column starts under it with the rest.
func newFittedColumns(share float32, leading, trailing fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.New(&columnsLayout{share: share, fitLeading: true}, leading, trailing))
}
