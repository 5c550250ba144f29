package planner

import (
	"reflect"
	"slices"
	"testing"
)

// TestLaterWorkCases pins what laterWork does with reviews keepOrder left
// before their task's study (work from orderWork: task 2 is domain 2's only
// task, reviewed by item 4).
func TestLaterWorkCases(t *testing.T) {
	for _, c := range []struct {
		name    string
		free    []int
		pieces  []piece
		want    []piece
		dropped int // minutes of item 4 left out
	}{
		{
			name:   "a review before its task's study moves to free minutes after it",
			free:   []int{0, 0, 20},
			pieces: []piece{{0, 0, 60, -1}, {0, 4, 15, 2}, {1, 2, 30, -1}},
			want:   []piece{{0, 0, 60, -1}, {1, 2, 30, -1}, {2, 4, 15, 2}},
		},
		{
			name:   "a review on its task's first study day but before that study goes after it",
			free:   []int{0, 0},
			pieces: []piece{{0, 0, 60, -1}, {1, 4, 15, 2}, {1, 2, 30, -1}},
			want:   []piece{{0, 0, 60, -1}, {1, 2, 30, -1}, {1, 4, 15, 2}},
		},
		{
			name:    "a review with no free minutes after its task's study is left out and counted",
			free:    []int{0, 0, 0},
			pieces:  []piece{{0, 0, 60, -1}, {0, 4, 15, 2}, {1, 2, 30, -1}},
			want:    []piece{{0, 0, 60, -1}, {1, 2, 30, -1}},
			dropped: 15,
		},
		{
			name:   "a review already after its task's study stays",
			free:   []int{0, 0, 20},
			pieces: []piece{{0, 2, 30, -1}, {0, 4, 15, 2}, {1, 0, 60, -1}},
			want:   []piece{{0, 2, 30, -1}, {0, 4, 15, 2}, {1, 0, 60, -1}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			days := make([]day, len(c.free))
			for k, f := range c.free {
				days[k] = day{cap: 60, free: f}
			}
			got, dropped := laterWork(orderWork(), slices.Clone(c.pieces), days)
			if !reflect.DeepEqual(got, c.want) || dropped[4] != c.dropped {
				t.Errorf("laterWork(%v)\n = %v, %d min left out\nwant %v, %d", c.pieces, got, dropped[4], c.want, c.dropped)
			}
		})
	}
}

// TestReviewLeftOutIsCounted: a plan whose review found no room after its
// task's study lists that review among the work it leaves out, and does
// not fit.
func TestReviewLeftOutIsCounted(t *testing.T) {
	work := orderWork()
	for i := range work {
		work[i].left = work[i].minutes
	}
	work[4].ID = "SAA-C03:review-2"
	days := []day{{cap: 60}, {cap: 60}} // every minute planned
	pieces := []piece{{0, 0, 45, -1}, {0, 4, 15, 2}, {1, 2, 60, -1}}
	got, dropped := laterWork(work, pieces, days)
	if dropped[4] != 15 || placedMinutes(got) != 105 {
		t.Fatalf("laterWork left out %d min of the review and placed %d, want 15 and 105", dropped[4], placedMinutes(got))
	}
	un, _ := unscheduledOf(work, got)
	found := false
	for _, u := range un {
		found = found || (u.Topic == work[4].ID && u.Hours > 0)
	}
	if !found {
		t.Errorf("the review left out is not among the unscheduled work %+v", un)
	}
}
