package ui

import (
	"context"
	"reflect"
	"slices"

	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// reload loads the plan shown again as stored now, with no loading
// overlay, and shows what changed keeping the learner's place: the window
// came back to the foreground, and the command line may have changed it.
func (s *planScreen) reload() {
	id, today := s.shownID(), s.today()
	runLatest(s.tasks, &s.load, nil, func(ctx context.Context) (loadedPlan, error) {
		return s.loadPlan(ctx, id, today)
	}, s.showReloaded, func(err error) { logFailure("reload the plan", err) })
	s.weekNote.refresh(id)
}

// showReloaded shows a reloaded plan when it is not what the screen shows
// already, keeping the scroll of this week and of the whole plan, and the
// hours typed beside this week's ticks.
func (s *planScreen) showReloaded(l loadedPlan) {
	same := s.loaded && l.plan.ID == s.plan.ID
	if same && reflect.DeepEqual(l.plan, s.plan) {
		return // nothing changed: leave every widget as it is
	}
	if !same {
		s.showLoaded(l)
		return
	}
	weekAt, typed := s.week.scroll.Offset, s.week.typedHours()
	keep := s.all.topRow()
	s.showLoaded(l)
	s.week.scroll.ScrollToOffset(weekAt)
	s.week.retype(typed)
	s.all.scrollBackTo(keep)
}

// typedHours are the hours typed beside this week's ticks that differ from
// a session's planned hours, by session, and which of them has the focus.
type typedHours struct {
	text    map[sessionKey]string
	focused sessionKey
}

// sessionKey tells a session of this week apart across reloads.
type sessionKey struct {
	day   catalog.Date
	title string
}

// typedHours reads what the learner typed beside this week's ticks.
func (v *weekView) typedHours() typedHours {
	out := typedHours{text: map[sessionKey]string{}}
	focused := v.focusedEntry()
	for _, c := range v.sessionChecks {
		key := sessionKey{c.session.Date, c.session.Title}
		if c.hours.Text != spentText(c.session.Hours) {
			out.text[key] = c.hours.Text
		}
		if focused != nil && focused == c.hours {
			out.focused = key
		}
	}
	return out
}

// retype puts back the hours typed beside the sessions still this week,
// and the focus in the field that had it.
func (v *weekView) retype(t typedHours) {
	for _, c := range v.sessionChecks {
		key := sessionKey{c.session.Date, c.session.Title}
		if text, ok := t.text[key]; ok {
			c.hours.SetText(text)
		}
		if key == t.focused && v.screen.win != nil {
			v.screen.win.Canvas().Focus(c.hours)
		}
	}
}

// focusedEntry is the entry with the keyboard's focus, or nil.
func (v *weekView) focusedEntry() *widget.Entry {
	if v.screen.win == nil {
		return nil
	}
	e, _ := v.screen.win.Canvas().Focused().(*widget.Entry)
	return e
}

// listPlace is the row at the top of the whole plan's sight, and how far
// into it the list is scrolled.
type listPlace struct {
	row  planRow
	into float32
	ok   bool
}

// topRow is where the whole plan is scrolled to.
func (l *planList) topRow() listPlace {
	first, tops := l.heights.firstInSight(), l.heights.rowTops()
	if first >= len(l.rows) || first >= len(tops) {
		return listPlace{}
	}
	return listPlace{row: l.rows[first], into: l.list.GetScrollOffset() - tops[first], ok: true}
}

// scrollBackTo scrolls the whole plan back to the row p had at its top,
// by what the row is, not its index: a tick on the command line adds a
// row to "Done so far" above it.
func (l *planList) scrollBackTo(p listPlace) {
	at := slices.Index(l.rows, p.row)
	if !p.ok || at < 0 {
		return // gone: the list stays at this week, as show left it
	}
	l.heights.measureFrom(at)
	if tops := l.heights.rowTops(); at < len(tops) {
		l.list.ScrollToOffset(max(tops[at]+p.into, 0))
	}
}
