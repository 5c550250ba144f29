package cli

// command is one subcommand of certplan. Its run function is handed the
// command itself, for its flag set's usage and its argument checks.
type command struct {
	name    string
	usage   string // "plan --cert CODE [...]"
	summary string
	run     func(e *env, c *command, args []string) error
}

// commandTable is every command of certplan, once each, in the order help
// lists them (by name).
func commandTable() []*command {
	return []*command{
		{name: "advise", usage: "advise --role ROLE [--years N] [--goal GOAL] [--focus A,B] [--hours N] [--held CODES] [--json]",
			summary: "which certification next, and why, from your certifications, plans and week: alternatives and a dated roadmap of 2 to 4 exams",
			run:     runAdvise},
		{name: "archive", usage: "archive ID",
			summary: "archive a saved plan: it keeps its history but takes no study hours", run: runArchive},
		{name: "backup", usage: "backup", summary: "make a verified backup of your data now", run: runBackup},
		{name: "backups", usage: "backups [--json]",
			summary: "list your backups, newest first: when each was made, why, and how many plans, exam attempts and certifications it holds", run: runBackups},
		{name: "catalog", usage: "catalog [show CODE | search SERVICE] [--json] [--today DATE]",
			summary: "list every AWS exam, show one in full, or find exams by AWS service", run: runCatalog},
		{name: "certs", usage: "certs [--json]",
			summary: "list your certifications, when they expire and when to start studying to renew", run: runCerts},
		{name: "edit",
			usage:   "edit ID [--exam DATE] [--hours H | --weekdays ...] [--off FROM..TO] [--clear-off] [--country C] [--today DATE]",
			summary: "change a saved plan's exam date, hours, time off or country: a new version with the same progress",
			run:     runEdit},
		{name: "exam", usage: "exam add CODE DATE --status booked|passed|failed [--score N] | exam set ID --status S",
			summary: "log an exam attempt, or change one (a pass adds or renews certifications)", run: runExam},
		{name: "exams", usage: "exams [--json]", summary: "list your exam attempts", run: runExams},
		{name: "export", usage: "export ID [--pdf FILE] [--ics FILE] [--csv FILE]",
			summary: "save a stored plan, with its progress and your certifications, as PDF, calendar or CSV (- for stdout, one calendar or CSV alone)", run: runExport},
		{name: "export-data", usage: "export-data FILE",
			summary: "save all your data as JSON, to move it to another computer (- for stdout)", run: runExportData},
		{name: "import-data", usage: "import-data FILE",
			summary: "replace all your data with an export-data file, all or nothing (- for stdin)", run: runImportData},
		{name: "new", usage: "new --cert CODE [--name NAME] [plan flags]",
			summary: "save a new plan (the flags of certplan plan) to tick off as you study", run: runNew},
		{name: "plan", usage: "plan --cert CODE [--exam DATE] [--hours N] [--json] [--pdf FILE]",
			summary: "plan study for an exam week by week, and say whether it fits", run: runPlan},
		{name: "plans", usage: "plans [--all]", summary: "list the saved plans and the hours a week each takes", run: runPlanList},
		{name: "prioritize", usage: "prioritize ID [--today DATE]",
			summary: "give a plan its hours first; the other plans are re-planned around it", run: runPrioritize},
		{name: "replan", usage: "replan ID [--today DATE]",
			summary: "rebalance a saved plan's remaining work from today, as a new version", run: runReplan},
		{name: "restore", usage: "restore FILE [--yes]",
			summary: "replace your data with a backup (the current data is backed up and kept first); a backup with fewer plans, exam attempts or certifications needs --yes", run: runRestore},
		{name: "score", usage: "score ID --date D --overall P [--domain 1=55,2=70,...] [--source NAME] [--for TOPIC]",
			summary: "log a practice result (percent correct) for a saved plan, --for one of its practice topics (diagnostic, practice-1...) to mark it done too; once saved, says the readiness it gives", run: runScore},
		{name: "scores", usage: "scores ID [--target P] [--json]",
			summary: "list a saved plan's practice results and its readiness", run: runScores},
		{name: "show", usage: "show ID [--json]",
			summary: "show a saved plan with your progress and whether you are on track", run: runShow},
		{name: "tick", usage: "tick ID TOPIC|ITEM [--undo] [--hours H] [--on DATE]",
			summary: "mark a task (1.2) or one study item (1.2.3) of a saved plan done, or undo it; once saved, says what changed and where the plan stands", run: runTick},
		{name: "today", usage: "today [--line] [ID]",
			summary: "what to study today in every active plan (or plan ID): the session, its study items and the resource to use; --line: one line, for a shell's login message", run: runToday},
		{name: "unarchive", usage: "unarchive ID [--today DATE]",
			summary: "bring an archived plan back, re-planned around the other plans", run: runUnarchive},
		{name: "week", usage: "week [--apply] [--today DATE]",
			summary: "your week (study hours per weekday and holidays, one for all plans) and the plans planned within another; --apply re-plans them within it", run: runWeek},
	}
}

// findCommand is the command called name, if there is one.
func findCommand(name string) (*command, bool) {
	for _, c := range commandTable() {
		if c.name == name {
			return c, true
		}
	}
	return nil, false
}

// commandNames are the names of the commands, in help order.
func commandNames() []string {
	var names []string
	for _, c := range commandTable() {
		names = append(names, c.name)
	}
	return names
}
