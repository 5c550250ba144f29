package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/holiday"
	"certplan/storage"
)

// editOptions are the changes `certplan edit` can make to a saved plan.
type editOptions struct {
	exam     catalog.Date
	today    catalog.Date
	hours    weekHours
	weekdays weekdayHours
	off      spanList
	clearOff bool
	country  string
	set      map[string]bool // the flags given
}

// bind defines edit's flags on fs.
func (o *editOptions) bind(fs *flag.FlagSet) {
	dateVar(fs, &o.exam, "exam", "move the exam to this day, YYYY-MM-DD")
	fs.Var(&o.hours, "hours", "study `N` hours a week, spread over Monday to Friday; other hours become your week, for all your plans")
	fs.Var(&o.weekdays, "weekdays", "hours per day, such as mon=2,tue=1.5,sat=4 (instead of --hours); they become your week, for all your plans")
	fs.Var(&o.off, "off", "add days off, `FROM..TO` or one YYYY-MM-DD; repeat for more")
	fs.BoolVar(&o.clearOff, "clear-off", false, "remove the plan's time off (before adding any --off)")
	fs.StringVar(&o.country, "country", "", "skip this country's public holidays, such as DE; none for no holidays; it becomes your week's, for all your plans")
	replanDayVar(fs, &o.today)
}

// runEdit changes a saved plan's inputs and re-plans it as a new version.
func runEdit(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	o := editOptions{set: map[string]bool{}}
	o.bind(fs)
	id, err := planArg(fs, c, args)
	if err != nil {
		return err
	}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	if err := o.check(e); err != nil {
		return err
	}
	return withPlan(e, id, func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error {
		if err := checkActive(p); err != nil {
			return err
		}
		if err := checkReplanDay(e, c, p, o.today); err != nil {
			return err
		}
		in, err := o.apply(e, p)
		if err != nil {
			return err
		}
		in.Progress, in.Today = p.PlannerProgress(), o.today
		edit := db.EditPlanInWeek
		if o.namesWeek() {
			edit = db.EditPlanWithWeek // the week given is the learner's, even the plan's own
		}
		q, change, err := edit(ctx, id, in)
		if err != nil {
			return storeErr(err)
		}
		budget, err := db.Budget(ctx, id, o.today)
		if err != nil {
			return storeErr(err)
		}
		if err := fixesNow(ctx, db, &q, o.today); err != nil {
			return err
		}
		if err := allFixesNow(ctx, db, change.Refitted, o.today); err != nil {
			return err
		}
		return writeEdited(e.stdout, q, change, budget, o.today)
	})
}

// check refuses an edit that changes nothing or mixes --hours and --weekdays.
func (o *editOptions) check(e *env) error {
	if o.today.IsZero() {
		o.today = e.today
	}
	switch {
	case !o.set["exam"] && !o.set["hours"] && !o.set["weekdays"] && !o.set["off"] && !o.set["clear-off"] && !o.set["country"]:
		return badInput("edit: nothing to change: give --exam, --hours, --weekdays, --off, --clear-off or --country")
	case o.hours.set && o.weekdays.set:
		return badInput("--hours and --weekdays both set the study hours: give one of them")
	case o.set["exam"] && !o.exam.After(o.today):
		return badInput("--exam %s is not after today (%s): choose a future exam date", o.exam, o.today)
	}
	return nil
}

// namesWeek reports whether the edit gives the week itself: hours or
// holidays, which become the learner's week whatever the plan had.
func (o *editOptions) namesWeek() bool {
	return o.set["hours"] || o.set["weekdays"] || o.set["country"]
}

// apply makes the plan's stored input with the changes.
func (o *editOptions) apply(e *env, p planner.StudyPlan) (planner.Input, error) {
	in := p.Input
	if o.set["exam"] {
		if err := bookable(e.cat, in.Exam, o.exam); err != nil {
			return in, err
		}
		in.ExamDate = o.exam
	}
	switch {
	case o.hours.set:
		in.Hours = planner.Even(o.hours.h)
	case o.weekdays.set:
		in.Hours = o.weekdays.w
	}
	if err := checkWeek(o.hours.set, in.Hours); err != nil {
		return in, err
	}
	if o.clearOff {
		in.TimeOff = nil
	}
	in.TimeOff = append(append([]planner.Span(nil), in.TimeOff...), o.off.spans...)
	if o.set["country"] {
		country := strings.ToUpper(strings.TrimSpace(o.country))
		if country == "NONE" {
			country = ""
		}
		if _, err := holiday.ForCountry(country); err != nil {
			return in, badInput("--country: %s", err.Error())
		}
		in.Country = country
	}
	return in, nil
}

// writeEdited says what the edit made: the new version, whether it fits
// and, when it does not, what is thinner and the fixes; then the learner's
// week when the edit changed it for the other plans, and the other plans'
// shares of it (budget).
func writeEdited(w io.Writer, p planner.StudyPlan, change planner.WeekChange, budget planner.WeekBudget, today catalog.Date) error {
	var b strings.Builder
	s := p.Schedule
	fmt.Fprintf(&b, "Plan %d changed as version %d: exam %s; %s\n", p.ID, p.Version, examOn(s.ExamDate), fitText(p))
	writeWrapped(&b, "", standingText(p, today))
	writeFit(&b, s, savedFixes(p.ID, s))
	writeWeekChange(&b, change, budget, today)
	_, err := io.WriteString(w, b.String())
	return err
}
