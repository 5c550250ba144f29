package planner

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
)

// Spaced review. A domain's review hours (a ninth of its study, as before)
// are shared among its tasks: ten minutes each first (or an equal share
// when the domain has less), the rest in proportion to their study time in
// five-minute steps, none under five minutes unless the domain's review is
// too small to give every task two of those (see shortestReview). Each
// task's share becomes one to five short reviews (one per quarter hour, at
// least two when it holds two minimum reviews; on days under half
// an hour, reviews short enough to leave a quarter hour of study beside
// them) after the day its study ends, at growing gaps of about 1, 2, 4, 9
// and 19 days (reviews 1, 3, 7, 16 and 35 days after the study), scaled to
// the days left before the final week (stretched at most reviewStretch
// times, shrunk as far as needed, dropping the last reviews when even
// one-day gaps do not fit).
// A review that finds no study time on its day moves to the next day that
// has some (or, when its day is too short to hold it whole, to the next day
// that can), and the following gaps never shrink below the one before. A
// review due soon may come a little early into minutes study cannot use
// (see reviewsSoon), never at a gap shorter than the one before.

// reviewOffsets are the days after a task's study at which its reviews fall.
var reviewOffsets = [...]int{1, 3, 7, 16, 35}

// reviewStretch is the most the review gaps are stretched in a long plan.
const reviewStretch = 2.0

// reviewChain is the reviews of one task still to place.
type reviewChain struct {
	task  int   // work index of the task reviewed, -1 for none
	item  int   // work index of the domain review the minutes count toward
	sizes []int // minutes of each review still to place, the next first
	gaps  []int // days between reviews, set when the task's study ends
	due   int   // day index the next review falls due
	prev  int   // day index of the previous review, or of the study's end
	gap   int   // the previous gap in days
	part  int   // minutes of the next review already placed
	start int   // day index the next review started on
	// reviewed counts the reviews placed.
	reviewed int
}

// reviewChains shares each domain review's remaining minutes among the
// domain's study tasks and cuts each share into reviews of at most most
// minutes where it can (see reviewLimit).
func reviewChains(work []TopicPlan, most int) []*reviewChain {
	tasks := map[int][]int{}
	for i, w := range work {
		if w.Kind == Study && w.minutes > 0 {
			tasks[w.domainNumber] = append(tasks[w.domainNumber], i)
		}
	}
	var out []*reviewChain
	for i, w := range work {
		if w.Kind != Review || w.left <= 0 {
			continue
		}
		out = append(out, domainChains(work, i, tasks[w.domainNumber], most)...)
	}
	return out
}

// domainChains cuts the left minutes of the review at item into chains for
// tasks: each task's share (see shareReviews) cut into reviews of at most
// most minutes where it can.
func domainChains(work []TopicPlan, item int, tasks []int, most int) []*reviewChain {
	left := work[item].left
	if len(tasks) == 0 {
		return []*reviewChain{{task: -1, item: item, sizes: []int{left}, prev: -1}}
	}
	weights := make([]int, len(tasks))
	for k, t := range tasks {
		weights[k] = work[t].minutes
	}
	least := shortestReview(work[item].minutes, len(tasks))
	var out []*reviewChain
	for k, m := range shareReviews(left, weights, least) {
		if m == 0 {
			continue
		}
		n := reviewCount(m, most)
		if n < 2 && m >= 2*least {
			n = 2 // the domain's review is too small for minimum reviews
		}
		out = append(out, &reviewChain{task: tasks[k], item: item, sizes: splitReview(m, n, most), prev: -1})
	}
	return out
}

// shortestReview is the shortest review of a domain whose whole review
// (before progress and thinning) is minutes, over tasks: minReviewMinutes,
// or less when those minutes cannot give every task two of those, as
// every task is reviewed twice in a plan that fits.
func shortestReview(minutes, tasks int) int {
	return max(min(minReviewMinutes, minutes/(2*tasks)), 1)
}

// minReviewMinutes is the shortest review a share is cut into when it can
// be; a share shorter than two of them still makes two reviews.
const minReviewMinutes = 5

// shareReviews shares minutes among tasks: first two minimum reviews each
// (or an equal share of what there is, when less, but then in whole
// reviews of least minutes: one or none), then the rest in proportion to
// weights in whole minimum reviews, the odd minutes to the biggest share.
// No share is then under least minutes unless all the minutes are: a
// domain whose review was cut (a plan thinned to fit, progress) has
// fewer tasks reviewed, the heaviest, rather than reviews of a minute.
func shareReviews(minutes int, weights []int, least int) []int {
	each := min(2*minReviewMinutes, minutes/len(weights))
	if each < 2*least {
		each = each / least * least
	}
	rest := minutes - each*len(weights)
	out := shareOut(rest/minReviewMinutes, weights)
	biggest := 0
	for k := range out {
		out[k] = out[k]*minReviewMinutes + each
		if out[k] > out[biggest] {
			biggest = k
		}
	}
	out[biggest] += rest % minReviewMinutes
	return out
}

// reviewMinutes is the length a review aims for: a share makes one review
// per quarter hour, at least two and at most the model's five.
const reviewMinutes = 15

// reviewCount is how many reviews a share of m minutes makes: one per
// reviewMinutes, or more when those would be longer than most minutes, at
// least two (when m holds two minimum reviews) and at most the model's
// five, and never one under minReviewMinutes (a share under two of them
// is one review, longer than most if it must).
func reviewCount(m, most int) int {
	n := max(m/reviewMinutes, (m+most-1)/most, 2)
	return max(min(n, len(reviewOffsets), m/minReviewMinutes), 1)
}

