package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/advisor"
	"certplan/storage"
)

// adviseOptions are the flags of `advise`, as typed.
type adviseOptions struct {
	role, goal, focus string
	years, hours      numberFlag
	held              heldList
	today             catalog.Date
	json              bool
	given             map[string]bool // the flags given, by name
}

// bindAdviseFlags defines the advise flags on fs and returns where they land.
func bindAdviseFlags(fs *flag.FlagSet) *adviseOptions {
	o := &adviseOptions{
		years: numberFlag{min: 0, max: 60, unit: "years"},
		hours: numberFlag{v: planner.DefaultWeekHours, min: 1, max: advisor.MaxHoursPerWeek, unit: "hours a week"},
	}
	fs.StringVar(&o.role, "role", "", "your job: "+roleList("|")+" (required)")
	fs.Var(&o.years, "years", "`N` years of hands-on AWS experience (default 0)")
	fs.StringVar(&o.focus, "focus", "", "what you work on, such as serverless,containers: any of "+strings.Join(advisor.Focus, ","))
	fs.StringVar(&o.goal, "goal", "", "what the next certification is for: lead|build|operate|specialise")
	fs.Var(&o.hours, "hours", "study `N` hours a week, spread over Monday to Friday (default your week's hours, else 10)")
	fs.Var(&o.held, "held", "as if you held these certifications, `CODE[@YYYY-MM-DD],...` (date earned), or none (default the ones you hold)")
	dateVar(fs, &o.today, "today", "advise as if today were this date, YYYY-MM-DD")
	fs.BoolVar(&o.json, "json", false, "print the advice as JSON")
	return o
}

// runAdvise answers "which certification next?" for the learner: from
// their held certifications, plans and week, as the desktop's advisor
// does, with --held and --hours as what-ifs that replace their own.
func runAdvise(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	o := bindAdviseFlags(fs)
	if err := parseFlagsOnly(fs, c, args, "--role developer"); err != nil {
		return err
	}
	o.given = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.given[f.Name] = true })
	p, err := o.profile(e)
	if err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		saved, err := db.AdvisorData(ctx, p.Today)
		if err != nil {
			return storeErr(err)
		}
		return o.advise(e, p, saved)
	})
}

// advise completes profile p with the learner's saved data and prints the
// advice for it.
func (o *adviseOptions) advise(e *env, p advisor.Profile, saved advisor.Saved) error {
	p, basis, err := o.withSaved(p, saved)
	if err != nil {
		return err
	}
	a, err := advisor.Advise(e.cat, p)
	if err != nil {
		return badInput("%s", err.Error())
	}
	if o.json {
		return writeJSON(e.stdout, adviceOutput{Advice: a, Basis: basis})
	}
	return writeAdvice(e.stdout, p, a, basis.line())
}

// profile turns the flags into the advisor's profile; every error is a
// bad-input error naming the flag and what it allows.
func (o *adviseOptions) profile(e *env) (advisor.Profile, error) {
	p := advisor.Profile{Years: o.years.v, HoursPerWeek: o.hours.v, Today: e.today}
	if !o.today.IsZero() {
		p.Today = o.today
	}
	if err := catalog.CheckRange(p.Today); err != nil {
		return p, badInput("--today %s", err.Error())
	}
	if strings.TrimSpace(o.role) == "" {
		return p, badInput("--role is needed: use one of %s, such as --role developer", roleList(", "))
	}
	var err error
	if p.Role, err = advisor.ParseRole(o.role); err != nil {
		return p, badInput("--%s", err.Error())
	}
	if p.Goal, err = advisor.ParseGoal(o.goal); err != nil {
		return p, badInput("--%s", err.Error())
	}
	if p.Focus, err = advisor.ParseFocus(o.focus); err != nil {
		return p, badInput("--%s", err.Error())
	}
	p.Held, err = o.heldCerts(e, p.Today)
	return p, err
}

// heldCerts resolves the --held codes against the catalog.
func (o *adviseOptions) heldCerts(e *env, today catalog.Date) ([]planner.HeldCert, error) {
	return resolveHeld(e, o.held.certs, today)
}

// roleList names the advisor's roles, separated by sep.
func roleList(sep string) string {
	roles := make([]string, len(advisor.Roles))
	for i, r := range advisor.Roles {
		roles[i] = string(r)
	}
	return strings.Join(roles, sep)
}

// numberFlag is a number flag with a range, such as --years or --hours.
type numberFlag struct {
	v, min, max float64
	unit        string
}

func (f *numberFlag) String() string { return "" }

// Set reads a finite number within the flag's range.
func (f *numberFlag) Set(s string) error {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("%q is not a number: use %s to %s %s", s, hours(f.min), hours(f.max), f.unit)
	}
	if v < f.min || v > f.max {
		return fmt.Errorf("%s is not possible: use %s to %s %s", s, hours(f.min), hours(f.max), f.unit)
	}
	f.v = v
	return nil
}

// writeAdvice prints the advice for a person: what of their data it used
// (from, when not ""), the next exam and why, the alternatives, the
// roadmap as a small table, then the warnings.
func writeAdvice(w io.Writer, p advisor.Profile, a advisor.Advice, from string) error {
	var b strings.Builder
	if from != "" {
		writeWrapped(&b, "", from)
		b.WriteString("\n")
	}
	if a.Next.Code == "" {
		b.WriteString("Next: none (see the warnings)\n")
	} else {
		fmt.Fprintf(&b, "Next: %s  %s\n", a.Next.Code, a.Next.Name)
		for _, r := range a.Next.Reasons {
			writeWrapped(&b, "  - ", r)
		}
	}
	if len(a.Alternatives) > 0 {
		b.WriteString("\nAlternatives\n")
		for _, alt := range a.Alternatives {
			fmt.Fprintf(&b, "  %s  %s\n", alt.Code, alt.Name)
			for _, r := range alt.Reasons {
				writeWrapped(&b, "    - ", r)
			}
		}
	}
	writeRoadmap(&b, p, a.Roadmap)
	writeList(&b, "Warnings", a.Warnings)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRoadmap prints the roadmap's steps as a table with dates and hours.
func writeRoadmap(b *strings.Builder, p advisor.Profile, steps []advisor.Step) {
	if len(steps) == 0 {
		return
	}
	fmt.Fprintf(b, "\nRoadmap at %s h a week\n", hours(p.HoursPerWeek))
	fmt.Fprintf(b, "  %-2s %-9s %-11s %-11s %7s  %s\n", "#", "Exam", "Study from", "Exam day", "Hours", "Renews")
	for i, s := range steps {
		renews := "-"
		if len(s.Renews) > 0 {
			renews = strings.Join(s.Renews, ", ")
		}
		fmt.Fprintf(b, "  %-2d %-9s %-11s %-11s %7s  %s\n", i+1, s.Code, s.Start, s.Exam, hours(s.Hours), renews)
	}
	total := 0.0
	for _, s := range steps {
		total += s.Hours
	}
	fmt.Fprintf(b, "%s, %s h of study, from %s to %s.\n", examCount(len(steps)), hours(total), steps[0].Start, steps[len(steps)-1].Exam)
}

// examCount says how many exams: "1 exam", "3 exams".
func examCount(n int) string {
	if n == 1 {
		return "1 exam"
	}
	return fmt.Sprintf("%d exams", n)
}
