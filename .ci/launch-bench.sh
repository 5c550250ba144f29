#!/usr/bin/env bash
# launch-bench.sh measures, on one private Xvfb in one run, the time from
# launch to a mapped window and the resident memory two seconds later, for
# certplan (on an empty temporary data folder) and for a bare Fyne window
# (ui/bench/hello). Prints the median of RUNS launches of each and the ratios.
# Usage: .ci/launch-bench.sh [RUNS]   Needs: Xvfb, xdotool.
set -euo pipefail
runs=${1:-10}
tmp=$(mktemp -d)
xvfb_pid=
cleanup() { [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

go build -o "$tmp/certplan" .
go build -o "$tmp/hello" ./ui/bench/hello
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s $tmp/display ]] && break; sleep 0.1; done
export DISPLAY=:$(head -1 "$tmp/display") HOME=$tmp/home XDG_RUNTIME_DIR=$tmp
mkdir -p "$HOME"

# once launches $1 (window title $2) and prints "milliseconds-to-window rss-kB".
once() {
	local t0 t1 pid win rss
	t0=$(date +%s%N)
	"${@:3}" >/dev/null 2>&1 &
	pid=$!
	win=$(timeout 60 xdotool search --sync --onlyvisible --name "^$2\$" | head -1)
	t1=$(date +%s%N)
	sleep 2
	rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
	xdotool key --window "$win" ctrl+q 2>/dev/null || true
	sleep 0.5
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo "$(((t1 - t0) / 1000000)) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for i in $(seq "$runs"); do
	once x hello "$tmp/hello" >>"$tmp/hello.txt"
	rm -rf "$tmp/data"
	once x certplan "$tmp/certplan" --data "$tmp/data" >>"$tmp/certplan.txt"
done
for p in hello certplan; do
	printf '%-9s launch-to-window %5s ms   RSS %6s kB   (median of %s)\n' "$p" \
		"$(cut -d' ' -f1 "$tmp/$p.txt" | median)" "$(cut -d' ' -f2 "$tmp/$p.txt" | median)" "$runs"
done
awk -v a="$(cut -d' ' -f1 "$tmp/certplan.txt" | median)" -v b="$(cut -d' ' -f1 "$tmp/hello.txt" | median)" \
	-v c="$(cut -d' ' -f2 "$tmp/certplan.txt" | median)" -v d="$(cut -d' ' -f2 "$tmp/hello.txt" | median)" \
	'BEGIN {printf "ratio     launch %.2fx   RSS %.2fx   (goal: at most 1.5x each)\n", a/b, c/d}'
