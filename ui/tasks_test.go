package ui

import (
	"context"
	"errors"
	"testing"
)

// A load started second wins even when the first finishes last: the first
// is cancelled and its result never applied.
func TestRunLatestDropsOlderResult(t *testing.T) {
	var ts tasks
	ts.queueResults()
	var l latest
	var applied []string
	secondApplied := make(chan struct{})
	firstErr := make(chan error, 1)
	apply := func(v string) {
		applied = append(applied, v)
		if v == "second" {
			close(secondApplied)
		}
	}
	fail := func(err error) { t.Errorf("fail(%v) called, want no failure", err) }
	runLatest(&ts, &l, nil, func(ctx context.Context) (string, error) {
		<-ctx.Done()
		firstErr <- ctx.Err()
		<-secondApplied
		return "first", nil
	}, apply, fail)
	runLatest(&ts, &l, nil, func(context.Context) (string, error) { return "second", nil }, apply, fail)
	ts.wait()
	if len(applied) != 1 || applied[0] != "second" {
		t.Errorf("applied %q, want only %q", applied, "second")
	}
	if err := <-firstErr; !errors.Is(err, context.Canceled) {
		t.Errorf("first load's context error = %v, want %v", err, context.Canceled)
	}
}

// A dropped load's failure is not reported either: it is no longer wanted.
func TestRunLatestDropsOlderFailure(t *testing.T) {
	var ts tasks
	ts.queueResults()
	var l latest
	release := make(chan struct{})
	var failed []error
	runLatest(&ts, &l, nil, func(context.Context) (int, error) {
		<-release
		return 0, errors.New("first failed")
	}, func(int) { t.Error("first applied") }, func(err error) { failed = append(failed, err) })
	l.drop()
	close(release)
	ts.wait()
	if len(failed) != 0 {
		t.Errorf("failures reported %v, want none for a dropped load", failed)
	}
}

// The newest load's failure is reported, and its context stays live while
// it runs.
func TestRunLatestReportsNewestFailure(t *testing.T) {
	var ts tasks
	ts.queueResults()
	var l latest
	want := errors.New("no such plan")
	var got error
	runLatest(&ts, &l, nil, func(ctx context.Context) (int, error) {
		if ctx.Err() != nil {
			t.Errorf("context error while running = %v, want nil", ctx.Err())
		}
		return 0, want
	}, func(int) { t.Error("applied a failed load") }, func(err error) { got = err })
	ts.wait()
	if !errors.Is(got, want) {
		t.Errorf("failure = %v, want %v", got, want)
	}
}

// runTask applies every result, in the order they arrive.
func TestRunTaskAppliesEveryResult(t *testing.T) {
	var ts tasks
	ts.queueResults()
	var applied []int
	for i := range 3 {
		runTask(&ts, nil, func(context.Context) (int, error) { return i, nil },
			func(v int) { applied = append(applied, v) }, func(err error) { t.Error(err) })
	}
	ts.wait()
	if len(applied) != 3 {
		t.Errorf("applied %v, want 3 results", applied)
	}
}
