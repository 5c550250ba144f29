package cli

import (
	"context"
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/storage"
)

func init() {
	register(&command{name: "today", usage: "today [ID]",
		summary: "one line on today's study, for a shell's login message", run: runToday})
}

// runToday prints one line naming today's study in plan ID, or in the
// plan last shown in the desktop app (else the newest). It exits 0 when
// there is no plan, since a login message must never fail.
func runToday(e *env, args []string) error {
	c := commands["today"]
	pos, err := parse(newFlags(e, c), args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return wantArgs(c, pos, 1)
	}
	var id int64
	if len(pos) == 1 {
		if id, err = idArg("plan", pos[0]); err != nil {
			return err
		}
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		line, err := todayLine(ctx, db, id, e.today)
		if err != nil {
			return storeErr(err)
		}
		_, err = fmt.Fprintln(e.stdout, line)
		return err
	})
}

// todayLine is the line for plan id (0: the desktop's last plan, else the
// newest) on day today.
func todayLine(ctx context.Context, db *storage.DB, id int64, today catalog.Date) (string, error) {
	if id == 0 {
		plans, err := db.Plans(ctx)
		if err != nil {
			return "", err
		}
		if len(plans) == 0 {
			return "certplan: no plan yet; certplan new --cert CODE makes one.", nil
		}
		id = plans[0].ID
		for _, p := range plans {
			if p.ID == db.DesktopState().LastPlan {
				id = p.ID
			}
		}
	}
	p, err := db.Plan(ctx, id)
	if err != nil {
		return "", err
	}
	return sessionsLine(p, today), nil
}

// sessionsLine names the sessions of plan p on today still to do.
func sessionsLine(p storage.Plan, today catalog.Date) string {
	var names []string
	var total float64
	for _, w := range p.Schedule.Weeks {
		for _, s := range w.Sessions {
			if s.Date == today && !p.Progress[s.Topic].Done {
				names = append(names, shortTopic(p.Exam, s.Topic)+" "+s.Title)
				total += s.Hours
			}
		}
	}
	if len(names) == 0 {
		return fmt.Sprintf("certplan: no %s study planned for today (plan %d).", p.Exam, p.ID)
	}
	return fmt.Sprintf("certplan: %s today, %s h: %s (certplan tick %d TOPIC when done).", p.Exam, hours(total),
		strings.Join(names, "; "), p.ID)
}
