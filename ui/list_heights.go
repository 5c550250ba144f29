package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowHeights gives each row of a widget.List the height its content needs
// at the list's width, so that text in a row wraps and the row grows with
// it: a Fyne list gives every row its template's height, and a long name
// was cut ("AWS Certified Solutions Archit…").
//
// Laying out a row to measure it costs 25 to 45 µs, so a height once
// measured is kept by what the row says and the width: showing a plan
// again, or a tick, lays out only the rows whose text is new. The heights
// kept are dropped when the width or the theme's sizes and fonts change.
type rowHeights struct {
	list  *widget.List
	text  func(widget.ListItemID) string // what a row says: rows saying the same are as tall
	fill  func(widget.ListItemID, fyne.CanvasObject)
	probe fyne.CanvasObject // a row to measure with, never shown
	width float32           // the width measured at
	// known is the height of each row text measured at width keptAt in
	// the theme's style: a row's height hangs on its text and the width.
	known  map[string]float32
	keptAt float32
	style  textStyle
	// shown is each row's height as set, unset for a row never set: the
	// list's template's height.
	shown []float32
	unset float32
	// later runs f on the UI goroutine after this frame; nil measures
	// every row at once. atOnce is how many rows to measure a frame.
	later  func(f func())
	atOnce int
	left   []widget.ListItemID // the rows to measure in the frames after
	asked  bool                // whether later will measure them
	// holder is object's container; renewed, when set, is told of the
	// list that replaces list when rows move (spliceInSight).
	holder  *fyne.Container
	renewed func(*widget.List)
}

// textStyle is what of the theme sets a row's height besides its text.
type textStyle struct {
	text, pad, inner, spacing float32
	font, bold                string
}

// currentTextStyle is the theme's now.
func currentTextStyle() textStyle {
	return textStyle{text: theme.TextSize(), pad: theme.Padding(), inner: theme.InnerPadding(),
		spacing: theme.LineSpacing(), font: theme.TextFont().Name(), bold: theme.TextBoldFont().Name()}
}

// rowsAtOnce is how many rows a frame may measure, 1.5 to 3 ms of it:
// more than a screen holds.
const rowsAtOnce = 60

// maxKnownHeights bounds the heights kept: a few plans' rows at one width.
const maxKnownHeights = 10000

// newRowHeights measures the rows of list, made by create, filled by fill
// and saying text, whenever the list's width changes; place its object,
// not the list.
func newRowHeights(list *widget.List, create func() fyne.CanvasObject, text func(widget.ListItemID) string,
	fill func(widget.ListItemID, fyne.CanvasObject)) *rowHeights {
	return &rowHeights{list: list, text: text, fill: fill, probe: create(), known: map[string]float32{}}
}

// object is the list, watched for its width.
func (r *rowHeights) object() fyne.CanvasObject {
	r.holder = &fyne.Container{Layout: r, Objects: []fyne.CanvasObject{r.list}}
	return r.holder
}

// Layout gives the list the whole size and measures its rows again when
// it is wider or narrower than before, or the theme changed (a theme's
// change lays out every container again at its size).
func (r *rowHeights) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if size.Width != r.width || r.style != currentTextStyle() {
		r.width = size.Width
		r.measure()
	}
}

// MinSize is the list's.
func (r *rowHeights) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// measure sets each row's height to what it needs at the width last
// laid out, and refreshes the list; call it when the rows change.
func (r *rowHeights) measure() { r.measureFrom(r.firstInSight()) }

// firstInSight is the row at the top of the list's sight.
func (r *rowHeights) firstInSight() widget.ListItemID {
	offset := r.list.GetScrollOffset()
	for id, top := range r.rowTops() {
		if top+r.shown[id] > offset {
			return id
		}
	}
	return 0
}

// measureFrom is measure for a list about to show row focus at its top:
// rows from focus on are measured first. Of the rows whose text has no
// height kept, atOnce are measured now and the rest atOnce a frame later
// (when the list can wait), so that a long list shows within a frame.
func (r *rowHeights) measureFrom(focus widget.ListItemID) {
	defer r.list.Refresh() // a height set alone leaves the rows where they were
	if !r.ready() {
		return
	}
	r.grow()
	n := r.list.Length()
	order := make([]widget.ListItemID, 0, n)
	for id := range n {
		order = append(order, (id+focus)%n) // focus to the end, then the top
	}
	r.left = r.measureSome(order) // a newer round's rows replace an older one's
	r.measureLater()
}

// measureLater asks for the rows left to be measured a frame later, once
// at a time.
func (r *rowHeights) measureLater() {
	if len(r.left) == 0 || r.asked {
		return
	}
	r.asked = true
	r.later(func() {
		r.asked = false
		if r.ready() {
			r.left = r.measureSome(r.left)
			r.list.Refresh()
			r.measureLater()
		}
	})
}

