package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// rowHeights gives each row of a widget.List the height its content needs
// at the list's width, so that text in a row wraps and the row grows with
// it: a Fyne list gives every row its template's height, and a long name
// was cut ("AWS Certified Solutions Archit…").
type rowHeights struct {
	list  *widget.List
	fill  func(widget.ListItemID, fyne.CanvasObject)
	probe fyne.CanvasObject // a row to measure with, never shown
	width float32           // the width measured at
}

// newRowHeights measures the rows of list, made by create and filled by
// fill, whenever the list's width changes; place its object, not the list.
func newRowHeights(list *widget.List, create func() fyne.CanvasObject,
	fill func(widget.ListItemID, fyne.CanvasObject)) *rowHeights {
	return &rowHeights{list: list, fill: fill, probe: create()}
}

// object is the list, watched for its width.
func (r *rowHeights) object() fyne.CanvasObject {
	return &fyne.Container{Layout: r, Objects: []fyne.CanvasObject{r.list}}
}

// Layout gives the list the whole size and measures its rows again when
// it is wider or narrower than before.
func (r *rowHeights) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if size.Width != r.width {
		r.width = size.Width
		r.measure()
	}
}

// MinSize is the list's.
func (r *rowHeights) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// measure sets each row's height to what it needs at the width last
// laid out, and refreshes the list; call it when the rows change.
func (r *rowHeights) measure() {
	defer r.list.Refresh() // a height set alone leaves the rows where they were
	if r.width <= 0 {
		return // not laid out yet: Layout measures
	}
	for id := range r.list.Length() {
		r.fill(id, r.probe)
		r.probe.Resize(fyne.NewSize(r.width, r.probe.MinSize().Height))
		// Laid out again even at the same size: a row filled otherwise (a
		// heading hides the code) keeps the last one's layout, and wrapped
		// text finds its lines in the layout.
		r.probe.Refresh()
		r.list.SetItemHeight(id, r.probe.MinSize().Height)
	}
}
