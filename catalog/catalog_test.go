package catalog

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// mustLoad returns the real embedded catalog and fails the test when it
// does not load.
func mustLoad(t testing.TB) *Catalog {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatalf("embedded catalog does not load: %v", err)
	}
	return c
}

// unknown stands for a fact the sheet leaves unpublished (nil in the catalog).
const unknown = -1

// examFact is one row of the fact sheet's catalog table (§1 of
// catalog-facts.md, catalog-facts.json), copied by hand.
type examFact struct {
	code     string
	level    Level
	status   Status
	lastDay  string
	minutes  int
	passing  int
	priceUSD int
}

// sheet lists all 26 exam codes of the fact sheet. Statuses map the sheet's
// words onto the catalog's: "active (retiring)" is Retiring, "retired
// (English)" is Retired; AIB-C01's "Business" category is treated as
// Foundational, as §3 of the sheet says.
var sheet = []examFact{
	{"CLF-C02", Foundational, Active, "", 90, 700, 100},
	{"CLF-C01", Foundational, Retired, "2023-09-18", 90, 700, 100},
	{"AIF-C01", Foundational, Active, "", 90, 700, 100},
	{"AIB-C01", Foundational, Beta, "", 170, 700, 50},
	{"SAA-C03", Associate, Active, "", 130, 720, 150},
	{"SAA-C02", Associate, Retired, "", 130, 720, 150},
	{"DVA-C02", Associate, Retiring, "2026-11-30", 130, 720, 150},
	{"DVA-C03", Associate, Scheduled, "", unknown, unknown, 150},
	{"SOA-C03", Associate, Active, "", 130, 720, 150},
	{"SOA-C02", Associate, Retired, "2025-09-29", 130, 720, 150},
	{"DEA-C01", Associate, Active, "", 130, 720, 150},
	{"MLA-C01", Associate, Retired, "2026-09-28", 130, 720, 150},
	{"MLA-C02", Associate, Beta, "", 170, unknown, 75},
	{"SAP-C02", Professional, Retired, "2026-11-16", 180, 750, 300},
	{"SAP-C03", Professional, Active, "", 180, unknown, 300},
	{"DOP-C02", Professional, Active, "", 180, 750, 300},
	{"AIP-C01", Professional, Active, "", 180, 750, 300},
	{"ANS-C01", Specialty, Retiring, "2026-12-31", 170, 750, 300},
	{"SCS-C03", Specialty, Active, "", 170, 750, 300},
	{"SCS-C02", Specialty, Retired, "2025-12-01", 170, 750, 300},
	{"MLS-C01", Specialty, Retired, "2026-03-31", 180, 750, 300},
	{"DBS-C01", Specialty, Retired, "2024-04-29", 180, 750, 300},
	{"DAS-C01", Specialty, Retired, "2024-04-08", 180, 750, 300},
	{"PAS-C01", Specialty, Retired, "", 170, 750, 300},
	{"BDS-C00", Specialty, Retired, "", unknown, unknown, unknown},
	{"AXS-C01", Specialty, Retired, "2021-03-22", 170, unknown, 300},
}

// TestEveryExamOfTheFactSheet checks the table row of every exam code.
func TestEveryExamOfTheFactSheet(t *testing.T) {
	c := mustLoad(t)
	if got := len(c.Exams()); got != len(sheet) {
		t.Errorf("catalog has %d exams, the fact sheet %d", got, len(sheet))
	}
	for _, f := range sheet {
		t.Run(f.code, func(t *testing.T) {
			e, ok := c.Exam(f.code)
			if !ok {
				t.Fatalf("%s is missing", f.code)
			}
			if e.Level != f.level || e.Status != f.status {
				t.Errorf("level, status = %s, %s; want %s, %s", e.Level, e.Status, f.level, f.status)
			}
			if got := e.LastDay.String(); got != f.lastDay {
				t.Errorf("last day = %q, want %q", got, f.lastDay)
			}
			checkInt(t, "minutes", e.Format.Minutes, f.minutes)
			checkInt(t, "passing score", e.Format.PassingScore, f.passing)
			checkInt(t, "price", e.Format.PriceUSD, f.priceUSD)
		})
	}
}

