package planner_test

import (
	"reflect"
	"testing"

	"certplan/planner"
)

// TestCloneSharesNoSlice: every slice reachable in a clone of a plan with
// study items, warnings and time off has its own backing array, and the
// clone is equal to the plan. A slice field added to a plan and left out
// of Clone fails here (the walk reaches every field by reflection).
func TestCloneSharesNoSlice(t *testing.T) {
	p := mustBuild(t, saa())
	p.Warnings, p.Changes = append(p.Warnings, "w"), append(p.Changes, "c")
	c := p.Clone()
	if !reflect.DeepEqual(p, c) {
		t.Fatal("the clone differs from the plan")
	}
	shared := sharedSlices(reflect.ValueOf(p), reflect.ValueOf(c), "Plan")
	if len(shared) > 0 {
		t.Fatalf("the clone shares %d slices with the plan: %v", len(shared), shared)
	}
	if sessions := countSessions(p); sessions == 0 {
		t.Fatal("the test needs a plan with sessions")
	}
}

// sharedSlices lists the paths of the non-empty slices a and b share.
func sharedSlices(a, b reflect.Value, path string) []string {
	var out []string
	switch a.Kind() {
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			out = append(out, path)
		}
		for i := 0; i < a.Len(); i++ {
			out = append(out, sharedSlices(a.Index(i), b.Index(i), path+"[]")...)
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			out = append(out, sharedSlices(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name)...)
		}
	case reflect.Map, reflect.Pointer:
		if !a.IsNil() && a.UnsafePointer() == b.UnsafePointer() {
			out = append(out, path)
		}
	}
	return out
}

func countSessions(p planner.Plan) int {
	n := 0
	for _, w := range p.Weeks {
		n += len(w.Sessions)
	}
	return n
}
