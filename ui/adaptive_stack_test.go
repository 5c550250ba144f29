package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// TestStackedColumnsGiveAListItsContent: at 800x600 the columns stack, and
// a scrolled list with more content than the other column gets the height
// its content needs instead of half the window above an empty half.
func TestStackedColumnsGiveAListItsContent(t *testing.T) {
	tall := canvas.NewRectangle(nil)
	tall.SetMinSize(fyne.NewSize(100, 300))
	short := canvas.NewRectangle(nil)
	short.SetMinSize(fyne.NewSize(100, 80))
	list := container.NewVScroll(tall)
	l := &columnsLayout{share: 0.5}
	l.Layout([]fyne.CanvasObject{list, short}, fyne.NewSize(600, 500))
	if !l.stacked {
		t.Fatal("a 600-wide area does not stack the columns")
	}
	if got := list.Size().Height; got < 300 {
		t.Errorf("the scrolled list is %v high, want its content's 300", got)
	}
	if list.Size().Height+short.Size().Height > 500 {
		t.Errorf("the columns take %v + %v, more than the 500 there is", list.Size().Height, short.Size().Height)
	}
}
