#!/usr/bin/env bash
# Installs what certplan needs to build and test, on a Debian or Ubuntu machine
# that has only Go: a C toolchain and the OpenGL, X11 and Wayland headers that
# Fyne builds against, and the X server and tools the tests drive. Packages
# already installed are skipped, so a second run makes no apt calls. Then it
# downloads the Go modules.
#
#   .ci/deps.sh          install what is missing (make deps: run and test call it)
#   .ci/deps.sh --check  only check for a C compiler and the headers Fyne builds
#                        against, and say which package to install; no apt, no
#                        network (build, vet and the other targets that compile)
set -euo pipefail
cd "$(dirname "$0")/.."

build_pkgs=(make gcc pkg-config libgl1-mesa-dev xorg-dev libxkbcommon-dev libwayland-dev)
test_pkgs=(xvfb xauth poppler-utils x11-utils imagemagick xdotool)

# headers maps each C header that Fyne's OpenGL driver (GLFW on X11) includes
# to the Debian package that provides it.
headers=(
	GL/gl.h:libgl1-mesa-dev
	X11/Xlib.h:libx11-dev
	X11/Xcursor/Xcursor.h:libxcursor-dev
	X11/extensions/Xrandr.h:libxrandr-dev
	X11/extensions/Xinerama.h:libxinerama-dev
	X11/extensions/XInput2.h:libxi-dev
	X11/extensions/xf86vmode.h:libxxf86vm-dev
	xkbcommon/xkbcommon.h:libxkbcommon-dev
)

# check_headers fails with one line naming what to install when the C
# compiler or a header is missing, instead of a wall of cgo errors later.
check_headers() {
	local cc missing=() pkgs=() h
	cc=$(command -v "${CC:-cc}" || command -v gcc) || {
		echo "deps: no C compiler, which Fyne needs; run make deps (or install gcc)" >&2
		exit 1
	}
	for h in "${headers[@]}"; do
		printf '#include <%s>\n' "${h%%:*}" | "$cc" -E -x c - >/dev/null 2>&1 || { missing+=("${h%%:*}"); pkgs+=("${h#*:}"); }
	done
	if ((${#missing[@]} > 0)); then
		echo "deps: missing C headers ${missing[*]}; run make deps (or apt-get install ${pkgs[*]})" >&2
		exit 1
	fi
}

if [[ ${1:-} == --check ]]; then
	check_headers
	exit 0
fi

if ! command -v go >/dev/null; then
	echo "deps: Go is not installed; install the Go version named in go.mod from https://go.dev/dl/" >&2
	exit 1
fi

installed() {
	dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

install_with_apt() {
	local missing=() sudo=() p
	for p in "${build_pkgs[@]}" "${test_pkgs[@]}"; do
		installed "$p" || missing+=("$p")
	done
	((${#missing[@]} == 0)) && return 0
	if ((EUID != 0)); then
		if ! command -v sudo >/dev/null; then
			echo "deps: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
			exit 1
		fi
		sudo=(sudo)
	fi
	echo "deps: installing ${missing[*]}"
	"${sudo[@]}" apt-get update -qq
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
	install_with_apt
else
	echo "deps: not an apt system; install by hand: a C compiler, pkg-config, OpenGL, X11 (Xcursor, Xrandr, Xinerama, Xi, Xxf86vm), xkbcommon and Wayland development headers; for tests Xvfb, xauth, poppler (pdftoppm), xwininfo, ImageMagick, xdotool" >&2
	if ! command -v cc >/dev/null && ! command -v gcc >/dev/null; then
		echo "deps: no C compiler found, so the desktop app cannot build" >&2
		exit 1
	fi
fi

check_headers
go mod download
