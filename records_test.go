package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A record is defined once, in the lowest package that owns its meaning
// (planner or catalog); storage and ui use it rather than declaring a struct
// of their own with the same fields. This file finds such mirrors.

// mirrorMinShared is how many fields two structs must share, by name and
// type, before one can count as a copy of the other.
const mirrorMinShared = 3

// mirrorShare is the part of the smaller struct's fields the two must share:
// a struct that repeats four fields in five of a record is that record again.
const mirrorShare = 0.8

// structShape is one struct type declared in our code: where, and its
// fields as "Name Type" with package qualifiers dropped (storage's
// catalog.Date and planner's Date are the same field).
type structShape struct {
	pkg, name string
	fields    []string
}

func (s structShape) String() string { return s.pkg + "." + s.name }

// parseShapes reads every struct type declared in the non-test Go files of
// the folders under root.
func parseShapes(t *testing.T, root string) []structShape {
	t.Helper()
	var out []structShape
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		out = append(out, shapesOf(filepath.ToSlash(filepath.Dir(path)), src)...)
		return nil
	})
	if err != nil {
		t.Fatalf("read the structs under %s: %v", root, err)
	}
	return out
}

// shapesOf lists the struct types declared at the top level of a file.
func shapesOf(pkg string, file *ast.File) []structShape {
	var out []structShape
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.TYPE {
			continue
		}
		for _, spec := range gen.Specs {
			ts := spec.(*ast.TypeSpec)
			if st, ok := ts.Type.(*ast.StructType); ok {
				out = append(out, structShape{pkg: pkg, name: ts.Name.Name, fields: fieldsOf(st)})
			}
		}
	}
	return out
}

// fieldsOf writes each field as "Name Type", an embedded one by its type.
func fieldsOf(st *ast.StructType) []string {
	var out []string
	for _, f := range st.Fields.List {
		typ := typeText(f.Type)
		if len(f.Names) == 0 {
			out = append(out, typ+" "+typ)
		}
		for _, n := range f.Names {
			out = append(out, n.Name+" "+typ)
		}
	}
	return out
}

// typeText writes a field's type without package qualifiers.
func typeText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.StarExpr:
		return "*" + typeText(e.X)
	case *ast.ArrayType:
		return "[]" + typeText(e.Elt)
	case *ast.MapType:
		return "map[" + typeText(e.Key) + "]" + typeText(e.Value)
	}
	return fmt.Sprintf("%T", e)
}

// mirrors reports each struct of copies that repeats a record of records,
// or a struct of copies in another package, field for field, as a sentence.
func mirrors(records, copies []structShape) []string {
	var out []string
	for i, c := range copies {
		for _, r := range append(records, copies[i+1:]...) {
			if r.pkg == c.pkg {
				continue
			}
			if shared, ok := mirrorOf(c, r); ok {
				out = append(out, fmt.Sprintf("%s repeats %s field for field (%s): use %s instead.",
					c, r, strings.Join(shared, ", "), r))
			} else if renamedMirror(c, r) {
				out = append(out, fmt.Sprintf("%s repeats %s under other field names (types %s): use %s instead.",
					c, r, strings.Join(typesOf(c), ", "), r))
			}
		}
	}
	return out
}

// mirrorOf reports whether c and r share enough fields for c to be a copy
// of r, and which fields they share.
func mirrorOf(c, r structShape) ([]string, bool) {
	var shared []string
	for _, f := range c.fields {
		if slices.Contains(r.fields, f) {
			shared = append(shared, strings.Fields(f)[0])
		}
	}
	smaller := min(len(c.fields), len(r.fields))
	return shared, len(shared) >= mirrorMinShared && float64(len(shared)) >= mirrorShare*float64(smaller)
}

// renamedMinFields is how many fields two structs must have before the
// same types under other names count as a copy: fewer are too common.
const renamedMinFields = 4

// renamedMirror reports whether c has exactly r's field types, one for
// one, under other names or in another order: a record copied and renamed
// ("Taken time.Time" for "Made time.Time"). A struct holding a function
// (a command, a menu entry) is behaviour, not a record, and is left out.
func renamedMirror(c, r structShape) bool {
	types := typesOf(c)
	return len(types) >= renamedMinFields && !slices.Contains(types, "*ast.FuncType") && slices.Equal(types, typesOf(r))
}

// typesOf lists a struct's field types, sorted.
func typesOf(s structShape) []string {
	out := make([]string, 0, len(s.fields))
	for _, f := range s.fields {
		out = append(out, f[strings.Index(f, " ")+1:])
	}
	slices.Sort(out)
	return out
}

// TestRecordsAreDefinedOnce fails when a struct in storage or ui mirrors a
// planner or catalog record, or one in another of their packages, so a new
// field is one edit, not one per layer.
func TestRecordsAreDefinedOnce(t *testing.T) {
	records := append(parseShapes(t, "planner"), parseShapes(t, "catalog")...)
	copies := append(parseShapes(t, "storage"), parseShapes(t, "ui")...)
	if len(records) < 10 || len(copies) < 10 {
		t.Fatalf("found %d records and %d structs to check; is the test running at the module root?",
			len(records), len(copies))
	}
	for _, m := range mirrors(records, copies) {
		t.Error(m)
	}
}

// TestMirrorsAreFound feeds the check made-up structs, so a check that
// silently stops matching is noticed.
func TestMirrorsAreFound(t *testing.T) {
	record := shapeOf(t, "planner", `type Held struct { Code string; Earned catalog.Date; Expiry catalog.Date; Name string; Level int }`)
	cases := []struct {
		name, src string
		want      bool
	}{
		{"the same fields", `type Cert struct { Code string; Earned catalog.Date; Expiry catalog.Date; Name string; Level int }`, true},
		{"four of five, with one of its own", `type Cert struct { Code string; Earned catalog.Date; Expiry catalog.Date; Name string; Extra bool }`, true},
		{"a subset", `type Cert struct { Code string; Earned catalog.Date; Expiry catalog.Date }`, true},
		{"the record itself, used", `type Row struct { Held planner.Held; ID int64; Note string }`, false},
		{"same names, other types", `type Cert struct { Code int; Earned string; Expiry string; Name string; Level int }`, false},
		{"two fields alike", `type Other struct { Code string; Earned catalog.Date; When int; Why string }`, false},
		{"renamed and reordered", `type Cert struct { Rank int; Title string; Key string; Until catalog.Date; Got catalog.Date }`, true},
		{"renamed, one field more", `type Cert struct { Rank int; Title string; Key string; Until catalog.Date; Got catalog.Date; Note string }`, false},
		{"renamed, other types", `type Cert struct { Rank int; Title string; Key string; Until string; Got catalog.Date }`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := mirrors([]structShape{record}, []structShape{shapeOf(t, "storage", c.src)})
			if (len(got) > 0) != c.want {
				t.Errorf("mirrors = %q, want a mirror reported: %v", got, c.want)
			}
		})
	}
}

// shapeOf parses one struct declaration as if it were in package pkg.
func shapeOf(t *testing.T, pkg, decl string) structShape {
	t.Helper()
	file, err := parser.ParseFile(token.NewFileSet(), "x.go", "package x\n"+decl, 0)
	if err != nil {
		t.Fatalf("parse %q: %v", decl, err)
	}
	shapes := shapesOf(pkg, file)
	if len(shapes) != 1 {
		t.Fatalf("parse %q: %d structs", decl, len(shapes))
	}
	return shapes[0]
}
