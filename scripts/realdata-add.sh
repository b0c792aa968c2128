#!/usr/bin/env bash
# realdata-add.sh SET NAME GITDIR PATH [REPO] — appends a manifest line for
# one file of a git snapshot (at its HEAD) to realdata/SET.tsv. REPO is the
# public owner/repo; it is read from a snapshot folder named owner+repo when
# omitted.
set -euo pipefail
[ $# -ge 4 ] || { echo "usage: $0 SET NAME GITDIR PATH [OWNER/REPO]" >&2; exit 2; }
set_=$1 name=$2 g=$3 path=$4 repo=${5:-}
top=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "$repo" ]; then
  d=$g; [ "$(basename "$d")" = repo ] && d=$(dirname "$d")
  repo=$(basename "$d"); repo=${repo/+//}
fi
commit=$(git --git-dir="$g" rev-parse HEAD)
sum=$(git --git-dir="$g" cat-file blob "$commit:$path" | sha256sum | cut -d' ' -f1)
mkdir -p "$top/realdata"
grep -q "^$name	" "$top/realdata/$set_.tsv" 2>/dev/null && { echo "$set_/$name is listed already" >&2; exit 1; }
printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$repo" "$commit" "$path" "$sum" >>"$top/realdata/$set_.tsv"
mkdir -p "$top/.cache/realdata/$set_"
case "$path" in # a gzipped page is kept unpacked; the manifest hashes the blob
  *.gz) git --git-dir="$g" cat-file blob "$commit:$path" | gzip -dc >"$top/.cache/realdata/$set_/$name" ;;
  *) git --git-dir="$g" cat-file blob "$commit:$path" >"$top/.cache/realdata/$set_/$name" ;;
esac
echo "$set_/$name ← $repo:$path"
