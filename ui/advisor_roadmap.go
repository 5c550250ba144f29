package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/advisor"
)

// showAdvice draws the advisor's answer.
func (s *advisorScreen) showAdvice(a advisor.Advice) {
	s.advice = a
	s.problem.Hide()
	if a.Next.Code == "" {
		s.next.SetText("Nothing to suggest for these answers.")
	} else {
		s.next.SetText(fmt.Sprintf("Next: %s  %s", a.Next.Code, a.Next.Name))
	}
	s.reasons.SetText(reasonsText(a.Next, s.profile.Goal))
	showIf(s.altsPart, a.Next.Code != "")
	showIf(s.roadmapPart, len(a.Roadmap) > 0)
	s.showAlternatives(a.Alternatives)
	s.showRoadmap(a.Roadmap)
	s.warnings.SetText(bullets(a.Warnings))
	setEnabled(s.planNext, a.Next.Code != "")
	setEnabled(s.planRoadmap, len(a.Roadmap) > 0)
	s.body.Refresh()
}

// noGoalNote is what the advice says first when the learner chose no goal:
// it follows the rest of the answers only.
const noGoalNote = "No goal chosen: this follows your role, focus and certifications only. " +
	"Choose a goal for a step toward it."

// reasonsText is the reasons for pick next, after noGoalNote when the
// learner chose no goal; none when there is nothing to suggest.
func reasonsText(next advisor.Pick, goal advisor.Goal) string {
	if next.Code == "" {
		return ""
	}
	text := bullets(next.Reasons)
	if goal == "" {
		text = strings.TrimSpace(noGoalNote + "\n" + text)
	}
	return text
}

// clearAdvice takes the advice away, as before the first answers, so no
// advice and no button to plan it stand under answers it does not fit.
func (s *advisorScreen) clearAdvice() {
	s.advice = advisor.Advice{}
	s.next.SetText(askAgain)
	s.reasons.SetText("")
	s.alts.RemoveAll()
	s.altsPart.Hide()
	s.roadmapPart.Hide()
	s.timeline.set(nil)
	s.summary.SetText("")
	s.warnings.SetText("")
	s.planNext.Disable()
	s.planRoadmap.Disable()
	s.body.Refresh()
}

// maxShownAlternatives is how many alternatives the screen shows.
const maxShownAlternatives = 2

// showAlternatives lists one or two alternatives and what each leads to.
func (s *advisorScreen) showAlternatives(alts []advisor.Pick) {
	s.alts.Objects = nil
	for i, p := range alts {
		if i == maxShownAlternatives {
			break
		}
		leads := "Leads to nothing further for these answers."
		if len(p.LeadsTo) > 0 {
			leads = "Leads to " + strings.Join(p.LeadsTo, ", then ") + "."
		}
		reason := ""
		if len(p.Reasons) > 0 {
			reason = p.Reasons[0] + " "
		}
		s.alts.Add(boldWrapped(p.Code + "  " + p.Name))
		s.alts.Add(wrapped(reason + leads))
	}
	if len(s.alts.Objects) == 0 {
		s.alts.Add(wrapped("None for these answers."))
	}
	s.alts.Refresh()
}

// showRoadmap draws the roadmap's steps on the timeline.
func (s *advisorScreen) showRoadmap(steps []advisor.Step) {
	rows := make([]timelineRow, len(steps))
	total := 0.0
	for i, st := range steps {
		caption := fmt.Sprintf("study %s · exam %s", hours(st.Hours), st.Exam)
		if len(st.Renews) > 0 {
			caption += " · renews " + strings.Join(st.Renews, ", ")
		}
		rows[i] = timelineRow{Label: st.Code, From: st.Start, To: st.Exam, Mark: st.Exam, Caption: caption}
		total += st.Hours
	}
	s.timeline.set(rows)
	if len(steps) == 0 {
		s.summary.SetText("")
		return
	}
	week := hours(s.profile.HoursPerWeek) + " a week"
	if s.profile.SharesWeek() {
		week += " less what your plans take"
	}
	s.summary.SetText(fmt.Sprintf("%s, %s of study at %s, from %s to %s.", countLabel(len(steps), "exam", "exams"),
		hours(total), week, steps[0].Start, steps[len(steps)-1].Exam))
}

