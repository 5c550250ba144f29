package advisor

import (
	"slices"
	"sort"

	"certplan/catalog"
)

// rule is one piece of advice about the programme's shape: when it applies
// and which certification it argues for, how strongly, and why, in a
// sentence tied to the learner's answers. A rule applies when every
// condition it sets holds; an empty condition holds for everyone.
type rule struct {
	cert     string   // certification key the rule argues for
	roles    []Role   // any of these roles
	goals    []Goal   // any of these goals
	focus    []string // any of these focus areas
	newcomer bool     // only for learners new to AWS
	weight   int
	reason   string
}

// engineers are the roles that build or run systems on AWS.
var engineers = []Role{Architect, Developer, Operations, Data, ML, Security, Networking}

// rules is the advisor's reading of the AWS programme. Weights only order
// the suggestions; a role's own exam carries 50, a goal or focus 10 to 30.
var rules = []rule{
	// Foundational: for non-engineers and newcomers.
	{cert: "CLF", roles: []Role{Business}, weight: 50, reason: "You work on the business side, and Cloud Practitioner covers the cloud's value, pricing and vocabulary without asking you to build anything."},
	{cert: "CLF", newcomer: true, weight: 40, reason: "You are new to AWS, and Cloud Practitioner is the gentlest first step: the core services, security and billing."},
	{cert: "AIF", focus: []string{"ml", "genai"}, newcomer: true, weight: 30, reason: "You are curious about AI, and AI Practitioner explains machine learning and generative AI on AWS without asking you to build models."},
	{cert: "AIF", roles: []Role{Business}, weight: 15, reason: "AI Practitioner is the natural second Foundational exam for business roles: what AI and generative AI can and cannot do."},
	{cert: "AIB", roles: []Role{Business}, focus: []string{"ml", "genai"}, weight: 45, reason: "You make business decisions around AI, and AI Business Strategist is about exactly that: use cases, value and responsible adoption."},
	// Associate: the usual start for engineers.
	{cert: "SAA", roles: []Role{Architect}, weight: 50, reason: "You design systems, and Solutions Architect - Associate tests designing secure, resilient, efficient and cost-aware architectures on AWS."},
	{cert: "SAA", roles: []Role{Security, Networking}, weight: 30, reason: "Solutions Architect - Associate gives the broad architecture base that a Specialty builds on."},
	{cert: "SAA", roles: []Role{Developer, Operations, Data, ML}, weight: 10, reason: "Solutions Architect - Associate is the broadest Associate exam and a common base for later ones."},
	{cert: "SAA", focus: []string{"sap"}, weight: 15, reason: "SAP on AWS runs on the architecture Solutions Architect - Associate tests, and the SAP Specialty exam is retired."},
	{cert: "DVA", roles: []Role{Developer}, weight: 50, reason: "You write code against AWS APIs, and Developer - Associate tests exactly that."},
	{cert: "DVA", roles: engineers, focus: []string{"serverless"}, weight: 20, reason: "You focus on serverless, and Developer - Associate is where writing, deploying and debugging serverless code is tested most."},
	{cert: "DVA", roles: []Role{Architect, Data, ML}, goals: []Goal{Build}, weight: 10, reason: "You want to build, and Developer - Associate tests building applications against AWS services."},
	{cert: "SOA", roles: []Role{Operations}, weight: 50, reason: "You run systems, and CloudOps Engineer - Associate tests monitoring, automating, securing and recovering workloads on AWS."},
	{cert: "SOA", roles: engineers, goals: []Goal{Operate}, weight: 15, reason: "You want to operate workloads, and CloudOps Engineer - Associate is the Associate exam about running them."},
	{cert: "SOA", roles: []Role{Security, Networking}, weight: 10, reason: "CloudOps Engineer - Associate covers the networking, logging and security operations a Specialty goes deeper into."},
	{cert: "DEA", roles: []Role{Data}, weight: 50, reason: "You build data pipelines, and Data Engineer - Associate tests ingesting, transforming, storing and governing data on AWS."},
	{cert: "DEA", roles: engineers, focus: []string{"data"}, weight: 20, reason: "You focus on data, and Data Engineer - Associate is the exam about data pipelines on AWS."},
	{cert: "MLA", roles: []Role{ML}, weight: 50, reason: "You build machine-learning systems, and Machine Learning Engineer - Associate tests preparing data, training, deploying and monitoring models on AWS."},
	{cert: "MLA", roles: []Role{Developer, Data}, focus: []string{"ml"}, weight: 20, reason: "You focus on machine learning, and Machine Learning Engineer - Associate is the engineering exam for it."},
	// Professional: after Associate-level experience.
	{cert: "SAP", roles: []Role{Architect}, goals: []Goal{Lead}, weight: 60, reason: "You want to lead architecture work, and Solutions Architect - Professional is the credential for designing across complex organisations."},
	{cert: "SAP", roles: []Role{Architect}, weight: 20, reason: "Solutions Architect - Professional is the step after the Associate for architects."},
	{cert: "SAP", focus: []string{"sap"}, weight: 10, reason: "Large SAP estates on AWS are the multi-account, migration-heavy designs Solutions Architect - Professional tests."},
	{cert: "DOP", roles: []Role{Developer, Operations}, goals: []Goal{Build, Operate, Lead}, weight: 35, reason: "You build and run delivery pipelines, and DevOps Engineer - Professional is the Professional step after Developer or CloudOps - Associate."},
	{cert: "DOP", roles: engineers, focus: []string{"devops", "containers"}, weight: 20, reason: "You focus on automation and containers, and DevOps Engineer - Professional tests CI/CD, infrastructure as code and deployments at scale."},
	{cert: "AIP", roles: []Role{Developer, ML, Data}, focus: []string{"genai"}, weight: 45, reason: "You build generative AI applications, and Generative AI Developer - Professional tests exactly that."},
	{cert: "AIP", roles: []Role{ML}, goals: []Goal{Lead, Build}, weight: 15, reason: "Generative AI Developer - Professional is the Professional step for machine-learning engineers."},
	// Specialty: depth.
	{cert: "SCS", roles: []Role{Security}, weight: 45, reason: "You work in security, and Security - Specialty goes deeper than any Associate into identity, detection, data protection and incident response."},
	{cert: "SCS", roles: engineers, focus: []string{"security"}, weight: 20, reason: "You focus on security, and Security - Specialty is the exam for it."},
	{cert: "ANS", roles: []Role{Networking}, weight: 45, reason: "You work in networking, and Advanced Networking - Specialty tests hybrid and multi-VPC network design in depth."},
	{cert: "ANS", roles: engineers, focus: []string{"networking"}, weight: 20, reason: "You focus on networking, and Advanced Networking - Specialty is the exam for it."},
	{cert: "SAP", roles: []Role{Networking}, weight: 20, reason: "Solutions Architect - Professional tests the hybrid connectivity and multi-account network designs networking engineers build."},
	{cert: "SCS", roles: []Role{Networking}, weight: 20, reason: "Network security (VPC controls, firewalls, traffic inspection) is a large part of Security - Specialty."},
	{cert: "SCS", roles: []Role{Architect}, weight: 10, reason: "Architects are expected to own security design, and Security - Specialty gives that depth."},
	{cert: "PAS", focus: []string{"sap"}, weight: 30, reason: "You focus on SAP workloads, and SAP on AWS - Specialty was the exam for them."},
	// Specialise: depth over breadth.
	{cert: "SCS", roles: []Role{Security, Operations, Architect}, goals: []Goal{Specialise}, weight: 15, reason: "You want to specialise, and Security - Specialty is the deepest exam for your field."},
	{cert: "ANS", roles: []Role{Networking, Architect}, goals: []Goal{Specialise}, weight: 15, reason: "You want to specialise, and Advanced Networking - Specialty is the deepest exam for your field."},
}

