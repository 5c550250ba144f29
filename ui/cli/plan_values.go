package cli

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// The flag values of `plan` check their own syntax when set, so a mistake
// is reported as "--NAME VALUE: what is allowed"; what needs the catalog
// (codes, topics) is checked by planOptions.input.

// maxWeekHours is the most a week can hold: 16 hours on each of 7 days.
const maxWeekHours = 7 * planner.MaxHoursPerDay

// parseHours reads a finite, non-negative number of hours up to limit.
func parseHours(s string, limit float64, what string) (float64, error) {
	h, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(h) || math.IsInf(h, 0) {
		return 0, fmt.Errorf("%q is not a number of hours: use a number such as 10 or 7.5", s)
	}
	if h < 0 || h > limit {
		return 0, fmt.Errorf("%s is not possible: use 0 to %s hours %s", s, hours(limit), what)
	}
	return h, nil
}

// weekHours is --hours: hours a week spread over Monday to Friday.
type weekHours struct {
	h   float64
	set bool
}

// String is the flag default shown by --help: none.
func (v *weekHours) String() string { return "" }

// Set reads the weekly hours; Monday to Friday hold at most 16 h each, so
// 80 h a week is the most --hours takes (up to 112 fit with --weekdays).
func (v *weekHours) Set(s string) error {
	limit := float64(5 * planner.MaxHoursPerDay)
	h, err := parseHours(s, limit, "a week over Monday to Friday")
	if err == nil {
		v.h, v.set = h, true
		return nil
	}
	if h, perr := strconv.ParseFloat(strings.TrimSpace(s), 64); perr == nil && h > limit && h <= maxWeekHours {
		return fmt.Errorf("%s is %s h a day over Monday to Friday, more than %d: use --weekdays to study at weekends too",
			s, hours(h/5), planner.MaxHoursPerDay)
	}
	return err
}

// hoursFlag is a flag of up to 5000 hours; what says what they count in
// its message ("on one topic" for tick's --hours, "in all" for
// --hours-override, the total instead of the catalog's estimate).
type hoursFlag struct {
	h    float64
	what string
}

// String is the flag default shown by --help: none.
func (v *hoursFlag) String() string { return "" }

// Set reads the hours.
func (v *hoursFlag) Set(s string) error {
	h, err := parseHours(s, 5000, v.what)
	v.h = h
	return err
}

// dayKeys names the days of the week, Monday first, as --weekdays spells them.
var dayKeys = [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// weekdayHours is --weekdays: hours per day of the week, "mon=2,tue=1.5,sat=4".
type weekdayHours struct {
	w   planner.Weekdays
	set bool
}

// String is the flag default shown by --help: none.
func (v *weekdayHours) String() string { return "" }

// Set reads day=hours pairs; days not named have no study hours.
func (v *weekdayHours) Set(s string) error {
	var w planner.Weekdays
	seen := [7]bool{}
	for _, pair := range strings.Split(s, ",") {
		name, value, ok := strings.Cut(strings.TrimSpace(pair), "=")
		i := dayIndex(name)
		if !ok || i < 0 {
			return fmt.Errorf("%q is not day=hours: write for example mon=2,tue=1.5,sat=4 (days mon to sun)", pair)
		}
		if seen[i] {
			return fmt.Errorf("names %s twice: give each day once", dayKeys[i])
		}
		h, err := parseHours(value, planner.MaxHoursPerDay, "a day")
		if err != nil {
			return fmt.Errorf("%s: %w", dayKeys[i], err)
		}
		w[i], seen[i] = h, true
	}
	v.w, v.set = w, true
	return nil
}

// dayIndex returns 0 for "mon" or "Monday" through 6 for Sunday, or -1.
func dayIndex(name string) int {
	name = strings.ToLower(strings.TrimSpace(name))
	for i, k := range dayKeys {
		if len(name) >= len(k) && strings.HasPrefix(strings.ToLower(dayNames[i]), name) {
			return i
		}
	}
	return -1
}

// dayNames are the days of the week, Monday first.
var dayNames = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// heldList is --held: certifications held, "SAA-C03@2024-05-01,CLF-C02",
// or "none". set says it was given: then only these count, not the ones
// the learner logged (planner.HeldOn).
type heldList struct {
	certs []planner.HeldCert
	set   bool
}

// String is the flag default shown by --help: none.
func (v *heldList) String() string { return "" }

// Set reads CODE or CODE@YYYY-MM-DD items, or "none" for no held
// certification; the codes are checked later against the catalog. Without
// a date the certification counts as valid. An exam named twice is a
// mistake (which date is meant?), so it is refused.
func (v *heldList) Set(s string) error {
	v.certs, v.set = nil, true
	if strings.EqualFold(strings.TrimSpace(s), "none") {
		return nil
	}
	for _, item := range strings.Split(s, ",") {
		code, date, dated := strings.Cut(strings.TrimSpace(item), "@")
		if code == "" {
			return fmt.Errorf("%q is not CODE[@YYYY-MM-DD]: write for example SAA-C03@2024-05-01,CLF-C02", item)
		}
		h := planner.HeldCert{Code: catalog.NormalizeCode(code)}
		if slices.ContainsFunc(v.certs, func(x planner.HeldCert) bool { return x.Code == h.Code }) {
			return fmt.Errorf("%s is named twice: name each exam once, with the day of its latest pass", h.Code)
		}
		if dated {
			d, err := catalog.ParseDateInRange(date)
			if err != nil {
				return fmt.Errorf("%s: %w", code, err)
			}
			h.Earned = d
		}
		v.certs = append(v.certs, h)
	}
	return nil
}

// spanList is --off, repeatable: days off, "2026-12-24..2027-01-01" or one day.
type spanList struct{ spans []planner.Span }

// String is the flag default shown by --help: none.
func (v *spanList) String() string { return "" }

// repeatable marks --off as a flag given once per span (see repeats).
func (v *spanList) repeatable() {}

// Set adds one span of days off.
func (v *spanList) Set(s string) error {
	from, to, ranged := strings.Cut(strings.TrimSpace(s), "..")
	if !ranged {
		to = from
	}
	f, errF := catalog.ParseDate(from)
	t, errT := catalog.ParseDate(to)
	if errF != nil || errT != nil {
		return fmt.Errorf("%q is not FROM..TO: write for example 2026-12-24..2027-01-01, or one date", s)
	}
	for _, d := range []catalog.Date{f, t} {
		if err := catalog.CheckRange(d); err != nil {
			return err
		}
	}
	if t.Before(f) {
		return fmt.Errorf("%s ends before it starts: write the earlier date first", s)
	}
	v.spans = append(v.spans, planner.Span{From: f, To: t})
	return nil
}

// closest returns up to n of options that look most like input.
func closest(input string, options []string, n int) []string {
	in := strings.ToUpper(input)
	if len(in) > 64 {
		in = in[:64] // a name is short; this keeps the comparison cheap
	}
	type scored struct {
		s string
		d int
	}
	all := make([]scored, 0, len(options))
	for _, o := range options {
		d := catalog.EditDistance(in, strings.ToUpper(o))
		if strings.HasSuffix(strings.ToUpper(o), ":"+in) {
			d = 0
		}
		all = append(all, scored{o, d})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].d < all[j].d })
	out := make([]string, 0, n)
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].s)
	}
	return out
}
