package planner_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/holiday"
)

// buildCase is one plan the tests and FuzzBuild's seeds share.
type buildCase struct {
	name    string
	in      planner.Input
	country string
	check   func(t *testing.T, p planner.Plan)
}

// saa is SAA-C03 from Monday 23 November 2026 to 1 March 2027 at 10 hours a
// week (2 hours each weekday). Its work is 86.83 hours: study 71.75 h (72 h
// split by weight and task, each rounded to a quarter hour), review 8 h (a
// ninth of each domain's study, rounded), a 45-minute diagnostic (a third
// of the exam) and two 130-minute practice exams, each followed by an hour
// to fix weak areas (half the exam, rounded to a quarter hour).
func saa() planner.Input {
	return planner.Input{Exam: "SAA-C03", Start: day("2026-11-23"), ExamDate: day("2027-03-01"), Hours: planner.Even(10)}
}

func edit(in planner.Input, change func(*planner.Input)) planner.Input {
	change(&in)
	return in
}

func buildCases() []buildCase {
	return []buildCase{
		{name: "SAA-C03 at 10 h a week fits with room", in: saa(), check: func(t *testing.T, p planner.Plan) {
			wantFeasible(t, p, true)
			wantHours(t, "total", p.TotalHours, 86.83)
			wantHours(t, "capacity", p.CapacityHours, 140)             // 14 weeks of 10 h
			wantDate(t, "earliest exam", p.EarliestExam, "2027-01-22") // 5,210 min at 120 a weekday: 44 weekdays
			// Two hours a day cannot hold a 130-minute practice exam.
			wantWarning(t, p, "split over several days")
			wantPracticeOrder(t, p)
		}},
		{name: "a long Saturday holds each practice exam whole", in: edit(saa(), func(in *planner.Input) {
			in.Hours = planner.Weekdays{2, 2, 2, 2, 2, 3, 0}
		}), check: func(t *testing.T, p planner.Plan) {
			wantFeasible(t, p, true)
			wantNoWarnings(t, p)
			// The last third starts on 28 January; the last practice exam may
			// come on Thursday 25 February at the latest (two study days
			// after it), so its Saturday is the 20th, and the first's the
			// Saturday nearest the middle, 13 February.
			practice := sessionsOfKind(p, planner.Practice)
			if len(practice) != 3 {
				t.Fatalf("%d practice sessions (%+v), want 3: the diagnostic and two practice exams", len(practice), practice)
			}
			for i, want := range []string{1: "2027-02-13", 2: "2027-02-20"} {
				if i == 0 {
					continue // the diagnostic
				}
				if practice[i].Date != day(want) {
					t.Errorf("practice exam %d on %s, want Saturday %s", i, practice[i].Date, want)
				}
				if got := minutes(practice[i].Hours); got != 130 {
					t.Errorf("practice exam %d takes %d minutes, want 130, whole", i, got)
				}
			}
			wantPracticeOrder(t, p)
			if last := lastSessionOf(p, planner.Review); !last.Before(day("2027-02-22")) {
				t.Errorf("review runs until %s, in the final week", last)
			}
		}},
		{name: "holding CLF-C02 credits the topics whose skills it covers", in: edit(saa(), func(in *planner.Input) {
			in.Held = []planner.HeldCert{{Code: "CLF-C02", Earned: day("2025-06-01")}}
		}), check: func(t *testing.T, p planner.Plan) {
			wantCredit(t, p, "SAA-C03:1.1", 0.15, "-15 %: you hold CLF-C02: architecture, iam, security")
			without, err := planner.Build(catalogtest.Load(t), saa())
			if err != nil {
				t.Fatal(err)
			}
			if p.TotalHours >= without.TotalHours {
				t.Errorf("total %.2f h, want less than the %.2f h without credit", p.TotalHours, without.TotalHours)
			}
		}},
		{name: "holding SAA-C03 takes 40 % off the DVA-C02 topics it covers", in: planner.Input{Exam: "DVA-C02",
			Start: day("2026-09-01"), ExamDate: day("2026-11-30"), Hours: planner.Weekdays{2, 2, 2, 2, 2, 3, 0},
			Held: []planner.HeldCert{{Code: "SAA-C03", Earned: day("2025-05-01")}}},
			check: func(t *testing.T, p planner.Plan) {
				wantCredit(t, p, "DVA-C02:2.1", 0.4, "-40 %: you hold SAA-C03: development, iam, security")
				wantNoWarnings(t, p)
			}},
		{name: "a Professional takes nothing off for the Associate it assumes", in: planner.Input{Exam: "SAP-C03",
			Start: day("2026-11-23"), ExamDate: day("2027-06-01"), Hours: planner.Even(10),
			Held: []planner.HeldCert{{Code: "SAA-C03", Earned: day("2025-03-01")}}},
			check: func(t *testing.T, p planner.Plan) {
				for _, tp := range p.Topics {
					if tp.Credit != 0 {
						t.Errorf("%s: credit %.2f (%s) for SAA-C03, which SAP-C03's estimate already assumes", tp.ID, tp.Credit, tp.CreditReason)
					}
				}
			}},
		{name: "holding the previous version halves every study topic", in: planner.Input{Exam: "SAP-C03", Start: day("2026-11-23"),
			ExamDate: day("2027-06-01"), Hours: planner.Even(10), Held: []planner.HeldCert{{Code: "SAP-C02", Earned: day("2025-03-01")}}},
			check: func(t *testing.T, p planner.Plan) {
				for _, tp := range p.Topics {
					if tp.Kind == planner.Study {
						wantCredit(t, p, tp.ID, 0.5, "-50 %: you hold SAP-C02: earlier version of this certification")
					}
				}
			}},
		{name: "an expired held certification gives no credit and says so", in: edit(saa(), func(in *planner.Input) {
			in.Held = []planner.HeldCert{{Code: "CLF-C02", Earned: day("2023-01-10")}}
		}), check: func(t *testing.T, p planner.Plan) {
			wantHours(t, "total", p.TotalHours, 86.83)
			wantWarning(t, p, "CLF-C02 expired on 2026-01-10")
		}},
		{name: "newcomers get a quarter more", in: edit(saa(), func(in *planner.Input) { in.Experience = planner.New }),
			check: func(t *testing.T, p planner.Plan) { wantBase(t, p, "SAA-C03:1.1", 9) }},
		{name: "experienced learners get a fifth less", in: edit(saa(), func(in *planner.Input) { in.Experience = planner.Experienced }),
			check: func(t *testing.T, p planner.Plan) { wantBase(t, p, "SAA-C03:1.1", 5.76) }},
		{name: "an hours override replaces the estimate and the experience factor", in: edit(saa(), func(in *planner.Input) {
			in.HoursOverride, in.Experience = 40, planner.New
		}), check: func(t *testing.T, p planner.Plan) { wantBase(t, p, "SAA-C03:1.1", 3.6) }}, // 40 h × 0.9 × 30 % / 3 tasks
		{name: "German holidays: nothing on Christmas or New Year", country: "DE", in: planner.Input{Exam: "CLF-C02",
			Start: day("2026-12-14"), ExamDate: day("2027-01-11"), Hours: planner.Weekdays{2, 2, 2, 2, 2, 2, 2}},
			check: func(t *testing.T, p planner.Plan) {
				wantFeasible(t, p, true)
				for _, d := range []string{"2026-12-25", "2026-12-26", "2027-01-01"} {
					wantNothingOn(t, p, d)
					wantDayOff(t, p, d, "")
				}
			}},
		{name: "time off holds nothing", in: edit(saa(), func(in *planner.Input) {
			in.TimeOff = []planner.Span{{From: day("2026-12-21"), To: day("2027-01-03")}}
		}), check: func(t *testing.T, p planner.Plan) {
			wantFeasible(t, p, true)
			wantHours(t, "capacity", p.CapacityHours, 120)
			for d := day("2026-12-21"); !d.After(day("2027-01-03")); d = d.AddDays(1) {
				wantNothingOn(t, p, d.String())
			}
			wantDayOff(t, p, "2026-12-21", "time off")
		}},
		{name: "an exam after DVA-C02's last day names DVA-C03", in: planner.Input{Exam: "DVA-C02", Start: day("2026-11-02"),
			ExamDate: day("2026-12-15"), Hours: planner.Even(20)},
			check: func(t *testing.T, p planner.Plan) {
				wantWarning(t, p, "DVA-C02's last day is 2026-11-30", "DVA-C03")
			}},
		// Changed on purpose: the planner proposed a date after the last day
		// and called the plan one that fits; it now plans for the last day,
		// says the plan is short and names the successor.
		{name: "work that fits only after DVA-C02's last day plans for it and names DVA-C03", in: planner.Input{Exam: "DVA-C02", Start: day("2026-11-02"),
			Hours: planner.Even(10)},
			check: func(t *testing.T, p planner.Plan) {
				if !p.ExamDateProposed || p.ExamDate != day("2026-11-30") || p.Feasible {
					t.Fatalf("proposed %s (feasible %v), want the last day 2026-11-30, short", p.ExamDate, p.Feasible)
				}
				if !p.FitsAfterLastDay.After(day("2026-11-30")) {
					t.Errorf("fits after the last day on %s, want a date after 2026-11-30", p.FitsAfterLastDay)
				}
				wantWarning(t, p, "DVA-C02 can be taken only until 2026-11-30", "DVA-C03")
			}},
		{name: "DVA-C03 practice exams take DVA-C02's 130 minutes", in: planner.Input{Exam: "DVA-C03", Start: day("2026-12-01"),
			ExamDate: day("2027-04-01"), Hours: planner.Even(10)},
			check: func(t *testing.T, p planner.Plan) {
				for _, tp := range p.Topics {
					if tp.Kind == planner.Practice && !strings.HasSuffix(tp.ID, "diagnostic") && minutes(tp.Hours) != 130 {
						t.Errorf("practice exam %s takes %.2f h, want 130 minutes", tp.ID, tp.Hours)
					}
				}
				for _, w := range p.Warnings {
					if strings.Contains(w, "task statements are published") {
						t.Errorf("DVA-C03's task statements are all in the catalog, yet a warning says %q", w)
					}
				}
			}},
		{name: "an exam on a public holiday is warned about", country: "DE", in: edit(saa(), func(in *planner.Input) {
			in.ExamDate = day("2027-01-01")
		}), check: func(t *testing.T, p planner.Plan) { wantWarning(t, p, "exam date 2027-01-01 is a public holiday") }},
		{name: "an exam in time off is warned about", in: edit(saa(), func(in *planner.Input) {
			in.TimeOff = []planner.Span{{From: day("2027-02-27"), To: day("2027-03-02")}}
		}), check: func(t *testing.T, p planner.Plan) { wantWarning(t, p, "falls in your time off") }},
		{name: "MLA-C02 is a beta", in: planner.Input{Exam: "MLA-C02", Start: day("2026-11-23"), ExamDate: day("2027-03-01"),
			Hours: planner.Even(10)},
			check: func(t *testing.T, p planner.Plan) { wantWarning(t, p, "MLA-C02 is a beta exam") }},
		{name: "SAP-C03 is planned provisionally on SAP-C02's domains", in: planner.Input{Exam: "SAP-C03", Start: day("2026-11-23"),
			ExamDate: day("2027-06-01"), Hours: planner.Even(10)},
			check: func(t *testing.T, p planner.Plan) {
				// Said plainly (issue 11): it follows SAP-C02's domains until AWS's guide is out.
				wantWarning(t, p, "SAP-C03's domains are not published", "follows SAP-C02's domains", "until AWS's exam guide")
				if p.DomainsFrom != "SAP-C02" || p.ProvisionalText() == "" {
					t.Errorf("domains from %q, text %q", p.DomainsFrom, p.ProvisionalText())
				}
				if p.Topics[0].ID != "SAP-C03:1.1" {
					t.Errorf("first topic %s, want SAP-C03:1.1", p.Topics[0].ID)
				}
			}},
		{name: "zero hours: infeasible, no study days", in: edit(saa(), func(in *planner.Input) { in.Hours = planner.Weekdays{} }),
			check: func(t *testing.T, p planner.Plan) {
				wantFeasible(t, p, false)
				wantWarning(t, p, "no study days")
				wantHours(t, "shortfall", p.ShortfallHours, p.RequiredHours)
				if p.CapacityHours != 0 || len(sessionsOfKind(p, "")) != 0 || p.HoursPerWeekNeeded <= 0 {
					t.Errorf("capacity %.2f, %d sessions, %.1f h a week needed", p.CapacityHours, len(sessionsOfKind(p, "")), p.HoursPerWeekNeeded)
				}
			}},
		{name: "without an exam date the earliest that fits is proposed", in: edit(saa(), func(in *planner.Input) { in.ExamDate = 0 }),
			check: func(t *testing.T, p planner.Plan) {
				wantFeasible(t, p, true)
				wantDate(t, "exam", p.ExamDate, "2027-01-22")
				wantDate(t, "earliest exam", p.EarliestExam, "2027-01-22")
				if !p.ExamDateProposed || len(sessionsOn(p, day("2027-01-21"))) == 0 {
					t.Errorf("proposed %v; the day before the exam should be the last study day", p.ExamDateProposed)
				}
			}},
		{name: "more hours spent than a topic needs leave nothing of it", in: edit(saa(), func(in *planner.Input) {
			in.Progress = map[string]planner.Progress{"SAA-C03:1.1": {Hours: 1e300}, "SAA-C03:1.2": {Hours: 1}}
		}), check: func(t *testing.T, p planner.Plan) {
			if tp := topic(t, p, "SAA-C03:1.1"); tp.Remaining != 0 || tp.Done {
				t.Errorf("1.1 = %+v, want nothing remaining, not ticked off", tp)
			}
			wantHours(t, "required", p.RequiredHours, 86.83-7.25-1)
			wantHours(t, "done", p.DoneHours, 7.25+1)
		}},
		{name: "the earliest date stays within five years of the start", in: edit(saa(), func(in *planner.Input) {
			// About 254 hours at an hour a week, from nine weeks after the start:
			// it fits only after the five years from the start run out.
			in.Hours, in.HoursOverride, in.Today = planner.Weekdays{6: 1}, 250, day("2027-01-25")
		}), check: func(t *testing.T, p planner.Plan) {
			wantFeasible(t, p, false)
			if !p.EarliestExam.IsZero() {
				t.Errorf("earliest exam %s, more than five years after the start %s", p.EarliestExam, p.Start)
			}
		}},
		{name: "too little time: shortfall, earliest date and hours a week", in: edit(saa(), func(in *planner.Input) {
			in.Hours, in.ExamDate = planner.Even(5), day("2027-01-04")
		}), check: func(t *testing.T, p planner.Plan) {
			wantFeasible(t, p, false)
			wantHours(t, "capacity", p.CapacityHours, 30)
			// 56:50 h more than the 30 h available, and 0:25 h more that the
			// plan, thinned to fit, cannot place with no study session under
			// a quarter hour (the minutes a day has left after a review or at
			// a topic's end hold no study): 57:15 h short in all. (It was
			// 1:15 h and 58:05 h before the plan kept the placing that places
			// the most of those it tried, rather than the last; 1:30 h and
			// 58:20 h before those minutes held reviews due soon.)
			wantHours(t, "shortfall", p.ShortfallHours, 57.25)
			// 87 weekdays of an hour hold the 86:50 h, but only with sessions
			// under a quarter hour; without them it takes 88.
			wantDate(t, "earliest exam", p.EarliestExam, "2027-03-25")
			wantHours(t, "hours a week needed", p.HoursPerWeekNeeded, 15) // 14.5 h only with crumbs
			wantWarning(t, p, "56:50 h more than the 30 h available")     // one hours format everywhere (issue 11)
			wantWarning(t, p, "besides 0:25 h that the few minutes left on some days cannot hold")
		}},
	}
}

