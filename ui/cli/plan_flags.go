package cli

import (
	"flag"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// planOptions are the flags that describe a study plan. `plan` uses them,
// and so does any command that saves a plan (`new`).
type planOptions struct {
	cert       string
	start      catalog.Date
	exam       catalog.Date
	today      catalog.Date
	hours      weekHours
	weekdays   weekdayHours
	held       heldList
	experience string
	order      string
	country    string
	off        spanList
	done       string
	override   hoursFlag
	// defaultHours is set by input when neither --hours nor --weekdays was given.
	defaultHours bool
}

// Where a plan's hours and holidays come from when no flag gives them:
// `plan` plans alone at the default hours; `new` takes the learner's week
// (inLearnersWeek), and a plan made with another week makes it theirs.
const (
	aloneHoursHelp   = "study `N` hours a week, spread over Monday to Friday (default 10, not your week's hours)"
	aloneCountryHelp = "skip this country's public holidays, such as DE or US (default none, not your week's)"
	weekHoursHelp    = "study `N` hours a week, spread over Monday to Friday (default: your week's hours, " +
		"else 10); other hours become your week, for all your plans"
	weekCountryHelp = "skip this country's public holidays, such as DE or US (default: your week's holidays, " +
		"else none); another country becomes your week's, for all your plans"
)

// bindPlanFlags defines the plan flags on fs and returns where they land.
// inWeek says the plan is saved within the learner's week (`new`), which
// its hours and holidays default to; else it stands alone (`plan`).
func bindPlanFlags(fs *flag.FlagSet, inWeek bool) *planOptions {
	o := &planOptions{}
	hoursHelp, countryHelp := aloneHoursHelp, aloneCountryHelp
	if inWeek {
		hoursHelp, countryHelp = weekHoursHelp, weekCountryHelp
	}
	fs.StringVar(&o.cert, "cert", "", "exam `CODE` to plan for, such as SAA-C03 (required)")
	dateVar(fs, &o.start, "start", "first study day, YYYY-MM-DD (default today)")
	dateVar(fs, &o.exam, "exam", "exam day, YYYY-MM-DD (default: the earliest date that fits, at most a retiring exam's last day)")
	dateVar(fs, &o.today, "today", "plan as if today were this date, YYYY-MM-DD")
	fs.Var(&o.hours, "hours", hoursHelp)
	fs.Var(&o.weekdays, "weekdays", "hours per day, such as mon=2,tue=1.5,sat=4 (instead of --hours)")
	fs.Var(&o.held, "held", "certifications you hold, `CODE[@YYYY-MM-DD],...` (day of the latest pass), or none; "+
		"only these count (default: the ones certs lists that are valid today)")
	fs.StringVar(&o.experience, "experience", "some", "hands-on AWS experience: new, some or experienced")
	fs.StringVar(&o.order, "order", "weight", "order of first study: weight (heaviest domains first) or guide (the exam guide's)")
	fs.StringVar(&o.country, "country", "", countryHelp)
	fs.Var(&o.off, "off", "days off, `FROM..TO` or one YYYY-MM-DD; repeat for more")
	fs.StringVar(&o.done, "done", "", "topics already done, `TOPIC,...` such as 1.1,2.3 or SAA-C03:1.1")
	o.override.what = "in all (0 keeps certplan's estimate)"
	fs.Var(&o.override, "hours-override", "total study `H`ours instead of certplan's estimate")
	return o
}

// input turns the flags into a planner input, checking everything the flags
// could not check alone. Every error is a bad-input error naming the flag.
func (o *planOptions) input(e *env) (planner.Input, error) {
	if strings.TrimSpace(o.cert) == "" {
		return planner.Input{}, badInput("--cert is needed: the exam code to plan for, such as --cert SAA-C03 (certplan catalog lists them)")
	}
	ex, err := examCode(e, o.cert)
	if err != nil {
		return planner.Input{}, badInput("--cert: %s", err.Error())
	}
	in := planner.Input{Exam: ex.Code, ExamDate: o.exam, TimeOff: o.off.spans, HoursOverride: o.override.h}
	steps := []func(*env, *catalog.Exam, *planner.Input) error{o.dates, o.takeable, o.weekHours, o.heldCerts, o.profile, o.progress}
	for _, step := range steps {
		if err := step(e, ex, &in); err != nil {
			return planner.Input{}, err
		}
	}
	if err := in.Validate(e.cat); err != nil {
		return planner.Input{}, badInput("%s", err.Error())
	}
	return in, nil
}

// dates sets today and the start, and checks them and the exam date.
func (o *planOptions) dates(e *env, _ *catalog.Exam, in *planner.Input) error {
	in.Today = e.today
	if !o.today.IsZero() {
		in.Today = o.today
	}
	in.Start = in.Today
	if !o.start.IsZero() {
		in.Start = o.start
	}
	for _, d := range []struct {
		name string
		date catalog.Date
	}{{"--today", in.Today}, {"--start", in.Start}, {"--exam", o.exam}} {
		if err := catalog.CheckRange(d.date); err != nil {
			return badInput("%s %s", d.name, err.Error())
		}
	}
	if o.exam.IsZero() {
		return nil
	}
	if !o.exam.After(in.Start) {
		return badInput("--exam %s is not after the start %s: choose a later exam date or an earlier --start", o.exam, in.Start)
	}
	if !o.exam.After(in.Today) {
		return badInput("--exam %s is not after today (%s): choose a future exam date", o.exam, in.Today)
	}
	return nil
}

// takeable refuses an exam that cannot be sat on the exam date, or that is
// retired already today when no date is given.
func (o *planOptions) takeable(e *env, ex *catalog.Exam, in *planner.Input) error {
	if o.exam.IsZero() {
		if ex.StatusOn(in.Today) != catalog.Retired {
			return nil
		}
		return bookable(e.cat, ex.Code, in.Today)
	}
	if !ex.LastDay.IsZero() && o.exam.After(ex.LastDay) && ex.StatusOn(in.Today) != catalog.Retired {
		instead := ""
		if ex.Successor != "" {
			instead = ", or plan " + ex.Successor
		}
		return badInput("--exam %s is after %s's last day, %s: choose an exam date up to %s%s", o.exam, ex.Code, ex.LastDay, ex.LastDay, instead)
	}
	return bookable(e.cat, ex.Code, o.exam)
}

// bookable is a bad-input error naming what to plan instead when exam code
// cannot be sat on date on; nil when it can.
func bookable(cat *catalog.Catalog, code string, on catalog.Date) error {
	if e, ok := cat.Exam(code); ok {
		if why := cat.CannotTake(e, on); why != "" {
			return badInput("%s", why)
		}
	}
	return nil
}

// weekHours sets the study hours per weekday from --hours, --weekdays or the default.
func (o *planOptions) weekHours(_ *env, _ *catalog.Exam, in *planner.Input) error {
	switch {
	case o.hours.set && o.weekdays.set:
		return badInput("--hours and --weekdays both set the study hours: give one of them")
	case o.weekdays.set:
		in.Hours = o.weekdays.w
	case o.hours.set:
		in.Hours = planner.Even(o.hours.h)
	default:
		in.Hours, o.defaultHours = planner.Even(planner.DefaultWeekHours), true
	}
	return checkWeek(o.hours.set, in.Hours)
}

// checkWeek refuses study hours no week can hold (planner's
// LearnerWeek.Check) as bad input, naming the flag that set them:
// --hours when byHours, else --weekdays.
func checkWeek(byHours bool, h planner.Weekdays) error {
	flag := "--weekdays"
	if byHours {
		flag = "--hours"
	}
	if err := (planner.LearnerWeek{Hours: h}).Check(); err != nil {
		return badInput("%s: %s", flag, err.Error())
	}
	return nil
}

// heldCerts resolves the --held codes against the catalog.
func (o *planOptions) heldCerts(e *env, _ *catalog.Exam, in *planner.Input) error {
	held, err := resolveHeld(e, o.held.certs, in.Today)
	in.Held = append(in.Held, held...)
	return err
}

// resolveHeld checks --held certifications against the catalog and the
// calendar: a known exam, earned no later than today and not before the
// exam could be taken.
func resolveHeld(e *env, certs []planner.HeldCert, today catalog.Date) ([]planner.HeldCert, error) {
	var out []planner.HeldCert
	for _, h := range certs {
		held, ok := e.cat.Exam(h.Code)
		if !ok {
			return nil, badInput("--held: unknown exam code %q: did you mean %s? (certplan catalog lists them all)",
				h.Code, strings.Join(e.cat.Closest(h.Code, 3), ", "))
		}
		if !h.Earned.IsZero() && h.Earned.After(today) {
			return nil, badInput("--held %s@%s: that date is after today (%s): give the day you earned it", h.Code, h.Earned, today)
		}
		if err := storage.CheckEarned(e.cat, held.Code, h.Earned, today); err != nil {
			return nil, badInput("--held %s@%s: %s", h.Code, h.Earned, lowerFirst(storage.ErrorMessage(err)))
		}
		out = append(out, planner.HeldCert{Code: held.Code, Earned: h.Earned})
	}
	return out, nil
}

// profile sets the experience, the order of study and the country's holidays.
func (o *planOptions) profile(_ *env, _ *catalog.Exam, in *planner.Input) error {
	x, err := planner.ParseExperience(strings.ToLower(strings.TrimSpace(o.experience)))
	if err != nil {
		return badInput("--experience: %s", err.Error())
	}
	in.Experience = x
	if in.Order, err = planner.ParseOrder(strings.ToLower(strings.TrimSpace(o.order))); err != nil {
		return badInput("--order: %s", err.Error())
	}
	in.Country = strings.ToUpper(strings.TrimSpace(o.country))
	if _, err := planner.CountryHolidays(in.Country); err != nil {
		return badInput("--country: %s", err.Error())
	}
	return nil
}

// progress marks the --done topics as done, accepting "1.2" for "CODE:1.2".
func (o *planOptions) progress(_ *env, ex *catalog.Exam, in *planner.Input) error {
	if strings.TrimSpace(o.done) == "" {
		return nil
	}
	var ids []string
	for _, t := range ex.Topics() {
		ids = append(ids, t.ID)
	}
	in.Progress = map[string]planner.Progress{}
	for _, raw := range strings.Split(o.done, ",") {
		code, num, full := strings.Cut(strings.TrimSpace(raw), ":")
		if !full {
			code, num = ex.Code, code
		}
		t, ok := ex.Topic(catalog.NormalizeCode(code) + ":" + strings.TrimSpace(num))
		if !ok {
			return badInput("--done: %s has no topic %q: did you mean %s? (certplan catalog show %s lists them)",
				ex.Code, strings.TrimSpace(raw), strings.Join(closest(strings.TrimSpace(raw), ids, 3), ", "), ex.Code)
		}
		in.Progress[t.ID] = planner.Progress{Done: true}
	}
	return nil
}
