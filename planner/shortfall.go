package planner

import (
	"fmt"
	"strings"
)

// Shortfall is how far a plan that does not fit is short (ShortfallHours),
// by cause, so that every sentence about it agrees with the planner's: a
// plan can fall short although its hours exceed its work. The causes add
// up to ShortfallHours (to the minute).
type Shortfall struct {
	// Beyond is the work beyond the hours available before the exam.
	Beyond float64 `json:"beyond_hours"`
	// EarlyReview is review left out because the only free minutes it
	// could have came before the study it goes over (see laterWork).
	EarlyReview float64 `json:"early_review_hours"`
	// EarlyFix is fix time left out because the only free minutes it
	// could have came before the practice exam it follows.
	EarlyFix float64 `json:"early_fix_hours"`
	// Gaps is what the few minutes left on some days cannot hold, as no
	// study session is under a quarter hour.
	Gaps float64 `json:"gaps_hours"`
	// Whole is the time left free because a practice exam (with its fix
	// time) was left out whole, which freed more than the plan lacked. Only
	// plans saved before the planner kept such an exam (see fitWork) have
	// it; it stays so that they still say what they were short by.
	Whole float64 `json:"whole_practice_hours"`
}

// shortfallOf splits the minutes a plan is short (need less scheduled, of
// days holding capacity minutes) by cause: the work beyond capacity, then
// of the rest what placing it (pl) left out as too early, and what it lost
// in minutes too few for a session; whatever else (topics thinned in
// quarter hours) counts with the minutes too few for a session. It never
// gives Whole: a plan leaves a practice exam out only when the minutes it
// lacks cover it whole (see fitWork), so that frees no hours.
func shortfallOf(need, scheduled, capacity int, pl placement) Shortfall {
	beyond := max(need-capacity, 0)
	rest := max(need-scheduled-beyond, 0)
	take := func(m int) int {
		t := min(m, rest)
		rest -= t
		return t
	}
	s := Shortfall{Beyond: minutesToHours(beyond), EarlyReview: minutesToHours(take(pl.late.reviews)),
		EarlyFix: minutesToHours(take(pl.late.fixes))}
	s.Gaps = minutesToHours(take(pl.crumbs) + rest)
	return s
}

// Shortfall splits ShortfallHours by cause; zero when the plan fits. A
// plan saved before the planner told the causes apart (ShortfallBy zero)
// counts all it lacks besides the work beyond its hours as Gaps.
func (p *Plan) Shortfall() Shortfall {
	if p.Feasible {
		return Shortfall{}
	}
	if p.ShortfallBy != (Shortfall{}) {
		return p.ShortfallBy
	}
	beyond := max(hoursToMinutes(p.RequiredHours)-hoursToMinutes(p.CapacityHours), 0)
	gaps := max(hoursToMinutes(p.ShortfallHours)-beyond, 0)
	return Shortfall{Beyond: minutesToHours(beyond), Gaps: minutesToHours(gaps)}
}

// besides names, with their hours, what the plan lacks besides the work
// beyond its hours ("0:10 h of review that could come only before the
// study it goes over"), in the order the planner counts them.
func (s Shortfall) besides() []string {
	var out []string
	for _, c := range []struct {
		hours float64
		what  string
	}{
		{s.EarlyReview, "of review that could come only before the study it goes over"},
		{s.EarlyFix, "of fix time that could come only before its practice exam"},
		{s.Gaps, "that the few minutes left on some days cannot hold (no study session is under a quarter hour)"},
		{s.Whole, "more of a practice exam left out whole to make room"},
	} {
		if c.hours > 0 {
			out = append(out, FormatHours(c.hours)+" h "+c.what)
		}
	}
	return out
}

// ShortfallText says why a plan that does not fit is short, in the one
// sentence every screen, command and printout gives (each may lead in with
// the total short): the work beyond the hours available, and besides it
// each other cause with its hours (Shortfall); "" when the plan fits. It
// names no date, so that each place writes the exam date in its own way
// around it.
func (p *Plan) ShortfallText() string {
	if p.Feasible {
		return ""
	}
	s := p.Shortfall()
	besides := andList(s.besides())
	switch {
	case besides == "":
		return fmt.Sprintf("The plan's %s h of work need %s h more than the %s h available before the exam.",
			FormatHours(p.RequiredHours), FormatHours(s.Beyond), FormatHours(p.CapacityHours))
	case s.Beyond == 0:
		return fmt.Sprintf("The %s h available before the exam would hold the plan's %s h of work but for %s.",
			FormatHours(p.CapacityHours), FormatHours(p.RequiredHours), besides)
	}
	return fmt.Sprintf("The plan's %s h of work need %s h more than the %s h available before the exam, besides %s.",
		FormatHours(p.RequiredHours), FormatHours(s.Beyond), FormatHours(p.CapacityHours), besides)
}

// andList joins phrases as a sentence lists them: "a", "a and b", "a, b and c".
func andList(phrases []string) string {
	if n := len(phrases); n > 1 {
		return strings.Join(phrases[:n-1], ", ") + " and " + phrases[n-1]
	}
	return strings.Join(phrases, "")
}
