package cli

import (
	"regexp"
	"strings"
	"testing"
)

// TestShowAndTodayKeepTheirColumns: in show's topic list and week, and in
// today's sessions, the hours stand in one column whatever the topic's
// name ("1.1", "review-1", "diagnostic", "practice-1"): ten-letter names
// pushed their hours two places right.
func TestShowAndTodayKeepTheirColumns(t *testing.T) {
	dir := newSavedPlan(t)
	show := mustStore(t, dir, "show", "1")
	topic := regexp.MustCompile(`^  \[[ x]\] \S+ +\S+ h  `)
	week := regexp.MustCompile(`^  \w{3} \d{4}-\d\d-\d\d  \S+ +\S+ h  `)
	checkColumn(t, "show's topics", show, topic)
	checkColumn(t, "show's week", show, week)
	checkColumn(t, "today", mustStore(t, dir, "today", "1"), regexp.MustCompile(`^  \S+ +\S+ h  `))
}

// checkColumn fails unless every line of out that line matches ends its
// match (the hours' " h  ") at the same place, and at least two do, one
// of them a name of ten letters or more when out has one.
func checkColumn(t *testing.T, what, out string, line *regexp.Regexp) {
	t.Helper()
	ends, long := map[int][]string{}, false
	for _, l := range strings.Split(out, "\n") {
		m := line.FindString(l)
		if m == "" {
			continue
		}
		ends[len(m)] = append(ends[len(m)], strings.TrimSpace(l))
		long = long || strings.Contains(l, "diagnostic") || strings.Contains(l, "practice-")
	}
	if len(ends) != 1 {
		t.Errorf("%s: the hours end in %d columns, want one: %v", what, len(ends), ends)
	}
	n := 0
	for _, ls := range ends {
		n += len(ls)
	}
	if n < 2 {
		t.Errorf("%s: %d lines with hours, want two or more:\n%s", what, n, out)
	}
	if strings.Contains(out, "diagnostic") && !long {
		t.Errorf("%s: no line with a long name was checked:\n%s", what, out)
	}
}
