package export

import (
	"strings"
	"unicode/utf8"
)

// printable makes s safe to set in the Go fonts: control characters become
// spaces, and characters beyond the Basic Multilingual Plane (emoji), which
// gofpdf cannot measure, become U+FFFD. Other characters the fonts lack
// print as an empty box but still copy out of the PDF as themselves.
func printable(s string) string {
	clean := true
	for _, r := range s {
		if r < ' ' || r == 0x7f || r > 0xFFFF {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r < ' ' || r == 0x7f:
			return ' '
		case r > 0xFFFF:
			return utf8.RuneError
		}
		return r
	}, s)
}

// rgb is a colour; the palette is ink, greys and one accent with its tint.
type rgb struct{ r, g, b int }

// The palette: one accent (a deep teal that prints well in colour and grey).
var (
	colInk    = rgb{27, 36, 48}
	colMuted  = rgb{96, 106, 120}
	colRule   = rgb{210, 215, 222}
	colAccent = rgb{14, 118, 128}
	colTint   = rgb{231, 242, 243}
	colWhite  = rgb{255, 255, 255}
)

// textStyle is a font, size in points and colour.
type textStyle struct {
	family string
	strong bool
	size   float64
	color  rgb
}

// The type scale.
var (
	body    = textStyle{sans, false, 9.5, colInk}
	muted   = textStyle{sans, false, 9.5, colMuted}
	code    = textStyle{mono, false, 8.5, colInk}
	small   = textStyle{sans, false, 7.5, colMuted}
	label   = textStyle{sans, true, 7.5, colAccent}
	heading = textStyle{sans, true, 17, colInk}
	subhead = textStyle{sans, true, 11.5, colInk}
)

// bold returns the style in bold.
func (s textStyle) bold() textStyle { s.strong = true; return s }

// sized returns the style at another size.
func (s textStyle) sized(pt float64) textStyle { s.size = pt; return s }

// colored returns the style in another colour.
func (s textStyle) colored(c rgb) textStyle { s.color = c; return s }

// lineH is the height of one line of the style in millimetres.
func (s textStyle) lineH() float64 { return s.size * 0.3528 * 1.35 }

// style sets font, size and text colour.
func (d *doc) style(s textStyle) {
	st := ""
	if s.strong && s.family == sans {
		st = "B"
	}
	d.pdf.SetFont(s.family, st, s.size)
	d.pdf.SetTextColor(s.color.r, s.color.g, s.color.b)
}

// fill sets the fill colour.
func (d *doc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }

// rule draws a horizontal line from x1 to x2 at y.
func (d *doc) rule(x1, y, x2 float64, c rgb, width float64) {
	d.pdf.SetDrawColor(c.r, c.g, c.b)
	d.pdf.SetLineWidth(width)
	d.pdf.Line(x1, y, x2, y)
}

// text writes s in style st at x, y (top of the line), w wide, aligned
// "L", "C" or "R", and returns the line height.
func (d *doc) text(x, y, w float64, s string, st textStyle, align string) float64 {
	d.style(st)
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, st.lineH(), printable(s), "", 0, align, false, 0, "")
	return st.lineH()
}

// para writes s wrapped to width w from x, y and returns its height.
func (d *doc) para(x, y, w float64, s string, st textStyle) float64 {
	d.style(st)
	lines := d.pdf.SplitText(printable(s), w)
	for i, l := range lines {
		d.pdf.SetXY(x, y+float64(i)*st.lineH())
		d.pdf.CellFormat(w, st.lineH(), l, "", 0, "L", false, 0, "")
	}
	return float64(len(lines)) * st.lineH()
}

// paraH is the height para would give s wrapped to width w.
func (d *doc) paraH(s string, w float64, st textStyle) float64 {
	d.style(st)
	return float64(len(d.pdf.SplitText(printable(s), w))) * st.lineH()
}

// sectionLabel writes a small accent label in capitals, such as "SESSIONS",
// and moves below it.
func (d *doc) sectionLabel(s string) {
	y := d.pdf.GetY()
	d.text(marginX, y, d.contentW(), s, label, "L")
	d.pdf.SetY(y + label.lineH() + 1.5)
}

// checkbox draws a box at x, y (top left), ticked when done.
func (d *doc) checkbox(x, y float64, done bool) {
	const size = 3.6
	pdf := d.pdf
	pdf.SetLineWidth(0.3)
	if !done {
		pdf.SetDrawColor(colMuted.r, colMuted.g, colMuted.b)
		pdf.RoundedRect(x, y, size, size, 0.5, "1234", "D")
		return
	}
	pdf.SetDrawColor(colAccent.r, colAccent.g, colAccent.b)
	d.fill(colAccent)
	pdf.RoundedRect(x, y, size, size, 0.5, "1234", "FD")
	pdf.SetDrawColor(colWhite.r, colWhite.g, colWhite.b)
	pdf.SetLineWidth(0.45)
	pdf.SetLineCapStyle("round")
	pdf.Line(x+0.8, y+1.9, x+1.5, y+2.7)
	pdf.Line(x+1.5, y+2.7, x+2.9, y+0.9)
	pdf.SetLineCapStyle("butt")
}

// bar draws a horizontal bar filled to share (0..1) on a tinted track.
func (d *doc) bar(x, y, w, h, share float64) {
	d.fill(colTint)
	d.pdf.Rect(x, y, w, h, "F")
	if share > 0 {
		d.fill(colAccent)
		d.pdf.Rect(x, y, w*min(share, 1), h, "F")
	}
}
