package cli

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// runScore stores one practice result and, once it is saved, says so in
// one line with the plan's readiness now.
func runScore(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	var s planner.Score
	dateVar(fs, &s.Date, "date", "the day you took the practice test, YYYY-MM-DD (default today)")
	var overall percentFlag
	fs.Var(&overall, "overall", "percent correct overall, 0 to 100 (required)")
	var domains domainScores
	fs.Var(&domains, "domain", "percent correct per exam domain, `N=P,...` such as 1=55,2=70")
	fs.StringVar(&s.Source, "source", "", "where the result came from, such as a practice-test maker")
	forTopic := fs.String("for", "", "the plan's practice `TOPIC` it is for (diagnostic, practice-1, ...): marks it done on --date too")
	id, err := planArg(fs, c, args)
	if err != nil {
		return err
	}
	if !overall.set {
		return badInput("score: --overall is needed: the percent correct, 0 to 100")
	}
	if s.Date.IsZero() {
		s.Date = e.today
	}
	if s.Date.After(e.today) {
		return badInput("score: --date %s is after today (%s): give the day you took the test", s.Date, e.today)
	}
	s.Overall, s.Domains = overall.p, domains.m
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		p, err := loadPlan(ctx, db, id, e.today)
		if err != nil {
			return err
		}
		saved, practice, err := addScore(ctx, db, p, s, *forTopic, e.today)
		if err != nil {
			return storeErr(err)
		}
		r, err := db.PlanReadiness(ctx, id, e.today)
		if err != nil {
			return storeErr(err)
		}
		_, err = fmt.Fprintln(e.stdout, scoreLine(id, saved.Score, r))
		if err == nil && practice != "" {
			_, err = fmt.Fprintln(e.stdout, practice)
		}
		return err
	})
}

// scoreLine confirms a logged result with the figures scores prints and
// the readiness it gives: "Logged 72.0 % for plan 1 on Mon 2026-11-23
// (D1 55 %, D2 70 %; Tutorials Dojo). Readiness: about 61 %, below your
// 80 % target."
func scoreLine(id int64, s planner.Score, r planner.Readiness) string {
	var detail []string
	for _, n := range slices.Sorted(maps.Keys(s.Domains)) {
		detail = append(detail, fmt.Sprintf("D%d %.0f %%", n, s.Domains[n]))
	}
	about := strings.Join(detail, ", ")
	if s.Source != "" {
		about = strings.TrimPrefix(about+"; "+s.Source, "; ")
	}
	if about != "" {
		about = " (" + about + ")"
	}
	return fmt.Sprintf("Logged %.1f %% for plan %d on %s%s. Readiness: %s.",
		s.Overall, id, dayDate(s.Date), about, r.OverallText())
}

// percentFlag is a percentage flag that knows whether it was given.
type percentFlag struct {
	p   float64
	set bool
}

// String is the flag default shown by --help: none.
func (v *percentFlag) String() string { return "" }

// Set reads a percentage, 0 to 100.
func (v *percentFlag) Set(s string) error {
	p, err := parsePercent(s)
	v.p, v.set = p, err == nil
	return err
}

func parsePercent(s string) (float64, error) {
	p, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(s), "%"), 64)
	if err != nil || math.IsNaN(p) || p < 0 || p > 100 {
		return 0, fmt.Errorf("%q is not a percentage: use 0 to 100", s)
	}
	return p, nil
}

// domainScores is --domain: 1=55,2=70.
type domainScores struct{ m map[int]float64 }

// String is the flag default shown by --help: none.
func (v *domainScores) String() string { return "" }

// Set reads N=P pairs; the exam's domains are checked when the plan is known.
func (v *domainScores) Set(s string) error {
	v.m = map[int]float64{}
	for _, pair := range strings.Split(s, ",") {
		num, pct, ok := strings.Cut(strings.TrimSpace(pair), "=")
		n, err := strconv.Atoi(strings.TrimSpace(num))
		if !ok || err != nil || n <= 0 {
			return fmt.Errorf("%q is not DOMAIN=PERCENT, such as 1=55", pair)
		}
		if _, dup := v.m[n]; dup {
			return fmt.Errorf("domain %d is given twice", n)
		}
		if v.m[n], err = parsePercent(pct); err != nil {
			return fmt.Errorf("domain %d: %w", n, err)
		}
	}
	return nil
}

