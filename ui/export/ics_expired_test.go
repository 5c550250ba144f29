package export

import (
	"reflect"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// expiredSAA is a certification that expired on 2024-06-15, before the
// saaPlan's start (2026-11-23), with the renewal start an export made
// while it was held gave it.
func expiredSAA(tb testing.TB) planner.HeldCertification {
	return planner.HeldCertification{Key: "SAA", Exam: "SAA-C02", Name: "AWS Certified Solutions Architect – Associate",
		Earned: date(tb, "2021-06-15"), Expiry: date(tb, "2024-06-15"), StudyFrom: date(tb, "2023-12-15"), RenewWith: "SAA-C03"}
}

// TestICSCancelsTheRenewalOfAnExpiredCertification: a certification that
// expired by the file's day (Options.Today, else the plan's start) can no
// longer be renewed, so its "start renewing" event goes out under the same
// UID as cancelled, for a calendar that imported it from an earlier
// export; its expiry event stays on its day saying it expired, with no
// reminders. On the day before its expiry it is still renewable.
func TestICSCancelsTheRenewalOfAnExpiredCertification(t *testing.T) {
	p, _ := saaPlan(t)
	for _, tc := range []struct {
		name  string
		today catalog.Date
	}{
		{"today given", date(t, "2026-12-03")},
		{"no today: the plan's start", 0},
		{"on its expiry day", date(t, "2024-06-15")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cal := mustICS(t, p, Options{Held: []planner.HeldCertification{expiredSAA(t)}, Today: tc.today})
			renew := eventByUID(t, cal, "SAA-C02-renew@certplan")
			wantAllDay(t, renew, "20231215")
			if renew.value("STATUS") != "CANCELLED" || len(renew.all("VALARM")) > 0 ||
				!strings.HasPrefix(mustText(t, renew, "SUMMARY"), "Expired - cannot be renewed: ") {
				t.Errorf("renewal of the expired SAA-C02: STATUS %q, %d reminders, SUMMARY %q; want CANCELLED, none, \"Expired - cannot be renewed: ...\"",
					renew.value("STATUS"), len(renew.all("VALARM")), mustText(t, renew, "SUMMARY"))
			}
			exp := eventByUID(t, cal, "SAA-C02-expires@certplan")
			wantAllDay(t, exp, "20240615")
			sum, desc := mustText(t, exp, "SUMMARY"), mustText(t, exp, "DESCRIPTION")
			want := "SAA-C02 expired on 2024-06-15 and can no longer be renewed: " + planner.EarnAgain + "."
			if exp.value("STATUS") != "" || !strings.HasSuffix(sum, " expired") || desc != want || len(exp.all("VALARM")) > 0 {
				t.Errorf("expiry of the expired SAA-C02: STATUS %q SUMMARY %q DESCRIPTION %q, %d reminders; want %q with none",
					exp.value("STATUS"), sum, desc, len(exp.all("VALARM")), want)
			}
		})
	}
	cal := mustICS(t, p, Options{Held: []planner.HeldCertification{expiredSAA(t)}, Today: date(t, "2024-06-14")})
	if renew := eventByUID(t, cal, "SAA-C02-renew@certplan"); renew.value("STATUS") != "" || len(renew.all("VALARM")) == 0 {
		t.Errorf("on its last valid day the renewal is STATUS %q with %d reminders, want a live reminder",
			renew.value("STATUS"), len(renew.all("VALARM")))
	}
}

// TestICSLeavesActiveCertificationsAsTheyWere: next to an expired one, the
// active certifications' renewal and expiry events are the same, property
// for property and reminder for reminder, as in an export without it.
func TestICSLeavesActiveCertificationsAsTheyWere(t *testing.T) {
	p, _ := saaPlan(t)
	today := date(t, "2026-12-03")
	before := mustICS(t, p, Options{Held: heldCerts(t), Today: today})
	after := mustICS(t, p, Options{Held: append(heldCerts(t), expiredSAA(t)), Today: today})
	for _, uid := range []string{"CLF-C02-renew@certplan", "CLF-C02-expires@certplan", "DVA-C02-renew@certplan", "DVA-C02-expires@certplan"} {
		b, a := eventByUID(t, before, uid), eventByUID(t, after, uid)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s changed next to an expired certification:\n got %+v\nwant %+v", uid, a, b)
		}
		if a.value("STATUS") != "" || len(a.all("VALARM")) == 0 {
			t.Errorf("%s: STATUS %q, %d reminders; want live with reminders", uid, a.value("STATUS"), len(a.all("VALARM")))
		}
	}
	if got := mustText(t, eventByUID(t, after, "DVA-C02-expires@certplan"), "SUMMARY"); !strings.HasSuffix(got, " expires") {
		t.Errorf("active DVA-C02's expiry SUMMARY %q, want \"... expires\"", got)
	}
}
