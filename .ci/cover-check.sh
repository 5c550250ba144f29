#!/usr/bin/env bash
# cover-check.sh works out each package's statement coverage from Go coverage
# profiles and holds it against the floors in .ci/coverage-floors, which start
# at what the code reached and only rise.
#
#   .ci/cover-check.sh cover.out           check the floors (make test)
#   .ci/cover-check.sh --report cover.out  print every package; check the floors
#                                          and the house targets (make cover)
#   .ci/cover-check.sh --raise cover.out   raise floors to today's figures,
#                                          rounded down; add new packages
set -euo pipefail
cd "$(dirname "$0")/.."

floors=.ci/coverage-floors
# Targets the house sets for the packages that carry the domain logic.
targets="certplan/planner=85 certplan/catalog=85 certplan/storage=75"

mode=check
case "${1:-}" in
--report | --raise) mode=${1#--}; shift ;;
esac
if (($# == 0)); then
	echo "usage: $0 [--report|--raise] PROFILE..." >&2
	exit 2
fi

# The floors as last committed, so that a floor lowered by hand is refused.
previous="$(mktemp)"
trap 'rm -f "$previous" "$floors.new"' EXIT
git show "HEAD:$floors" >"$previous" 2>/dev/null || : >"$previous"

awk -v mode="$mode" -v floors="$floors" -v previous="$previous" -v targets="$targets" '
# readfloors fills into[pkg] from a floor file; comments and blanks are skipped.
function readfloors(file, into,    line, f) {
	while ((getline line < file) > 0) {
		sub(/#.*/, "", line)
		if (split(line, f) >= 2) into[f[1]] = f[2]
	}
	close(file)
}
function sorted(set, out,    k, n, i, j, t) {
	n = 0
	for (k in set) out[++n] = k
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && out[j-1] > out[j]; j--) { t = out[j]; out[j] = out[j-1]; out[j-1] = t }
	return n
}
function fail(msg) { failures[++nfail] = msg }
BEGIN {
	readfloors(floors, floor)
	readfloors(previous, before)
	n = split(targets, t, " ")
	for (i = 1; i <= n; i++) { split(t[i], kv, "="); target[kv[1]] = kv[2] }
}
FNR == 1 && /^mode:/ { next }
# Profile lines: file:start,end statements count. A block seen in two runs
# counts as covered when either run covered it.
{
	key = $1; stmts[key] = $2
	if ($3 > 0) hit[key] = 1
	pkg = key; sub(/:.*/, "", pkg); sub(/\/[^\/]*$/, "", pkg)
	of[key] = pkg
}
END {
	for (k in stmts) { total[of[k]] += stmts[k]; if (k in hit) covered[of[k]] += stmts[k] }
	for (p in total) now[p] = sprintf("%.1f", 100 * covered[p] / total[p])
	npkg = sorted(now, pkgs)

	if (mode == "raise") {
		while ((getline line < floors) > 0) if (line ~ /^#/) print line > (floors ".new")
		for (i = 1; i <= npkg; i++) {
			p = pkgs[i]; f = int(now[p])
			if ((p in floor) && floor[p] + 0 > f) f = floor[p]
			printf "%-32s %s\n", p, f > (floors ".new")
		}
		close(floors ".new")
		print "cover: floors in " floors " raised to today'"'"'s figures; commit it"
		exit 0
	}

	for (p in before)
		if ((p in floor) && floor[p] + 0 < before[p] + 0)
			fail(floors " lowers " p "'"'"'s floor from " before[p] " % to " floor[p] " %; floors only rise")
	for (p in floor)
		if (!(p in now))
			fail(floors " has a floor for " p " but the tests reported no coverage for it; remove the line if the package is gone")

	if (mode == "report") printf "%-32s %8s %6s %6s\n", "package", "coverage", "floor", "target"
	for (i = 1; i <= npkg; i++) {
		p = pkgs[i]
		if (mode == "report") {
			printf "%-32s %6s %% %6s %6s\n", p, now[p], (p in floor) ? floor[p] : "-", (p in target) ? target[p] : "-"
			if ((p in target) && now[p] + 0 < target[p] + 0)
				fail(p " is at " now[p] " % coverage, under the house target of " target[p] " %")
		}
		if (!(p in floor))
			fail(p " has no coverage floor; run .ci/cover-check.sh --raise cover.out to add it at " int(now[p]) " % and commit " floors)
		else if (now[p] + 0 < floor[p] + 0)
			fail(p " fell to " now[p] " % coverage, under its floor of " floor[p] " % in " floors "; test the new code")
	}
	if (nfail > 0) {
		for (i = 1; i <= nfail; i++) print "cover: " failures[i] > "/dev/stderr"
		exit 1
	}
	print "cover: " npkg " packages at or above their coverage floors"
}' "$@"

if [[ $mode == raise ]]; then
	mv "$floors.new" "$floors"
fi