// shownScores is `scores --json`.
type shownScores struct {
	Plan      int64             `json:"plan"`
	Scores    []shownScore      `json:"scores"`
	Readiness planner.Readiness `json:"readiness"`
	// Practice are the plan's practice topics a result can be logged for
	// (score --for), each with the day it is planned and whether it is done.
	Practice []planner.PracticeTopic `json:"practice"`
}

// shownScore is one logged result; domains maps domain numbers (as strings) to percent.
type shownScore struct {
	ID      int64              `json:"id"`
	Date    catalog.Date       `json:"date"`
	Overall float64            `json:"overall"`
	Domains map[string]float64 `json:"domains"`
	Source  string             `json:"source"`
}

// runScores lists a plan's results, oldest first, and its readiness today.
func runScores(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	asJSON := fs.Bool("json", false, "print the results and readiness as JSON")
	var target percentFlag
	fs.Var(&target, "target", "set the plan's readiness target, percent (default 80)")
	id, err := planArg(fs, c, args)
	if err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		if target.set {
			if err := db.SetReadinessTarget(ctx, id, target.p); err != nil {
				return storeErr(err)
			}
		}
		recs, err := db.Scores(ctx, id)
		if err != nil {
			return storeErr(err)
		}
		r, err := db.PlanReadiness(ctx, id, e.today)
		if err != nil {
			return storeErr(err)
		}
		p, err := loadPlan(ctx, db, id, e.today)
		if err != nil {
			return err
		}
		out := shownScores{Plan: id, Scores: []shownScore{}, Readiness: r, Practice: p.PracticeTopics()}
		for _, s := range recs {
			ds := map[string]float64{}
			for n, p := range s.Domains {
				ds[strconv.Itoa(n)] = p
			}
			out.Scores = append(out.Scores, shownScore{ID: s.ID, Date: s.Date, Overall: s.Overall, Domains: ds, Source: s.Source})
		}
		if *asJSON {
			return writeJSON(e.stdout, out)
		}
		_, err = fmt.Fprint(e.stdout, scoresText(out))
		return err
	})
}

// scoresText prints the results and the readiness per domain.
func scoresText(s shownScores) string {
	var b strings.Builder
	if len(s.Scores) == 0 {
		fmt.Fprintf(&b, "No practice results for plan %d yet: certplan score %d --overall P logs one.\n", s.Plan, s.Plan)
	}
	for _, x := range s.Scores {
		fmt.Fprintf(&b, "%s  %5.1f %%", x.Date, x.Overall)
		for _, n := range sortedDomainKeys(x.Domains) {
			fmt.Fprintf(&b, "  D%s %.0f %%", n, x.Domains[n])
		}
		if x.Source != "" {
			fmt.Fprintf(&b, "  (%s)", x.Source)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n" + readinessText(s.Readiness))
	return b.String()
}

func sortedDomainKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return cmp.Compare(x, y)
	})
	return keys
}

// readinessText says the overall estimate against the target and each domain's.
func readinessText(r planner.Readiness) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Readiness: %s.\n", r.OverallText())
	for _, d := range r.ByDomain {
		figure, marks := fmt.Sprintf("%.0f %%", d.Estimate), []string{}
		if d.FromOverall {
			figure = "about " + figure
		}
		if d.Estimate < r.Target {
			marks = append(marks, "below target")
		}
		if d.FromOverall {
			marks = append(marks, planner.FromOverallText)
		}
		line := fmt.Sprintf("  %d. %-60s %10s  %s", d.Number, clip(d.Name, 60), figure, strings.Join(marks, "; "))
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	if moves := r.MovesText(); moves != "" {
		b.WriteString(moves + "\n")
	}
	return b.String()
}
