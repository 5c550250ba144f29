package planner

// piece is a part of one work item placed on one day.
type piece struct {
	day     int // index into the days slice
	item    int // index into the work slice
	minutes int
}

// place puts the remaining work into the days' free capacity: practice exams
// on the latest days that hold them whole, then study and review in order,
// spread evenly over the window. It returns the pieces, the minutes that did
// not fit, and whether a practice exam had to be split over several days.
func place(work []TopicPlan, days []day) (pieces []piece, unplaced int, split bool) {
	last := -1
	// The last practice exam goes first, onto the latest day, so that
	// practice exam 1 comes before practice exam 2.
	for i := len(work) - 1; i >= 0; i-- {
		if w := work[i]; w.Kind == Practice && w.left > 0 {
			p, rest, s := placeBackward(i, w.left, days)
			pieces, unplaced, split = append(pieces, p...), unplaced+rest, split || s
			for _, pc := range p {
				last = max(last, pc.day)
			}
		}
	}
	var seq []int
	need := 0
	for i, w := range work {
		if w.Kind != Practice && w.left > 0 {
			seq, need = append(seq, i), need+w.left
		}
	}
	// Study and review end by the last practice exam when they fit there.
	window := days
	if last >= 0 && freeMinutes(days[:last+1]) >= need {
		window = days[:last+1]
	}
	amounts, rest := spread(window, need)
	return append(pieces, cut(work, seq, amounts)...), unplaced + rest, split
}

func freeMinutes(days []day) int {
	t := 0
	for _, d := range days {
		t += d.free
	}
	return t
}

// placeBackward puts one practice exam on the latest day that holds it whole,
// or, failing that, over the latest days with room.
func placeBackward(item, minutes int, days []day) ([]piece, int, bool) {
	for k := len(days) - 1; k >= 0; k-- {
		if days[k].free >= minutes && days[k].free == days[k].cap {
			days[k].free -= minutes
			return []piece{{k, item, minutes}}, 0, false
		}
	}
	for k := len(days) - 1; k >= 0; k-- {
		if days[k].free >= minutes {
			days[k].free -= minutes
			return []piece{{k, item, minutes}}, 0, false
		}
	}
	var out []piece
	for k := len(days) - 1; k >= 0 && minutes > 0; k-- {
		if take := min(days[k].free, minutes); take > 0 {
			days[k].free -= take
			minutes -= take
			out = append([]piece{{k, item, take}}, out...)
		}
	}
	return out, minutes, len(out) > 1
}

// spread decides how many minutes each day takes so that need is spread in
// proportion to each day's free time, in quarter hours, never over a day's
// free time. It returns the amounts and the minutes that did not fit.
func spread(days []day, need int) ([]int, int) {
	amounts := make([]int, len(days))
	free := freeMinutes(days)
	if need >= free {
		for k := range days {
			amounts[k] = days[k].free
			days[k].free = 0
		}
		return amounts, need - free
	}
	done, cum := 0, 0
	for k := range days {
		cum += days[k].free
		target := cum * need / free / 15 * 15
		take := min(days[k].free, max(target-done, 0))
		amounts[k], done = take, done+take
	}
	for k := len(days) - 1; k >= 0 && done < need; k-- {
		take := min(days[k].free-amounts[k], need-done)
		amounts[k], done = amounts[k]+take, done+take
	}
	for k := range days {
		days[k].free -= amounts[k]
	}
	return amounts, 0
}

// cut walks the work items in order and slices them into the day amounts.
func cut(work []TopicPlan, seq []int, amounts []int) []piece {
	out := make([]piece, 0, len(seq)+len(amounts))
	s, left := 0, 0
	if len(seq) > 0 {
		left = work[seq[0]].left
	}
	for k, amount := range amounts {
		for amount > 0 && s < len(seq) {
			take := min(amount, left)
			out = append(out, piece{k, seq[s], take})
			amount, left = amount-take, left-take
			if left == 0 {
				if s++; s < len(seq) {
					left = work[seq[s]].left
				}
			}
		}
	}
	return out
}
