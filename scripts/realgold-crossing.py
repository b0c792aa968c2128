#!/usr/bin/env python3
"""realgold-crossing.py DUMP BATCH... — finds gold labels that run across a
reporting clause ("…," Parker said. "…"), which the gold conventions split
into two entries, and labels whose words are not in the imported text.

DUMP is a folder of imported texts, <name>.txt, written by
  QIMPORT="$PWD/.cache/realdata/quotes/*" QIMPORT_OUT=DUMP \\
    go test -count=1 -run TestImportTextDump ./app/quotes/
BATCH names folders under app/quotes/testdata/realgold (b57 …).
Exits 1 when it finds either."""
import glob, json, os, re, sys

FOLD = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})
CROSS = re.compile(r'[,.!?]?["”]\s+[^"“”\n]{2,80}?\b(said|says|added|told|asked|explained|'
                   r'continued|wrote|noted|recalled)\b[^"“”\n]{0,80}?["“]')


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    dump, batches = sys.argv[1], sys.argv[2:]
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    bad = 0
    for b in batches:
        for gf in sorted(glob.glob(os.path.join(top, "app/quotes/testdata/realgold", b, "*.json"))):
            name = os.path.basename(gf)[:-5]
            texts = glob.glob(os.path.join(dump, name + ".*txt")) + glob.glob(os.path.join(dump, name + ".txt"))
            if not texts:
                print(f"{b}/{name}: no imported text in {dump}")
                bad += 1
                continue
            text = open(texts[0], encoding="utf-8").read().translate(FOLD)
            pos = 0
            for q in json.load(open(gf, encoding="utf-8"))["quotes"]:
                if "begins" not in q:
                    continue
                begins, ends = q["begins"].translate(FOLD), q["ends"].translate(FOLD)
                a = text.find(begins, pos)
                if a < 0:
                    a = text.find(begins)
                b_ = text.find(ends, a) if a >= 0 else -1
                if a < 0 or b_ < 0:
                    print(f"{b}/{name}: not found in order: {q['begins']!r} … {q['ends']!r}")
                    bad += 1
                    continue
                pos = a
                span = text[a:b_ + len(ends)]
                m = CROSS.search(span)
                if m and "\n" not in span[:m.start()]:
                    print(f"{b}/{name}: runs across a reporting clause: {q['begins']!r} … {q['ends']!r} ({m.group(0)[:60]!r})")
                    bad += 1
    print(f"{bad} problem(s)")
    sys.exit(1 if bad else 0)


main()
