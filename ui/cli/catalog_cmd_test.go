package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// shownExam is the part of an exam in `catalog --json` that the test checks.
type shownExam struct {
	Code    string          `json:"code"`
	Level   string          `json:"level"`
	Status  string          `json:"status"`
	LastDay *string         `json:"last_day"`
	Format  map[string]*int `json:"format"`
	Domains []struct {
		Weight *float64 `json:"weight"`
	} `json:"domains"`
}

// domainWeights lists the exam's own domain weights.
func (x shownExam) domainWeights() []*float64 {
	out := []*float64{}
	for _, d := range x.Domains {
		out = append(out, d.Weight)
	}
	return out
}

// rawExam is the part of an exam's source file (catalog/data/exams) that
// `catalog --json` must carry unchanged: what it shows, and where its
// domains are borrowed from.
type rawExam struct {
	shownExam
	DomainsFrom *string `json:"domains_from"`
}

// readRawExams reads the catalog's source files, keyed by code.
func readRawExams(t *testing.T) map[string]rawExam {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "catalog", "data", "exams", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no exam files found: %v", err)
	}
	out := map[string]rawExam{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var x rawExam
		if err := json.Unmarshal(b, &x); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[x.Code] = x
	}
	return out
}

// weights lists an exam's domain weights, borrowed ones included.
func (x rawExam) weights(all map[string]rawExam) []*float64 {
	if x.DomainsFrom != nil {
		return all[*x.DomainsFrom].weights(all)
	}
	return x.domainWeights()
}

func TestCatalogJSONCarriesEveryExamAsInTheData(t *testing.T) {
	r := cliRun(t, "catalog", "--json")
	if r.status != exitOK {
		t.Fatalf("status %d, stderr %s", r.status, r.stderr)
	}
	var got struct {
		Exams          []shownExam       `json:"exams"`
		Certifications []json.RawMessage `json:"certifications"`
		Rules          map[string]any    `json:"rules"`
		Accreditations []json.RawMessage `json:"accreditations"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("catalog --json is not JSON: %v", err)
	}
	if len(got.Certifications) == 0 || len(got.Rules) == 0 || len(got.Accreditations) == 0 {
		t.Errorf("certifications %d, rules %d, accreditations %d: want all present",
			len(got.Certifications), len(got.Rules), len(got.Accreditations))
	}
	raw := readRawExams(t)
	if len(got.Exams) != len(raw) {
		t.Errorf("catalog --json has %d exams, the data %d", len(got.Exams), len(raw))
	}
	seen := map[string]bool{}
	for _, x := range got.Exams {
		seen[x.Code] = true
		checkShownExam(t, x, raw)
	}
	for code := range raw {
		if !seen[code] {
			t.Errorf("catalog --json lacks %s", code)
		}
	}
}

func checkShownExam(t *testing.T, x shownExam, raw map[string]rawExam) {
	t.Helper()
	want, ok := raw[x.Code]
	if !ok {
		t.Errorf("catalog --json has %s, which is not in the data", x.Code)
		return
	}
	if x.Level != want.Level || x.Status != want.Status {
		t.Errorf("%s: level %s status %s, want %s %s", x.Code, x.Level, x.Status, want.Level, want.Status)
	}
	if !reflect.DeepEqual(x.LastDay, want.LastDay) {
		t.Errorf("%s: last_day %v, want %v", x.Code, deref(x.LastDay), deref(want.LastDay))
	}
	if !reflect.DeepEqual(x.Format, want.Format) {
		t.Errorf("%s: format %v, want %v", x.Code, x.Format, want.Format)
	}
	if !reflect.DeepEqual(x.domainWeights(), want.weights(raw)) {
		t.Errorf("%s: domain weights differ from the data", x.Code)
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestCatalogListGroupsByLevel(t *testing.T) {
	r := cliRun(t, "catalog")
	if r.status != exitOK {
		t.Fatalf("status %d, stderr %s", r.status, r.stderr)
	}
	levels := []string{"Foundational\n", "Associate\n", "Professional\n", "Specialty\n"}
	last := -1
	for _, l := range levels {
		i := strings.Index(r.stdout, l)
		if i <= last {
			t.Errorf("heading %q missing or out of order", strings.TrimSpace(l))
		}
		last = i
	}
	for _, want := range []string{"SAA-C03", "retiring 2026-12-31", "not published", "US$150", "130 minutes", "passing score 720"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("catalog list lacks %q", want)
		}
	}
	wantShortLines(t, r.stdout)
}

func TestCatalogShow(t *testing.T) {
	r := cliRun(t, "catalog", "show", "saa-c03")
	if r.status != exitOK {
		t.Fatalf("status %d, stderr %s", r.status, r.stderr)
	}
	for _, want := range []string{"SAA-C03", "Design Secure Architectures (30 %)",
		"Design secure access to AWS resources.", "iam", "Study hours:", "Renewed by:", "Passing renews:", "Replaces:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("catalog show lacks %q", want)
		}
	}
	wantShortLines(t, r.stdout)
}

func TestCatalogShowJSONIsTheExam(t *testing.T) {
	r := cliRun(t, "catalog", "--json", "show", "SAP-C03")
	var x map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &x); err != nil || r.status != exitOK {
		t.Fatalf("status %d, not JSON: %v", r.status, err)
	}
	if x["code"] != "SAP-C03" || x["provisional_from"] != "SAP-C02" {
		t.Errorf("code %v provisional_from %v, want SAP-C03 and SAP-C02", x["code"], x["provisional_from"])
	}
}

func TestCatalogBadInput(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		names string
	}{
		{"unknown code", []string{"catalog", "show", "SAA-C09"}, "SAA-C09"},
		{"no code", []string{"catalog", "show"}, "show"},
		{"two codes", []string{"catalog", "show", "SAA-C03", "CLF-C02"}, "show"},
		{"stray word", []string{"catalog", "list"}, `"list"`},
		{"value on a switch", []string{"catalog", "--json=maybe"}, "--json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantBadInput(t, cliRun(t, c.args...), c.names) })
	}
}

// wantShortLines fails when a line of text output is wider than 100 columns.
func wantShortLines(t *testing.T, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		if n := len([]rune(line)); n > 100 {
			t.Errorf("line of %d columns: %q", n, line)
		}
	}
}