// TestBuild runs the table: every plan keeps the invariants and its own checks.
func TestBuild(t *testing.T) {
	c := catalogtest.Load(t)
	for _, tc := range buildCases() {
		t.Run(tc.name, func(t *testing.T) {
			in := withCountry(t, tc.in, tc.country)
			p, err := planner.Build(c, in)
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			for _, problem := range planProblems(in, p) {
				t.Error(problem)
			}
			tc.check(t, p)
		})
	}
}

// TestBuildRefusesInvalidInput checks each validation error, for Rebalance too.
func TestBuildRefusesInvalidInput(t *testing.T) {
	c := catalogtest.Load(t)
	cases := []struct {
		name   string
		change func(*planner.Input)
		want   string
	}{
		{"unknown exam", func(in *planner.Input) { in.Exam = "SAA-C09" }, `exam "SAA-C09" is not in the catalog`},
		{"no start", func(in *planner.Input) { in.Start = 0 }, "start date is needed"},
		{"exam before start", func(in *planner.Input) { in.ExamDate = day("2026-11-01") }, "must be after the start"},
		{"exam on the start day", func(in *planner.Input) { in.ExamDate = in.Start }, "must be after the start"},
		{"exam more than five years on", func(in *planner.Input) { in.ExamDate = day("2032-01-01") }, "more than five years"},
		{"negative hours", func(in *planner.Input) { in.Hours[2] = -1 }, "Wednesday hours -1"},
		{"17 hours a day", func(in *planner.Input) { in.Hours[6] = 17 }, "Sunday hours 17"},
		{"not a number", func(in *planner.Input) { in.Hours[0] = math.NaN() }, "Monday hours NaN"},
		{"negative override", func(in *planner.Input) { in.HoursOverride = -5 }, "hours override -5"},
		{"override not a number", func(in *planner.Input) { in.HoursOverride = math.NaN() }, "hours override NaN"},
		{"time off ending before it starts", func(in *planner.Input) {
			in.TimeOff = []planner.Span{{From: day("2026-12-10"), To: day("2026-12-01")}}
		}, "ends before it starts"},
		{"unknown held code", func(in *planner.Input) { in.Held = []planner.HeldCert{{Code: "XYZ-C01"}} }, `"XYZ-C01" is not in the catalog`},
		{"held earned after start", func(in *planner.Input) {
			in.Held = []planner.HeldCert{{Code: "CLF-C02", Earned: day("2026-12-01")}}
		}, "earned on 2026-12-01, after the start"},
		{"unknown experience", func(in *planner.Input) { in.Experience = "guru" }, `experience "guru"`},
		{"negative hours spent", func(in *planner.Input) {
			in.Progress = map[string]planner.Progress{"SAA-C03:2.1": {Hours: -5}}
		}, "progress on SAA-C03:2.1: -5 hours spent"},
		{"hours spent not a number", func(in *planner.Input) {
			in.Progress = map[string]planner.Progress{"SAA-C03:1.1": {Hours: math.NaN()}}
		}, "progress on SAA-C03:1.1: NaN hours spent"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := edit(saa(), tc.change)
			_, err := planner.Build(c, in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Build error = %v, want one saying %q", err, tc.want)
			}
			if _, err := planner.Rebalance(c, in, planner.Plan{}); err == nil {
				t.Error("Rebalance accepted the input Build refuses")
			}
		})
	}
}

