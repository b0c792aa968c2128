#!/usr/bin/env bash
# realdata.sh MIRRORS — fetches the real, published documents that the
# development sets are scored on into .cache/realdata/<set>/<name>.
#
# We never commit those texts. realdata/<set>.tsv names each one: a tab-
# separated line "name  owner/repo  commit  path  sha256". MIRRORS is a folder
# of git snapshots of those public repositories, one per repository, found as
# MIRRORS/owner+repo/repo, MIRRORS/owner+repo, MIRRORS/owner/repo or a clone
# with a .git folder in any of those places. Every file is checked against its
# hash; a file that is missing or differs is reported and the script fails.
# Tests that read a set skip with a message when it has not been fetched.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 MIRRORS [SET...]" >&2; exit 2; }
mirrors=$1; shift
top=$(cd "$(dirname "$0")/.." && pwd)
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  for f in "$top"/realdata/*.tsv; do sets+=("$(basename "$f" .tsv)"); done
fi

gitdir() { # owner/repo → a git dir, or nothing
  local r=$1 plus=${1/\//+} d
  for d in "$mirrors/$plus/repo" "$mirrors/$plus" "$mirrors/$r"; do
    [ -d "$d/.git" ] && { echo "$d/.git"; return; }
    [ -f "$d/HEAD" ] && [ -d "$d/objects" ] && { echo "$d"; return; }
  done
}

fail=0 got=0
for set in "${sets[@]}"; do
  manifest="$top/realdata/$set.tsv"
  [ -f "$manifest" ] || { echo "$set: no manifest $manifest" >&2; fail=1; continue; }
  out="$top/.cache/realdata/$set"
  mkdir -p "$out"
  while IFS=$'\t' read -r name repo commit path sum || [ -n "${name:-}" ]; do
    case "$name" in ''|'#'*) continue ;; esac
    g=$(gitdir "$repo")
    if [ -z "$g" ]; then echo "$set/$name: no snapshot of $repo under $mirrors" >&2; fail=1; continue; fi
    tmp="$out/.$name.part"
    if ! git --git-dir="$g" cat-file blob "$commit:$path" >"$tmp" 2>/dev/null; then
      echo "$set/$name: $repo has no $path at $commit" >&2; rm -f "$tmp"; fail=1; continue
    fi
    have=$(sha256sum "$tmp" | cut -d' ' -f1)
    if [ "$have" != "$sum" ]; then
      echo "$set/$name: $repo:$path hashes to $have, the manifest says $sum" >&2; rm -f "$tmp"; fail=1; continue
    fi
    # a gzipped page (as some repositories keep them) is stored unpacked: the hash is the blob's
    case "$path" in
      *.gz) if ! gzip -dc "$tmp" >"$out/$name"; then echo "$set/$name: $repo:$path is not gzip" >&2; rm -f "$tmp" "$out/$name"; fail=1; continue; fi; rm -f "$tmp" ;;
      *) mv "$tmp" "$out/$name" ;;
    esac
    got=$((got + 1))
  done <"$manifest"
done
echo "fetched $got files into $top/.cache/realdata"
exit $fail