// measureSome sets the heights of rows ids in order, and returns those
// past atOnce rows to measure, for a frame later. A row above the list's
// sight that grows or shrinks scrolls the list as much: the rows in sight
// stay where they are, under the pointer.
func (r *rowHeights) measureSome(ids []widget.ListItemID) []widget.ListItemID {
	var left []widget.ListItemID
	offset, top, moved := r.list.GetScrollOffset(), r.rowTops(), float32(0)
	measured := 0
	for _, id := range ids {
		if id >= len(top) {
			continue // the list has fewer rows since
		}
		h, ok := r.known[r.text(id)]
		if !ok && r.later != nil && measured >= r.atOnce {
			left = append(left, id)
			continue
		}
		if !ok {
			h, measured = r.height(id), measured+1
		}
		if top[id] < offset {
			moved += h - r.shown[id] // above the rows in sight: they move down as much
		}
		r.setHeight(id, h)
	}
	if moved != 0 {
		r.list.ScrollToOffset(offset + moved)
	}
	return left
}

// grow keeps a height in shown for each row: a row past those shown so
// far has the template's. Rows of a longer list before keep theirs, which
// the list keeps too.
func (r *rowHeights) grow() {
	r.shown = append(r.shown, slices.Repeat([]float32{r.unset}, max(r.list.Length()-len(r.shown), 0))...)
}

// rowTops is where each row starts, in the list's scrolled content.
func (r *rowHeights) rowTops() []float32 {
	n := min(len(r.shown), r.list.Length())
	tops, y := make([]float32, n), float32(0)
	for id, h := range r.shown[:n] {
		tops[id], y = y, y+h+theme.Padding() // as widget.List lays them out
	}
	return tops
}

// setHeight gives row id height h.
func (r *rowHeights) setHeight(id widget.ListItemID, h float32) {
	r.shown[id] = h
	r.list.SetItemHeight(id, h)
}

// measureRows sets the heights of rows ids alone, whose text changed, and
// refreshes the list.
func (r *rowHeights) measureRows(ids []widget.ListItemID) {
	defer r.list.Refresh()
	if !r.ready() {
		return
	}
	r.grow()
	r.left = append(r.left, r.measureSome(ids)...)
	r.measureLater()
}

// splice replaces the heights of rows at to at+removed by added rows of
// the template's height, for rows the list took out and put in there: the
// rows after keep the heights they had, under their new ids. Measure the
// rows after it.
func (r *rowHeights) splice(at, removed, added int) {
	if at > len(r.shown) {
		return // never measured this far: measuring grows them
	}
	removed = min(removed, len(r.shown)-at)
	r.shown = slices.Replace(r.shown, at, at+removed, slices.Repeat([]float32{r.unset}, added)...)
	r.left = nil // their ids moved: measuring again finds the rows left
}

// spliceInSight is splice, then measure, keeping the rows in sight where
// they are: the first row in sight stays at the same place under the
// pointer, or the list at the same offset when that row was replaced.
// The rows after the splice have new ids, whose heights a list shown
// redraws itself for one by one (a 150 rows' plan took 20 to 40 ms a
// tick), so they are set on a new list before it shows.
func (r *rowHeights) spliceInSight(at, removed, added int) {
	offset, first := r.list.GetScrollOffset(), r.firstInSight()
	var into float32
	if tops := r.rowTops(); first < len(tops) {
		into = offset - tops[first]
	}
	r.splice(at, removed, added)
	if first >= at+removed {
		first += added - removed
		offset = -1
	}
	pos, size := r.list.Position(), r.list.Size()
	r.renewList()
	for id, h := range r.shown {
		r.list.SetItemHeight(id, h)
	}
	r.measureFrom(max(first, 0))
	r.list.Move(pos)
	r.list.Resize(size)
	if tops := r.rowTops(); offset < 0 && first < len(tops) {
		offset = tops[first] + into
	}
	r.list.ScrollToOffset(max(offset, 0))
	if r.holder != nil {
		r.holder.Refresh()
	}
}

// renewList puts a new list, with the same rows, in the old one's place.
func (r *rowHeights) renewList() {
	old := r.list
	r.list = widget.NewList(old.Length, old.CreateItem, old.UpdateItem)
	r.list.OnSelected, r.list.OnUnselected, r.list.HideSeparators = old.OnSelected, old.OnUnselected, old.HideSeparators
	if r.holder != nil {
		r.holder.Objects[0] = r.list
	}
	if r.renewed != nil {
		r.renewed(r.list)
	}
}

// ready drops the heights kept when the width or the theme changed, and
// reports whether the list is laid out, so that rows can be measured.
func (r *rowHeights) ready() bool {
	if r.width <= 0 {
		return false // not laid out yet: Layout measures
	}
	if style := currentTextStyle(); style != r.style || r.width != r.keptAt || len(r.known) > maxKnownHeights {
		r.style, r.keptAt, r.known = style, r.width, map[string]float32{}
		r.unset = r.list.CreateItem().MinSize().Height
	}
	return true
}

// height is row id's height, the one kept for its text or measured.
func (r *rowHeights) height(id widget.ListItemID) float32 {
	key := r.text(id)
	if h, ok := r.known[key]; ok {
		return h
	}
	r.fill(id, r.probe)
	r.probe.Resize(fyne.NewSize(r.width, r.probe.MinSize().Height))
	// Laid out again even at the same size: a row filled otherwise (a
	// heading hides the code) keeps the last one's layout, and wrapped
	// text finds its lines in the layout.
	r.probe.Refresh()
	h := r.probe.MinSize().Height
	r.known[key] = h
	return h
}
