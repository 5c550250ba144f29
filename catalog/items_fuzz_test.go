package catalog

import (
	"os"
	"testing"
	"testing/fstest"
)

// FuzzItemsFile feeds any bytes as SAA-C03's items file: decoding either
// fails with an error or gives items that pass their checks. One catalog is
// loaded once; each input is attached to it afresh.
func FuzzItemsFile(f *testing.F) {
	seed, err := os.ReadFile("catalogtest/testdata/items/SAA-C03.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"exam":"SAA-C03","published":false,"guide":"","source":"","note":"","resources":[],"service_groups":[],"tasks":[]}`))
	f.Add([]byte(`{"exam":"SAA-C03","published":true,"tasks":[{"task":"1.1","items":[{"n":1,"kind":"skill","text":"x"}]}]}`))
	f.Add([]byte(`{`))
	c, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := c.attachItems(fstest.MapFS{"items/SAA-C03.json": {Data: data}}, "items"); err != nil {
			t.Fatal(err) // a file's content is checked on first use, not when attached
		}
		e, _ := c.Exam("SAA-C03")
		s, err := e.StudyItems()
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, task := range s.Tasks {
			for _, it := range task.Items {
				if seen[it.ID] || (it.Kind != Knowledge && it.Kind != Skill) || it.Text == "" {
					t.Fatalf("accepted a bad item %+v", it)
				}
				seen[it.ID] = true
			}
		}
	})
}
