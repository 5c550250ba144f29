package export

import (
	"strings"
	"testing"

	"certplan/planner"
)

// FuzzICSText feeds any title, domain and certification name through the
// calendar writer: the file must parse with the tests' strict reader (CRLF,
// 75 octets, whole UTF-8 characters) and the texts must come back.
func FuzzICSText(f *testing.F) {
	for _, s := range []string{"", "plain", `a, b; c \ d`, "line\nbreak\r\nand\rmore", "Zoë Ångström – “q”",
		strings.Repeat("é", 80), strings.Repeat("語", 40) + "🚀", "\x00\x1b[31m", "bad \xff utf-8", " leading space"} {
		f.Add(s, s+" domain", s+" cert")
	}
	p, _ := saaPlan(f)
	f.Fuzz(func(t *testing.T, title, domain, cert string) {
		q := p
		q.Weeks = append(q.Weeks[:0:0], p.Weeks[0])
		q.Weeks[0].Sessions = append(q.Weeks[0].Sessions[:0:0], p.Weeks[0].Sessions[0])
		q.Weeks[0].Sessions[0].Title, q.Weeks[0].Sessions[0].Domain = title, domain
		s := q.Weeks[0].Sessions[0]
		cal := mustICS(t, q, Options{Held: []planner.HeldCertification{{Exam: "CLF-C02", Name: cert, Expiry: s.Date}}})
		e := sessionEvents(cal)[sessionUIDOf(q.Exam, s)]
		if e == nil {
			t.Fatal("the session's event is missing")
		}
		if got, want := mustText(t, e, "SUMMARY"), icsNorm(s.Topic+" "+title); got != want {
			t.Errorf("SUMMARY\n got %q\nwant %q", got, want)
		}
		if got := mustText(t, e, "DESCRIPTION"); !strings.Contains(got, icsNorm(domain)) {
			t.Errorf("DESCRIPTION %q lost the domain %q", got, icsNorm(domain))
		}
		if got := mustText(t, eventByUID(t, cal, "CLF-C02-expires@certplan"), "SUMMARY"); !strings.Contains(got, icsNorm(strings.TrimSpace(cert))) {
			t.Errorf("expiry SUMMARY %q lost the name %q", got, cert)
		}
	})
}

// icsNorm is what a TEXT value reads as after a round trip: escapeText
// without the escaping.
func icsNorm(s string) string {
	v, err := unescapeICS(escapeText(s))
	if err != nil {
		panic(err)
	}
	return v
}
