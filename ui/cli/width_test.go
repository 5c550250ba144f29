package cli

import (
	"strings"
	"testing"
)

// TestColumnKeepsTablesAligned: a name in any script fills exactly its
// column's cells, clipped with "…" when it needs more (QA: plans misaligned
// CJK and emoji names).
func TestColumnKeepsTablesAligned(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"latin, padded", "SAA-C03", "SAA-C03   "},
		{"latin, clipped", "Solutions Architect", "Solutions…"},
		{"chinese, two cells each", "建筑师", "建筑师    "},
		{"chinese, clipped on a whole character", "建筑师建筑师", "建筑师建… "},
		{"emoji with a joiner", "👩\u200d💻 go", "👩\u200d💻 go   "},
		{"accent as a combining mark", "Re\u0301sume\u0301", "Re\u0301sume\u0301    "},
	}
	for _, c := range cases {
		got := column(c.in, 10)
		if got != c.want {
			t.Errorf("%s: column(%q, 10) = %q, want %q", c.name, c.in, got, c.want)
		}
		if w := textWidth(got); w != 10 {
			t.Errorf("%s: %q takes %d cells, want 10", c.name, got, w)
		}
	}
}

// TestPlansAlignsNamesInAnyScript: in plans, the exam column starts at the
// same cell on the header and on a plan named in Chinese with an emoji.
func TestPlansAlignsNamesInAnyScript(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8", "--name", "建筑师 🚀 考试")
	lines := strings.Split(mustStore(t, dir, "plans"), "\n")
	header, row := lines[0], lines[1]
	at := func(line, what string) int { return textWidth(line[:strings.Index(line, what)]) }
	if h, r := at(header, "EXAM"), at(row, "SAA-C03"); h != r {
		t.Errorf("EXAM starts at cell %d, the plan's exam at %d:\n%s\n%s", h, r, header, row)
	}
}
