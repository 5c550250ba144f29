package catalog

import (
	"errors"
	"fmt"
)

// validateItems checks an items file against its exam: the exam code, the
// sources, task numbers that exist, items numbered 1, 2, 3... with a valid
// kind and text, and services that the file lists in scope. A published set
// must give every task statement of the exam its items.
func validateItems(e *Exam, s *ItemSet) error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if s.Exam != e.Code {
		bad("holds items of %q, want %s", s.Exam, e.Code)
	}
	if !s.Published {
		if len(s.Tasks) > 0 {
			bad("is not published but lists tasks")
		}
		return errors.Join(errs...)
	}
	if s.Guide == "" || s.Source == "" {
		bad("published items need the guide version and the source")
	}
	errs = append(errs, validateResources(s.Resources)...)
	inScope := map[string]bool{}
	for _, g := range s.ServiceGroups {
		for _, name := range g.Services {
			inScope[name] = true
		}
	}
	return errors.Join(append(errs, validateTaskList(e, s.Tasks, inScope)...)...)
}

// validateTaskList checks the tasks are the exam's, each once, every one there.
func validateTaskList(e *Exam, list []TaskItems, inScope map[string]bool) []error {
	var errs []error
	tasks := map[string]bool{}
	for _, t := range e.Topics() {
		if !t.Synthetic {
			tasks[t.Number] = true
		}
	}
	seen := map[string]bool{}
	for _, t := range list {
		if !tasks[t.Task] {
			errs = append(errs, fmt.Errorf("task %s is not a task of %s", t.Task, e.Code))
		}
		if seen[t.Task] {
			errs = append(errs, fmt.Errorf("task %s appears twice", t.Task))
		}
		seen[t.Task] = true
		errs = append(errs, validateTaskItems(t, inScope)...)
	}
	for _, t := range e.Topics() {
		if !t.Synthetic && !seen[t.Number] {
			errs = append(errs, fmt.Errorf("task %s has no study items", t.Number))
		}
	}
	return errs
}

// validateTaskItems checks one task's items: numbering, kind, text, services.
func validateTaskItems(t TaskItems, inScope map[string]bool) []error {
	var errs []error
	if len(t.Items) == 0 {
		errs = append(errs, fmt.Errorf("task %s has no study items", t.Task))
	}
	for i, it := range t.Items {
		if it.N != i+1 {
			errs = append(errs, fmt.Errorf("item %d of task %s is numbered %d, want %d", i+1, t.Task, it.N, i+1))
		}
		if it.Kind != Knowledge && it.Kind != Skill {
			errs = append(errs, fmt.Errorf("item %s: kind %q is neither knowledge nor skill", it.ID, it.Kind))
		}
		if it.Text == "" {
			errs = append(errs, fmt.Errorf("item %s has no text", it.ID))
		}
		for _, name := range it.Services {
			if !inScope[name] {
				errs = append(errs, fmt.Errorf("item %s names service %q, which no service group lists", it.ID, name))
			}
		}
	}
	return errs
}

// validateResources checks each resource's kind and name.
func validateResources(rs []Resource) []error {
	var errs []error
	for _, r := range rs {
		switch r.Kind {
		case "guide", "practice", "prep-plan":
		default:
			errs = append(errs, fmt.Errorf("resource %q: kind %q is not guide, practice or prep-plan", r.Name, r.Kind))
		}
		if r.Name == "" {
			errs = append(errs, fmt.Errorf("a %s resource has no name", r.Kind))
		}
	}
	return errs
}
