package planner_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// practiceOrderProblems lists what comes out of order among the plan's
// practice exams: practice exam N+1 on or before a day of practice exam N
// (each in parts counts by its last and first days), and fix time on or
// before the last day of its own practice exam, or fix time for a practice
// exam the plan never sits (unless progress had it taken before).
func practiceOrderProblems(p planner.Plan) []string {
	first, last := map[int]catalog.Date{}, map[int]catalog.Date{}
	taken := map[int]bool{}
	for _, t := range p.Topics {
		if n, kind := practiceNumber(t.ID); kind == "practice" && (t.Done || t.Spent > 0) {
			taken[n] = true
		}
	}
	var fixes []planner.Session
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			n, kind := practiceNumber(s.Topic)
			switch kind {
			case "practice":
				if d, ok := first[n]; !ok || s.Date.Before(d) {
					first[n] = s.Date
				}
				if s.Date.After(last[n]) {
					last[n] = s.Date
				}
			case "fix":
				fixes = append(fixes, s)
			}
		}
	}
	var bad []string
	for n := range last {
		if next, ok := first[n+1]; ok && !next.After(last[n]) {
			bad = append(bad, fmt.Sprintf("practice exam %d on %s, not after practice exam %d on %s", n+1, next, n, last[n]))
		}
	}
	for _, s := range fixes {
		n, _ := practiceNumber(s.Topic)
		d, ok := last[n]
		switch {
		case !ok && !taken[n]:
			bad = append(bad, fmt.Sprintf("%s: fix time for practice exam %d, which the plan never sits", s.Date, n))
		case ok && !s.Date.After(d):
			bad = append(bad, fmt.Sprintf("%s: fix time on or before its practice exam %d on %s", s.Date, n, d))
		}
	}
	return bad
}

// practiceNumber reads "CODE:practice-2" as 2, "practice" and
// "CODE:fix-2" as 2, "fix"; other topics give "".
func practiceNumber(topic string) (int, string) {
	for _, kind := range []string{"practice", "fix"} {
		if i := strings.LastIndex(topic, ":"+kind+"-"); i >= 0 {
			n, err := strconv.Atoi(topic[i+len(kind)+2:])
			if err == nil {
				return n, kind
			}
		}
	}
	return 0, ""
}

// weekShapes are study weeks a learner might give, Monday first: short
// weekdays and long weekends, one long day, even weeks, gaps.
var weekShapes = map[string]planner.Weekdays{
	"weekdays 0.5 h, weekend 6 h":  {0.5, 0.5, 0.5, 0.5, 0.5, 6, 6},
	"weekdays 0.5 h, Sunday 4 h":   {0.5, 0.5, 0.5, 0.5, 0.5, 0, 4},
	"weekdays 1 h, Saturday 3 h":   {1, 1, 1, 1, 1, 3, 0},
	"weekend only, 5 h":            {0, 0, 0, 0, 0, 5, 5},
	"Wednesday 4 h, others 0.25 h": {0.25, 0.25, 4, 0.25, 0.25, 0.25, 0.25},
	"even 2 h":                     {2, 2, 2, 2, 2, 2, 2},
	"weekdays 1.5 h":               {1.5, 1.5, 1.5, 1.5, 1.5, 0, 0},
	"Monday 8 h only":              {8, 0, 0, 0, 0, 0, 0},
	"weekdays 0.5 h, weekend 2 h":  {0.5, 0.5, 0.5, 0.5, 0.5, 2, 2},
	"Tuesday and Friday 3 h":       {0, 3, 0, 0, 3, 0, 0},
}

// Practice exams are sat in their numbered order and each one's fix time
// comes after it, over many week shapes, exams and exam dates, whether the
// plan fits or not.
func TestPracticeExamsInOrderWithFixAfter(t *testing.T) {
	c := catalogtest.Load(t)
	start := day("2026-12-03")
	for name, hours := range weekShapes {
		for _, e := range c.Exams() {
			if e.StatusOn(start) == catalog.Retired {
				continue
			}
			for _, weeks := range []int{0, 3, 6, 9, 13, 20, 30, 52} {
				in := planner.Input{Exam: e.Code, Start: start, Today: start, Hours: hours}
				if weeks > 0 {
					in.ExamDate = start.AddDays(7*weeks + weeks%5)
				}
				if s := e.StatusOn(in.ExamDate); !in.ExamDate.IsZero() && s == catalog.Retired {
					continue
				}
				p, err := planner.Build(c, in)
				if err != nil {
					continue // an exam date past the exam's last day
				}
				for _, why := range practiceOrderProblems(p) {
					t.Errorf("%s, %s, exam %s: %s", name, e.Code, p.ExamDate, why)
				}
			}
		}
	}
}

// The same over generated plans (holidays, time off, progress, a today
// after the start), each at a week shape of short weekdays and a long
// weekend day, or at the generator's own hours.
func TestGeneratedPracticeExamsInOrder(t *testing.T) {
	g := newGenerator(t, 41)
	for n := range cases() {
		in, country := g.input()
		if n%2 == 0 {
			weekday := []float64{0, 0.25, 0.5, 1}[g.r.IntN(4)]
			in.Hours = planner.Weekdays{weekday, weekday, weekday, weekday, weekday, float64(2 + g.r.IntN(7)), float64(g.r.IntN(7))}
		}
		p := mustBuild(t, in)
		for _, why := range practiceOrderProblems(p) {
			t.Errorf("%s: %s", describe(in, country), why)
		}
	}
}

// A learner of weekends only (Saturday 5 h, Sunday 3 h) whose short plan
// is thinned: practice exam 2 fell on Saturday 2027-12-11, the day before
// practice exam 1; now exam 1 comes first.
func TestPracticeExamTwoNeverBeforeOne(t *testing.T) {
	in := planner.Input{Exam: "SOA-C03", Start: day("2027-11-20"), ExamDate: day("2027-12-24"),
		Hours: planner.Weekdays{0, 0, 0, 0, 0, 5, 3}, HoursOverride: 12.43}
	p := mustBuild(t, in)
	for _, why := range practiceOrderProblems(p) {
		t.Error(why)
	}
	for _, problem := range planProblems(in, p) {
		t.Error(problem)
	}
	if n := len(practiceDays(p, "SOA-C03:practice-1")) * len(practiceDays(p, "SOA-C03:practice-2")); n == 0 {
		t.Errorf("both practice exams should be sat: %v and %v", practiceDays(p, "SOA-C03:practice-1"), practiceDays(p, "SOA-C03:practice-2"))
	}
}

// practiceDays lists the days of topic's sessions.
func practiceDays(p planner.Plan, topic string) []catalog.Date {
	var out []catalog.Date
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Topic == topic {
				out = append(out, s.Date)
			}
		}
	}
	return out
}
