package ui

import (
	"context"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// tasks runs work that may take longer than a frame (database, planning,
// files) off the UI goroutine. It is the one place screens hand work to a
// goroutine and take the result back with fyne.Do, and it counts what is
// running so tests can wait for it.
type tasks struct {
	wg sync.WaitGroup
}

// wait blocks until every task started so far, and any task they started,
// has finished and been applied.
func (t *tasks) wait() { t.wg.Wait() }

// runTask runs work on a goroutine, then, on the UI goroutine, apply with its
// result or fail with its error. While it runs, busy (when not nil) shows
// its loading state.
func runTask[T any](t *tasks, busy *loading, work func(context.Context) (T, error), apply func(T), fail func(error)) {
	busy.start()
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		v, err := work(context.Background())
		fyne.Do(func() {
			busy.stop()
			if err != nil {
				fail(err)
				return
			}
			apply(v)
		})
	}()
}

// loading is a screen's loading state: a spinner and a line of text laid
// over the screen while its data is on the way.
type loading struct {
	overlay  *fyne.Container
	activity *widget.Activity
	running  int
}

// newLoading wraps content in a loading state, hidden until start.
func newLoading(content fyne.CanvasObject, text string) (*loading, fyne.CanvasObject) {
	l := &loading{activity: widget.NewActivity()}
	label := widget.NewLabel(text)
	l.overlay = container.NewCenter(container.NewHBox(l.activity, label))
	l.overlay.Hide()
	return l, container.NewStack(content, l.overlay)
}

// start shows the loading state; a nil loading does nothing.
func (l *loading) start() {
	if l == nil {
		return
	}
	l.running++
	l.overlay.Show()
	l.activity.Start()
}

// stop hides the loading state once every start has been stopped.
func (l *loading) stop() {
	if l == nil {
		return
	}
	if l.running--; l.running > 0 {
		return
	}
	l.running = 0
	l.activity.Stop()
	l.overlay.Hide()
}

// busy reports whether the loading state shows.
func (l *loading) busy() bool { return l != nil && l.running > 0 }
