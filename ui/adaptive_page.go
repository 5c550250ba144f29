package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// newPageColumns is newColumns for two columns that each scroll inside
// (a form, and a card of wrapped text): side by side, each scrolls its
// own; stacked on a narrow window, each shows all it holds, its text
// wrapped at the page's width, and the page scrolls them as one, so
// nothing is cut to the one line a squeezed inner scroll showed (the
// set-up's preview at 800x600). inner are the columns' scrolls.
func newPageColumns(share float32, leading, trailing fyne.CanvasObject, inner ...*container.Scroll) *container.Scroll {
	return container.NewVScroll(container.New(&columnsLayout{share: share, inner: inner}, leading, trailing))
}

// layoutPage places [leading, trailing] of page columns in size.
func (l *columnsLayout) layoutPage(a, b fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	if !l.stacked {
		l.openInner(false)
		l.sideBySide(a, b, size, pad)
		return
	}
	// Twice: the first lays the wrapped text out at the page's width, the
	// second measures the height it then takes.
	for range 2 {
		l.openInner(true)
		ha := a.MinSize().Height
		a.Resize(fyne.NewSize(size.Width, ha))
		a.Move(fyne.NewPos(0, 0))
		b.Resize(fyne.NewSize(size.Width, max(b.MinSize().Height, size.Height-ha-pad)))
		b.Move(fyne.NewPos(0, ha+pad))
	}
}

// openInner makes each inner scroll as tall as its content (open) or lets
// it shrink and scroll again.
func (l *columnsLayout) openInner(open bool) {
	for _, sc := range l.inner {
		want := fyne.NewSize(0, 0)
		if open && sc.Content != nil {
			want.Height = sc.Content.MinSize().Height
		}
		sc.SetMinSize(want)
	}
}
