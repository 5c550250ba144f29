package storage

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// dayLoad adds up the session hours of plans per day.
func dayLoad(plans ...planner.StudyPlan) map[catalog.Date]float64 {
	var ps []planner.Plan
	for _, p := range plans {
		ps = append(ps, p.Schedule)
	}
	return planner.TakenBy(ps, 0)
}

// overLimit returns a day on which the load is more than the learner's
// hours for it, or zero.
func overLimit(hours planner.Weekdays, load map[catalog.Date]float64) catalog.Date {
	for d, h := range load {
		if h > hours[d.MondayIndex()]+1e-6 {
			return d
		}
	}
	return 0
}

// TestOverlappingPlansShareTheWeek: a second saved plan, an edit and a
// re-plan each take only the hours the other active plan leaves, so the two
// never put more on a day than the learner's hours.
func TestOverlappingPlansShareTheWeek(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	first := MustCreatePlan(t, db, "SAA-C03")
	second := MustCreatePlan(t, db, "DVA-C03")
	hours := testInput("SAA-C03").Hours
	if d := overLimit(hours, dayLoad(first, second)); d != 0 {
		t.Fatalf("on %s the two plans hold %g h, more than the learner's %g", d, dayLoad(first, second)[d], hours[d.MondayIndex()])
	}
	in := testInput("DVA-C03")
	in.Today, in.Country = testToday.AddDays(10), "DE"
	edited, err := db.EditPlan(ctx, second.ID, in)
	if err != nil {
		t.Fatal(err)
	}
	if d := overLimit(hours, dayLoad(first, edited)); d != 0 {
		t.Errorf("after an edit, %s is over the learner's hours", d)
	}
	replanned, _, err := db.Replan(ctx, first.ID, testToday.AddDays(20))
	if err != nil {
		t.Fatal(err)
	}
	if d := overLimit(hours, dayLoad(replanned, edited)); d != 0 {
		t.Errorf("after a re-plan, %s is over the learner's hours", d)
	}
	b, err := db.Budget(ctx, 0, testToday)
	if err != nil || len(b.Shares) != 2 {
		t.Fatalf("budget = %+v (%v), want both plans' shares", b, err)
	}
	if s := b.Shares[0].String(); !strings.Contains(s, "h a week already go to SAA-C03 until ") {
		t.Errorf("commitment says %q", s)
	}
}