// applies reports whether the rule holds for the profile.
func (r rule) applies(p Profile) bool {
	if len(r.roles) > 0 && !slices.Contains(r.roles, p.Role) {
		return false
	}
	if len(r.goals) > 0 && !slices.Contains(r.goals, p.Goal) {
		return false
	}
	if len(r.focus) > 0 && !slices.ContainsFunc(r.focus, func(f string) bool { return slices.Contains(p.Focus, f) }) {
		return false
	}
	return !r.newcomer || p.newcomer()
}

// candidate is a certification the rules argue for, with its total weight
// and the reasons behind it, strongest first.
type candidate struct {
	key     string
	score   int
	reasons []string
	// renewBy, when set, makes the candidate a renewal of a held
	// certification that must be sat before this day to count.
	renewBy catalog.Date
	heldAs  string // the held exam code a renewal renews
}

// score adds up the rules that apply to the profile, per certification,
// and returns the candidates strongest first (catalog order breaks ties).
func score(cat *catalog.Catalog, p Profile) []candidate {
	byKey := map[string]*candidate{}
	weights := map[string][]int{}
	for _, r := range rules {
		if !r.applies(p) {
			continue
		}
		c := byKey[r.cert]
		if c == nil {
			c = &candidate{key: r.cert}
			byKey[r.cert] = c
		}
		c.score += r.weight
		c.reasons = append(c.reasons, r.reason)
		weights[r.cert] = append(weights[r.cert], r.weight)
	}
	var out []candidate
	for _, f := range cat.Certifications() {
		if c := byKey[f.Key]; c != nil {
			sortReasons(c.reasons, weights[f.Key])
			out = append(out, *c)
		}
	}
	rank(out)
	return out
}

// sortReasons orders reasons by their rule's weight, strongest first.
func sortReasons(reasons []string, weights []int) {
	idx := make([]int, len(reasons))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return weights[idx[a]] > weights[idx[b]] })
	sorted := make([]string, len(reasons))
	for i, j := range idx {
		sorted[i] = reasons[j]
	}
	copy(reasons, sorted)
}

// rank orders candidates strongest first, keeping the given order on ties.
func rank(cs []candidate) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
}
