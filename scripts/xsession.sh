# xsession.sh: the app under Xvfb driven by xdotool, for the scripts that
# drive it by keyboard (keyboard-session.sh, docs-screenshots.sh). Source it
# with work (a temporary folder holding the dossier binary), lib (the
# library folder) and shots (where screenshots go) set; it starts Xvfb at
# 1280x800 and the app on a home of its own, and stops both on exit.

display=${SESSION_DISPLAY:-:93}
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

mkdir -p "$work/home"
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
	"$work/dossier" --library "$lib" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 100); do xdotool search --name '^Dossier' >/dev/null 2>&1 && break; sleep 0.2; done
sleep 2
xdotool search --name '^Dossier' windowfocus 2>/dev/null || true

n=0
shot() { # shot NAME: a screenshot of the whole screen, numbered
	n=$((n + 1))
	sleep "${SHOT_PAUSE:-0.6}"
	import -window root "$shots/$(printf %02d $n)-$1.png"
}
shot_as() { # shot_as FILE: a screenshot of the whole screen to FILE
	sleep "${SHOT_PAUSE:-0.6}"
	import -window root "$1"
}
key() { xdotool key --delay 80 "$@"; sleep 0.3; }
typ() { xdotool type --delay 25 "$1"; sleep 0.3; }

# quit_app quits with Ctrl+Q and fails when the app does not end.
quit_app() {
	key ctrl+q
	for _ in $(seq 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
	if kill -0 "$app" 2>/dev/null; then
		echo "FAIL: Ctrl+Q did not quit" >&2
		exit 1
	fi
	app=
}
