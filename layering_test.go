package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// layerModule is certplan's module path; packages under it are "ours".
const layerModule = "certplan"

// layerRanks orders certplan's layers: a package may import ours only from its
// own layer or a lower one, so arrows point ui -> storage -> planner -> catalog.
// A new top-level folder must be given a place here before it is imported.
var layerRanks = map[string]int{
	"catalog":   0,
	"resources": 0,
	"planner":   1,
	"storage":   2,
	"ui":        3,
	"":          4, // package main: wiring only
}

// layerPackage is the part of `go list -json` the layering rules read.
type layerPackage struct {
	ImportPath string
	Imports    []string
}

// layerGraph is every package `go list -deps` reports, by import path.
type layerGraph map[string]*layerPackage

// layerRule is one statement of the house layout that a package can break.
type layerRule struct {
	// says is the rule as a sentence, quoted in the failure.
	says string
	// appliesTo reports whether the rule constrains package pkg.
	appliesTo func(pkg string) bool
	// forbids reports whether pkg may not import imp.
	forbids func(pkg, imp string) bool
	// transitive makes the rule hold for every dependency, not only direct imports.
	transitive bool
}

var layerRules = []layerRule{
	{
		says:      "catalog holds the certification data and imports nothing of ours",
		appliesTo: under("catalog"),
		forbids:   func(_, imp string) bool { return isOurs(imp) && !under("catalog")(imp) },
	},
	{
		says:      "planner is pure scheduling maths and imports only catalog of ours",
		appliesTo: under("planner"),
		forbids: func(_, imp string) bool {
			return isOurs(imp) && !under("catalog")(imp) && !under("planner")(imp)
		},
	},
	{
		says:      "planner does no I/O: no files, processes, network, SQL or Fyne",
		appliesTo: under("planner"),
		forbids: func(_, imp string) bool {
			return imp == "os" || imp == "net" || imp == "io/ioutil" || imp == "syscall" ||
				strings.HasPrefix(imp, "os/") || strings.HasPrefix(imp, "net/") ||
				isSQL(imp) || isFyne(imp)
		},
	},
	{
		says:      "only storage talks to SQLite (database/sql and github.com/mattn/go-sqlite3)",
		appliesTo: func(pkg string) bool { return isOurs(pkg) && !under("storage")(pkg) },
		forbids:   func(_, imp string) bool { return isSQL(imp) },
	},
	{
		says:       "only ui and main build on Fyne; the layers below them must not need it",
		appliesTo:  func(pkg string) bool { return isOurs(pkg) && !under("ui")(pkg) && pkg != layerModule },
		forbids:    func(_, imp string) bool { return isFyne(imp) },
		transitive: true,
	},
	{
		says:       "ui/export and ui/cli build without Fyne, so they run and test anywhere",
		appliesTo:  func(pkg string) bool { return under("ui/export")(pkg) || under("ui/cli")(pkg) },
		forbids:    func(_, imp string) bool { return isFyne(imp) },
		transitive: true,
	},
	{
		says: "only package main imports fyne.io/fyne/v2/app, so every UI test runs on the headless test driver",
		// ui/bench/hello is the bare Fyne window certplan's launch time is
		// measured against: a program of its own, imported by nothing.
		appliesTo: func(pkg string) bool {
			return isOurs(pkg) && pkg != layerModule && pkg != layerModule+"/ui/bench/hello"
		},
		forbids: func(_, imp string) bool { return imp == "fyne.io/fyne/v2/app" },
	},
	{
		says:       "storage is below ui and depends on nothing in it",
		appliesTo:  under("storage"),
		forbids:    func(_, imp string) bool { return under("ui")(imp) },
		transitive: true,
	},
	{
		says: "the screens (ui) and the exporters (ui/export) never import storage: they use the planner's records " +
			"and service interfaces that main.go fills with *storage.DB",
		appliesTo: func(pkg string) bool {
			return pkg == layerModule+"/ui" || under("ui/export")(pkg)
		},
		forbids:    func(_, imp string) bool { return under("storage")(imp) },
		transitive: true,
	},
	{
		says:      "ui/uitest opens SQLite for the desktop's tests only: no package of ours imports it outside tests",
		appliesTo: func(pkg string) bool { return isOurs(pkg) && pkg != layerModule+"/ui/uitest" },
		forbids:   func(_, imp string) bool { return imp == layerModule+"/ui/uitest" },
	},
	{
		says:      "catalog/catalogtest and planner/plannertest are helpers for tests, as is ui/export/exporttest: no package of ours imports them outside tests",
		appliesTo: isOurs,
		forbids: func(_, imp string) bool {
			return imp == layerModule+"/catalog/catalogtest" || imp == layerModule+"/planner/plannertest" ||
				imp == layerModule+"/ui/export/exporttest"
		},
	},
	{
		says:      "imports of ours point down the layers ui -> storage -> planner -> catalog, never up",
		appliesTo: isOurs,
		forbids: func(pkg, imp string) bool {
			if !isOurs(imp) {
				return false
			}
			from, okFrom := layerRanks[layerOf(pkg)]
			to, okTo := layerRanks[layerOf(imp)]
			return !okFrom || !okTo || (to > from)
		},
	},
}

