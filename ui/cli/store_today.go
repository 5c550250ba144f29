package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// runToday prints today's sessions of a saved plan with their items, or
// with --line one line naming them.
func runToday(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	line := fs.Bool("line", false, "print one line naming today's sessions of the desktop's last plan (or plan ID), for a shell's login message; exits 0 when there is no plan")
	id, err := optionalPlanArg(fs, c, args)
	if err != nil {
		return err
	}
	if *line {
		return runTodayLine(e, id)
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		id, err := todayPlanID(ctx, db, id)
		if err != nil || id == 0 {
			if err == nil {
				_, err = fmt.Fprintln(e.stdout, "No plans yet: save one with certplan new --cert CODE.")
			}
			return err
		}
		p, err := loadPlan(ctx, db, id)
		if err != nil {
			return err
		}
		return writeToday(e.stdout, e.cat, p, e.today)
	})
}

// todayPlanID is plan id when one is asked for, else the newest; 0 when
// there is none.
func todayPlanID(ctx context.Context, db *storage.DB, id int64) (int64, error) {
	if id != 0 {
		return id, nil
	}
	plans, err := db.Plans(ctx)
	if err != nil || len(plans) == 0 {
		return 0, storeErr(err)
	}
	return plans[0].ID, nil
}

// todaySessions returns the plan's sessions on day d, in order.
func todaySessions(s planner.Plan, d catalog.Date) []planner.Session {
	var out []planner.Session
	if i := s.Week(d); i >= 0 {
		for _, x := range s.Weeks[i].Sessions {
			if x.Date == d {
				out = append(out, x)
			}
		}
	}
	return out
}

// writeToday prints the day's sessions, each with its items and a tick box,
// the resource to use, and how to tick; or the next study day.
func writeToday(w io.Writer, cat *catalog.Catalog, p planner.StudyPlan, today catalog.Date) error {
	var b strings.Builder
	s := p.Schedule
	name := p.Name
	if name != s.Exam {
		name += " (" + s.Exam + ")"
	}
	fmt.Fprintf(&b, "Today, %s %s: plan %d, %s\n", today.Weekday().String()[:3], today, p.ID, name)
	sessions := todaySessions(s, today)
	if len(sessions) == 0 {
		b.WriteString(nextStudyDay(s, today))
	}
	e, _ := cat.Exam(s.Exam)
	for _, x := range sessions {
		fmt.Fprintf(&b, "\n  %-8s %s h  %s\n", shortTopic(s.Exam, x.Topic), hours(x.Hours), x.Title)
		for _, it := range x.Items {
			box := "[ ]"
			switch {
			case it.Revisit:
				box = "   " // a review revisits the item; its tick is the task's study
			case p.Items[it.ID].Done:
				box = "[x]"
			}
			writeWrapped(&b, fmt.Sprintf("    %s %-9s ", box, shortTopic(s.Exam, it.ID)), itemLine(catalog.StudyItem{Text: it.Text, Kind: it.Kind, Services: it.Services}))
		}
		if r, ok := resourceFor(e, x.Kind); ok {
			writeWrapped(&b, "    Use: ", r.Name+" ("+r.Where+")")
		}
	}
	if len(sessions) > 0 {
		fmt.Fprintf(&b, "\nTick an item when it is done: certplan tick %d ITEM (or the task, certplan tick %d %s)\n",
			p.ID, p.ID, shortTopic(s.Exam, tickTopic(sessions)))
	}
	if s.ItemsNote != "" {
		writeWrapped(&b, "", s.ItemsNote)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// tickTopic is the topic the first session's tick marks: the first study
// session's task, else what the first session counts toward (a review's
// domain review, not the task it revisits).
func tickTopic(sessions []planner.Session) string {
	for _, x := range sessions {
		if x.Kind == planner.Study {
			return x.Topic
		}
	}
	return sessions[0].WorkTopic()
}

// nextStudyDay says that nothing is planned today and when the next session is.
func nextStudyDay(s planner.Plan, today catalog.Date) string {
	for _, w := range s.Weeks {
		for _, x := range w.Sessions {
			if x.Date.After(today) {
				return fmt.Sprintf("Nothing planned today. Next: %s %s, %s.\n", x.Date.Weekday().String()[:3], x.Date, x.Title)
			}
		}
	}
	return "Nothing planned today, and nothing after: the plan is done or over.\n"
}

// resourceFor picks the preparation resource for a kind of session: the
// exam guide for study, the official practice questions for practice exams,
// the exam prep plan (or the practice questions) for review.
func resourceFor(e *catalog.Exam, kind planner.Kind) (catalog.Resource, bool) {
	if e == nil {
		return catalog.Resource{}, false
	}
	want := map[planner.Kind][]string{planner.Study: {"guide"}, planner.Practice: {"practice"}, planner.Review: {"prep-plan", "practice", "guide"}}[kind]
	rs := e.Resources()
	for _, k := range want {
		for _, r := range rs {
			if r.Kind == k {
				return r, true
			}
		}
	}
	return catalog.Resource{}, false
}

// runTodayLine prints one line naming today's study in plan id, or (id 0)
// in the plan last shown in the desktop app (else the newest). It exits 0
// when there is no plan, since a login message must never fail.
func runTodayLine(e *env, id int64) error {
	return withStoreReport(e, func(ctx context.Context, db *storage.DB) (string, error) {
		line, err := todayLine(ctx, db, id, e.today)
		return line + "\n", err
	})
}

// todayLine is the line for plan id (0: the desktop's last plan, else the
// newest) on day today.
func todayLine(ctx context.Context, db *storage.DB, id int64, today catalog.Date) (string, error) {
	if id == 0 {
		plans, err := db.Plans(ctx)
		if err != nil {
			return "", err
		}
		if len(plans) == 0 {
			return "certplan: no plan yet; certplan new --cert CODE makes one.", nil
		}
		id = plans[0].ID
		for _, p := range plans {
			if p.ID == db.DesktopState().LastPlan {
				id = p.ID
			}
		}
	}
	p, err := db.Plan(ctx, id)
	if err != nil {
		return "", err
	}
	return sessionsLine(p, today), nil
}

// sessionsLine names the sessions of plan p on today still to do: its
// task not ticked, and (for a session with study items) not all of its
// items ticked.
func sessionsLine(p planner.StudyPlan, today catalog.Date) string {
	var names []string
	var total float64
	for _, s := range todaySessions(p.Schedule, today) {
		if p.Progress[s.WorkTopic()].Done || sessionItemsDone(p, s) {
			continue
		}
		names = append(names, shortTopic(p.Exam, s.Topic)+" "+s.Title)
		total += s.Hours
	}
	if len(names) == 0 {
		return fmt.Sprintf("certplan: no %s study planned for today (plan %d).", p.Exam, p.ID)
	}
	return fmt.Sprintf("certplan: %s today, %s h: %s (certplan tick %d TOPIC when done).", p.Exam, hours(total),
		strings.Join(names, "; "), p.ID)
}

// sessionItemsDone reports whether session s has study items to tick
// (a review's items to revisit are not) and all of them are ticked.
func sessionItemsDone(p planner.StudyPlan, s planner.Session) bool {
	items := s.TickItems()
	for _, it := range items {
		if !p.Items[it.ID].Done {
			return false
		}
	}
	return len(items) > 0
}