// TestArchivingFreesTheHours: an archived plan takes no hours, so a new
// plan is as quick as alone; it keeps its history, is still listed with
// its flag, and brought back it is fitted around the others.
func TestArchivingFreesTheHours(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	alone := MustCreatePlan(t, db, "DVA-C03")
	if err := db.DeletePlan(ctx, alone.ID); err != nil {
		t.Fatal(err)
	}
	first := MustCreatePlan(t, db, "SAA-C03")
	crowded := MustCreatePlan(t, db, "DVA-C03")
	if !crowded.Schedule.ExamDate.After(alone.Schedule.ExamDate) {
		t.Fatalf("sharing the week, DVA-C03 is proposed for %s, not later than alone (%s)", crowded.Schedule.ExamDate, alone.Schedule.ExamDate)
	}
	if _, err := db.SetArchived(ctx, first.ID, true, testToday); err != nil {
		t.Fatal(err)
	}
	freed := MustCreatePlan(t, db, "DVA-C03")
	// Only the other DVA-C03 plan still takes hours. Since issue 13's
	// diagnostic and fix time, SAA-C03's exam comes before the lone
	// DVA-C03's, so that plan's sessions start within the lone plan's
	// weeks: the freed plan is as quick as one planned around it alone.
	pin := testInput("DVA-C03")
	pin.Country, pin.Today = "DE", testToday
	pin.Taken = planner.TakenBy([]planner.Plan{crowded.Schedule}, testToday)
	around, err := planner.Build(db.cat, pin)
	if err != nil {
		t.Fatal(err)
	}
	if freed.Schedule.ExamDate != around.ExamDate || !freed.Schedule.ExamDate.Before(crowded.Schedule.ExamDate) {
		t.Errorf("with SAA-C03 archived, DVA-C03 is proposed for %s, want %s as around the other DVA-C03 plan alone, before %s",
			freed.Schedule.ExamDate, around.ExamDate, crowded.Schedule.ExamDate)
	}
	if b, err := db.Budget(ctx, freed.ID, testToday); err != nil || len(b.Shares) != 1 || b.Shares[0].PlanID != crowded.ID {
		t.Errorf("budget besides the new plan = %+v (%v), want only plan %d: the archived one takes nothing", b.Shares, err, crowded.ID)
	}
	archived, err := db.Plan(ctx, first.ID)
	if err != nil || !archived.Archived || len(archived.Schedule.Topics) == 0 {
		t.Fatalf("archived plan = archived %v, %d topics (%v), want kept", archived.Archived, len(archived.Schedule.Topics), err)
	}
	if err := db.DeletePlan(ctx, crowded.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetArchived(ctx, first.ID, false, testToday); err != nil {
		t.Fatal(err)
	}
	back, err := db.Plan(ctx, first.ID)
	if err != nil || back.Archived {
		t.Fatalf("unarchived plan: archived %v (%v)", back.Archived, err)
	}
	if d := overLimit(testInput("SAA-C03").Hours, dayLoad(back, freed)); d != 0 {
		t.Errorf("brought back, SAA-C03 and DVA-C03 together are over the learner's hours on %s", d)
	}
	if _, err := db.SetArchived(ctx, 999, true, testToday); err == nil {
		t.Error("archiving plan 999 that does not exist succeeded")
	}
}

// TestPriorityTakesTheHoursFirst: a plan given priority is re-planned as if
// alone, and the other is fitted around it; still never more on a day than
// the learner's hours.
func TestPriorityTakesTheHoursFirst(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	first := MustCreatePlan(t, db, "SAA-C03")
	second := MustCreatePlan(t, db, "DVA-C03")
	if _, err := db.Prioritize(ctx, second.ID, testToday); err != nil {
		t.Fatal(err)
	}
	a, err := db.Plan(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.Plan(ctx, second.ID)
	if err != nil {
		t.Fatal(err)
	}
	until := first.Schedule.ExamDate
	if got, was := hoursBefore(b, until), hoursBefore(second, until); got <= was {
		t.Errorf("given priority, DVA-C03 has %g h before %s, not more than the %g it had", got, until, was)
	}
	if got, was := hoursBefore(a, until), hoursBefore(first, until); a.Version != first.Version+1 || got >= was {
		t.Errorf("SAA-C03 is version %d with %g h before %s, want a re-plan with less than %g, fitted around DVA-C03",
			a.Version, got, until, was)
	}
	if d := overLimit(testInput("SAA-C03").Hours, dayLoad(a, b)); d != 0 {
		t.Errorf("after giving priority, %s is over the learner's hours", d)
	}
	for _, c := range []struct {
		self, other int64
		first       bool
	}{{first.ID, second.ID, true}, {second.ID, first.ID, false}} {
		bud, err := db.Budget(ctx, c.self, testToday)
		if err != nil || len(bud.Shares) != 1 || bud.Shares[0].PlanID != c.other || bud.Shares[0].First != c.first {
			t.Errorf("budget beside plan %d = %+v (%v), want plan %d with First %v", c.self, bud.Shares, err, c.other, c.first)
		}
	}
	if _, err := db.Prioritize(ctx, 42, testToday); err == nil {
		t.Error("giving priority to plan 42 that does not exist succeeded")
	}
}

// hoursBefore is the study a plan puts before day until.
func hoursBefore(p planner.StudyPlan, until catalog.Date) float64 {
	total := 0.0
	for d, h := range dayLoad(p) {
		if d.Before(until) {
			total += h
		}
	}
	return total
}

// TestArchivedSurvivesExportAndImport: moving the data keeps a plan archived.
func TestArchivedSurvivesExportAndImport(t *testing.T) {
	ctx := t.Context()
	src := MustOpenDB(t)
	p := MustCreatePlan(t, src, "SAA-C03")
	MustCreatePlan(t, src, "DVA-C03")
	if _, err := src.SetArchived(ctx, p.ID, true, testToday); err != nil {
		t.Fatal(err)
	}
	x, err := src.ExportData(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dst := MustOpenDB(t)
	if _, err := dst.Import(ctx, x); err != nil {
		t.Fatal(err)
	}
	list, err := dst.Plans(ctx)
	if err != nil || len(list) != 2 {
		t.Fatalf("imported plans = %+v (%v)", list, err)
	}
	for _, s := range list {
		if s.Archived != (s.ID == p.ID) {
			t.Errorf("imported plan %d (%s) archived = %v, want %v", s.ID, s.Exam, s.Archived, s.ID == p.ID)
		}
	}
}

// TestPriorityAndUnarchiveLeaveAPlanWhoseExamHasComeAlone: a plan whose
// exam day has come has no day left to plan, so giving another plan
// priority, or bringing it back from the archive, keeps it as it is
// instead of failing on it.
func TestPriorityAndUnarchiveLeaveAPlanWhoseExamHasComeAlone(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	old := MustCreatePlan(t, db, "SAA-C03")
	other := MustCreatePlan(t, db, "DVA-C03")
	after := old.Schedule.ExamDate.AddDays(1)
	if !other.Schedule.ExamDate.After(after) {
		t.Fatalf("the test needs DVA-C03's exam (%s) after SAA-C03's (%s)", other.Schedule.ExamDate, old.Schedule.ExamDate)
	}
	if _, err := db.Prioritize(ctx, other.ID, after); err != nil {
		t.Fatalf("priority the day after another plan's exam: %v", err)
	}
	if _, err := db.SetArchived(ctx, old.ID, true, after); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetArchived(ctx, old.ID, false, after); err != nil {
		t.Fatalf("bringing back a plan whose exam has come: %v", err)
	}
	if got := mustPlan(t, db, old.ID); got.Version != old.Version {
		t.Errorf("the plan whose exam has come is version %d, want %d, unchanged", got.Version, old.Version)
	}
	if _, _, err := db.Replan(ctx, old.ID, after); err == nil || !strings.Contains(err.Error(), "before the exam") {
		t.Errorf("re-planning it after its exam: %v, want a refusal", err)
	}
}

// TestPriorityAndUnarchiveReturnThePlansReplanned: the caller gets the
// plans re-planned as stored now, to say how each stands (QA #6).
func TestPriorityAndUnarchiveReturnThePlansReplanned(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	first := MustCreatePlan(t, db, "SAA-C03")
	second := MustCreatePlan(t, db, "DVA-C03")
	refitted, err := db.Prioritize(ctx, second.ID, testToday)
	if err != nil {
		t.Fatal(err)
	}
	stored := mustPlan(t, db, first.ID)
	var got *planner.StudyPlan
	for i := range refitted {
		if refitted[i].ID == first.ID {
			got = &refitted[i]
		}
	}
	if got == nil || got.Version != stored.Version || got.Version != first.Version+1 || !sameSchedule(got.Schedule, stored.Schedule) {
		t.Errorf("Prioritize returned %d plans, plan %d among them: %v; want it as stored, version %d", len(refitted), first.ID, got != nil, stored.Version)
	}
	if _, err := db.SetArchived(ctx, first.ID, true, testToday); err != nil {
		t.Fatal(err)
	}
	back, err := db.SetArchived(ctx, first.ID, false, testToday)
	if err != nil {
		t.Fatal(err)
	}
	if now := mustPlan(t, db, first.ID); back.ID != first.ID || back.Version != now.Version || back.Archived {
		t.Errorf("unarchive returned plan %d version %d (archived %v), want plan %d as stored, version %d",
			back.ID, back.Version, back.Archived, first.ID, now.Version)
	}
}
