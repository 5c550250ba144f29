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

// later runs f on the UI goroutine after what is queued there now (a
// frame drawn among it), for work on the UI goroutine too long for one
// frame; a test's wait applies it with the tasks' results.
func (t *tasks) later(f func()) {
	t.pending.Add(1)
	t.hand(func() {
		t.pending.Add(-1)
		f()
	})
}

// runTask runs work on a goroutine, then, on the UI goroutine, apply with its
// result or fail with its error. While it runs, busy (when not nil) shows
// its loading state.
func runTask[T any](t *tasks, busy *loading, work func(context.Context) (T, error), apply func(T), fail func(error)) {
	run(context.Background(), t, always, busy, work, apply, fail)
}

// always is the check of a task that is wanted whatever comes after it.
func always() bool { return true }

// saveTarget is what a save is about: whether the screen still shows it,
// and how to tell the learner the save failed. screenBase.forPlan and
// screenBase.saving make one.
type saveTarget struct {
	shown func() bool
	fail  func(error)
}

// saved is what a save does on the UI goroutine once it is done. Any of
// them may be nil.
type saved[T any] struct {
	apply func(T) // shows the result, while the screen shows what was saved
	undo  func()  // takes back the screen's optimistic change after a failure, likewise
	done  func()  // runs first either way, whatever the screen shows
}

// runSave runs a save the learner asked for on a goroutine. A save is
// never cancelled and always reports its failure; but by the time it is
// done the screen may show something else (the learner switched plans,
// as to.shown tells): then neither apply nor undo runs, for what is
// stored, saved or not, is what the next load of that plan shows.
func runSave[T any](t *tasks, busy *loading, to saveTarget, work func(context.Context) (T, error), then saved[T]) {
	finish := func() bool {
		if then.done != nil {
			then.done()
		}
		return to.shown()
	}
	run(context.Background(), t, always, busy, work, func(v T) {
		if finish() && then.apply != nil {
			then.apply(v)
		}
	}, func(err error) {
		if finish() && then.undo != nil {
			then.undo()
		}
		to.fail(err)
	})
}

// runLatest is runTask for a load where only the newest matters, such as
// the plan picked in the switcher: it cancels the context of the task last
// started for l and drops its result, so a slow first load can never be
// shown over the second.
func runLatest[T any](t *tasks, l *latest, busy *loading, work func(context.Context) (T, error), apply func(T), fail func(error)) {
	ctx, current := l.begin()
	run(ctx, t, current, busy, work, apply, fail)
}

// run runs work with ctx on a goroutine and hands its outcome to apply or
// fail on the UI goroutine while current says it is still wanted.
func run[T any](ctx context.Context, t *tasks, current func() bool, busy *loading,
	work func(context.Context) (T, error), apply func(T), fail func(error)) {
	busy.start()
	t.pending.Add(1)
	go func() {
		v, err := work(ctx)
		t.hand(func() {
			defer t.pending.Add(-1)
			busy.stop()
			switch {
			case !current():
				return // a newer task of the same purpose took over
			case err != nil:
				fail(err)
			default:
				apply(v)
			}
		})
	}()
}

// latest is one purpose's newest task (loading the plan shown, planning
// the set-up preview): starting another cancels it and drops its result.
// Only the UI goroutine touches it.
type latest struct {
	gen    uint64
	cancel context.CancelFunc
}

// begin cancels the task running for l and starts the next one: its
// context, and a check that is true while it is still the newest. The
// check, run when the result comes back, also releases the context.
func (l *latest) begin() (context.Context, func() bool) {
	l.drop()
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel = cancel
	gen := l.gen
	return ctx, func() bool {
		cancel()
		if l.gen != gen {
			return false
		}
		l.cancel = nil
		return true
	}
}

// drop cancels the task running for l and drops its result, for when what
// it was loading is no longer wanted.
func (l *latest) drop() {
	if l.cancel != nil {
		l.cancel()
		l.cancel = nil
	}
	l.gen++
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
