package planner

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// orderCase is generated work and pieces placed at random over its days,
// many of them misordered: reviews before their task's study, fix time
// before its practice exam.
type orderCase struct {
	work   []TopicPlan
	pieces []piece
}

// newOrderCase makes a random case: one to four domains of up to four
// tasks (some done or part done before the plan), a review per domain, a
// practice exam and its fix time, over up to sixty days.
func newOrderCase(r *rand.Rand) orderCase {
	var c orderCase
	domains := 1 + r.IntN(4)
	for d := 1; d <= domains; d++ {
		for range r.IntN(5) {
			w := TopicPlan{Kind: Study, domainNumber: d, minutes: 60 + r.IntN(400)}
			switch r.IntN(8) {
			case 0:
				w.Spent = 1
			case 1:
				w.Done = true
			}
			c.work = append(c.work, w)
		}
	}
	for d := 1; d <= domains; d++ {
		c.work = append(c.work, TopicPlan{Kind: Review, domainNumber: d, minutes: 60})
	}
	c.work = append(c.work, TopicPlan{Kind: Practice, minutes: 130}, TopicPlan{Kind: Fix, minutes: 60})
	if r.IntN(3) == 0 {
		c.work = append(c.work, TopicPlan{Kind: Practice, minutes: 130}, TopicPlan{Kind: Fix, minutes: 60})
	}
	days := 1 + r.IntN(60)
	for range r.IntN(120) {
		c.pieces = append(c.pieces, c.randomPiece(r, days))
	}
	return c
}

// randomPiece is a piece of a random item on a random day, of a size
// usual for its kind.
func (c orderCase) randomPiece(r *rand.Rand, days int) piece {
	i := r.IntN(len(c.work))
	pc := piece{day: r.IntN(days), item: i, of: -1}
	switch c.work[i].Kind {
	case Study:
		pc.minutes = 15 + r.IntN(100)
		if r.IntN(10) == 0 {
			pc.minutes = 1 + r.IntN(14) // all a small topic has
		}
	case Review:
		pc.minutes = 1 + r.IntN(25)
		var tasks []int
		for t, w := range c.work {
			if w.Kind == Study && w.domainNumber == c.work[i].domainNumber {
				tasks = append(tasks, t)
			}
		}
		if len(tasks) > 0 {
			pc.of = tasks[r.IntN(len(tasks))]
		}
	case Fix:
		pc.minutes = 1 + r.IntN(60)
	default:
		pc.minutes = 30 + r.IntN(140)
	}
	return pc
}

// orderFigures are what keepOrder must keep or never make worse.
type orderFigures struct {
	perDay, perItem map[int]int
	practice        []piece
	misordered      int
	crumbs          int // joined study under a quarter hour, reviews and fix time under minReviewMinutes
}

func figuresOf(work []TopicPlan, pieces []piece) orderFigures {
	f := orderFigures{perDay: map[int]int{}, perItem: map[int]int{}}
	k := newOrderKeeper(work, slices.Clone(pieces))
	joined := map[[3]int]int{}
	for _, pc := range pieces {
		f.perDay[pc.day] += pc.minutes
		f.perItem[pc.item] += pc.minutes
		joined[[3]int{pc.day, pc.item, pc.of}] += pc.minutes
		if work[pc.item].Kind == Practice {
			f.practice = append(f.practice, pc)
		}
		if k.misordered(pc) {
			f.misordered++
		}
	}
	for key, m := range joined {
		if m < minPiece(work[key[1]].Kind) {
			f.crumbs++
		}
	}
	return f
}

// orderProblem says how keepOrder's result breaks a property, or "".
func orderProblem(c orderCase, out []piece) string {
	before, after := figuresOf(c.work, c.pieces), figuresOf(c.work, out)
	switch {
	case !reflect.DeepEqual(before.perDay, after.perDay):
		return fmt.Sprintf("day minutes %v, were %v", after.perDay, before.perDay)
	case !reflect.DeepEqual(before.perItem, after.perItem):
		return fmt.Sprintf("item minutes %v, were %v", after.perItem, before.perItem)
	case !reflect.DeepEqual(before.practice, after.practice):
		return fmt.Sprintf("practice exams moved: %v, were %v", after.practice, before.practice)
	case after.misordered > before.misordered:
		return fmt.Sprintf("%d pieces misordered, were %d", after.misordered, before.misordered)
	case after.crumbs > before.crumbs:
		return fmt.Sprintf("%d pieces too short, were %d", after.crumbs, before.crumbs)
	}
	for _, pc := range out {
		if pc.minutes <= 0 {
			return fmt.Sprintf("empty piece %+v", pc)
		}
		if pc.of >= 0 && c.work[pc.of].domainNumber != c.work[pc.item].domainNumber {
			return fmt.Sprintf("review %+v goes over a task of another domain", pc)
		}
	}
	return ""
}

