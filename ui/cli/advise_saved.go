package cli

import (
	"fmt"
	"strings"

	"certplan/planner"
	"certplan/planner/advisor"
)

// Where the hours a week and the held certifications of the advice came
// from, as advise --json names them.
const (
	fromFlag    = "flag"    // --hours or --held, a what-if
	fromWeek    = "week"    // the learner's week
	fromDefault = "default" // no week set: planner.DefaultWeekHours
	fromData    = "data"    // the certifications the learner's data holds
)

// adviceBasis is what the advice was worked out on beyond the questions:
// the hours a week and the held certifications, and where each came from.
// From the learner's data, Held are those valid on the advice's today
// (planner.HeldOn), as the desktop's advisor lists them: the advice warns
// about the lapsed ones and counts them as held nowhere.
type adviceBasis struct {
	HoursPerWeek float64            `json:"hours_per_week"`
	HoursFrom    string             `json:"hours_from"`
	Held         []planner.HeldCert `json:"held"`
	HeldFrom     string             `json:"held_from"`
}

// adviceOutput is advise --json: the advice and what it was worked out on.
type adviceOutput struct {
	advisor.Advice
	Basis adviceBasis `json:"basis"`
}

// withSaved completes profile p, read from the flags, with the learner's
// saved data as the desktop's advisor does: their plans and the hours
// those take, their held certifications unless --held was given, and their
// week's hours unless --hours was given.
func (o *adviseOptions) withSaved(p advisor.Profile, saved advisor.Saved) (advisor.Profile, adviceBasis, error) {
	flagHeld, flagHours := p.Held, p.HoursPerWeek
	p = saved.Apply(p)
	b := adviceBasis{HoursPerWeek: flagHours, HoursFrom: fromFlag, HeldFrom: fromFlag}
	b.Held = flagHeld
	if o.given["held"] {
		p.Held = flagHeld
	} else {
		b.HeldFrom, b.Held = fromData, planner.HeldOn(saved.Held, p.Today)
	}
	if !o.given["hours"] {
		h, own := saved.WeekHours()
		if h < 1 || h > advisor.MaxHoursPerWeek {
			return p, b, badInput("your week has %s h a week, and advise spreads 1 to %d over Monday to Friday: give --hours N",
				hours(h), advisor.MaxHoursPerWeek)
		}
		b.HoursPerWeek, b.HoursFrom = h, fromDefault
		if own {
			b.HoursFrom = fromWeek
		}
	}
	p.HoursPerWeek = b.HoursPerWeek
	b.Held = append([]planner.HeldCert{}, b.Held...)
	return p, b, nil
}

// line says in one line what of the learner's data the advice used, or ""
// when it used none of their hours and held certifications.
func (b adviceBasis) line() string {
	var parts []string
	if b.HoursFrom == fromWeek {
		parts = append(parts, fmt.Sprintf("%s h a week from your week", hours(b.HoursPerWeek)))
	}
	if b.HeldFrom == fromData && len(b.Held) > 0 {
		codes := make([]string, len(b.Held))
		for i, h := range b.Held {
			codes[i] = h.Code
		}
		parts = append(parts, "the certifications you hold ("+strings.Join(codes, ", ")+")")
	}
	if len(parts) == 0 {
		return ""
	}
	return "Advising with " + strings.Join(parts, " and ") + "."
}