func checkInt(t *testing.T, what string, got *int, want int) {
	t.Helper()
	switch {
	case want == unknown && got != nil:
		t.Errorf("%s = %d, want unknown (nil)", what, *got)
	case want != unknown && got == nil:
		t.Errorf("%s is unknown, want %d", what, want)
	case want != unknown && *got != want:
		t.Errorf("%s = %d, want %d", what, *got, want)
	}
}

// examDetail is what the fact sheet says of one exam beyond the table row.
type examDetail struct {
	code        string
	available   string
	successor   string
	provisional string
	weights     []float64 // unknown weights as -1
	topicIDs    []string  // the first few topic IDs, in order
	synthetic   []string  // IDs of topics certplan made up for unpublished tasks
}

var details = []examDetail{
	{code: "CLF-C02", available: "2023-09-19", weights: []float64{24, 30, 34, 12},
		topicIDs: []string{"CLF-C02:1.1", "CLF-C02:1.2", "CLF-C02:1.3", "CLF-C02:1.4", "CLF-C02:2.1"}},
	{code: "SAA-C03", available: "2022-08-01", weights: []float64{30, 26, 24, 20},
		topicIDs: []string{"SAA-C03:1.1", "SAA-C03:1.2", "SAA-C03:1.3", "SAA-C03:2.1"}},
	{code: "DVA-C02", successor: "DVA-C03", weights: []float64{32, 26, 24, 18},
		topicIDs: []string{"DVA-C02:1.1", "DVA-C02:1.2", "DVA-C02:1.3", "DVA-C02:2.1"}},
	{code: "DVA-C03", available: "2026-12-01", weights: []float64{30, 26, 22, 22},
		topicIDs: []string{"DVA-C03:1.1", "DVA-C03:1.2", "DVA-C03:1.3", "DVA-C03:2.1", "DVA-C03:2.2", "DVA-C03:2.3",
			"DVA-C03:3.1", "DVA-C03:3.2", "DVA-C03:3.3", "DVA-C03:4.1", "DVA-C03:4.2", "DVA-C03:4.3"}},
	{code: "SAP-C03", available: "2026-11-17", provisional: "SAP-C02", weights: []float64{26, 29, 25, 20},
		topicIDs: []string{"SAP-C03:1.1", "SAP-C03:1.2", "SAP-C03:1.3", "SAP-C03:1.4", "SAP-C03:1.5", "SAP-C03:2.1"}},
	{code: "AXS-C01", weights: []float64{-1}, topicIDs: []string{"AXS-C01:1.1", "AXS-C01:1.2"}},
}

// TestExamDetails checks dates, successors, weights and topic IDs of six exams.
func TestExamDetails(t *testing.T) {
	c := mustLoad(t)
	for _, want := range details {
		t.Run(want.code, func(t *testing.T) {
			e, _ := c.Exam(want.code)
			if e == nil {
				t.Fatalf("%s is missing", want.code)
			}
			if e.AvailableFrom.String() != want.available || e.Successor != want.successor || e.ProvisionalFrom != want.provisional {
				t.Errorf("available, successor, provisional = %s, %q, %q; want %s, %q, %q",
					e.AvailableFrom, e.Successor, e.ProvisionalFrom, want.available, want.successor, want.provisional)
			}
			if got := weightsOf(e); !slices.Equal(got, want.weights) {
				t.Errorf("weights = %v, want %v", got, want.weights)
			}
			var ids, synthetic []string
			for _, tp := range e.Topics() {
				ids = append(ids, tp.ID)
				if tp.Synthetic {
					synthetic = append(synthetic, tp.ID)
				}
			}
			if len(ids) < len(want.topicIDs) || !slices.Equal(ids[:len(want.topicIDs)], want.topicIDs) {
				t.Errorf("topic IDs = %v, want them to start %v", ids, want.topicIDs)
			}
			if !slices.Equal(synthetic, want.synthetic) {
				t.Errorf("synthetic topics = %v, want %v", synthetic, want.synthetic)
			}
		})
	}
}

