package storage

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"certplan/catalog"
	"certplan/planner"
)

// MaxNameLength bounds every name a learner gives certplan, in characters:
// a plan's name and a certification's credential ID, typed or imported.
const MaxNameLength = 200

// checkName refuses a name (what: "A plan's name") longer than
// MaxNameLength or holding a control character or an invisible formatting
// character.
func checkName(what, name string) error {
	if nameTooLong(name) {
		return invalid("%s can be at most %d characters, not %d.", what, MaxNameLength, utf8.RuneCountInString(name))
	}
	if hasControl(name) {
		return invalid("%s cannot hold %s: type it on one line without them.", what, controlChars)
	}
	if hasInvisible(name) {
		return invalid("%s cannot hold %s: type it again without them.", what, invisibleChars)
	}
	return nil
}

// What a name may not hold, as a message says it.
const (
	controlChars   = "control characters (tabs, line breaks, terminal escapes)"
	invisibleChars = "invisible formatting characters (right-to-left overrides, zero-width spaces)"
)

// unsafeChars says which of controlChars and invisibleChars s holds; ""
// when it holds neither.
func unsafeChars(s string) string {
	switch {
	case hasControl(s):
		return controlChars
	case hasInvisible(s):
		return invisibleChars
	}
	return ""
}

func nameTooLong(name string) bool { return utf8.RuneCountInString(name) > MaxNameLength }

// hasControl reports whether s holds a control character: a tab, a line
// break or an escape would break the lists it is shown in, or let a shared
// file clear or recolour the learner's terminal.
func hasControl(s string) bool { return strings.IndexFunc(s, unicode.IsControl) >= 0 }

// hasInvisible reports whether s holds a character that is not seen but
// changes what is: a bidirectional control (U+202E shows the text after it
// backwards, so a name can read as something else) or a zero-width one
// (two names that look the same would differ). The zero-width joiner and
// non-joiner are kept: emoji sequences and Persian or Indic words need them.
func hasInvisible(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		switch r {
		case '\u200b', '\u2060', '\ufeff':
			return true
		}
		return unicode.Is(unicode.Bidi_Control, r)
	}) >= 0
}

// stampInRange reports whether an instant read from a file is set and falls
// within the years certplan accepts (catalog.FirstDate to LastDate).
func stampInRange(t time.Time) bool {
	return !t.IsZero() && catalog.DateFromTime(t.UTC()).InRange()
}

// checkDates checks the dates of a stored plan input: in range, held
// certifications earned no later than today and not before their exam
// could be taken.
func checkDates(cat *catalog.Catalog, p planner.Input, today catalog.Date) error {
	for _, d := range []catalog.Date{p.Start, p.ExamDate} {
		if err := catalog.CheckRange(d); err != nil {
			return invalid("The date %s.", err)
		}
	}
	for _, s := range p.TimeOff {
		if err := catalog.CheckRange(s.From); err != nil {
			return invalid("Time off from %s.", err)
		}
		if err := catalog.CheckRange(s.To); err != nil {
			return invalid("Time off to %s.", err)
		}
	}
	for _, h := range p.Held {
		if err := CheckEarned(cat, h.Code, h.Earned, today); err != nil {
			return err
		}
	}
	return nil
}

// CheckEarned checks the day a certification was earned (zero when not
// known): in range, no later than today, and not before its exam could
// first be taken.
func CheckEarned(cat *catalog.Catalog, code string, earned, today catalog.Date) error {
	if earned.IsZero() {
		return nil
	}
	if err := catalog.CheckRange(earned); err != nil {
		return invalid("%s earned on %s.", code, err)
	}
	if earned.After(today) {
		return invalid("%s earned on %s is after today (%s): give the day it was earned.", code, earned, today)
	}
	if e, ok := cat.Exam(code); ok && !e.AvailableFrom.IsZero() && earned.Before(e.AvailableFrom) {
		return invalid("%s could first be taken on %s, so it cannot have been earned on %s: check the date or the exam code.", e.Code, e.AvailableFrom, earned)
	}
	return nil
}