// bullets writes lines as a list.
func bullets(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return "• " + strings.Join(lines, "\n• ")
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// onPlanNext opens set-up for the recommended exam.
func (s *advisorScreen) onPlanNext() { s.planExam(s.advice.Next.Code) }

// onPlanRoadmap reads the plans as they are now, then asks before saving
// the roadmap's plans (see confirmRoadmap).
func (s *advisorScreen) onPlanRoadmap() {
	steps, held, p := s.advice.Roadmap, s.held, s.profile
	runTask(s.tasks, s.loading, s.plans.Plans, func(plans []planner.PlanSummary) {
		s.confirmRoadmap(steps, held, p, plans)
	}, s.fail("read your plans"))
}

// confirmRoadmap lists the plans the roadmap would create and the steps it
// skips, because an active plan already prepares for their exam, and saves
// the plans only once the learner agrees.
func (s *advisorScreen) confirmRoadmap(steps []advisor.Step, held []planner.HeldCert, p advisor.Profile, plans []planner.PlanSummary) {
	in := roadmapInputs(steps, held, p)
	var keep []planner.Input
	var lines, skipped []string
	for i, st := range steps {
		if active, ok := advisor.AlreadyPlanned(s.cat, plans, st.Code); ok {
			skipped = append(skipped, fmt.Sprintf("%s: %s.", st.Code, advisor.PreparingFor(active)))
			continue
		}
		in[i].Country = s.saved.Settings.Country
		keep = append(keep, in[i])
		lines = append(lines, fmt.Sprintf("%s: %s to %s", st.Code, st.Start, st.Exam))
	}
	if len(keep) == 0 {
		dialog.ShowInformation("Nothing to plan", "Every exam of this roadmap already has an active plan:\n"+
			strings.Join(skipped, "\n"), s.win)
		return
	}
	msg := "This creates " + countLabel(len(keep), "plan", "plans")
	if len(keep) > 1 {
		msg += ", one after another"
	}
	msg += ":\n" + strings.Join(lines, "\n")
	if len(skipped) > 0 {
		msg += "\n\nSkipped, as already planned:\n" + strings.Join(skipped, "\n")
	}
	c := dialog.NewConfirm("Plan the roadmap?", msg, func(ok bool) {
		if ok {
			s.saveRoadmap(keep)
		}
	}, s.win)
	c.SetConfirmText(createPlans)
	c.SetDismissText("Cancel")
	c.Show()
}

// createPlans is the confirm button of "Plan the roadmap?".
const createPlans = "Create"

// saveRoadmap saves the plans off the UI goroutine, then shows the first.
func (s *advisorScreen) saveRoadmap(in []planner.Input) {
	runTask(s.tasks, s.loading, func(ctx context.Context) ([]planner.StudyPlan, error) {
		return saveRoadmap(ctx, s.plans, in)
	}, s.onRoadmapSaved, s.fail("save the roadmap"))
}

// roadmapInputs are the plans of a roadmap, chained: each studies from its
// step's start to its exam day at the advised hours, with credit for the
// certifications held and for every earlier step. An earlier step is still
// to be passed, so it is counted as held with no date: a stored plan never
// holds a certification earned after today.
func roadmapInputs(steps []advisor.Step, held []planner.HeldCert, p advisor.Profile) []planner.Input {
	credit := append([]planner.HeldCert(nil), held...)
	out := make([]planner.Input, 0, len(steps))
	for _, st := range steps {
		out = append(out, planner.Input{Exam: st.Code, Start: st.Start, ExamDate: st.Exam,
			Hours: planner.Even(p.HoursPerWeek), Held: append([]planner.HeldCert(nil), credit...), Experience: p.Experience()})
		credit = append(credit, planner.HeldCert{Code: st.Code})
	}
	return out
}

// saveRoadmap creates the plans in order and returns them.
func saveRoadmap(ctx context.Context, plans PlanService, ins []planner.Input) ([]planner.StudyPlan, error) {
	var out []planner.StudyPlan
	for _, in := range ins {
		p, err := plans.CreatePlan(ctx, "", in)
		if err != nil {
			return out, fmt.Errorf("save the plan for %s: %w", in.Exam, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// onRoadmapSaved shows the first saved plan and says what was saved.
func (s *advisorScreen) onRoadmapSaved(saved []planner.StudyPlan) {
	if len(saved) == 0 {
		return
	}
	var lines []string
	for _, p := range saved {
		lines = append(lines, fmt.Sprintf("%s: %s to %s", p.Input.Exam, p.Schedule.Start, p.Schedule.ExamDate))
	}
	s.openNew(saved[0].ID, func() {
		dialog.ShowInformation("Roadmap saved", fmt.Sprintf("Saved %s, one after another:\n%s",
			countLabel(len(saved), "plan", "plans"), strings.Join(lines, "\n")), s.win)
	})
}
