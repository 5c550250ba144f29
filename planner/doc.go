// Package planner turns an exam, the learner's hours and circumstances into a
// week-by-week study plan, says honestly whether it fits, and rebalances it
// as the learner ticks topics off.
//
// Where the learner stands against a plan is defined here once
// (StandingOf): ahead, on track, behind, or does not fit. A plan whose work
// does not fit covers every topic thinner rather than some not at all, and
// lists what it leaves out (Unscheduled, Coverage) with the two fixes
// (EarliestExam, FitWeekdays). Whether work fits is decided by placing it,
// not by adding hours: no study session is shorter than a quarter hour
// unless the topic has less left, so minutes a day cannot use are time the
// plan does not have (Plan.Shortfall says how much of a shortfall that is).
//
// A learner has one week (LearnerWeek: hours per weekday and a holiday
// country), shared by every active plan: a plan is built around the
// sessions the others hold (TakenBy), and a plan made or edited within
// another week makes it the learner's (Input.InWeek, SameWeek).
//
// The learner's records are defined here once, at the lowest layer that
// owns their meaning, and every layer uses them without copies: Input (with
// its stored JSON form and Country, whose calendar CountryHolidays builds),
// StudyPlan with its TopicProgress, PlanSummary, PlanVersion and Reason,
// Settings (with DefaultWeekHours and Validate), WeekBudget and PlanShare,
// ScoreRecord and DesktopState (record.go, settings.go); a held
// certification (HeldCertification, replayed from the passes by Holdings
// with the catalog's validity, Catalog.ValidUntil) and an exam attempt
// (Attempt, AttemptStatus, AttemptResult). Storage keeps them, the desktop
// and the command line show them, the exports print them. HeldCert is not a
// copy: it is the planner's input for credit (an exam passed and the day
// its validity counts from, stored inside plans as {"code","earned"}),
// which a held certification gives by Credit and which the advisor also
// makes for passes still to come. What renews a held certification is
// said once (DescribeRenewal, HeldCertification.Renewal: an active plan's
// exam in time, else its own exam and the higher ones that count), and
// RenewalStudyStart finds the latest day to start studying for it.
//
// It is pure: no I/O, no clock (today is an input), no GUI and no SQL. Public
// holidays reach it through the small Holidays interface (is this civil date
// a holiday, and its name), which package planner/holiday adapts from
// github.com/rickar/cal/v2. All dates are civil dates
// (catalog.Date), so a plan is the same in every time zone.
package planner
