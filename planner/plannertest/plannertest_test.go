package plannertest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// saa is a valid input: SAA-C03 over three months at ten hours a week.
func saa(tb testing.TB) planner.Input {
	start := catalogtest.Date(tb, "2026-11-23")
	return planner.Input{Exam: "SAA-C03", Start: start, ExamDate: start.AddDays(90), Hours: planner.Even(10)}
}

// TestMustBuildIsBuild: on a valid input MustBuild returns Build's plan.
func TestMustBuildIsBuild(t *testing.T) {
	c := catalogtest.Load(t)
	want, err := planner.Build(c, saa(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := MustBuild(t, c, saa(t)); !reflect.DeepEqual(got, want) {
		t.Error("MustBuild's plan differs from Build's")
	}
}

// failures is a testing.TB that keeps a failure's message instead of
// stopping the test.
type failures struct {
	testing.TB
	said []string
}

// Helper does nothing: failures has no call stack to mark.
func (f *failures) Helper() {}

// Fatalf keeps the message; the test goes on.
func (f *failures) Fatalf(format string, args ...any) {
	f.said = append(f.said, fmt.Sprintf(format, args...))
}

// TestMustBuildFailsTheTestNamingARefusedInput: an input the planner
// refuses fails the test once, with a message that names it.
func TestMustBuildFailsTheTestNamingARefusedInput(t *testing.T) {
	in := saa(t)
	in.Exam = "XYZ-C09"
	f := &failures{TB: t}
	MustBuild(f, catalogtest.Load(t), in)
	if len(f.said) != 1 || !strings.Contains(f.said[0], "XYZ-C09") {
		t.Errorf("MustBuild of an unknown exam failed the test with %q, want one message naming XYZ-C09", f.said)
	}
}

// TestShortfallCasesAreShortByTheirCauses: every case builds a plan short
// by exactly the causes it names, so the tests that word them test what
// they say.
func TestShortfallCasesAreShortByTheirCauses(t *testing.T) {
	c := catalogtest.Load(t)
	for _, sc := range ShortfallCases {
		t.Run(sc.Name, func(t *testing.T) {
			if p := sc.Build(t, c); p.Feasible {
				t.Errorf("%s: the plan fits", sc.Name)
			}
		})
	}
}

// TestShortfallCaseBuildFailsOnTheWrongCauses: a case whose plan is not
// short as it claims, or whose date does not parse, fails the test.
func TestShortfallCaseBuildFailsOnTheWrongCauses(t *testing.T) {
	c := catalogtest.Load(t)
	wrong := ShortfallCases[0]
	wrong.Gap = !wrong.Gap
	f := &failures{TB: t}
	wrong.Build(f, c)
	if len(f.said) != 1 || !strings.Contains(f.said[0], "gaps") {
		t.Errorf("a case claiming the wrong causes failed the test with %q, want one message naming the gaps", f.said)
	}
	bad := ShortfallCase{Name: "bad date", ExamDate: "2027-02-30", Hours: 10}
	f = &failures{TB: t}
	bad.Build(f, c)
	// failures goes on after Fatalf, so the planner's refusal of the zero
	// date follows; the first message must name the date.
	if len(f.said) == 0 || !strings.Contains(f.said[0], "2027-02-30") {
		t.Errorf("a case with a bad date failed the test with %q, want a first message naming it", f.said)
	}
}
