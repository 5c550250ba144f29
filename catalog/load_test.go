package catalog

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"maps"
	"math"
	"strings"
	"testing"
	"testing/fstest"
)

// dataFS returns a writable copy of the embedded data directory, laid out
// under "data" like the original, so a test can break one file and load it.
func dataFS(t testing.TB) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(embedded, "data", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(embedded, name)
		out[name] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatalf("copy embedded data: %v", err)
	}
	return out
}

// editExam decodes one exam file into a generic value, lets edit change it
// and writes it back.
func editExam(t testing.TB, fsys fstest.MapFS, code string, edit func(exam map[string]any)) {
	t.Helper()
	name := "data/exams/" + code + ".json"
	var exam map[string]any
	if err := json.Unmarshal(fsys[name].Data, &exam); err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
	edit(exam)
	b, err := json.Marshal(exam)
	if err != nil {
		t.Fatalf("encode %s: %v", name, err)
	}
	fsys[name] = &fstest.MapFile{Data: b}
}

// domain returns domain i (0-based) of a generic exam value.
func domain(exam map[string]any, i int) map[string]any {
	return exam["domains"].([]any)[i].(map[string]any)
}

// TestCopiedDataLoads checks the copy the broken-data tests start from.
func TestCopiedDataLoads(t *testing.T) {
	c, err := LoadFS(dataFS(t), "data")
	if err != nil {
		t.Fatalf("the copied data does not load: %v", err)
	}
	if len(c.Exams()) != len(sheet) {
		t.Errorf("copied catalog has %d exams, want %d", len(c.Exams()), len(sheet))
	}
}

