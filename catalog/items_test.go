package catalog_test

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
)

func TestFixtureItemsLoadOnDemand(t *testing.T) {
	c := catalogtest.Load(t)
	e, _ := c.Exam("SAA-C03")
	s, err := e.StudyItems()
	if err != nil || !s.Published {
		t.Fatalf("SAA-C03 fixture items: %v (published %v)", err, s != nil && s.Published)
	}
	seen := map[string]bool{}
	for _, topic := range e.Topics() {
		items := s.Items(topic.Number)
		if len(items) == 0 {
			t.Errorf("task %s has no items", topic.Number)
		}
		for i, it := range items {
			if want := topic.ID + "." + itoa(i+1); it.ID != want {
				t.Errorf("item %d of %s has ID %q, want %q", i+1, topic.Number, it.ID, want)
			}
			if seen[it.ID] {
				t.Errorf("ID %s twice", it.ID)
			}
			seen[it.ID] = true
		}
	}
	if it, ok := e.Item("SAA-C03:1.1.3"); !ok || it.N != 3 {
		t.Errorf("Item(SAA-C03:1.1.3) = %+v, %v", it, ok)
	}
	if _, ok := e.Item("SAA-C03:1.1"); ok {
		t.Error("a task number is not an item")
	}
}

func TestExamWithoutItemsIsUnpublished(t *testing.T) {
	c := catalogtest.Load(t)
	for _, code := range []string{"CLF-C02", "DVA-C02"} { // a file saying unpublished, and no file
		e, _ := c.Exam(code)
		s, err := e.StudyItems()
		if err != nil || s.Published || s.Count() != 0 {
			t.Errorf("%s: items %+v, %v; want unpublished and none", code, s, err)
		}
	}
}

func TestSearchByService(t *testing.T) {
	c := catalogtest.Load(t)
	for _, q := range []string{"Kinesis", "kinesis data", " athena "} {
		got := c.ExamsByService(q)
		if len(got) != 1 || got[0].Code != "SAA-C03" {
			t.Errorf("ExamsByService(%q) = %v, want SAA-C03 only", q, codes(got))
		}
	}
	if got := c.ExamsByService("Quantum Ledger Teleporter"); len(got) != 0 {
		t.Errorf("an unknown service finds %v", codes(got))
	}
}

func TestSplitItemID(t *testing.T) {
	cases := []struct {
		in   string
		task string
		n    int
		ok   bool
	}{
		{"1.1.3", "1.1", 3, true},
		{"4.2.12", "4.2", 12, true},
		{"1.1", "", 0, false},
		{"1.1.0", "", 0, false},
		{"1.1.x", "", 0, false},
		{"1.1.03", "", 0, false},
		{"", "", 0, false},
	}
	for _, tc := range cases {
		task, n, ok := catalog.SplitItemID(tc.in)
		if task != tc.task || n != tc.n || ok != tc.ok {
			t.Errorf("SplitItemID(%q) = %q, %d, %v; want %q, %d, %v", tc.in, task, n, ok, tc.task, tc.n, tc.ok)
		}
	}
}

// TestBrokenItemsAreRefused breaks the fixture one way at a time.
func TestBrokenItemsAreRefused(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(s map[string]any)
		wants string
	}{
		{"duplicate number", func(s map[string]any) { item(s, 0, 1)["n"] = 1.0 }, "numbered 1, want 2"},
		{"unknown kind", func(s map[string]any) { item(s, 0, 0)["kind"] = "trivia" }, "neither knowledge nor skill"},
		{"unknown task", func(s map[string]any) { task(s, 0)["task"] = "9.9" }, "9.9 is not a task"},
		{"unlisted service", func(s map[string]any) { item(s, 0, 0)["services"] = []any{"Amazon Nothing"} }, "no service group lists"},
		{"no source", func(s map[string]any) { s["source"] = "" }, "guide version and the source"},
		{"a task left out", func(s map[string]any) { s["tasks"] = s["tasks"].([]any)[1:] }, "task 1.1 has no study items"},
		{"empty text", func(s map[string]any) { item(s, 0, 0)["text"] = "" }, "has no text"},
		{"bad resource", func(s map[string]any) { s["resources"] = []any{map[string]any{"kind": "video", "name": "x"}} }, "not guide, practice"},
		{"unpublished with tasks", func(s map[string]any) { s["published"] = false }, "not published but lists tasks"},
		{"wrong exam", func(s map[string]any) { s["exam"] = "SAA-C02" }, `items of "SAA-C02"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var s map[string]any
			if err := json.Unmarshal(fixtureBytes(t), &s); err != nil {
				t.Fatal(err)
			}
			tc.edit(s)
			b, _ := json.Marshal(s)
			c, err := catalog.LoadWithItems(fstest.MapFS{"items/SAA-C03.json": {Data: b}}, "items")
			if err != nil {
				t.Fatal(err)
			}
			e, _ := c.Exam("SAA-C03")
			if _, err := e.StudyItems(); err == nil || !strings.Contains(err.Error(), tc.wants) {
				t.Errorf("error %v, want one saying %q", err, tc.wants)
			}
			if err := c.ValidateItems(); err == nil {
				t.Error("ValidateItems accepts the broken file")
			}
		})
	}
}

func TestItemsFileNamedAfterNoExamIsRefused(t *testing.T) {
	_, err := catalog.LoadWithItems(fstest.MapFS{"items/XYZ-C09.json": {Data: []byte("{}")}}, "items")
	if err == nil || !strings.Contains(err.Error(), "named after no exam") {
		t.Errorf("error %v, want one naming the file", err)
	}
}

func fixtureBytes(t testing.TB) []byte {
	t.Helper()
	e, _ := catalogtest.Load(t).Exam("SAA-C03")
	s, err := e.StudyItems()
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func task(s map[string]any, i int) map[string]any { return s["tasks"].([]any)[i].(map[string]any) }

func item(s map[string]any, ti, ii int) map[string]any {
	return task(s, ti)["items"].([]any)[ii].(map[string]any)
}

func codes(es []*catalog.Exam) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Code)
	}
	return out
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
