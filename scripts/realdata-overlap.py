#!/usr/bin/env python3
"""Check that no real document of ours is one of the pages kept for evaluation.

usage: scripts/realdata-overlap.py MIRRORS TEXTDIR...

MIRRORS holds git snapshots of the off-limits repositories (owner+repo/repo,
as the fetch tool and scripts/realdata.sh use them); each TEXTDIR holds the
imported text of our documents, one file each (app/quotes TestImportTextDump
writes them). A document is reported when 5% or more of its 8-word runs occur
in one off-limits page: a copy of an evaluation page shares most of them,
while pages of the same site share a line or two of furniture (a promotion,
a newsletter box: 1-2%). Exits 1 when anything is reported.
"""
import collections, gzip, html, os, re, subprocess, sys

OFF_LIMITS = ["mozilla+readability", "postlight+parser", "scrapinghub+article-extraction-benchmark"]


def words(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def runs(w, n=8):
    return {" ".join(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


def page_text(b):
    s = b.decode("utf-8", "replace")
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    mirrors, dirs = sys.argv[1], sys.argv[2:]
    seen = collections.defaultdict(set)  # 8-word run -> off-limits pages holding it
    for repo in OFF_LIMITS:
        git = os.path.join(mirrors, repo, "repo")
        if not os.path.isdir(git):
            sys.exit(f"{git}: missing; fetch {repo.replace('+', '/')} first")
        names = subprocess.run(["git", "--git-dir", git, "ls-tree", "-r", "--name-only", "HEAD"],
                               capture_output=True, text=True, check=True).stdout.split()
        for p in names:
            if not re.search(r"\.(html?|html\.gz)$", p) or "expected" in p:
                continue
            b = subprocess.run(["git", "--git-dir", git, "show", "HEAD:" + p], capture_output=True).stdout
            if p.endswith(".gz"):
                try:
                    b = gzip.decompress(b)
                except OSError:
                    continue
            for r in runs(words(page_text(b))):
                seen[r].add(f"{repo}:{p}")
    found = False
    for d in dirs:
        for f in sorted(os.listdir(d)):
            ours = runs(words(open(os.path.join(d, f), encoding="utf-8", errors="replace").read()))
            hits = collections.Counter(page for r in ours for page in seen.get(r, ()))
            for page, n in hits.most_common(1):
                if n >= 0.05 * len(ours):
                    found = True
                    print(f"{d}/{f}: {n} of {len(ours)} 8-word runs in {page}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
