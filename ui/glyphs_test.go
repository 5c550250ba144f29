package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"
)

// TestScreensDrawOnlyGlyphsTheirFontHas: every string the desktop draws
// (each string literal in ui's code) uses only characters the bundled
// text font has. A character it lacks falls back to whatever fonts the
// learner's machine has, or to none: under Xvfb "→" drew as an arrow and
// two empty boxes beside each item a review revisits (QA).
func TestScreensDrawOnlyGlyphsTheirFontHas(t *testing.T) {
	font, err := sfnt.Parse(theme.TextFont().Content())
	if err != nil {
		t.Fatalf("parse the bundled text font: %v", err)
	}
	var buf sfnt.Buffer
	files, _ := filepath.Glob("*.go")
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		for _, lit := range stringLiterals(t, name) {
			for _, r := range lit.text {
				if i, err := font.GlyphIndex(&buf, r); err != nil || (i == 0 && r > 0x7f) {
					t.Errorf("%s:%d: %q draws %q, which the bundled font lacks", name, lit.line, lit.text, r)
				}
			}
		}
	}
}

// literal is a string literal of a file and its line.
type literal struct {
	text string
	line int
}

// stringLiterals lists the string literals in file name, comments aside.
func stringLiterals(t *testing.T, name string) []literal {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	var out []literal
	ast.Inspect(f, func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil {
				out = append(out, literal{s, fset.Position(b.Pos()).Line})
			}
		}
		return true
	})
	return out
}