func weightsOf(e *Exam) []float64 {
	var out []float64
	for _, d := range e.Domains {
		w := -1.0
		if d.Weight != nil {
			w = *d.Weight
		}
		out = append(out, w)
	}
	return out
}

// TestProvisionalAndUnknownAreSaidSo checks that borrowed and unpublished facts are marked, not invented.
func TestProvisionalAndUnknownAreSaidSo(t *testing.T) {
	c := mustLoad(t)
	sap, _ := c.Exam("SAP-C03")
	if !sap.Provisional() || !sap.WeightsPublished() {
		t.Errorf("SAP-C03: provisional %v, weights published %v; want the borrowed SAP-C02 domains, marked provisional",
			sap.Provisional(), sap.WeightsPublished())
	}
	axs, _ := c.Exam("AXS-C01")
	if axs.WeightsPublished() {
		t.Error("AXS-C01's only domain weight is unknown, yet WeightsPublished says true")
	}
	if got := axs.DomainShares(); len(got) != 1 || got[0] != 1 {
		t.Errorf("AXS-C01 domain shares = %v, want [1]: the one domain takes the whole exam", got)
	}
	dva3, _ := c.Exam("DVA-C03")
	if dva3.Format.Minutes != nil || dva3.Format.Questions != nil {
		t.Error("DVA-C03's minutes and questions are unpublished and must stay nil")
	}
}

// TestWeightsAndShares checks that published weights sum to 100 and shares to 1.
func TestWeightsAndShares(t *testing.T) {
	c := mustLoad(t)
	for _, e := range c.Exams() {
		if e.WeightsPublished() {
			sum := 0.0
			for _, d := range e.Domains {
				sum += *d.Weight
			}
			if math.Abs(sum-100) > 1e-9 {
				t.Errorf("%s: domain weights sum to %g, want 100", e.Code, sum)
			}
		}
		total := 0.0
		for _, s := range e.DomainShares() {
			total += s
		}
		if math.Abs(total-1) > 1e-9 {
			t.Errorf("%s: domain shares sum to %g, want 1", e.Code, total)
		}
		for _, d := range e.Domains {
			shares := 0.0
			for _, tp := range d.Topics {
				shares += tp.Share
			}
			if math.Abs(shares-1) > 1e-9 {
				t.Errorf("%s domain %d: topic shares sum to %g, want 1", e.Code, d.Number, shares)
			}
		}
	}
}

// TestTopicIDsAreUniqueAndWellFormed checks every topic ID is CODE:N.M, unique, in its domain.
func TestTopicIDsAreUniqueAndWellFormed(t *testing.T) {
	c := mustLoad(t)
	pattern := regexp.MustCompile(`^([A-Z]{3}-C0[0-9]):([1-9][0-9]*)\.([1-9][0-9]*|x)$`)
	seen := map[string]bool{}
	for _, e := range c.Exams() {
		for _, d := range e.Domains {
			for _, tp := range d.Topics {
				m := pattern.FindStringSubmatch(tp.ID)
				switch {
				case m == nil:
					t.Errorf("%s: topic ID %q is not CODE:N.M", e.Code, tp.ID)
				case m[1] != e.Code || m[2] != strconv.Itoa(d.Number) || tp.Domain != d.Number:
					t.Errorf("%s: topic %q sits in domain %d", e.Code, tp.ID, d.Number)
				case (m[3] == "x") != tp.Synthetic:
					t.Errorf("%s: topic %q: synthetic %v, but only made-up topics end in .x", e.Code, tp.ID, tp.Synthetic)
				case tp.ID != e.Code+":"+tp.Number:
					t.Errorf("%s: topic %q has number %q", e.Code, tp.ID, tp.Number)
				}
				if seen[tp.ID] {
					t.Errorf("topic ID %s appears twice", tp.ID)
				}
				seen[tp.ID] = true
				if len(tp.Tags) == 0 || strings.TrimSpace(tp.Title) == "" {
					t.Errorf("%s needs a title and skill tags", tp.ID)
				}
			}
		}
	}
}

