package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// orDash prints a date, or "-" for none.
func orDash(d catalog.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// runNew saves a plan made from the plan flags.
func runNew(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	o := bindPlanFlags(fs, true)
	name := fs.String("name", "", "a name for the plan (default: the exam code)")
	if _, err := parseArgs(fs, c, args, 0); err != nil {
		return err
	}
	in, err := o.input(e)
	if err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		if err := inLearnersWeek(ctx, db, fs, o, &in); err != nil {
			return err
		}
		if err := withLogged(ctx, db, o, &in); err != nil {
			return err
		}
		p, change, err := db.CreatePlanInWeek(ctx, *name, in)
		if err != nil {
			return storeErr(err)
		}
		budget, err := db.Budget(ctx, p.ID, p.Schedule.Today)
		if err != nil {
			return storeErr(err)
		}
		if err := fixesNow(ctx, db, &p, p.Schedule.Today); err != nil {
			return err
		}
		if err := allFixesNow(ctx, db, change.Refitted, p.Schedule.Today); err != nil {
			return err
		}
		s := p.Schedule
		fmt.Fprintf(e.stdout, "Saved plan %d (%s): exam %s, %d topics, %s hours.\n", p.ID, p.Name, examDay(s), len(s.Topics), hours(s.TotalHours))
		var b strings.Builder
		if !s.Feasible { // stood on the day it was planned from (--today, or the clock's)
			writeWrapped(&b, "", standingText(p, s.Today))
			writeFit(&b, s, savedFixes(p.ID, s))
		}
		fmt.Fprintf(&b, "Tick a topic when it is done: certplan tick %d %s\n", p.ID, shortTopic(p.Exam, s.Topics[0].ID))
		writeWeekChange(&b, change, budget, s.Today)
		_, err = io.WriteString(e.stdout, b.String())
		return err
	})
}

// inLearnersWeek gives a new plan the learner's week where the flags say
// nothing: their hours without --hours or --weekdays, their holidays
// without --country.
func inLearnersWeek(ctx context.Context, db *storage.DB, fs *flag.FlagSet, o *planOptions, in *planner.Input) error {
	s, _, err := db.Settings(ctx)
	if err != nil {
		return storeErr(err)
	}
	if o.defaultHours {
		in.Hours = s.Week().Hours
	}
	if !flagGiven(fs, "country") {
		in.Country = s.Country
	}
	return nil
}

// withLogged gives a plan the certifications the learner logged that are
// held on its today (planner.HeldOn), as the desktop's set-up does, unless
// --held named the ones to count.
func withLogged(ctx context.Context, db *storage.DB, o *planOptions, in *planner.Input) error {
	if o.held.set {
		return nil
	}
	certs, err := db.Certifications(ctx)
	if err != nil {
		return storeErr(err)
	}
	in.Held = planner.HeldOn(certs, in.Today)
	return nil
}

// flagGiven reports whether flag name was given on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// examDay says the plan's exam day, and how certplan chose it when it
// proposed it; once passed, the day it was passed (planner.ExamDayOf).
func examDay(p planner.Plan) string {
	if !p.Passed.IsZero() {
		return "passed " + examOn(planner.ExamDayOf(p.ExamDate, p.Passed))
	}
	if p.ExamDateProposed && !p.ExamDate.IsZero() {
		return examOn(p.ExamDate) + " (" + p.ProposedText() + ")"
	}
	return examOn(p.ExamDate)
}

// examOn says the exam day, or that none was found.
func examOn(d catalog.Date) string {
	if d.IsZero() {
		return "day not found"
	}
	return "on " + d.String()
}

// shortTopic drops the exam code from a topic ID ("SAA-C03:1.1" -> "1.1").
func shortTopic(exam, id string) string { return strings.TrimPrefix(id, exam+":") }

// runReplan rebalances a saved plan from today.
func runReplan(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	var today catalog.Date
	replanDayVar(fs, &today)
	id, err := planArg(fs, c, args)
	if err != nil {
		return err
	}
	if today.IsZero() {
		today = e.today
	}
	return withPlan(e, id, func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error {
		if err := checkActive(p); err != nil {
			return err
		}
		if err := checkReplanDay(e, c, p, today); err != nil {
			return err
		}
		p, changed, err := db.Replan(ctx, id, today)
		if err != nil {
			return storeErr(err)
		}
		if err := fixesNow(ctx, db, &p, today); err != nil {
			return err
		}
		var b strings.Builder
		if !changed {
			fmt.Fprintf(&b, "Plan %d: no change on %s (version %d). %s\n", id, today, p.Version,
				standingText(p, today))
		} else {
			fmt.Fprintf(&b, "Plan %d re-planned from %s as version %d: exam %s; %s\n", id, today, p.Version,
				examOn(p.Schedule.ExamDate), fitText(p))
			for _, change := range p.Schedule.Changes {
				b.WriteString("  " + change + "\n")
			}
		}
		writeFit(&b, p.Schedule, savedFixes(id, p.Schedule))
		if _, err = io.WriteString(e.stdout, b.String()); err != nil {
			return err
		}
		return sharedWeek(ctx, e, db, id, today)
	})
}

// fitText says in one sentence whether the remaining work fits.
func fitText(p planner.StudyPlan) string {
	s := p.Schedule
	if s.Feasible {
		return fmt.Sprintf("the remaining %s h fit.", hours(s.RequiredHours))
	}
	return fmt.Sprintf("%s h of the %s h still to study do not fit before the exam.", hours(s.ShortfallHours),
		hours(s.RequiredHours))
}
