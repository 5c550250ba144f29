package ui

import (
	"context"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// tasks runs work that may take longer than a frame (database, planning,
// files) off the UI goroutine. It is the one place screens hand work to a
// goroutine and take the result back on the UI goroutine with fyne.Do.
type tasks struct {
	pending atomic.Int64
	// queue, when set, receives the results instead of fyne.Do, for a test
	// to apply on its own goroutine with wait: Fyne's test driver would
	// otherwise run them on the worker goroutines, side by side.
	queue chan func()
}

// queueResults makes results wait in a queue for wait to apply them.
func (t *tasks) queueResults() { t.queue = make(chan func(), 64) }

// wait applies queued results until no task is left, including tasks that
// the results started. Only for tasks that queue their results.
func (t *tasks) wait() {
	for t.pending.Load() > 0 {
		(<-t.queue)()
	}
}

// hand runs f on the UI goroutine.
func (t *tasks) hand(f func()) {
	if t.queue != nil {
		t.queue <- f
		return
	}
	fyne.Do(f)
}

// runTask runs work on a goroutine, then, on the UI goroutine, apply with its
// result or fail with its error. While it runs, busy (when not nil) shows
// its loading state.
func runTask[T any](t *tasks, busy *loading, work func(context.Context) (T, error), apply func(T), fail func(error)) {
	busy.start()
	t.pending.Add(1)
	go func() {
		v, err := work(context.Background())
		t.hand(func() {
			defer t.pending.Add(-1)
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
