package catalog

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed data
var embedded embed.FS

// examFile is the on-disk shape of one exam in data/exams/CODE.json.
type examFile struct {
	Exam
	AvailableFromRaw *string     `json:"available_from"`
	LastDayRaw       *string     `json:"last_day"`
	GARaw            *string     `json:"general_availability"`
	StudyHoursRaw    *float64    `json:"study_hours"`
	RationaleRaw     *string     `json:"study_hours_rationale"`
	DomainsFrom      *string     `json:"domains_from"`
	DomainsRaw       []domainRaw `json:"domains"`
}

type domainRaw struct {
	Number        int       `json:"number"`
	Name          string    `json:"name"`
	Weight        *float64  `json:"weight"`
	Tags          []string  `json:"tags"`
	Tasks         []taskRaw `json:"tasks"`
	TasksComplete *bool     `json:"tasks_complete"`
	// TasksNotCarried marks a domain whose task statements AWS published but
	// certplan does not carry: it is studied as a whole, and says why.
	TasksNotCarried bool `json:"tasks_not_carried"`
}

type taskRaw struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Tags  []string `json:"tags"`
	Share *float64 `json:"share"`
}

type levelHours struct {
	StudyHours float64 `json:"study_hours"`
	Rationale  string  `json:"rationale"`
}

// Load reads and validates the catalog embedded in the binary.
func Load() (*Catalog, error) { return LoadFS(embedded, "data") }

// LoadFS reads and validates a catalog laid out like the embedded one under
// dir of fsys: exams/*.json, certifications.json, accreditations.json,
// rules.json and study-hours.json. Tests use it to prove that broken data
// is refused.
func LoadFS(fsys fs.FS, dir string) (*Catalog, error) {
	c := &Catalog{byCode: map[string]*Exam{}, byCert: map[string]*Certification{}}
	var hours map[Level]levelHours
	steps := []struct {
		name string
		v    any
	}{{"rules.json", &c.rules}, {"study-hours.json", &hours}, {"certifications.json", &c.certs}, {"accreditations.json", &c.accreditations}}
	for _, s := range steps {
		if err := readJSON(fsys, path.Join(dir, s.name), s.v); err != nil {
			return nil, err
		}
	}
	if err := c.readExams(fsys, path.Join(dir, "exams"), hours); err != nil {
		return nil, err
	}
	if err := c.link(); err != nil {
		return nil, err
	}
	if err := c.attachItems(fsys, path.Join(dir, "items")); err != nil {
		return nil, err
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c, nil
}

func readJSON(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("catalog: read %s: %w", name, err)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("catalog: %s: %w", name, err)
	}
	return nil
}

func (c *Catalog) readExams(fsys fs.FS, dir string, hours map[Level]levelHours) error {
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil || len(names) == 0 {
		return fmt.Errorf("catalog: no exam files in %s", dir)
	}
	sort.Strings(names)
	for _, name := range names {
		var f examFile
		if err := readJSON(fsys, name, &f); err != nil {
			return err
		}
		e, err := f.toExam(hours)
		if err != nil {
			return fmt.Errorf("catalog: %s: %w", name, err)
		}
		if want := strings.TrimSuffix(path.Base(name), ".json"); e.Code != want {
			return fmt.Errorf("catalog: %s holds exam %q; the file name must match the code", name, e.Code)
		}
		if _, dup := c.byCode[e.Code]; dup {
			return fmt.Errorf("catalog: exam code %s appears twice", e.Code)
		}
		c.byCode[e.Code] = e
		c.exams = append(c.exams, e)
	}
	return nil
}

func (f *examFile) toExam(hours map[Level]levelHours) (*Exam, error) {
	e := f.Exam
	var err error
	if e.AvailableFrom, e.AvailableFromText, err = partialDate(f.AvailableFromRaw); err != nil {
		return nil, fmt.Errorf("available_from: %w", err)
	}
	if f.LastDayRaw != nil {
		if e.LastDay, err = ParseDate(*f.LastDayRaw); err != nil {
			return nil, fmt.Errorf("last_day: %w", err)
		}
	}
	if f.GARaw != nil {
		if e.GeneralAvailability, err = ParseDate(*f.GARaw); err != nil {
			return nil, fmt.Errorf("general_availability: %w", err)
		}
	}
	lh, ok := hours[e.Level]
	if !ok {
		return nil, fmt.Errorf("no study-hours estimate for level %q", e.Level)
	}
	e.StudyHours, e.StudyHoursRationale = lh.StudyHours, lh.Rationale
	if f.StudyHoursRaw != nil {
		e.StudyHours = *f.StudyHoursRaw
	}
	if f.RationaleRaw != nil {
		e.StudyHoursRationale = *f.RationaleRaw
	}
	if f.DomainsFrom != nil {
		e.ProvisionalFrom = *f.DomainsFrom
	}
	e.Domains = make([]Domain, 0, len(f.DomainsRaw))
	for _, d := range f.DomainsRaw {
		e.Domains = append(e.Domains, d.toDomain(e.Code))
	}
	return &e, nil
}

// partialDate reads YYYY-MM-DD or YYYY-MM (then the first of the month) and
// keeps the published text.
func partialDate(raw *string) (Date, string, error) {
	if raw == nil {
		return 0, "", nil
	}
	s := *raw
	if len(s) == len("2006-01") {
		d, err := ParseDate(s + "-01")
		return d, s, err
	}
	d, err := ParseDate(s)
	return d, s, err
}

func (d domainRaw) toDomain(code string) Domain {
	out := Domain{Number: d.Number, Name: d.Name, Weight: d.Weight}
	complete := d.TasksComplete == nil || *d.TasksComplete
	for _, t := range d.Tasks {
		out.Topics = append(out.Topics, Topic{ID: code + ":" + t.ID, Number: t.ID, Title: t.Title, Domain: d.Number, Tags: t.Tags})
		if t.Share != nil {
			out.Topics[len(out.Topics)-1].Share = *t.Share
		}
	}
	switch {
	case len(d.Tasks) == 0 && d.TasksNotCarried:
		out.Topics = []Topic{synthetic(code, d, "x", d.Name+" (task statements not carried by certplan)")}
	case len(d.Tasks) == 0:
		out.Topics = []Topic{synthetic(code, d, "x", d.Name+" (task statements not published)")}
	case !complete:
		out.Topics = append(out.Topics, synthetic(code, d, "x", fmt.Sprintf("Rest of domain %d: %s (task statements not published)", d.Number, d.Name)))
	}
	spreadShares(out.Topics)
	return out
}

func synthetic(code string, d domainRaw, suffix, title string) Topic {
	num := fmt.Sprintf("%d.%s", d.Number, suffix)
	return Topic{ID: code + ":" + num, Number: num, Title: title, Domain: d.Number, Tags: d.Tags, Synthetic: true}
}

// spreadShares gives topics without a share an even split of what is left.
func spreadShares(ts []Topic) {
	left, unset := 1.0, 0
	for _, t := range ts {
		if t.Share > 0 {
			left -= t.Share
		} else {
			unset++
		}
	}
	for i := range ts {
		if ts[i].Share == 0 && unset > 0 {
			ts[i].Share = left / float64(unset)
		}
	}
}

// LoadWithItems reads the embedded catalog with the study items of dir in
// items instead of the embedded ones. Tests and benchmarks use it with
// fixture items, so that refreshing the real items breaks no test.
func LoadWithItems(items fs.FS, dir string) (*Catalog, error) {
	c, err := Load()
	if err != nil {
		return nil, err
	}
	if err := c.attachItems(items, dir); err != nil {
		return nil, err
	}
	return c, nil
}