// TestCurrentVersion checks which version of a certification is bookable on a day.
func TestCurrentVersion(t *testing.T) {
	c := mustLoad(t)
	cases := []struct {
		name, key string
		on        Date
		want      string
	}{
		{"DVA-C02 on its last day", "DVA", DateOf(2026, time.November, 30), "DVA-C02"},
		{"DVA-C03 from the day after", "DVA", DateOf(2026, time.December, 1), "DVA-C03"},
		{"SAP-C03 from its first day", "SAP", DateOf(2026, time.November, 17), "SAP-C03"},
		// Status from the dates (issue 11): the last day is still a day to sit it.
		{"SAP-C02 on its last day", "SAP", DateOf(2026, time.November, 16), "SAP-C02"},
		{"SAA-C03 today", "saa", DateOf(2026, time.November, 23), "SAA-C03"},
		{"ANS-C01 after its last day: none", "ANS", DateOf(2027, time.January, 1), ""},
		{"unknown family", "XYZ", DateOf(2026, time.November, 23), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if e := c.Current(tc.key, tc.on); e != nil {
				got = e.Code
			}
			if got != tc.want {
				t.Errorf("Current(%q, %s) = %q, want %q", tc.key, tc.on, got, tc.want)
			}
		})
	}
}

// TestRenews checks the renewal map, hierarchy included.
func TestRenews(t *testing.T) {
	c := mustLoad(t)
	cases := []struct {
		code         string
		want, absent []string
	}{
		{"SAP-C03", []string{"SAP", "SAA", "CLF"}, []string{"DVA", "SCS"}},
		{"DOP-C02", []string{"DOP", "DVA", "SOA", "CLF"}, []string{"SAA"}},
		{"SAA-C03", []string{"SAA", "CLF"}, []string{"AIF", "SAP"}},
		{"SCS-C03", []string{"SCS"}, []string{"CLF", "SAA"}},
	}
	for _, tc := range cases {
		t.Run(tc.code, func(t *testing.T) {
			got := c.Renews(tc.code)
			for _, k := range tc.want {
				if !slices.Contains(got, k) {
					t.Errorf("Renews(%s) = %v, want it to include %s", tc.code, got, k)
				}
			}
			for _, k := range tc.absent {
				if slices.Contains(got, k) {
					t.Errorf("Renews(%s) = %v, must not include %s", tc.code, got, k)
				}
			}
		})
	}
	if got := c.Renews("NOPE-C01"); got != nil {
		t.Errorf("Renews of an unknown code = %v, want nil", got)
	}
}

// TestClosest checks the "did you mean" suggestions.
func TestClosest(t *testing.T) {
	c := mustLoad(t)
	cases := []struct{ in, first string }{{"SAA-C3", "SAA-C03"}, {"saa", "SAA-C02"}, {"dva-c04", "DVA-C02"}, {" clf-c02 ", "CLF-C02"}}
	for _, tc := range cases {
		got := c.Closest(tc.in, 3)
		if len(got) != 3 || got[0] != tc.first {
			t.Errorf("Closest(%q, 3) = %v, want three codes starting with %s", tc.in, got, tc.first)
		}
	}
}

// TestLookupIgnoresCaseAndSpace checks lookups by what a person types.
func TestLookupIgnoresCaseAndSpace(t *testing.T) {
	c := mustLoad(t)
	if e, ok := c.Exam("  saa-c03 "); !ok || e.Code != "SAA-C03" {
		t.Errorf("Exam(\"  saa-c03 \") = %v, %v", e, ok)
	}
	if f := c.CertificationOf("dva-c03"); f == nil || f.Key != "DVA" || !slices.Equal(f.Versions, []string{"DVA-C02", "DVA-C03"}) {
		t.Errorf("CertificationOf(dva-c03) = %+v, want DVA with both versions", f)
	}
}
