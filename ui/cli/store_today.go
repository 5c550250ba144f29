package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// runToday prints today's sessions of a saved plan with their items, or
// with no ID those of every active plan; with --line one line naming them.
func runToday(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	line := fs.Bool("line", false, "print one line naming today's sessions of every active plan (or plan ID), for a shell's login message; exits 0 when there is no plan")
	id, err := optionalPlanArg(fs, c, args)
	if err != nil {
		return err
	}
	if *line {
		return runTodayLine(e, id)
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		plans, err := todayPlans(ctx, db, id, 0, e.today)
		if err != nil || len(plans) == 0 {
			if err == nil {
				_, err = fmt.Fprintln(e.stdout, "No plans yet: save one with certplan new --cert CODE.")
			}
			return storeErr(err)
		}
		for i, p := range plans {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			if err := writeToday(e.stdout, e.cat, p, e.today); err != nil {
				return err
			}
		}
		return nil
	})
}

// todayPlans are the plans today speaks of: plan id when one is asked
// for, else every active plan, those with sessions today first, then
// newest first, and those whose exam was passed last (they are done); with none active, plan fallback when it is one of them
// (the desktop's last), else the newest. Empty when there is no plan.
func todayPlans(ctx context.Context, db *storage.DB, id, fallback int64, today catalog.Date) ([]planner.StudyPlan, error) {
	ids, err := todayPlanIDs(ctx, db, id, fallback)
	if err != nil {
		return nil, err
	}
	var plans []planner.StudyPlan
	for _, id := range ids {
		p, err := db.PlanOn(ctx, id, today)
		if err != nil {
			return nil, err
		}
		plans = append(plans, p)
	}
	slices.SortStableFunc(plans, func(a, b planner.StudyPlan) int {
		return cmp.Compare(todayRank(b, today), todayRank(a, today))
	})
	return plans, nil
}

// todayPlanIDs are the IDs of todayPlans.
func todayPlanIDs(ctx context.Context, db *storage.DB, id, fallback int64) ([]int64, error) {
	if id != 0 {
		return []int64{id}, nil
	}
	plans, err := db.Plans(ctx)
	if err != nil || len(plans) == 0 {
		return nil, err
	}
	var active []int64
	newest := plans[0].ID
	for _, p := range plans {
		if !p.Archived {
			active = append(active, p.ID)
		}
		if p.ID == fallback {
			newest = p.ID
		}
	}
	if len(active) == 0 {
		return []int64{newest}, nil
	}
	return active, nil
}

// todayRank orders the plans today speaks of: 2 with study today, 1
// without, 0 passed (nothing to study: it is done).
func todayRank(p planner.StudyPlan, today catalog.Date) int {
	if !p.Passed.IsZero() {
		return 0
	}
	return 1 + min(len(todaySessions(p.Schedule, today)), 1)
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
	fmt.Fprintf(&b, "Today, %s: plan %d, %s\n", dayDate(today), p.ID, name)
	if !p.Passed.IsZero() {
		writeWrapped(&b, "", planner.PassedText(p.Passed.String()))
		_, err := io.WriteString(w, b.String())
		return err
	}
	sessions := todaySessions(s, today)
	if len(sessions) == 0 {
		b.WriteString(nextStudyDay(s, today))
	}
	e, _ := cat.Exam(s.Exam)
	progress := p.PlannerProgress()
	for _, x := range sessions {
		title := x.Title
		if x.DoneIn(progress) {
			title = "(done) " + title
		}
		fmt.Fprintf(&b, "\n  %-10s %s h  %s\n", shortTopic(s.Exam, x.Topic), hours(x.Hours), title)
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
				return fmt.Sprintf("Nothing planned today. Next: %s, %s.\n", dayDate(x.Date), strings.TrimSuffix(x.Title, "."))
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
// in every active plan. It exits 0 when there is no plan, since a login
// message must never fail.
func runTodayLine(e *env, id int64) error {
	return withStoreReport(e, func(ctx context.Context, db *storage.DB) (string, error) {
		line, err := todayLine(ctx, db, id, e.today)
		return line + "\n", err
	})
}

// todayLine is the line for plan id (0: every active plan, or with none
// active the desktop's last plan, else the newest) on day today.
func todayLine(ctx context.Context, db *storage.DB, id int64, today catalog.Date) (string, error) {
	plans, err := todayPlans(ctx, db, id, db.DesktopState().LastPlan, today)
	if err != nil || len(plans) == 0 {
		return "There is no plan yet: certplan new --cert CODE makes one.", err
	}
	if len(plans) == 1 {
		return sessionsLine(plans[0], today), nil
	}
	return plansLine(plans, today), nil
}

// sessionsLine names the sessions of plan p on today still to do.
func sessionsLine(p planner.StudyPlan, today catalog.Date) string {
	if !p.Passed.IsZero() {
		return fmt.Sprintf("Nothing to do: %s was passed on %s, so plan %d is done.", p.Exam, p.Passed, p.ID)
	}
	names, total := sessionsToDo(p, today)
	if len(names) == 0 && len(todaySessions(p.Schedule, today)) > 0 {
		return fmt.Sprintf("Done for today: %s's study planned today is ticked off (plan %d).", p.Exam, p.ID)
	}
	if len(names) == 0 {
		return fmt.Sprintf("Nothing to do: no %s study planned for today (plan %d).", p.Exam, p.ID)
	}
	return fmt.Sprintf("%s today, %s h: %s (certplan tick %d TOPIC when done).", p.Exam, hours(total),
		strings.Join(names, "; "), p.ID)
}

// plansLine names today's sessions still to do of several plans, each
// after its exam.
func plansLine(plans []planner.StudyPlan, today catalog.Date) string {
	var parts []string
	todo := false
	for _, p := range plans {
		if !p.Passed.IsZero() {
			parts = append(parts, fmt.Sprintf("%s: passed on %s, done (plan %d).", p.Exam, p.Passed, p.ID))
			continue
		}
		names, total := sessionsToDo(p, today)
		if len(names) == 0 && len(todaySessions(p.Schedule, today)) > 0 {
			parts = append(parts, fmt.Sprintf("%s: done for today (plan %d).", p.Exam, p.ID))
			continue
		}
		if len(names) == 0 {
			parts = append(parts, fmt.Sprintf("%s: nothing to do (plan %d).", p.Exam, p.ID))
			continue
		}
		todo = true
		parts = append(parts, fmt.Sprintf("%s, %s h: %s (plan %d).", p.Exam, hours(total), strings.Join(names, "; "), p.ID))
	}
	line := "Today: " + strings.Join(parts, " ")
	if todo {
		line += " Tick with certplan tick ID TOPIC when done."
	}
	return line
}

// sessionsToDo names the sessions of plan p on today still to do (not
// done by planner.Session.DoneIn, the rule the standing and re-plans use),
// with their hours.
func sessionsToDo(p planner.StudyPlan, today catalog.Date) ([]string, float64) {
	var names []string
	var total float64
	progress := p.PlannerProgress()
	for _, s := range todaySessions(p.Schedule, today) {
		if s.DoneIn(progress) {
			continue
		}
		names = append(names, shortTopic(p.Exam, s.Topic)+" "+s.Title)
		total += s.Hours
	}
	return names, total
}
