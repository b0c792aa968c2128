#!/usr/bin/env bash
# docs-screenshots.sh retakes the screenshots the README shows, at
# 1280x800, on the sample library, driving the app by keyboard alone under
# Xvfb (see keyboard-session.sh). It writes docs/screenshot-{library,
# reader,review,search,note,sync}.png, or into the folder given.
#
#   scripts/docs-screenshots.sh [OUT_DIR]
set -euo pipefail

cd "$(dirname "$0")/.."
for tool in Xvfb xdotool import; do
	command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb xdotool imagemagick" >&2; exit 1; }
done
out=$(realpath "${1:-docs}")
work=$(mktemp -d /tmp/dossier-docs.XXXXXX)
lib=$work/lib
shots=$work/shots
mkdir -p "$shots" "$lib" "$work/sync"
go build -o "$work/dossier" .
"$work/dossier" --library "$lib" sample >/dev/null

# shellcheck source=scripts/xsession.sh
source scripts/xsession.sh

shot_as "$out/screenshot-library.png"

# The reader: a highlight with a note, made from the keyboard.
key ctrl+1
typ Harbour
key Return
key ctrl+Home
for _ in $(seq 11); do key ctrl+Right; done
key Right
for _ in $(seq 6); do key ctrl+shift+Right; done
key h n
typ "First talks since the 2022 collision; see [[Grey Channel]]."
key Return
shot_as "$out/screenshot-reader.png"

# The quote review, the first suggestion selected; E copies its embed.
key ctrl+r
key Down
shot_as "$out/screenshot-review.png"
key e

# Search as you type.
key ctrl+k
typ "fishing rights"
sleep 1
shot_as "$out/screenshot-search.png"

# A note: the embed pasted, a paragraph with links, the keys on the
# preview's embed (Ctrl+Shift+L, then Tab).
key ctrl+2
typ Grey
key Return
sleep 1
key Next Next End
key End Return Return ctrl+v Return Return
typ "Next: ask [[Irena Vos]] whether the hotline is on the agenda, and [[Lena"
sleep 0.5
key Return
typ " what she expects."
sleep 1
key ctrl+shift+l Tab Tab
shot_as "$out/screenshot-note.png"
key Escape

# Sync settings, opened through All Commands (Ctrl+Shift+P).
key ctrl+shift+p
typ "sync settings"
key Return
sleep 0.5
typ "$work/sync"
key Tab
typ "correct horse battery staple"
key Tab ctrl+a
typ "Ana Ruiz"
key Tab ctrl+a
typ "laptop"
shot_as "$out/screenshot-sync.png"
key Escape
quit_app
echo "screenshots in $out"
