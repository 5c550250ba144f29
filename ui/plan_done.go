package ui

import "slices"

// ticked shows a tick of topic in the whole plan at once: "Done so far"
// gains or loses the topic, and the topic's rows, whose "3 of 7 items
// done" may take a line more or less, are measured again. The rows in
// sight stay where they are.
func (l *planList) ticked(topic string) {
	done, n := doneRows(l.screen.plan), doneRowCount(l.rows)
	if slices.Equal(done, l.rows[:n]) {
		l.measureTopic(topic)
		return
	}
	l.rows = slices.Replace(l.rows, 0, n, done...)
	l.heights.spliceInSight(0, n, len(done))
}

// doneRowCount is how many of rows, at their top, are "Done so far".
func doneRowCount(rows []planRow) int {
	n := 0
	for n < len(rows) && rows[n].week == doneWeek {
		n++
	}
	return n
}
