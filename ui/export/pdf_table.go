package export

import "strings"

// column is one column of a table: its title, width in millimetres (0 takes
// the width the others leave) and alignment ("L" or "R").
type column struct {
	title string
	width float64
	align string
}

// cell is one cell of a row: text in a style with an optional muted line
// under it, or a drawing (a checkbox, a bar) given the cell's box and the
// height of its first line.
type cell struct {
	text  string
	style textStyle
	sub   string
	draw  func(x, y, w, lineH float64)
}

// subStyle is the style of a cell's second, muted line.
var subStyle = small.sized(8)

// table draws rows that never split across pages; on a new page it draws
// its column titles again.
type table struct {
	d    *doc
	cols []column
	// join leaves out the rule above the next row, to group rows (a day's sessions).
	join bool
}

// Spacing inside tables, in millimetres.
const (
	cellPadY = 1.5
	cellGap  = 2.5
)

// newTable starts a table at the current position and draws its titles.
func (d *doc) newTable(cols ...column) *table {
	used, flex := 0.0, -1
	for i, c := range cols {
		used += c.width
		if c.width == 0 {
			flex = i
		}
	}
	if flex >= 0 {
		cols[flex].width = d.contentW() - used
	}
	t := &table{d: d, cols: cols}
	d.need(small.lineH() + 2*cellPadY + 12)
	t.titles()
	return t
}

// titles draws the column titles in small capitals over an accent rule.
func (t *table) titles() {
	d := t.d
	y := d.pdf.GetY()
	x := marginX
	for _, c := range t.cols {
		d.text(x, y+cellPadY, c.width-cellGap, strings.ToUpper(c.title), small.bold(), c.align)
		x += c.width
	}
	y += small.lineH() + 2*cellPadY
	d.rule(marginX, y, marginX+d.contentW(), colAccent, 0.35)
	d.pdf.SetY(y)
	t.join = true
}

// row draws one row, on a new page (with the titles again) when it does not
// fit on this one.
func (t *table) row(cells ...cell) {
	d := t.d
	lines, h := t.measure(cells)
	if d.pdf.GetY()+h > d.bottom() {
		d.pdf.AddPage()
		t.titles()
	}
	y := d.pdf.GetY()
	if !t.join {
		d.rule(marginX, y, marginX+d.contentW(), colRule, 0.2)
	}
	t.join = false
	x := marginX
	for i, c := range cells {
		t.drawCell(x, y+cellPadY, i, c, lines[i])
		x += t.cols[i].width
	}
	d.pdf.SetY(y + h)
}

// measure wraps each cell's text to its column and returns the lines and
// the row's height.
func (t *table) measure(cells []cell) ([][]string, float64) {
	lines := make([][]string, len(cells))
	h := 0.0
	for i, c := range cells {
		ch := c.style.lineH()
		if c.draw == nil && c.text != "" {
			t.d.style(c.style)
			lines[i] = t.d.pdf.SplitText(printable(c.text), t.cols[i].width-cellGap)
			ch = float64(len(lines[i])) * c.style.lineH()
		}
		if c.sub != "" {
			ch += subStyle.lineH()
		}
		h = max(h, ch)
	}
	return lines, h + 2*cellPadY
}

// drawCell draws cell i's lines or drawing with its top at y.
func (t *table) drawCell(x, y float64, i int, c cell, lines []string) {
	col := t.cols[i]
	if c.draw != nil {
		c.draw(x, y, col.width-cellGap, body.lineH())
		return
	}
	for _, l := range lines {
		y += t.d.text(x, y, col.width-cellGap, l, c.style, col.align)
	}
	if c.sub != "" {
		t.d.text(x, y, col.width-cellGap, c.sub, subStyle, col.align)
	}
}

// end closes the table with a rule and a little space below.
func (t *table) end() {
	d := t.d
	y := d.pdf.GetY()
	d.rule(marginX, y, marginX+d.contentW(), colRule, 0.2)
	d.pdf.SetY(y + 6)
}

// textCell is a cell of text in a style.
func textCell(s string, st textStyle) cell { return cell{text: s, style: st} }

// checkCell is a checkbox, ticked when done, centred on the first line.
func (d *doc) checkCell(done bool) cell {
	return cell{style: body, draw: func(x, y, _, lineH float64) {
		d.checkbox(x, y+lineH/2-1.8, done)
	}}
}

// barCell is a bar filled to share, centred on the first line.
func (d *doc) barCell(share float64) cell {
	return cell{style: body, draw: func(x, y, w, lineH float64) {
		d.bar(x, y+lineH/2-1.3, w, 2.6, share)
	}}
}
