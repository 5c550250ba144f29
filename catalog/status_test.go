package catalog

import (
	"strings"
	"testing"
	"time"
)

// TestStatusOn works each status out from an exam's dates.
func TestStatusOn(t *testing.T) {
	d := func(s string) Date {
		x, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	retiring := &Exam{Code: "OLD-C01", Status: Retiring, LastDay: d("2026-11-30")}
	scheduled := &Exam{Code: "NEW-C02", Status: Scheduled, AvailableFrom: d("2026-12-01")}
	beta := &Exam{Code: "BET-C01", Status: Beta, AvailableFrom: d("2026-09-29"), GeneralAvailability: d("2027-01-15")}
	openBeta := &Exam{Code: "BET-C02", Status: Beta}
	oldRetired := &Exam{Code: "GONE-C00", Status: Retired}
	cases := []struct {
		name string
		e    *Exam
		on   string
		want Status
	}{
		{"before its last day: retiring", retiring, "2026-11-01", Retiring},
		{"on its last day: still retiring", retiring, "2026-11-30", Retiring},
		{"the day after: retired", retiring, "2026-12-01", Retired},
		{"before its first day: scheduled", scheduled, "2026-11-30", Scheduled},
		{"from its first day: active, whatever the label", scheduled, "2026-12-01", Active},
		{"a beta before GA", beta, "2026-12-02", Beta},
		{"a beta from GA: active", beta, "2027-01-15", Active},
		{"a beta with no GA date stays beta", openBeta, "2030-01-01", Beta},
		{"retired with no last day published", oldRetired, "2020-01-01", Retired},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.e.StatusOn(d(tc.on)); got != tc.want {
				t.Fatalf("%s on %s: %q, want %q", tc.e.Code, tc.on, got, tc.want)
			}
			if bookable := tc.want != Retired && tc.want != Scheduled; tc.e.BookableOn(d(tc.on)) != bookable {
				t.Fatalf("%s on %s: bookable %v, want %v", tc.e.Code, tc.on, !bookable, bookable)
			}
		})
	}
}

// TestCannotTakeNamesTheSuccessor: the one line a planner command prints.
func TestCannotTakeNamesTheSuccessor(t *testing.T) {
	c := mustLoad(t)
	dva, _ := c.Exam("DVA-C02")
	on, _ := ParseDate("2026-12-02")
	if got, want := c.CannotTake(dva, on), "DVA-C02 cannot be taken after 2026-11-30; plan DVA-C03 instead"; got != want {
		t.Fatalf("CannotTake = %q, want %q", got, want)
	}
	if got := c.CannotTake(dva, dva.LastDay); got != "" {
		t.Fatalf("on its last day: %q, want nothing", got)
	}
	next, _ := c.Exam("DVA-C03")
	if got := c.CannotTake(next, dva.LastDay); !strings.Contains(got, "cannot be taken before 2026-12-01") {
		t.Fatalf("DVA-C03 the day before it opens: %q", got)
	}
}

// TestCannotTakeSaysWhy covers the other reasons an exam cannot be sat.
func TestCannotTakeSaysWhy(t *testing.T) {
	c := mustLoad(t)
	on, _ := ParseDate("2026-12-02")
	saa, _ := c.Exam("SAA-C02")
	axs, _ := c.Exam("AXS-C01")
	unknown := &Exam{Code: "NEW-C01", Status: Scheduled}
	for _, tc := range []struct {
		e    *Exam
		want string
	}{
		{saa, "SAA-C02 is retired and can no longer be taken; plan SAA-C03 instead"},
		{axs, "AXS-C01 cannot be taken after 2021-03-22; it has no successor to plan"},
		{unknown, "NEW-C01 cannot be booked yet: AWS has not published its first day"},
	} {
		if got := c.CannotTake(tc.e, on); got != tc.want {
			t.Errorf("CannotTake(%s) = %q, want %q", tc.e.Code, got, tc.want)
		}
	}
}

// TestRetakeFrom: after a fail, an exam can be sat again once the rules'
// wait is over, and not at all when its last day comes first.
func TestRetakeFrom(t *testing.T) {
	c := mustLoad(t)
	wait := c.Rules().RetakeWaitDays
	dva, _ := c.Exam("DVA-C02")
	cases := []struct {
		name, code string
		failed     Date
		want       Date
	}{
		{"an exam with no last day", "SAA-C03", DateOf(2026, time.December, 1), DateOf(2026, time.December, 1).AddDays(wait)},
		{"the wait ends on the last day", "DVA-C02", dva.LastDay.AddDays(-wait), dva.LastDay},
		{"the wait ends after the last day", "DVA-C02", dva.LastDay.AddDays(1 - wait), 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.RetakeFrom(tc.code, tc.failed); got != tc.want {
				t.Errorf("RetakeFrom(%s, %s) = %s, want %s", tc.code, tc.failed, got, tc.want)
			}
		})
	}
}