// under returns a test for packages in certplan's folder dir or below it.
func under(dir string) func(pkg string) bool {
	root := layerModule + "/" + dir
	return func(pkg string) bool { return pkg == root || strings.HasPrefix(pkg, root+"/") }
}

func isOurs(pkg string) bool {
	return pkg == layerModule || strings.HasPrefix(pkg, layerModule+"/")
}

func isFyne(pkg string) bool { return strings.HasPrefix(pkg, "fyne.io/") }

func isSQL(pkg string) bool {
	return pkg == "database/sql" || strings.HasPrefix(pkg, "database/sql/") ||
		pkg == "github.com/mattn/go-sqlite3" || strings.HasPrefix(pkg, "github.com/mattn/go-sqlite3/")
}

// layerOf names the top-level folder of our package pkg, "" for package main.
func layerOf(pkg string) string {
	rest := strings.TrimPrefix(strings.TrimPrefix(pkg, layerModule), "/")
	top, _, _ := strings.Cut(rest, "/")
	return top
}

// violations lists, one sentence each, every place where a package of ours
// breaks a layering rule.
func (g layerGraph) violations() []string {
	var out []string
	for _, pkg := range g.ours() {
		for _, r := range layerRules {
			if r.appliesTo(pkg) {
				out = append(out, g.check(pkg, r)...)
			}
		}
	}
	return out
}

// check reports pkg's direct imports that rule r forbids or, for a transitive
// rule, the first forbidden dependency along each import with the path to it.
func (g layerGraph) check(pkg string, r layerRule) []string {
	var out []string
	for _, imp := range g[pkg].Imports {
		if r.forbids(pkg, imp) {
			out = append(out, fmt.Sprintf("%s imports %s, but %s.", pkg, imp, r.says))
			continue
		}
		if !r.transitive {
			continue
		}
		if path := g.pathTo(imp, func(dep string) bool { return r.forbids(pkg, dep) }); path != nil {
			out = append(out, fmt.Sprintf("%s imports %s through %s, but %s.",
				pkg, path[len(path)-1], strings.Join(append([]string{pkg}, path...), " -> "), r.says))
		}
	}
	return out
}

// pathTo finds the shortest import chain from start to a package that
// matches, by breadth-first search; nil when there is none.
func (g layerGraph) pathTo(start string, match func(string) bool) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if match(p) {
			var path []string
			for ; p != ""; p = prev[p] {
				path = append(path, p)
			}
			slices.Reverse(path)
			return path
		}
		if g[p] == nil {
			continue
		}
		for _, imp := range g[p].Imports {
			if _, seen := prev[imp]; !seen {
				prev[imp] = p
				queue = append(queue, imp)
			}
		}
	}
	return nil
}

