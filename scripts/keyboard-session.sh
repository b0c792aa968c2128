#!/usr/bin/env bash
# keyboard-session.sh drives the whole analyst session in the real app by
# keyboard alone: import (typed path in the import dialog), read, find,
# highlight, note, tag, quote review, a person's page, a note with links and
# a quote embed, the preview's links, search, export, the cheat sheet, quit.
# It runs under Xvfb at 1280x800 with xdotool, on a fresh library and a
# short article written here, and takes a screenshot after every step.
# Nothing is clicked. At the end it checks with the command line that each
# step left what it should in the library.
#
#   scripts/keyboard-session.sh [SHOTS_DIR]
#
# Needs Xvfb, xdotool and ImageMagick's import
# (apt-get install xvfb xdotool imagemagick). SHOTS_DIR defaults to a new
# temporary folder; the screenshots are named NN-step.png.
set -euo pipefail

cd "$(dirname "$0")/.."
for tool in Xvfb xdotool import jq; do
	command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb xdotool imagemagick jq" >&2; exit 1; }
done

work=$(mktemp -d /tmp/dossier-session.XXXXXX)
shots=${1:-$work/shots}
mkdir -p "$shots" "$work/in" "$work/lib" "$work/out"
lib=$work/lib
echo "work folder $work, screenshots in $shots"

go build -o "$work/dossier" .

# An article of our own: a byline, a dateline, four quotes, three speakers.
cat >"$work/in/harbour-cranes.txt" <<'EOF'
Port authority delays crane tender after bidders walk away

By Tomas Ridell

NORTHHAVEN, 3 March 2026 - The Northhaven port authority has put off its tender for six new container cranes after two of the three bidders withdrew, leaving the harbour's expansion plan a year behind.

"We will not sign a contract with a single bidder at any price," said Mirela Oskarsson, the authority's chief executive, at a briefing on Tuesday. "The board wants competition, and so do the shippers who pay for it."

The withdrawals follow a dispute over who bears the cost of strengthening the quay wall. Engineers found last autumn that the wall could not carry the heavier cranes without new piles.

"Nobody prices a quay wall they have never been allowed to survey," said Jonas Brekke, who speaks for a consortium that dropped out. He said the consortium would return if the authority paid for the survey first.

Shipping lines have warned that congestion will grow. Container volumes rose by eleven percent last year, and ships now wait two days on average for a berth.

"Every day a ship waits costs its owner more than the crane would," said Ana Lindqvist, an analyst at a freight consultancy. She expects the authority to split the tender into two parts.

The authority said it would publish a revised timetable in May.
EOF

# shellcheck source=scripts/xsession.sh
source scripts/xsession.sh

shot start

# Import: Ctrl+O, the keys are in the path field; Enter adds the path,
# Enter on the empty field imports, Enter closes the summary.
key ctrl+o
typ "$work/in/harbour-cranes.txt"
key Return
shot import-dialog
key Return
sleep 2
shot import-summary
key Return

# Read: Ctrl+1 lists the articles with the keys in the filter; Enter opens
# the first match with the keys in the reader. Ctrl+F finds, Escape closes
# the find bar.
key ctrl+1
typ crane
key Return
shot reader
key Next Prior
key ctrl+f
typ berth
key Return
shot find
key Escape Escape

# Highlight: Ctrl+Home, four words with Ctrl+Shift+Right, H.
key ctrl+Home
key ctrl+shift+Right ctrl+shift+Right ctrl+shift+Right ctrl+shift+Right
key h
shot highlight
# Note and tags on the highlight just made: N, T; Enter saves each.
key n
typ "Who owns the port? See [[Mirela Oskarsson]]."
shot note-dialog
key Return
key t
typ "place/Northhaven"
key Return
shot tagged

# Review: Ctrl+R; Down selects the first suggestion; Enter confirms,
# Backspace rejects; E copies the selected quote's embed; S asks for the
# speaker (Escape keeps it); P opens the speaker's page.
key ctrl+r
key Down
shot review
key Return Return BackSpace
key e
shot review-embed-copied
key s
shot review-speaker
key Escape
key p
shot person-page

# A note with links: Ctrl+N, a title, Enter; [[ completion picks a page
# with Enter; the embed is pasted; the preview shows both.
key ctrl+n
typ "Crane tender"
key Return
typ "Who speaks for the board? [[Mire"
shot note-completion
key Return
typ " does, and she said:"
key Return Return ctrl+v Return Return
typ "Ask [[Jonas Brekke]] what a survey would cost."
sleep 2 # the preview follows 250 ms after typing pauses; Xvfb draws slowly
shot note-preview
# The preview's links by keyboard: Ctrl+Shift+L, Tab, Enter.
key ctrl+shift+l
key Tab
shot preview-embed-focused
key Tab
shot preview-link-focused
key Return
shot linked-person

# Search: Ctrl+K, type, Down into the results, Enter opens the hit.
key ctrl+k
typ "quay wall"
sleep 0.5
shot search
key Down Return
shot search-opened

# Export: Ctrl+Shift+E; Shift+Tab to the format, Space opens it, Down
# Down Enter picks markdown; Tab back to Save as; Enter exports.
key ctrl+shift+e
key shift+Tab space
key Down Down Return
key Tab ctrl+a
typ "$work/out/missing/vault"
shot export-missing-folder
key ctrl+a
typ "$work/out/vault"
shot export-dialog
key Return
sleep 2
shot export-done
key Return

# The cheat sheet: F1, Escape. Then Ctrl+Q quits.
key F1
shot cheat-sheet
key Escape
quit_app

# What each step left in the library.
d() { "$work/dossier" --library "$lib" "$@"; }
fail=0
check() { # check WHAT COMMAND...: the command succeeds
	local what=$1
	shift
	if "$@" >/dev/null 2>&1; then echo "ok   $what"; else echo "FAIL $what" >&2; fail=1; fi
}
check "one article imported" test "$(d list --json | jq length)" -eq 1
anns=$(d annotations --json)
check "a highlight with its note" jq -e '.[] | select(.text == "The Northhaven port authority" and (.note | contains("[[Mirela Oskarsson]]")))' <<<"$anns"
check "the highlight tagged" jq -e '.[] | select(.tags | index("place/Northhaven"))' <<<"$anns"
quotes=$(d quotes --all --json)
check "two quotes confirmed" test "$(jq '[.[] | select(.status == "confirmed")] | length' <<<"$quotes")" -eq 2
check "one quote rejected" test "$(jq '[.[] | select(.status == "rejected")] | length' <<<"$quotes")" -eq 1
note=$(d note show "Crane tender")
check "the note links Mirela Oskarsson (completion)" grep -qF "[[Mirela Oskarsson]] does" <<<"$note"
check "the note embeds Ana Lindqvist's quote" grep -qE '!\[\[quote:[0-9A-Z]+\]\]' <<<"$note"
check "the note links Jonas Brekke" grep -qF "[[Jonas Brekke]]" <<<"$note"
check "the markdown export written" test -d "$work/out/vault"
check "nothing exported into a missing folder" test ! -e "$work/out/missing"
echo "screenshots: $shots"
exit $fail
