#!/usr/bin/env bash
# screenshots.sh writes a PNG of every screen of the built desktop app, in
# the light and the dark theme, to docs/screenshots/SCREEN-THEME.png. It runs
# the binary under its own Xvfb with a temporary home and data folder that it
# first fills through the command line (a plan, a tick, a pass), opens each
# screen with CERTPLAN_SCREEN and CERTPLAN_THEME, captures the window, then
# closes it with Ctrl+Q. It fails when a window does not show or a capture
# comes out blank.
#
# Usage: .ci/screenshots.sh [BIN] [OUT]   (defaults bin/certplan docs/screenshots)
# It also renders the SAA-C03 plan's PDF cover and its first week's page
# to pdf-cover.png and pdf-week.png.
# Needs: Xvfb, xdotool, imagemagick (import, convert), poppler (pdftoppm, pdftotext).
set -euo pipefail

bin=$(realpath "${1:-bin/certplan}")
out=${2:-docs/screenshots}
screens=(welcome catalog setup plan progress certifications settings advisor)

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
	[[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

# Xvfb picks a free display itself and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s $tmp/display ]] && break; sleep 0.1; done
export DISPLAY=:$(head -1 "$tmp/display")

# use switches to home $1 (its own preferences and data folder).
use() {
	export HOME=$tmp/$1 XDG_DATA_HOME=$tmp/$1/data
	mkdir -p "$HOME"
}

# seed fills the home "learner" for the screens to show: a held
# certification (a passed CLF-C02), a DVA-C03 plan and then an SAA-C03 plan
# whose weeks overlap it, given its hours first, with two topics ticked and
# a practice score. The app opens the newest plan, SAA-C03. The home "new"
# stays empty for the welcome screen.
seed() {
	use learner
	"$bin" exam add CLF-C02 "$(date -d '-200 days' +%F)" --status passed --score 812 >/dev/null
	"$bin" new --cert DVA-C03 --exam "$(date -d '+150 days' +%F)" --hours 5 >/dev/null
	"$bin" new --cert SAA-C03 --exam "$(date -d '+100 days' +%F)" --hours 10 >/dev/null
	"$bin" prioritize 2 >/dev/null
	"$bin" tick 2 SAA-C03:1.1 >/dev/null
	"$bin" tick 2 SAA-C03:1.2 >/dev/null
	"$bin" score 2 --date "$(date +%F)" --overall 62 --domain 1=70,2=55,3=60,4=58 --source "Practice set A" >/dev/null
}

# pdfpages renders the cover of plan 2's PDF and the page of its first week.
pdfpages() {
	use learner
	local pdf=$tmp/plan.pdf page
	"$bin" export 2 --pdf "$pdf" >/dev/null
	pdftoppm -r 60 -png -singlefile -f 1 -l 1 "$pdf" "$out/pdf-cover"
	page=$(pdftotext -layout "$pdf" - | awk -v RS='\f' '/Week 1 of/ && !n {n = NR} END {print n}')
	pdftoppm -r 60 -png -singlefile -f "$page" -l "$page" "$pdf" "$out/pdf-week"
	check "$out/pdf-cover.png"
	check "$out/pdf-week.png"
}

# stop waits for process $1 to quit after Ctrl+Q, then terminates it, and
# kills it when even that does not work.
stop() {
	local sig
	for sig in NONE TERM KILL; do
		[[ $sig != NONE ]] && kill -s "$sig" "$1" 2>/dev/null
		for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || break 2; sleep 0.1; done
	done
	wait "$1" 2>/dev/null || true
}

# shoot opens screen $1 in theme $2 and captures its window.
shoot() {
	local screen=$1 theme=$2 file=$out/$1-$2.png
	CERTPLAN_SCREEN=$screen CERTPLAN_THEME=$theme "$bin" >"$tmp/app.log" 2>&1 &
	local pid=$! win=
	for _ in $(seq 100); do
		win=$(xdotool search --onlyvisible --name '^certplan$' 2>/dev/null | head -1) && [[ -n $win ]] && break
		sleep 0.1
	done
	if [[ -z $win ]]; then
		echo "screenshots: no window for $screen ($theme)" >&2
		cat "$tmp/app.log" >&2
		kill "$pid" 2>/dev/null || true
		return 1
	fi
	# Full size first: the window may reopen at the last run's 800x600. The
	# pause lets the app apply its remembered size first, which would
	# otherwise undo this one.
	sleep 1
	xdotool windowsize "$win" 1100 720
	sleep "${SCREENSHOT_SETTLE:-2}"
	import -window "$win" "$file"
	# The same screen at 800x600: a 13-inch laptop with scaling, or half a screen.
	local small=$out/$1-$2-800x600.png
	xdotool windowsize "$win" 800 600
	sleep "${SCREENSHOT_SETTLE:-2}"
	import -window "$win" "$small"
	xdotool key --window "$win" ctrl+q || true
	stop "$pid"
	check "$file"
	check "$small"
}

# check fails when capture $1 is blank, else prints its name.
check() {
	local colours
	colours=$(convert "$1" -format %k info:)
	if ((colours < 8)); then
		echo "screenshots: $1 is blank ($colours colours)" >&2
		return 1
	fi
	echo "$1"
}

mkdir -p "$out"
seed
for screen in "${screens[@]}"; do
	if [[ $screen == welcome ]]; then use new; else use learner; fi
	for theme in light dark; do
		shoot "$screen" "$theme"
	done
done
pdfpages
