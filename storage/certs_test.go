package storage

import (
	"fmt"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

func day(y, m, d int) catalog.Date { return catalog.DateOf(y, time.Month(m), d) }

func mustAttempt(tb testing.TB, db *DB, exam string, on catalog.Date, st planner.AttemptStatus, score int) planner.AttemptResult {
	tb.Helper()
	res, err := db.AddAttempt(tb.Context(), planner.Attempt{Exam: exam, Date: on, Status: st, Score: score})
	if err != nil {
		tb.Fatalf("add %s %s %s: %v", exam, on, st, err)
	}
	return res
}

// certsByKey lists the held certifications by key.
func certsByKey(tb testing.TB, db *DB) map[string]planner.HeldCertification {
	tb.Helper()
	all, err := db.Certifications(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]planner.HeldCertification{}
	for _, c := range all {
		out[c.Key] = c
	}
	return out
}

func TestAttemptValidation(t *testing.T) {
	db := MustOpenDB(t)
	cases := []struct {
		name string
		a    planner.Attempt
	}{
		{"unknown exam", planner.Attempt{Exam: "XYZ-C01", Date: testToday, Status: planner.Booked}},
		{"no date", planner.Attempt{Exam: "SAA-C03", Status: planner.Booked}},
		{"unknown status", planner.Attempt{Exam: "SAA-C03", Date: testToday, Status: "postponed"}},
		{"score too low", planner.Attempt{Exam: "SAA-C03", Date: testToday, Status: planner.Failed, Score: 99}},
		{"score too high", planner.Attempt{Exam: "SAA-C03", Date: testToday, Status: planner.Passed, Score: 1001}},
		{"score on a booking", planner.Attempt{Exam: "SAA-C03", Date: testToday.AddDays(9), Status: planner.Booked, Score: 700}},
		{"result in the future", planner.Attempt{Exam: "SAA-C03", Date: testToday.AddDays(1), Status: planner.Passed}},
		{"pass on 9999-12-31", planner.Attempt{Exam: "SAA-C03", Date: day(9999, 12, 31), Status: planner.Passed}},
		{"pass before 2000", planner.Attempt{Exam: "CLF-C02", Date: day(1999, 6, 1), Status: planner.Passed}},
		{"booking after 2100", planner.Attempt{Exam: "SAA-C03", Date: day(2101, 1, 1), Status: planner.Booked}},
		{"pass before the exam existed", planner.Attempt{Exam: "CLF-C02", Date: day(2023, 9, 18), Status: planner.Passed}},
		{"pass below the passing score", planner.Attempt{Exam: "SAA-C03", Date: testToday, Status: planner.Passed, Score: 719}},
		{"fail at the passing score", planner.Attempt{Exam: "SAA-C03", Date: testToday, Status: planner.Failed, Score: 720}},
		{"booking in the past", planner.Attempt{Exam: "SAA-C03", Date: testToday.AddDays(-1), Status: planner.Booked}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := db.AddAttempt(t.Context(), c.a)
			wantCode(t, err, CodeInvalid)
		})
	}
	if all, _ := db.Attempts(t.Context()); len(all) != 0 {
		t.Fatalf("invalid attempts were stored: %+v", all)
	}
}

// TestAttemptRulesAtTheirEdges: the first day an exam existed, the passing
// score itself, a fail just below it and a booking for today are accepted.
// (The booking is of another exam: one exam twice on a day is refused,
// TestSameExamCannotBeBookedTwiceADay.)
func TestAttemptRulesAtTheirEdges(t *testing.T) {
	db := MustOpenDB(t)
	mustAttempt(t, db, "CLF-C02", day(2023, 9, 19), planner.Passed, 0)
	mustAttempt(t, db, "SAA-C03", testToday, planner.Passed, 720)
	mustAttempt(t, db, "SAA-C03", testToday.AddDays(-30), planner.Failed, 719)
	mustAttempt(t, db, "CLF-C02", testToday, planner.Booked, 0)
	mustAttempt(t, db, "SAA-C03", testToday.AddDays(-3), planner.Cancelled, 0)
}