// noReviewLimit is a review length no share reaches.
const noReviewLimit = 1 << 30

// reviewLimit is the most minutes a review holds when days hold at most
// longest minutes. On short days (under half an hour) a review leaves a
// quarter hour of study beside it, so that the day's few other minutes do
// not hold nothing; longer days, and days too short for a minimum review
// and a quarter hour, set no limit (a review aims for reviewMinutes).
func reviewLimit(longest int) int {
	if most := longest - quarterMinutes; most >= minReviewMinutes && most < reviewMinutes {
		return most
	}
	return noReviewLimit
}

// shareOut divides n units in proportion to weights by largest remainder,
// ties to the earlier weight.
func shareOut(n int, weights []int) []int {
	total := 0
	for _, w := range weights {
		total += w
	}
	out := make([]int, len(weights))
	if total == 0 || n == 0 {
		return out
	}
	given := 0
	byRem := make([]int, len(weights))
	for k, w := range weights {
		out[k] = n * w / total
		given += out[k]
		byRem[k] = k
	}
	slices.SortStableFunc(byRem, func(a, b int) int { return cmp.Compare(n*weights[b]%total, n*weights[a]%total) })
	for _, k := range byRem[:n-given] {
		out[k]++
	}
	return out
}

// splitReview cuts m minutes into n reviews, the earlier ones longer: in
// whole minimum reviews (the odd minutes to the first) when m holds n of
// them and none is then over most; else in whole minutes.
func splitReview(m, n, most int) []int {
	unit := minReviewMinutes
	if q := m / unit; m < n*unit || (q+n-1)/n*unit+m%unit > most {
		unit = 1
	}
	q := m / unit
	out := make([]int, n)
	for k := range out {
		out[k] = q / n * unit
		if k < q%n {
			out[k] += unit
		}
	}
	out[0] += m % unit
	return out
}

// reviewGaps returns the gaps in days of up to n reviews that fit in room
// days, at least one review: the model's gaps scaled to the room.
func reviewGaps(n, room int) []int {
	for ; n > 1; n-- {
		s := min(float64(room)/float64(reviewOffsets[n-1]), reviewStretch)
		gaps, sum, prev := make([]int, n), 0, 0
		for k := range gaps {
			base := reviewOffsets[k] - prev
			prev = reviewOffsets[k]
			gaps[k] = max(1, int(math.Round(float64(base)*s)))
			sum += gaps[k]
		}
		if sum <= room {
			return gaps
		}
	}
	return []int{1}
}

// studyClock counts in study days (days with hours), so that a review one
// day later falls on the next study day, whatever the weekends in between.
type studyClock struct {
	ord  []int // per day index: the study days before it
	days []int // per study day: its day index
}

func newStudyClock(days []day) studyClock {
	c := studyClock{ord: make([]int, len(days)+1)}
	for k, d := range days {
		c.ord[k+1] = c.ord[k]
		if d.cap > 0 {
			c.ord[k+1]++
			c.days = append(c.days, k)
		}
	}
	return c
}

// at is the study-day count of day index k (-1 for before the first day).
func (c studyClock) at(k int) int { return c.ord[min(max(k, -1), len(c.ord)-2)+1] }

// day is the day index of the n-th study day, or one past the last day.
func (c studyClock) day(n int) int {
	if n >= len(c.days) {
		return len(c.ord) - 1
	}
	return c.days[max(n, 0)]
}

// begin sets the chain's gaps (in study days) once the task's study ends on
// day end, with room to the last review day, folding reviews that do not
// fit into the ones that do.
func (c *reviewChain) begin(clk studyClock, end, lastDay, lastAny int) {
	n := len(c.sizes)
	gaps := reviewGaps(n, clk.at(lastDay)-clk.at(end))
	if len(gaps) < min(n, 2) {
		gaps = reviewGaps(n, clk.at(lastAny)-clk.at(end))
	}
	if len(gaps) < n {
		total := 0
		for _, m := range c.sizes {
			total += m
		}
		c.sizes = splitReview(total, len(gaps), noReviewLimit)
	}
	c.gaps, c.prev, c.gap = gaps, end, 0
	c.due = clk.day(clk.at(end) + gaps[0] - 1)
}

// placed records that the next review of the chain, begun on day start, is
// whole, and sets when the one after falls due: never sooner, in study
// days, than the gap just kept. It reports whether reviews remain.
func (c *reviewChain) placed(clk studyClock) bool {
	c.gap = clk.at(c.start) - clk.at(c.prev)
	c.prev = c.start
	c.reviewed++
	c.sizes, c.gaps, c.part = c.sizes[1:], c.gaps[1:], 0
	if len(c.sizes) == 0 {
		return false
	}
	c.due = clk.day(clk.at(c.start) + max(c.gaps[0], c.gap) - 1)
	return true
}

// chainQueue orders the chains due for review by due day, then task.
type chainQueue []*reviewChain

func (q chainQueue) Len() int { return len(q) }
func (q chainQueue) Less(i, j int) bool {
	if q[i].due != q[j].due {
		return q[i].due < q[j].due
	}
	return q[i].task < q[j].task
}
func (q chainQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *chainQueue) Push(x any)   { *q = append(*q, x.(*reviewChain)) }
func (q *chainQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

var _ heap.Interface = (*chainQueue)(nil)
