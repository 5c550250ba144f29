package catalog

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// ItemKind says whether a study item is something to know or something to do.
type ItemKind string

// The kinds of study item, as the exam guides split them.
const (
	Knowledge ItemKind = "knowledge"
	Skill     ItemKind = "skill"
)

// NotPublishedText is what a learner reads where an exam has no study items.
const NotPublishedText = "study items not published yet"

// NotCarriedText is what a learner reads where a retired exam has no study
// items: its guide had them, but certplan carries items only for exams that
// can still be booked.
const NotCarriedText = "study items not carried by certplan: the exam is retired, and it is kept for recording held certifications"

// NoItemsText says why exam e shows no study items: not carried for a
// retired exam, not published yet for the others.
func (e *Exam) NoItemsText() string {
	if e.Status == Retired {
		return NotCarriedText
	}
	return NotPublishedText
}

// StudyItem is one concept or practice a task statement tests, as the exam
// guide lists it ("Knowledge of" and "Skills in" bullets), in certplan's words.
type StudyItem struct {
	// ID is stable: exam code, task number and position, "SAA-C03:1.1.3".
	ID string `json:"id"`
	// N is the 1-based position within the task.
	N        int      `json:"n"`
	Kind     ItemKind `json:"kind"`
	Text     string   `json:"text"`
	Services []string `json:"services"`
}

// ServiceGroup is a group of in-scope AWS services as the guide groups them.
type ServiceGroup struct {
	Group    string   `json:"group"`
	Services []string `json:"services"`
}

// Resource is an official preparation resource named as AWS names it.
type Resource struct {
	// Kind is guide, practice or prep-plan.
	Kind  string `json:"kind"`
	Name  string `json:"name"`
	Where string `json:"where"`
}

// TaskItems is the study items of one task statement.
type TaskItems struct {
	Task  string      `json:"task"`
	Items []StudyItem `json:"items"`
}

// ItemSet is everything the exam guide of one exam lists to study: items per
// task, the in-scope services and the preparation resources. An exam without
// a file, or with Published false, plans from task titles only.
type ItemSet struct {
	Exam      string `json:"exam"`
	Published bool   `json:"published"`
	// Guide names the guide version the items come from.
	Guide string `json:"guide"`
	// Source says, in learner words, where the items come from.
	Source        string         `json:"source"`
	Note          string         `json:"note"`
	Resources     []Resource     `json:"resources"`
	ServiceGroups []ServiceGroup `json:"service_groups"`
	Tasks         []TaskItems    `json:"tasks"`
}

// Items returns the study items of task number task ("1.1"); nil when none.
func (s *ItemSet) Items(task string) []StudyItem {
	if s == nil {
		return nil
	}
	for _, t := range s.Tasks {
		if t.Task == task {
			return t.Items
		}
	}
	return nil
}

// Services returns every in-scope service, in the guide's group order.
func (s *ItemSet) Services() []string {
	if s == nil {
		return nil
	}
	var out []string
	for _, g := range s.ServiceGroups {
		out = append(out, g.Services...)
	}
	return out
}

// Count is the number of study items over all tasks.
func (s *ItemSet) Count() int {
	n := 0
	if s != nil {
		for _, t := range s.Tasks {
			n += len(t.Items)
		}
	}
	return n
}

// itemSource decodes one exam's items file the first time they are asked
// for, so that start-up does not pay for every exam's items.
type itemSource struct {
	once sync.Once
	fsys fs.FS
	name string // file path; empty when the exam has no items file
	set  *ItemSet
	err  error
}

// StudyItems returns the exam's study items, decoded on first use; an
// unpublished set (Published false) when the exam has none. The error says
// what is wrong with a broken items file.
func (e *Exam) StudyItems() (*ItemSet, error) {
	src := e.items
	if src == nil {
		return &ItemSet{Exam: e.Code}, nil
	}
	src.once.Do(func() { src.set, src.err = src.load(e) })
	return src.set, src.err
}

// ItemsOrNone is StudyItems for callers that show items when they are there:
// a broken file (refused by the catalog's tests) reads as unpublished.
func (e *Exam) ItemsOrNone() *ItemSet {
	s, err := e.StudyItems()
	if err != nil {
		return &ItemSet{Exam: e.Code}
	}
	return s
}

// Item returns the study item with the given ID ("SAA-C03:1.1.3").
func (e *Exam) Item(id string) (StudyItem, bool) {
	local, ok := strings.CutPrefix(id, e.Code+":")
	task, _, valid := SplitItemID(local)
	if !ok || !valid {
		return StudyItem{}, false
	}
	for _, it := range e.ItemsOrNone().Items(task) {
		if it.ID == id {
			return it, true
		}
	}
	return StudyItem{}, false
}

// SplitItemID splits "1.1.3" into the task "1.1" and the item number 3;
// ok is false for anything else (a task number alone included).
func SplitItemID(local string) (task string, n int, ok bool) {
	i := strings.LastIndexByte(local, '.')
	if i <= 0 || strings.Count(local, ".") != 2 {
		return "", 0, false
	}
	if _, err := fmt.Sscanf(local[i+1:], "%d", &n); err != nil || n < 1 || fmt.Sprint(n) != local[i+1:] {
		return "", 0, false
	}
	return local[:i], n, true
}

// load decodes and checks the items file against the exam's tasks.
func (src *itemSource) load(e *Exam) (*ItemSet, error) {
	var s ItemSet
	if err := readJSON(src.fsys, src.name, &s); err != nil {
		return nil, err
	}
	for ti := range s.Tasks {
		for ii := range s.Tasks[ti].Items {
			it := &s.Tasks[ti].Items[ii]
			it.ID = fmt.Sprintf("%s:%s.%d", e.Code, s.Tasks[ti].Task, it.N)
			if it.Services == nil {
				it.Services = []string{}
			}
		}
	}
	if err := validateItems(e, &s); err != nil {
		return nil, fmt.Errorf("catalog: %s: %w", src.name, err)
	}
	return &s, nil
}

// attachItems gives each exam the items file named after its code, if any.
// Nothing is decoded here.
func (c *Catalog) attachItems(fsys fs.FS, dir string) error {
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return fmt.Errorf("catalog: %s: %w", dir, err)
	}
	for _, e := range c.exams {
		e.items = &itemSource{fsys: fsys}
	}
	for _, name := range names {
		code := strings.TrimSuffix(path.Base(name), ".json")
		e, ok := c.byCode[code]
		if !ok {
			return fmt.Errorf("catalog: %s is named after no exam", name)
		}
		e.items.name = name
	}
	for _, e := range c.exams {
		if e.items.name == "" {
			e.items = nil
		}
	}
	return nil
}

// ValidateItems decodes every exam's items and lists every problem. Load
// does not (items are decoded on demand); the catalog's tests call it.
func (c *Catalog) ValidateItems() error {
	var errs []string
	for _, e := range c.exams {
		if _, err := e.StudyItems(); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

// ExamsByService returns the exams whose in-scope services or study items
// name the query ("Kinesis"), ignoring case, in catalog order.
func (c *Catalog) ExamsByService(query string) []*Exam {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	var out []*Exam
	for _, e := range c.Exams() {
		for _, s := range e.ItemsOrNone().Services() {
			if strings.Contains(strings.ToLower(s), q) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// Resources returns the exam's official preparation resources; nil when
// none are recorded.
func (e *Exam) Resources() []Resource { return e.ItemsOrNone().Resources }