func TestFailedAttemptKnowsRetakeDate(t *testing.T) {
	db := MustOpenDB(t)
	res := mustAttempt(t, db, "saa-c03", day(2026, 2, 20), planner.Failed, 650)
	if res.Attempt.Exam != "SAA-C03" || res.Attempt.RetakeFrom != day(2026, 3, 6) || len(res.Earned) != 0 {
		t.Fatalf("failed attempt %+v", res)
	}
}

func TestBookingBecomesPassAndEarnsCertification(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	booked := mustAttempt(t, db, "SAA-C03", testToday, planner.Booked, 0)
	if len(certsByKey(t, db)) != 0 {
		t.Fatal("a booking earned a certification")
	}
	a := booked.Attempt
	a.Status, a.Score = planner.Passed, 812
	res, err := db.UpdateAttempt(ctx, a)
	if err != nil || len(res.Earned) != 1 || res.Earned[0].Key != "SAA" || res.Earned[0].Expiry != day(2029, 3, 2) {
		t.Fatalf("update to passed: %+v, %v", res, err)
	}
	if err := db.SetCredentialID(ctx, "SAA", "ABC123"); err != nil {
		t.Fatal(err)
	}
	mustAttempt(t, db, "CLF-C02", day(2026, 1, 5), planner.Passed, 0) // refresh keeps the credential ID
	if c := certsByKey(t, db)["SAA"]; c.CredentialID != "ABC123" || c.Name == "" || c.RenewWith == "" {
		t.Fatalf("SAA %+v", c)
	}
	if err := db.DeleteAttempt(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := certsByKey(t, db)["SAA"]; ok {
		t.Fatal("deleting the pass kept the certification")
	}
	wantCode(t, db.SetCredentialID(ctx, "SAA", "x"), CodeNotFound)
	wantCode(t, db.DeleteAttempt(ctx, a.ID), CodeNotFound)
}

func TestExpiryAndRenewalAroundLeapDays(t *testing.T) {
	cases := []struct {
		name   string
		passes []planner.Attempt
		want   map[string]catalog.Date // expiry by key
	}{
		{"29 February plus three years is 28 February",
			[]planner.Attempt{{Exam: "CLF-C02", Date: day(2024, 2, 29)}},
			map[string]catalog.Date{"CLF": day(2027, 2, 28)}},
		{"an associate on a leap day renews active foundational",
			[]planner.Attempt{{Exam: "CLF-C01", Date: day(2023, 1, 10)}, {Exam: "SAA-C03", Date: day(2024, 2, 29)}},
			map[string]catalog.Date{"CLF": day(2027, 2, 28), "SAA": day(2027, 2, 28)}},
		{"a lapsed certification is not renewed",
			[]planner.Attempt{{Exam: "CLF-C01", Date: day(2020, 1, 1)}, {Exam: "SAA-C03", Date: day(2024, 2, 29)}},
			map[string]catalog.Date{"CLF": day(2023, 1, 1), "SAA": day(2027, 2, 28)}},
		{"a pass on the expiry day is too late to renew",
			[]planner.Attempt{{Exam: "CLF-C01", Date: day(2021, 3, 1)}, {Exam: "SAA-C03", Date: day(2024, 3, 1)}},
			map[string]catalog.Date{"CLF": day(2024, 3, 1), "SAA": day(2027, 3, 1)}},
		{"a professional renews the associate below it",
			[]planner.Attempt{{Exam: "SAA-C03", Date: day(2023, 5, 2)}, {Exam: "DVA-C02", Date: day(2023, 6, 1)}, {Exam: "SAP-C02", Date: day(2025, 4, 4)}},
			map[string]catalog.Date{"SAA": day(2028, 4, 4), "DVA": day(2026, 6, 1), "SAP": day(2028, 4, 4)}},
		{"passing the same certification again extends it",
			[]planner.Attempt{{Exam: "SAA-C02", Date: day(2020, 2, 29)}, {Exam: "SAA-C03", Date: day(2022, 12, 1)}},
			map[string]catalog.Date{"SAA": day(2025, 12, 1)}},
		{"an earlier pass logged later does not shorten a renewal",
			[]planner.Attempt{{Exam: "SAP-C02", Date: day(2025, 1, 10)}, {Exam: "SAA-C03", Date: day(2024, 2, 29)}},
			map[string]catalog.Date{"SAA": day(2028, 1, 10), "SAP": day(2028, 1, 10)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := MustOpenDB(t)
			for _, a := range c.passes {
				mustAttempt(t, db, a.Exam, a.Date, planner.Passed, 0)
			}
			got := certsByKey(t, db)
			if len(got) != len(c.want) {
				t.Fatalf("held %v, want %v", got, c.want)
			}
			for key, expiry := range c.want {
				if got[key].Expiry != expiry {
					t.Errorf("%s expires %s, want %s", key, got[key].Expiry, expiry)
				}
			}
		})
	}
}

func TestPassReportsEarnedAndRenewed(t *testing.T) {
	db := MustOpenDB(t)
	mustAttempt(t, db, "CLF-C02", day(2024, 2, 29), planner.Passed, 0)
	res := mustAttempt(t, db, "SAA-C03", day(2025, 6, 10), planner.Passed, 790)
	if len(res.Earned) != 1 || res.Earned[0].Key != "SAA" || len(res.Renewed) != 1 || res.Renewed[0].Key != "CLF" ||
		res.Renewed[0].Expiry != day(2028, 6, 10) || res.Renewed[0].RenewedBy != "SAA-C03" {
		t.Fatalf("result %+v", res)
	}
	c := certsByKey(t, db)["CLF"]
	if c.Earned != day(2024, 2, 29) || c.RenewedOn != day(2025, 6, 10) || !c.Active(testToday) || c.Active(day(2028, 6, 10)) {
		t.Fatalf("CLF %+v", c)
	}
}

func TestAddCertificationWithCredential(t *testing.T) {
	db := MustOpenDB(t)
	res, err := db.AddCertification(t.Context(), "dva-c02", day(2024, 2, 29), "AWS-42")
	if err != nil || len(res.Earned) != 1 || res.Earned[0].CredentialID != "AWS-42" || res.Attempt.Status != planner.Passed {
		t.Fatalf("%+v, %v", res, err)
	}
	if c := certsByKey(t, db)["DVA"]; c.CredentialID != "AWS-42" || c.Expiry != day(2027, 2, 28) {
		t.Fatalf("DVA %+v", c)
	}
}

// renewalStudyStart is the day to start studying for exam to be ready by
// deadline at s, as every place tells it (HeldCertification.WithStudyStart).
func renewalStudyStart(cat *catalog.Catalog, exam string, deadline catalog.Date, s planner.Settings, held []planner.HeldCert) (catalog.Date, bool) {
	c := planner.HeldCertification{RenewWith: exam, Expiry: deadline}.WithStudyStart(cat, s, held)
	return c.StudyFrom, !c.StudyFrom.IsZero()
}

func TestRenewalStudyStart(t *testing.T) {
	s := planner.Settings{Hours: planner.Weekdays{1, 1, 1, 1, 1, 0, 0}, Experience: planner.Some, Country: "DE"}
	deadline := day(2027, 2, 28)
	start, ok := renewalStudyStart(testCat, "SAA-C03", deadline, s, nil)
	if !ok || !start.Before(deadline) {
		t.Fatalf("start %s ok %v", start, ok)
	}
	fits := func(from catalog.Date) bool {
		in := planner.Input{Exam: "SAA-C03", Start: from, ExamDate: deadline, Hours: s.Hours, Experience: s.Experience, Country: "DE"}
		p, err := planner.Build(testCat, in)
		return err == nil && p.Feasible
	}
	if !fits(start) || fits(start.AddDays(1)) {
		t.Fatalf("%s is not the latest start that fits", start)
	}
	held := []planner.HeldCert{{Code: "SAA-C03", Earned: day(2024, 2, 29)}}
	if later, _ := renewalStudyStart(testCat, "SAA-C03", deadline, s, held); !later.After(start) {
		t.Fatalf("holding the certification (credit) should start later than %s, got %s", start, later)
	}
	if _, ok := renewalStudyStart(testCat, "SAA-C03", deadline, planner.Settings{}, nil); ok {
		t.Fatal("no weekly hours gave a start date")
	}
}

func TestCertificationsUseLearnerHours(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	mustAttempt(t, db, "SAA-C03", day(2024, 2, 29), planner.Passed, 0)
	// With no plan and no settings, the default hours a learner starts
	// from stand in (QA #15: the start was left empty with no reason).
	l, err := db.CertificationsAt(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deflt := planner.Settings{Experience: planner.Some}.WithDefaults()
	want, _ := renewalStudyStart(testCat, "SAA-C03", day(2027, 2, 28), deflt, planner.Credits(l.Certs))
	if c := certsByKey(t, db)["SAA"]; want.IsZero() || c.StudyFrom != want || l.HoursFrom != HoursFromDefault || l.Hours != deflt.Hours {
		t.Fatalf("no hours saved: start %s from %q hours %v, want %s from the default %v", c.StudyFrom, l.HoursFrom, l.Hours, want, deflt.Hours)
	}
	// A new plan's week becomes the learner's: the settings take it.
	plan := MustCreatePlan(t, db, "DVA-C02")
	if l, err := db.CertificationsAt(ctx); err != nil || l.HoursFrom != HoursFromSettings || l.Hours != plan.Input.Hours {
		t.Fatalf("with a new plan, the hours %v come from %q (%v), want the plan's %v as the settings", l.Hours, l.HoursFrom, err, plan.Input.Hours)
	}
	// Data saved before that has plans and no settings: the newest plan's
	// hours stand in for them.
	if _, err := db.rw.Exec("DELETE FROM settings"); err != nil {
		t.Fatal(err)
	}
	if l, err := db.CertificationsAt(ctx); err != nil || l.HoursFrom != HoursFromPlan {
		t.Fatalf("with a plan, the hours come from %q (%v), want the plan", l.HoursFrom, err)
	}
	fromPlan := certsByKey(t, db)["SAA"].StudyFrom
	if fromPlan.IsZero() || !fromPlan.Before(day(2027, 2, 28)) {
		t.Fatalf("start from the plan's hours: %s", fromPlan)
	}
	db.SaveSettings(ctx, planner.Settings{Hours: planner.Weekdays{3, 3, 3, 3, 3, 3, 3}})
	if fast := certsByKey(t, db)["SAA"].StudyFrom; !fast.After(fromPlan) {
		t.Fatalf("more hours should start later: %s vs %s", fast, fromPlan)
	}
	if l, err := db.CertificationsAt(ctx); err != nil || l.HoursFrom != HoursFromSettings || l.Hours.Total() != 21 {
		t.Fatalf("with settings saved, the hours are %v from %q (%v), want the settings' 21 h", l.Hours, l.HoursFrom, err)
	}
}

// TestCertificationsSayWhichPlanRenewsThem: a held Cloud Practitioner with
// an active Associate plan whose exam comes before its expiry is renewed by
// that plan (no study start of its own); archived, the plan renews nothing
// and the advice names CLF-C02 or any higher tier, with the default hours
// marked as such.
func TestCertificationsSayWhichPlanRenewsThem(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	mustAttempt(t, db, "CLF-C02", day(2025, 9, 1), planner.Passed, 0) // expires 2028-09-01
	c := certsByKey(t, db)["CLF"]
	want := "Renew it by passing CLF-C02 (or any Associate or Professional exam) before 2028-09-01"
	if c.Renewal() != want || c.StudyFrom.IsZero() || !c.DefaultHours {
		t.Fatalf("no plan: %q, study from %s, default hours %v; want %q, a start, the default hours", c.Renewal(), c.StudyFrom, c.DefaultHours, want)
	}
	p := MustCreatePlan(t, db, "SAA-C03")
	c = certsByKey(t, db)["CLF"]
	want = fmt.Sprintf("Renewed when you pass SAA-C03 on %s (your plan %d)", p.Schedule.ExamDate, p.ID)
	if c.Renewal() != want || !c.StudyFrom.IsZero() || c.DefaultHours {
		t.Fatalf("with the plan: %q, study from %s, default hours %v; want %q and no start", c.Renewal(), c.StudyFrom, c.DefaultHours, want)
	}
	if _, err := db.SetArchived(ctx, p.ID, true, testToday); err != nil {
		t.Fatal(err)
	}
	if c = certsByKey(t, db)["CLF"]; c.Planned() || c.StudyFrom.IsZero() {
		t.Fatalf("archived, the plan still renews it: %q, study from %s", c.Renewal(), c.StudyFrom)
	}
}