// TestExperienceScalesTheWork checks the experience factors on the whole work.
func TestExperienceScalesTheWork(t *testing.T) {
	c := catalogtest.Load(t)
	studied := func(x planner.Experience) float64 {
		p, err := planner.Build(c, edit(saa(), func(in *planner.Input) { in.Experience = x }))
		if err != nil {
			t.Fatal(err)
		}
		h := 0.0
		for _, tp := range p.Topics {
			if tp.Kind != planner.Practice {
				h += tp.Hours
			}
		}
		return h
	}
	some := studied(planner.Some)
	// 18 topics and reviews, each rounded to a quarter hour: within 18 × 7.5 minutes.
	for x, factor := range map[planner.Experience]float64{planner.New: 1.25, planner.Experienced: 0.8, "": 1} {
		if got := studied(x); math.Abs(got-factor*some) > 18*0.125 {
			t.Errorf("%q: %.2f h of study and review, want about %.2f × %.2f h", x, got, factor, some)
		}
	}
}

// TestNilCalendarMeansNoHolidays: holiday.ForCountry("") returns a nil
// *holiday.Calendar, which in the Holidays interface is not a nil interface.
func TestNilCalendarMeansNoHolidays(t *testing.T) {
	none, err := holiday.ForCountry("")
	if err != nil || none != nil {
		t.Fatalf("ForCountry(\"\") = %v, %v", none, err)
	}
	in := saa()
	in.Holidays = none
	p, err := planner.Build(catalogtest.Load(t), in)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := planner.Build(catalogtest.Load(t), saa())
	if !reflect.DeepEqual(p, want) {
		t.Error("a nil calendar changed the plan")
	}
}
