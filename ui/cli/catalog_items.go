package cli

import (
	"fmt"
	"strings"

	"certplan/catalog"
)

// examJSON is what `catalog show CODE --json` prints: the exam's facts, its
// task statements with their study items, the in-scope services and the
// preparation resources.
type examJSON struct {
	*catalog.Exam
	ItemsPublished bool                   `json:"items_published"`
	ItemsNote      string                 `json:"items_note"`
	ItemsGuide     string                 `json:"items_guide"`
	ItemsSource    string                 `json:"items_source"`
	Tasks          []taskJSON             `json:"tasks"`
	Services       []catalog.ServiceGroup `json:"services"`
	Resources      []catalog.Resource     `json:"resources"`
}

// taskJSON is one task statement and its study items.
type taskJSON struct {
	ID     string              `json:"id"`
	Number string              `json:"number"`
	Title  string              `json:"title"`
	Items  []catalog.StudyItem `json:"items"`
}

// examWithItems pairs an exam with its study items for JSON.
func examWithItems(x *catalog.Exam) examJSON {
	s := x.ItemsOrNone()
	out := examJSON{Exam: x, ItemsPublished: s.Published, ItemsNote: itemsNote(x, s), ItemsGuide: s.Guide, ItemsSource: s.Source,
		Tasks: []taskJSON{}, Services: s.ServiceGroups, Resources: s.Resources}
	if out.Services == nil {
		out.Services = []catalog.ServiceGroup{}
	}
	if out.Resources == nil {
		out.Resources = []catalog.Resource{}
	}
	for _, t := range x.Topics() {
		items := s.Items(t.Number)
		if items == nil {
			items = []catalog.StudyItem{}
		}
		out.Tasks = append(out.Tasks, taskJSON{ID: t.ID, Number: t.Number, Title: t.Title, Items: items})
	}
	return out
}

// itemsNote is the learner's line about an exam's study items: the file's
// note, and why there are none ("study items not published yet", or not
// carried for a retired exam).
func itemsNote(x *catalog.Exam, s *catalog.ItemSet) string {
	if s.Published {
		return s.Note
	}
	if s.Note != "" {
		return x.NoItemsText() + ": " + s.Note
	}
	return x.NoItemsText()
}

// writeItems prints each task's study items, the in-scope services and the
// preparation resources.
func writeItems(b *strings.Builder, x *catalog.Exam) {
	s := x.ItemsOrNone()
	b.WriteString("\nStudy items\n")
	if !s.Published {
		note := itemsNote(x, s)
		writeWrapped(b, "  ", strings.ToUpper(note[:1])+note[1:]+".")
	} else {
		writeWrapped(b, "  ", "From "+s.Guide+"; "+s.Source+".")
		if s.Note != "" {
			writeWrapped(b, "  ", s.Note)
		}
	}
	for _, t := range x.Topics() {
		items := s.Items(t.Number)
		if len(items) == 0 {
			continue
		}
		writeWrapped(b, fmt.Sprintf("  %-5s ", t.Number), t.Title)
		for _, it := range items {
			writeWrapped(b, fmt.Sprintf("     %-9s ", t.Number+"."+fmt.Sprint(it.N)), itemLine(it))
		}
	}
	writeServices(b, s)
	writeResources(b, s.Resources)
}

// itemLine is one item as text: what it is, its kind and its services.
func itemLine(it catalog.StudyItem) string {
	text := it.Text + " (" + string(it.Kind) + ")"
	if len(it.Services) > 0 {
		text += " [" + strings.Join(it.Services, ", ") + "]"
	}
	return text
}

// writeServices prints the in-scope services by group.
func writeServices(b *strings.Builder, s *catalog.ItemSet) {
	if len(s.ServiceGroups) == 0 {
		return
	}
	b.WriteString("\nServices in scope\n")
	for _, g := range s.ServiceGroups {
		field(b, "  "+g.Group, strings.Join(g.Services, ", "))
	}
}

// writeResources prints the official preparation resources.
func writeResources(b *strings.Builder, rs []catalog.Resource) {
	if len(rs) == 0 {
		return
	}
	b.WriteString("\nPreparation resources\n")
	for _, r := range rs {
		writeWrapped(b, "  - ", r.Name+" ("+r.Where+")")
	}
}

// writeSearch prints the exams whose in-scope services match the query.
func writeSearch(e *env, query string, asJSON bool) error {
	found := e.cat.ExamsByService(query)
	if asJSON {
		codes := []string{}
		for _, x := range found {
			codes = append(codes, x.Code)
		}
		return writeJSON(e.stdout, map[string]any{"query": query, "exams": codes})
	}
	var b strings.Builder
	if len(found) == 0 {
		fmt.Fprintf(&b, "No exam with published study items lists a service matching %q.\n", query)
	}
	for _, x := range found {
		fmt.Fprintf(&b, "  %-8s %s\n", x.Code, x.Name)
		for _, name := range x.ItemsOrNone().Services() {
			if strings.Contains(strings.ToLower(name), strings.ToLower(strings.TrimSpace(query))) {
				fmt.Fprintf(&b, "  %-8s %s\n", "", name)
			}
		}
	}
	_, err := fmt.Fprint(e.stdout, b.String())
	return err
}
