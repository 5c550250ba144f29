package advisor

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// Role is the learner's job, in their own words.
type Role string

// The roles the advisor knows.
const (
	Architect  Role = "architect"
	Developer  Role = "developer"
	Operations Role = "operations"
	Data       Role = "data"
	ML         Role = "ml"
	Security   Role = "security"
	Networking Role = "networking"
	Business   Role = "business"
)

// Roles lists every role in the order help texts show them.
var Roles = []Role{Architect, Developer, Operations, Data, ML, Security, Networking, Business}

// Goal is what the learner wants the next certification to do for them.
type Goal string

// The goals the advisor knows.
const (
	Lead       Goal = "lead"       // lead design and people: Professional level
	Build      Goal = "build"      // build applications and pipelines
	Operate    Goal = "operate"    // run, automate and recover workloads
	Specialise Goal = "specialise" // go deep in one field: Specialty level
)

// Goals lists every goal in the order help texts show them.
var Goals = []Goal{Lead, Build, Operate, Specialise}

// Focus lists the focus areas a learner can name. They are the advisor's
// words for fields of work, not the catalog's skill tags.
var Focus = []string{"serverless", "containers", "data", "ml", "genai", "sap", "networking", "security", "devops"}

// Profile is everything the advisor asks the learner. Years is hands-on AWS
// experience; under one year counts as new to AWS.
type Profile struct {
	Role         Role
	Years        float64
	Focus        []string
	Goal         Goal // optional
	HoursPerWeek float64
	Held         []planner.HeldCert
	Today        catalog.Date
	// Plans are the learner's saved plans: an exam with an active one is
	// not suggested again (archived plans are left out).
	Plans []planner.PlanSummary
	// Booked are the exam attempts the learner logged: one still booked
	// that renews a held certification in time renews it, as a plan does
	// (planner.RenewingExam).
	Booked []planner.Attempt
	// Taken is the study time the active plans already put on each day
	// (a planner.WeekBudget's Taken): the advisor's dates use only the
	// hours they leave.
	Taken map[catalog.Date]float64
}

// MaxHoursPerWeek is the most a week can hold when hours are spread over
// Monday to Friday, as the advisor does.
const MaxHoursPerWeek = 5 * planner.MaxHoursPerDay

// newcomerYears is the AWS experience under which a learner is new to AWS.
const newcomerYears = 1

// ParseRole reads a role, ignoring case and surrounding spaces.
func ParseRole(s string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Roles, r) {
		return r, nil
	}
	return "", fmt.Errorf("role %q is not known: use one of %s", s, join(Roles))
}

// ParseGoal reads a goal; an empty one means no particular goal. The
// American spelling "specialize" is accepted too.
func ParseGoal(s string) (Goal, error) {
	g := Goal(strings.ToLower(strings.TrimSpace(s)))
	if g == "specialize" {
		g = Specialise
	}
	if g == "" || slices.Contains(Goals, g) {
		return g, nil
	}
	return "", fmt.Errorf("goal %q is not known: use one of %s", s, join(Goals))
}

// ParseFocus reads a comma-separated list of focus areas ("serverless,
// data"), dropping empty entries and repeats.
func ParseFocus(s string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" || slices.Contains(out, f) {
			continue
		}
		if !slices.Contains(Focus, f) {
			return nil, fmt.Errorf("focus %q is not known: use any of %s", f, strings.Join(Focus, ", "))
		}
		out = append(out, f)
	}
	return out, nil
}

// Validate checks the profile against the catalog and says what to change.
func (p Profile) Validate(cat *catalog.Catalog) error {
	if _, err := ParseRole(string(p.Role)); err != nil {
		return err
	}
	if _, err := ParseGoal(string(p.Goal)); err != nil {
		return err
	}
	for _, f := range p.Focus {
		if !slices.Contains(Focus, f) {
			return fmt.Errorf("focus %q is not known: use any of %s", f, strings.Join(Focus, ", "))
		}
	}
	if math.IsNaN(p.Years) || p.Years < 0 || p.Years > 60 {
		return fmt.Errorf("years of AWS experience %g are not possible: use 0 to 60", p.Years)
	}
	if math.IsNaN(p.HoursPerWeek) || p.HoursPerWeek < 1 || p.HoursPerWeek > MaxHoursPerWeek {
		return fmt.Errorf("hours per week %g are not possible: use 1 to %d", p.HoursPerWeek, MaxHoursPerWeek)
	}
	if p.Today.IsZero() {
		return fmt.Errorf("today's date is needed")
	}
	return validateHeld(cat, p.Held, p.Today)
}

func validateHeld(cat *catalog.Catalog, held []planner.HeldCert, today catalog.Date) error {
	for _, h := range held {
		if _, ok := cat.Exam(h.Code); !ok {
			return fmt.Errorf("held certification %q is not an exam code in the catalog: use a code such as SAA-C03", h.Code)
		}
		if h.Earned.After(today) {
			return fmt.Errorf("held certification %s earned on %s, after today %s: check the date", h.Code, h.Earned, today)
		}
	}
	return nil
}

// professionalYears is the hands-on AWS experience a Professional exam
// expects by the day it is sat (the exam guides ask for two or more years).
const professionalYears = 2

// yearsOn is the learner's hands-on AWS experience on day d, counting the
// time from today as more experience.
func (p Profile) yearsOn(d catalog.Date) float64 {
	return p.Years + float64(p.Today.DaysUntil(d))/daysPerYear
}

// daysPerYear is the length of an average calendar year.
const daysPerYear = 365.25

// experiencedFrom is the first day the learner has the experience an exam
// of level l expects: today, unless it is a Professional and they have
// less than professionalYears now.
func (p Profile) experiencedFrom(l catalog.Level) catalog.Date {
	if l != catalog.Professional || p.Years >= professionalYears {
		return p.Today
	}
	return p.Today.AddDays(int(math.Ceil((professionalYears - p.Years) * daysPerYear)))
}

// newcomer reports whether the learner is new to AWS.
func (p Profile) newcomer() bool { return p.Years < newcomerYears }

// Experience maps years on AWS to the planner's experience levels.
func (p Profile) Experience() planner.Experience {
	switch {
	case p.Years < newcomerYears:
		return planner.New
	case p.Years < 3:
		return planner.Some
	}
	return planner.Experienced
}

func join[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}
