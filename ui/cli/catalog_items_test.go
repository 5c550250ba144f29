package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
)

// withFixtureItems makes the commands of this test use the fixture catalog:
// SAA-C03 with made-up published items, CLF-C02 unpublished.
func withFixtureItems(t *testing.T) *catalog.Catalog {
	t.Helper()
	c := catalogtest.Load(t)
	loadCatalog = func() (*catalog.Catalog, error) { return c, nil }
	t.Cleanup(func() { loadCatalog = catalog.Load })
	return c
}

func TestCatalogShowJSONHasTaskItemsAndServices(t *testing.T) {
	c := withFixtureItems(t)
	r := cliRun(t, "catalog", "show", "SAA-C03", "--json")
	if r.status != exitOK {
		t.Fatalf("status %d: %s", r.status, r.stderr)
	}
	var got struct {
		Code           string `json:"code"`
		ItemsPublished bool   `json:"items_published"`
		Tasks          []struct {
			Number string `json:"number"`
			Items  []struct{ ID, Kind, Text string }
		} `json:"tasks"`
		Services []catalog.ServiceGroup `json:"services"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	e, _ := c.Exam("SAA-C03")
	want := e.ItemsOrNone()
	if got.Code != "SAA-C03" || !got.ItemsPublished {
		t.Errorf("JSON for %q, items published %v; want SAA-C03, published", got.Code, got.ItemsPublished)
	}
	if len(got.Tasks) != len(e.Topics()) {
		t.Fatalf("JSON has %d tasks, want the exam's %d", len(got.Tasks), len(e.Topics()))
	}
	if len(got.Services) != len(want.ServiceGroups) {
		t.Fatalf("JSON has %d service groups, want the exam's %d", len(got.Services), len(want.ServiceGroups))
	}
	for _, task := range got.Tasks {
		items := want.Items(task.Number)
		if len(task.Items) != len(items) || task.Items[0].ID != items[0].ID || task.Items[0].Text != items[0].Text {
			t.Errorf("task %s: %d items, want %d as in the catalog", task.Number, len(task.Items), len(items))
		}
	}
}

func TestCatalogShowTextListsItemsServicesResources(t *testing.T) {
	c := withFixtureItems(t)
	r := cliRun(t, "catalog", "show", "SAA-C03")
	e, _ := c.Exam("SAA-C03")
	s := e.ItemsOrNone()
	for _, want := range []string{"Study items", s.Items("1.1")[0].Text, "1.1.1", "Services in scope", s.Services()[0],
		"Preparation resources", s.Resources[0].Name} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("catalog show does not print %q", want)
		}
	}
	wantShortLines(t, r.stdout)
}

func TestCatalogShowSaysItemsNotPublished(t *testing.T) {
	withFixtureItems(t)
	for _, code := range []string{"CLF-C02", "DVA-C02"} {
		r := cliRun(t, "catalog", "show", code)
		if !strings.Contains(strings.ToLower(r.stdout), catalog.NotPublishedText) {
			t.Errorf("%s: catalog show does not say %q", code, catalog.NotPublishedText)
		}
		j := cliRun(t, "catalog", "show", code, "--json")
		if !strings.Contains(j.stdout, `"items_published": false`) || !strings.Contains(j.stdout, `"tasks": [`) {
			t.Errorf("%s: JSON lacks items_published false or tasks", code)
		}
	}
}

func TestCatalogSearchFindsExamsByService(t *testing.T) {
	withFixtureItems(t)
	r := cliRun(t, "catalog", "search", "Kinesis")
	if r.status != exitOK || !strings.Contains(r.stdout, "SAA-C03") || !strings.Contains(r.stdout, "Amazon Kinesis Data Streams") {
		t.Errorf("search Kinesis: status %d, output %q", r.status, r.stdout)
	}
	r = cliRun(t, "catalog", "search", "Teleporter")
	if r.status != exitOK || strings.Contains(r.stdout, "SAA-C03") || !strings.Contains(r.stdout, "No exam") {
		t.Errorf("search for an unknown service: %q", r.stdout)
	}
	j := cliRun(t, "catalog", "search", "kinesis", "--json")
	if !strings.Contains(j.stdout, `"SAA-C03"`) {
		t.Errorf("search --json: %q", j.stdout)
	}
}
