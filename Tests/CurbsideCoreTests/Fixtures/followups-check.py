#!/usr/bin/env python3
"""Check followups.json and measure `curbside ask` against it.

followups.json holds realistic follow-up questions, each asked from the article
being read ("from"). Questions the library answers carry "answer": a
case-insensitive regular expression (ICU/NSRegularExpression syntax, kept to the
subset Python's `re` reads the same way) that matches the library's own wording
of the fact asked, and "articles": the articles that state it. Questions the
library does not answer carry "answer": null and "articles": [].

1. Checks the fixture: fields, personas, types, splits, and that every pattern
   matches a summary or section sentence of every article listed for it (the
   sections' "does not cover" caveats do not count as stating a fact). Other
   articles whose text also matches are reported, not failed.
2. Unless --no-run, runs `curbside ask QUERY --from FROM --json` for every
   question and prints per split:
     top1        answered questions whose first answer point matches the pattern
     top3        ... where one of the first three points matches
     not-conf    unanswered questions that come back "confident": false
   plus context: answered questions marked confident, mean points per confident
   answer, and points starting with an unresolved pronoun.

Usage (from the repository root):
  python3 Tests/CurbsideCoreTests/Fixtures/followups-check.py
  python3 Tests/CurbsideCoreTests/Fixtures/followups-check.py --no-run
  python3 Tests/CurbsideCoreTests/Fixtures/followups-check.py --persona -v
  python3 Tests/CurbsideCoreTests/Fixtures/followups-check.py --persona --any-size --fixture Tests/CurbsideCoreTests/Fixtures/followups-dev2.json
Exit status: 0 when the fixture is sound, 1 when a check fails, 2 when the
binary cannot be run.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
PERSONAS = {"patient", "caregiver", "nurse", "physician", "pharmacist", "student"}
TYPES = {"dose", "frequency", "duration", "timing", "side-effects", "interactions",
         "who-should", "threshold", "definition", "cause", "symptoms", "diagnosis",
         "treatment", "prevention", "outlook", "pregnancy", "children", "urgency"}
FIELDS = ["query", "from", "persona", "type", "answer", "articles", "split"]
PRONOUN_START = re.compile(r"^(It|Its|They|Their|This|These|That|Those|The label|The guideline|The same)\b")


def load_articles(data_dir):
    """article id -> list of (path, text) for every summary and section string."""
    articles = {}
    for path in sorted(glob.glob(os.path.join(data_dir, "articles", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        units = []

        def walk(node, where):
            if isinstance(node, str):
                units.append((where, node))
            elif isinstance(node, list):
                for item in node:
                    walk(item, where)
            elif isinstance(node, dict):
                for key, value in node.items():
                    walk(value, where + "." + key)

        walk(doc.get("summary", {}), "summary")
        walk(doc.get("sections", {}), "sections")
        articles[doc["id"]] = units
    return articles


def stating(rx, units):
    """Strings of an article that state the fact (caveat lists excluded)."""
    return [text for where, text in units if "doesNotCover" not in where and rx.search(text)]


def check_fixture(items, articles, verbose):
    errors, notes = [], []
    for n, item in enumerate(items):
        tag = "#%d %r" % (n, item.get("query"))
        if sorted(item) != sorted(FIELDS):
            errors.append("%s: fields %s" % (tag, sorted(item)))
            continue
        if item["from"] not in articles:
            errors.append("%s: unknown from %s" % (tag, item["from"]))
        if item["persona"] not in PERSONAS:
            errors.append("%s: persona %s" % (tag, item["persona"]))
        if item["type"] not in TYPES:
            errors.append("%s: type %s" % (tag, item["type"]))
        if item["split"] not in ("dev", "test"):
            errors.append("%s: split %s" % (tag, item["split"]))
        if item["answer"] is None:
            if item["articles"]:
                errors.append("%s: unanswered but lists articles" % tag)
            continue
        try:
            rx = re.compile(item["answer"], re.IGNORECASE)
        except re.error as e:
            errors.append("%s: bad pattern: %s" % (tag, e))
            continue
        if rx.search("") or rx.search("1 2 3 10 20 30 100"):
            errors.append("%s: pattern matches empty text or bare numbers" % tag)
        if not item["articles"]:
            errors.append("%s: answered but lists no articles" % tag)
        for aid in item["articles"]:
            if aid not in articles:
                errors.append("%s: unknown article %s" % (tag, aid))
            elif not stating(rx, articles[aid]):
                errors.append("%s: pattern does not match %s" % (tag, aid))
            elif verbose:
                notes.append("%s [%s] %s" % (tag, aid, stating(rx, articles[aid])[0][:160]))
        others = [a for a, u in articles.items() if a not in item["articles"] and stating(rx, u)]
        if others:
            notes.append("%s: also matches %s" % (tag, ", ".join(others)))
    return errors, notes


def summary_counts(items):
    lines = []
    for split in ("dev", "test", "all"):
        xs = [i for i in items if split == "all" or i["split"] == split]
        ans = sum(1 for i in xs if i["answer"] is not None)
        lines.append("%-4s %3d questions: %3d answered, %3d unanswered, %d from-articles, personas %s" % (
            split, len(xs), ans, len(xs) - ans, len({i["from"] for i in xs}),
            ", ".join("%s %d" % (p, sum(1 for i in xs if i["persona"] == p)) for p in sorted(PERSONAS))))
    return lines


def ask(binary, data_dir, item, with_persona):
    cmd = [binary, "ask", item["query"], "--from", item["from"], "--json"]
    if data_dir:
        cmd[2:2] = ["--data", data_dir]
    if with_persona:
        cmd += ["--persona", item["persona"]]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode not in (0, 1):   # 1 = "the library does not hold an answer" (issue 12)
        raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), proc.returncode, proc.stderr.strip()))
    return json.loads(proc.stdout)


def pct(a, b):
    return "%5.1f%% (%d/%d)" % (100.0 * a / b, a, b) if b else "   n/a"


def measure(items, binary, data_dir, with_persona, verbose):
    rows = []
    for item in items:
        result = ask(binary, data_dir, item, with_persona)
        points = [p.get("text", "") for p in result.get("answer", [])]
        row = {"item": item, "confident": bool(result.get("confident")), "points": points}
        if item["answer"] is not None:
            rx = re.compile(item["answer"], re.IGNORECASE)
            hits = [bool(rx.search(t)) for t in points]
            row["top1"] = bool(hits[:1]) and hits[0]
            row["top3"] = any(hits[:3])
        rows.append(row)
        if verbose:
            mark = ("top1" if row.get("top1") else "top3" if row.get("top3") else "miss") if item["answer"] else "none"
            print("  [%s %s conf=%s n=%d] %s | %s" % (item["split"], mark, row["confident"], len(points),
                                                     item["query"], (points[0][:100] if points else "-")))
    print("BEFORE figures (%s; %s)" % (binary, "with --persona" if with_persona else "without --persona"))
    for split in ("dev", "test", "all"):
        rs = [r for r in rows if split == "all" or r["item"]["split"] == split]
        ans = [r for r in rs if r["item"]["answer"] is not None]
        una = [r for r in rs if r["item"]["answer"] is None]
        conf = [r for r in rs if r["confident"]]
        pron = sum(1 for r in conf for t in r["points"] if PRONOUN_START.match(t))
        npts = sum(len(r["points"]) for r in conf)
        print("%-4s top1 %s  top3 %s  unanswered not confident %s" % (
            split, pct(sum(r["top1"] for r in ans), len(ans)), pct(sum(r["top3"] for r in ans), len(ans)),
            pct(sum(not r["confident"] for r in una), len(una))))
        print("     answered marked confident %s  points per confident answer %s  pronoun-led points %d/%d" % (
            pct(sum(r["confident"] for r in ans), len(ans)),
            ("%.2f" % (npts / len(conf))) if conf else "n/a", pron, npts))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fixture", default=os.path.join(HERE, "followups.json"))
    ap.add_argument("--data", default=os.path.join(REPO, "Data"), help="library directory (default: the repo's Data/)")
    ap.add_argument("--binary", default=os.path.join(REPO, ".build", "debug", "curbside"))
    ap.add_argument("--no-run", action="store_true", help="check the fixture only")
    ap.add_argument("--persona", action="store_true", help="also pass --persona PERSONA to ask")
    ap.add_argument("--split", choices=("dev", "test"), help="measure one split only")
    ap.add_argument("--any-size", action="store_true", help="measure a smaller fixture (e.g. followups-dev2.json)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    with open(args.fixture, encoding="utf-8") as f:
        items = json.load(f)
    articles = load_articles(args.data)
    errors, notes = check_fixture(items, articles, args.verbose)
    for line in summary_counts(items):
        print(line)
    for note in notes:
        print("note: " + note)
    for err in errors:
        print("ERROR: " + err)
    answered = [i for i in items if i["answer"] is not None]
    if not args.any_size and (len(items) < 150 or len(answered) < 100 or len(items) - len(answered) < 50):
        errors.append("need >= 150 questions, >= 100 answered, >= 50 unanswered")
        print("ERROR: " + errors[-1])
    if not args.any_size and len({i["from"] for i in items}) < 30:
        errors.append("need questions from >= 30 articles")
        print("ERROR: " + errors[-1])
    print("fixture: %d answer patterns checked against the library, %d errors" % (len(answered), len(errors)))
    if errors:
        return 1
    if args.no_run:
        return 0
    if not os.access(args.binary, os.X_OK):
        print("cannot run %s (build it first, or pass --binary)" % args.binary)
        return 2
    chosen = [i for i in items if not args.split or i["split"] == args.split]
    try:
        measure(chosen, args.binary, args.data, args.persona, args.verbose)
    except (RuntimeError, ValueError, subprocess.TimeoutExpired) as e:
        print("ask failed: %s" % e)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