// TestBrokenDataIsRefused breaks one thing at a time and expects an error naming it.
func TestBrokenDataIsRefused(t *testing.T) {
	cases := []struct {
		name  string
		brk   func(t *testing.T, fsys fstest.MapFS)
		wants []string // every one must appear in the error
	}{
		{"weights summing to 99", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "SAA-C03", func(e map[string]any) { domain(e, 0)["weight"] = 29 })
		}, []string{"SAA-C03", "weights sum to 99"}},
		{"duplicate exam code in a second file", func(t *testing.T, fsys fstest.MapFS) {
			fsys["data/exams/SAA-C04.json"] = fsys["data/exams/SAA-C03.json"]
		}, []string{"SAA-C04.json", `"SAA-C03"`}},
		{"duplicate certification", func(t *testing.T, fsys fstest.MapFS) {
			var certs []any
			_ = json.Unmarshal(fsys["data/certifications.json"].Data, &certs)
			b, _ := json.Marshal(append(certs, certs[0]))
			fsys["data/certifications.json"] = &fstest.MapFile{Data: b}
		}, []string{"certification CLF appears twice"}},
		{"task 2.1 inside domain 1", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "SAA-C03", func(e map[string]any) {
				d1, d2 := domain(e, 0), domain(e, 1)
				tasks := d2["tasks"].([]any)
				d1["tasks"] = append(d1["tasks"].([]any), tasks[0])
				d2["tasks"] = tasks[1:]
			})
		}, []string{"SAA-C03", "task 2.1 sits in domain 1"}},
		{"a task listed twice", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "CLF-C02", func(e map[string]any) {
				d := domain(e, 0)
				d["tasks"] = append(d["tasks"].([]any), d["tasks"].([]any)[0])
			})
		}, []string{"CLF-C02", "topic CLF-C02:1.1 appears twice"}},
		{"unknown status", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "DVA-C02", func(e map[string]any) { e["status"] = "sunsetting" })
		}, []string{"DVA-C02", `unknown status "sunsetting"`}},
		{"unknown level", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "AIB-C01", func(e map[string]any) { e["level"] = "Business" })
		}, []string{"AIB-C01.json", `"Business"`}},
		{"unknown field", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "CLF-C02", func(e map[string]any) { e["pass_mark"] = 700 })
		}, []string{"CLF-C02.json", `unknown field "pass_mark"`}},
		{"impossible last day", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "DVA-C02", func(e map[string]any) { e["last_day"] = "2026-11-31" })
		}, []string{"DVA-C02.json", "last_day", "2026-11-31"}},
		{"retiring without a last day", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "DVA-C02", func(e map[string]any) { e["last_day"] = nil })
		}, []string{"DVA-C02", "retiring but has no last day"}},
		{"file name and code differ", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "SOA-C03", func(e map[string]any) { e["code"] = "SOA-C04" })
		}, []string{"SOA-C03.json", "SOA-C04"}},
		{"borrowing domains from an unknown exam", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "SAP-C03", func(e map[string]any) { e["domains_from"] = "SAP-C01" })
		}, []string{"SAP-C03", "SAP-C01"}},
		{"exam in no certification", func(t *testing.T, fsys fstest.MapFS) {
			editExam(t, fsys, "SAA-C03", func(e map[string]any) { e["certification"] = "XYZ" })
		}, []string{"SAA-C03", "says certification XYZ"}},
		{"no exam files", func(t *testing.T, fsys fstest.MapFS) {
			for name := range fsys {
				if strings.HasPrefix(name, "data/exams/") {
					delete(fsys, name)
				}
			}
		}, []string{"no exam files"}},
		{"missing rules", func(t *testing.T, fsys fstest.MapFS) { delete(fsys, "data/rules.json") }, []string{"rules.json"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fsys := dataFS(t)
			tc.brk(t, fsys)
			_, err := LoadFS(fsys, "data")
			if err == nil {
				t.Fatal("broken data loaded without an error")
			}
			for _, want := range tc.wants {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

// fuzzBase is a small sound catalog for FuzzLoadExam: the SAA family, whose
// SAA-C03 file the fuzzer replaces, and the SAP family with SAP-C02, so the
// fuzzed exam may borrow domains. Small, so each run is quick.
func fuzzBase(t testing.TB) fstest.MapFS {
	full := dataFS(t)
	out := fstest.MapFS{}
	for _, name := range []string{"rules.json", "study-hours.json", "accreditations.json", "exams/SAP-C02.json"} {
		out["data/"+name] = full["data/"+name]
	}
	certs := `[{"key":"SAA","name":"SAA","level":"Associate","versions":["SAA-C03"],"renewed_by":["SAA","SAP"]},
		{"key":"SAP","name":"SAP","level":"Professional","versions":["SAP-C02"],"renewed_by":["SAP"]}]`
	out["data/certifications.json"] = &fstest.MapFile{Data: []byte(certs)}
	return out
}

// FuzzLoadExam feeds arbitrary bytes as one exam file into an otherwise
// sound catalog: loading may refuse it but must never panic, and what it
// accepts must be a valid exam. The seeds are whole exam files, which the
// fuzzer is slow to minimise; add -fuzzminimizetime 200x to spend the time
// on new inputs instead.
func FuzzLoadExam(f *testing.F) {
	full, base := dataFS(f), fuzzBase(f)
	// Real exams of every shape, renamed into the SAA-C03 slot.
	for _, code := range []string{"SAA-C03", "DVA-C03", "SAP-C03", "AXS-C01"} {
		b := bytes.ReplaceAll(full["data/exams/"+code+".json"].Data, []byte(code), []byte("SAA-C03"))
		b = bytes.ReplaceAll(b, []byte(`"certification": "`+code[:3]+`"`), []byte(`"certification": "SAA"`))
		var compact bytes.Buffer
		if err := json.Compact(&compact, b); err != nil {
			f.Fatal(err)
		}
		f.Add(compact.Bytes())
	}
	f.Add([]byte(`{"code":"SAA-C03","certification":"SAA","level":"Associate","status":"active",
		"domains":[{"number":1,"weight":1e308,"tasks":[{"id":"1.1","share":2}]}]}`))
	f.Add([]byte(`{"code":"SAA-C03","domains_from":"SAA-C03"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, exam []byte) {
		fsys := maps.Clone(base)
		fsys["data/exams/SAA-C03.json"] = &fstest.MapFile{Data: exam}
		c, err := LoadFS(fsys, "data")
		if err != nil {
			return
		}
		e, ok := c.Exam("SAA-C03")
		if !ok || len(e.Topics()) == 0 {
			t.Fatalf("the catalog loaded without a plannable SAA-C03: %+v", e)
		}
		total := 0.0
		for _, s := range e.DomainShares() {
			total += s
		}
		if math.Abs(total-1) > 1e-6 {
			t.Fatalf("accepted an exam whose domain shares sum to %g", total)
		}
		_ = e.Tags()
	})
}
