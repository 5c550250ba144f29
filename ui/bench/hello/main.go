// Command hello is a bare Fyne window, the yardstick for certplan's launch
// time and memory (.ci/launch-bench.sh, docs/benchmarks.md). It is not part
// of the product.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("io.github.certplan.hello")
	w := a.NewWindow("hello")
	w.SetContent(widget.NewLabel("Hello"))
	w.ShowAndRun()
}