// ours lists our packages in import-path order.
func (g layerGraph) ours() []string {
	var out []string
	for p := range g {
		if isOurs(p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// loadLayerGraph reads the import graph of ./... from `go list -deps -json`.
func loadLayerGraph(t *testing.T) layerGraph {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-deps", "-json=ImportPath,Imports", "./...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps ./...: %v\n%s", err, stderr.String())
	}
	g := layerGraph{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p layerPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("read go list output: %v", err)
		}
		g[p.ImportPath] = &p
	}
	return g
}

// TestLayering holds the layout the house style draws: ui -> storage ->
// planner -> catalog, Fyne only in ui and main, SQLite only in storage.
func TestLayering(t *testing.T) {
	g := loadLayerGraph(t)
	for _, want := range []string{layerModule + "/catalog", layerModule + "/planner"} {
		if g[want] == nil {
			t.Fatalf("go list did not report %s; is the test running at the module root?", want)
		}
	}
	for _, v := range g.violations() {
		t.Error(v)
	}
}

// TestLayeringCatchesViolations feeds each rule a small made-up graph that
// breaks it, so a rule that silently stops matching is noticed.
func TestLayeringCatchesViolations(t *testing.T) {
	cases := []struct {
		name  string
		graph layerGraph
		want  string
	}{
		{"catalog imports planner",
			graphOf("certplan/catalog", "certplan/planner"),
			"certplan/catalog imports certplan/planner, but catalog holds the certification data"},
		{"planner imports storage",
			graphOf("certplan/planner/advisor", "certplan/storage"),
			"certplan/planner/advisor imports certplan/storage, but planner is pure scheduling maths"},
		{"planner opens files",
			graphOf("certplan/planner", "os"),
			"certplan/planner imports os, but planner does no I/O"},
		{"planner runs processes",
			graphOf("certplan/planner", "os/exec"),
			"certplan/planner imports os/exec, but planner does no I/O"},
		{"ui uses SQL",
			graphOf("certplan/ui", "database/sql"),
			"certplan/ui imports database/sql, but only storage talks to SQLite"},
		{"cli uses the SQLite driver",
			graphOf("certplan/ui/cli", "github.com/mattn/go-sqlite3"),
			"certplan/ui/cli imports github.com/mattn/go-sqlite3, but only storage talks to SQLite"},
		{"resources reaches Fyne",
			graphOf("certplan/resources", "fyne.io/fyne/v2"),
			"certplan/resources imports fyne.io/fyne/v2, but only ui and main build on Fyne"},
		{"cli reaches Fyne through ui",
			graphOf("certplan/ui/cli", "certplan/ui", "fyne.io/fyne/v2/widget", "fyne.io/fyne/v2"),
			"certplan/ui/cli imports fyne.io/fyne/v2/widget through certplan/ui/cli -> certplan/ui -> fyne.io/fyne/v2/widget, but ui/export and ui/cli build without Fyne"},
		{"ui starts the app driver",
			graphOf("certplan/ui", "fyne.io/fyne/v2/app"),
			"certplan/ui imports fyne.io/fyne/v2/app, but only package main imports fyne.io/fyne/v2/app"},
		{"storage reaches ui",
			graphOf("certplan/storage", "certplan/ui/export"),
			"certplan/storage imports certplan/ui/export, but storage is below ui"},
		{"storage imports upwards",
			graphOf("certplan/storage", "certplan/ui/export"),
			"certplan/storage imports certplan/ui/export, but imports of ours point down the layers"},
		{"a screen reaches storage",
			graphOf("certplan/ui", "certplan/storage"),
			"certplan/ui imports certplan/storage, but the screens (ui) and the exporters (ui/export) never import storage"},
		{"an exporter reaches storage through the command line",
			graphOf("certplan/ui/export", "certplan/ui/cli", "certplan/storage"),
			"certplan/ui/export imports certplan/storage through certplan/ui/export -> certplan/ui/cli -> certplan/storage, but the screens"},
		{"the app wires the test helper",
			graphOf("certplan", "certplan/ui/uitest"),
			"certplan imports certplan/ui/uitest, but ui/uitest opens SQLite for the desktop's tests only"},
		{"the exporter builds with the planner's test helper",
			graphOf("certplan/ui/export", "certplan/planner/plannertest"),
			"certplan/ui/export imports certplan/planner/plannertest, but catalog/catalogtest and planner/plannertest are helpers for tests"},
		{"the exporter saves with its tests' pipes and folders",
			graphOf("certplan/ui/export", "certplan/ui/export/exporttest"),
			"certplan/ui/export imports certplan/ui/export/exporttest, but catalog/catalogtest and planner/plannertest are helpers for tests, as is ui/export/exporttest"},
		{"the planner reads the fixture catalog",
			graphOf("certplan/planner", "certplan/catalog/catalogtest"),
			"certplan/planner imports certplan/catalog/catalogtest, but catalog/catalogtest and planner/plannertest are helpers for tests"},
		{"a folder in no layer",
			graphOf("certplan/ui", "certplan/shared"),
			"certplan/ui imports certplan/shared, but imports of ours point down the layers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.graph.violations()
			if !slices.ContainsFunc(got, func(v string) bool { return strings.HasPrefix(v, c.want) }) {
				t.Errorf("no violation starting %q; got:\n%s", c.want, strings.Join(got, "\n"))
			}
		})
	}
	if got := graphOf("certplan/ui/cli", "certplan/storage", "certplan/planner", "certplan/catalog").violations(); len(got) > 0 {
		t.Errorf("a chain that points down the layers was reported:\n%s", strings.Join(got, "\n"))
	}
}

// graphOf builds a graph where each package imports the next one.
func graphOf(chain ...string) layerGraph {
	g := layerGraph{}
	for i, p := range chain {
		g[p] = &layerPackage{ImportPath: p}
		if i+1 < len(chain) {
			g[p].Imports = []string{chain[i+1]}
		}
	}
	return g
}