// TestKeepOrderKeepsMinutesAndNeverMisordersMore: on random work placed at
// random, keepOrder keeps each day's and each item's minutes and the
// practice exams where they are, leaves no more misordered or too short
// pieces than it was given, and puts some in order.
func TestKeepOrderKeepsMinutesAndNeverMisordersMore(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	fixed, was := 0, 0
	for n := range 3000 {
		c := newOrderCase(r)
		out := keepOrder(c.work, slices.Clone(c.pieces))
		if problem := orderProblem(c, out); problem != "" {
			t.Fatalf("case %d: %s\nwork %+v\npieces %+v\nout %+v", n, problem, c.work, c.pieces, out)
		}
		if again := keepOrder(c.work, slices.Clone(c.pieces)); !reflect.DeepEqual(again, out) {
			t.Fatalf("case %d: two runs differ", n)
		}
		b, a := figuresOf(c.work, c.pieces).misordered, figuresOf(c.work, out).misordered
		was, fixed = was+b, fixed+b-a
	}
	if fixed == 0 || fixed < was/4 {
		t.Fatalf("keepOrder put %d of %d misordered pieces in order", fixed, was)
	}
	t.Logf("keepOrder put %d of %d misordered pieces in order", fixed, was)
}

// orderWork is two domains: tasks 0 and 1 in domain 1, task 2 in domain 2,
// their reviews (3 and 4), a practice exam (5) and its fix time (6).
func orderWork() []TopicPlan {
	return []TopicPlan{
		{Kind: Study, domainNumber: 1, minutes: 120}, {Kind: Study, domainNumber: 1, minutes: 120},
		{Kind: Study, domainNumber: 2, minutes: 120},
		{Kind: Review, domainNumber: 1, minutes: 30}, {Kind: Review, domainNumber: 2, minutes: 30},
		{Kind: Practice, minutes: 130}, {Kind: Fix, minutes: 60},
	}
}

// TestKeepOrderCases pins what keepOrder does with a few small plans.
func TestKeepOrderCases(t *testing.T) {
	for _, c := range []struct {
		name   string
		pieces []piece
		want   []piece
	}{
		{
			name:   "a review before its task's study swaps with a quarter hour of another task's later study",
			pieces: []piece{{0, 0, 60, -1}, {0, 4, 15, 2}, {1, 2, 30, -1}, {2, 1, 30, -1}},
			want:   []piece{{0, 0, 60, -1}, {2, 4, 15, 2}, {1, 2, 30, -1}, {2, 1, 15, -1}, {0, 1, 15, -1}},
		},
		{
			name:   "a short review goes with a domain's review of its day to make a quarter hour of study",
			pieces: []piece{{0, 0, 60, -1}, {0, 4, 10, 2}, {0, 3, 5, -1}, {1, 2, 30, -1}, {2, 1, 40, -1}},
			want:   []piece{{0, 0, 60, -1}, {2, 4, 10, 2}, {2, 3, 5, -1}, {1, 2, 30, -1}, {2, 1, 25, -1}, {0, 1, 15, -1}},
		},
		{
			name:   "fix time on its practice exam's day swaps with later study",
			pieces: []piece{{0, 5, 130, -1}, {0, 6, 30, -1}, {1, 0, 30, -1}},
			want:   []piece{{0, 5, 130, -1}, {1, 6, 30, -1}, {0, 0, 30, -1}},
		},
		{
			name:   "a task's own study never comes forward to cover its review; the review goes over a task of its domain studied by then",
			pieces: []piece{{0, 0, 60, -1}, {1, 3, 15, 1}, {2, 1, 60, -1}},
			want:   []piece{{0, 0, 60, -1}, {1, 3, 15, 0}, {2, 1, 60, -1}},
		},
		{
			name:   "a study piece is never cut under a quarter hour",
			pieces: []piece{{0, 0, 60, -1}, {0, 4, 10, 2}, {2, 2, 20, -1}, {3, 2, 30, -1}},
			want:   []piece{{0, 0, 60, -1}, {0, 4, 10, 2}, {2, 2, 20, -1}, {3, 2, 30, -1}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := keepOrder(orderWork(), slices.Clone(c.pieces))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("keepOrder(%v)\n = %v\nwant %v", c.pieces, got, c.want)
			}
		})
	}
}
