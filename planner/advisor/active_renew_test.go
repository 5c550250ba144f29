package advisor

import (
	"slices"
	"testing"

	"certplan/planner"
)

// TestAnActivePlanThatRenewsAHeldCertificationSaysSo: a held DVA that
// expires within the roadmap is not called unrenewed when an active plan
// prepares its renewal; the warning names that plan.
func TestAnActivePlanThatRenewsAHeldCertificationSaysSo(t *testing.T) {
	cat := loadCatalog(t)
	p := developer(t)
	p.Held = []planner.HeldCert{{Code: "DVA-C02", Earned: date(t, "2024-06-02")}} // expires 2027-06-02
	p.Plans = activePlans(t)
	a, err := Advise(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	want := "Your DVA-C02 expires on 2027-06-02: renewed when you pass DVA-C03 on 2027-05-01 (your plan 1)."
	if !containsText(a.Warnings, want) {
		t.Errorf("warnings %q lack %q", a.Warnings, want)
	}
}

// TestAlreadyPlannedAndPreparingFor: a step of an unknown exam is never
// planned already, and a plan with no exam date says so.
func TestAlreadyPlannedAndPreparingFor(t *testing.T) {
	cat := loadCatalog(t)
	if _, ok := AlreadyPlanned(cat, activePlans(t), "XYZ-C01"); ok {
		t.Error("an unknown exam is already planned")
	}
	if p, ok := AlreadyPlanned(cat, activePlans(t), "DVA-C02"); !ok || p.Exam != "DVA-C03" {
		t.Errorf("DVA-C02 is planned by %+v (%v), want the DVA-C03 plan", p, ok)
	}
	got := PreparingFor(planner.PlanSummary{Exam: "SAA-C03"})
	if want := "You are already preparing for SAA-C03 (no exam date yet)"; got != want {
		t.Errorf("PreparingFor without a date = %q, want %q", got, want)
	}
	if got := lowerFirst(""); got != "" {
		t.Errorf("lowerFirst(\"\") = %q", got)
	}
}

// TestShortRoadmapAdviceFitsTheAnswers: a one-step roadmap asks for a goal
// or a focus only when none was given, else for another one.
func TestShortRoadmapAdviceFitsTheAnswers(t *testing.T) {
	cat := loadCatalog(t)
	p := developer(t)
	p.Plans = activePlans(t)
	a, err := Advise(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Roadmap) != 1 || !containsText(a.Warnings, "Try another goal or focus") || containsText(a.Warnings, "Choose a goal") {
		t.Errorf("with the goal %q: roadmap %v, warnings %q; want one step and a call to try another goal", p.Goal, codes(a.Roadmap), a.Warnings)
	}
}

// TestAnActivePlanThatRenewsAnotherCertificationCounts: an active SAA-C03
// plan whose exam comes before a held Cloud Practitioner expires renews it
// (planner.RenewingPlan, as the certifications screen says): the advisor
// does not suggest CLF-C02 to renew it, says the plan renews it, and the
// roadmap's DevOps step after that expiry still renews CLF.
func TestAnActivePlanThatRenewsAnotherCertificationCounts(t *testing.T) {
	cat := loadCatalog(t)
	p := developer(t)
	p.Held = []planner.HeldCert{{Code: "CLF-C02", Earned: date(t, "2024-04-01")}} // expires 2027-04-01
	p.Plans = activePlans(t)                                                      // SAA-C03 on 2027-03-01
	a, err := Advise(cat, p)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(suggested(a), "CLF-C02") {
		t.Errorf("advice names CLF-C02, which the SAA-C03 plan renews: %v", suggested(a))
	}
	want := "Your CLF-C02 expires on 2027-04-01: renewed when you pass SAA-C03 on 2027-03-01 (your plan 2)."
	if !containsText(a.Warnings, want) || containsText(a.Warnings, "no step of this roadmap renews it") {
		t.Errorf("warnings %q: want %q and no call to renew it", a.Warnings, want)
	}
	if len(a.Roadmap) == 0 || a.Roadmap[0].Code != "DOP-C02" || !slices.Contains(a.Roadmap[0].Renews, "CLF") {
		t.Errorf("roadmap %+v: want DOP-C02 first, renewing the CLF the SAA-C03 plan renewed", a.Roadmap)
	}
}
