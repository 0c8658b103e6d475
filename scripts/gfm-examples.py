#!/usr/bin/env python3
"""Writes Tests/Fixtures/gfm/examples.json: the examples of the GitHub Flavored Markdown
specification (test/spec.txt, tagged table, strikethrough, disabled = task list items) and of
cmark-gfm's extension tests (test/extensions.txt: tables, strikethroughs, footnotes, task lists)
that need no other extension (autolinks and the tag filter are not part of issue #19).

Usage: scripts/gfm-examples.py PATH-TO-A-CMARK-GFM-CHECKOUT-OR-GIT-DIR
Both texts are CC-BY-SA 4.0 (John MacFarlane, GitHub); the fixture keeps the source of each.
"""
import json, subprocess, sys, os

FENCE = "`" * 32


def read(repo, path):
    if os.path.isdir(os.path.join(repo, "test")):
        return open(os.path.join(repo, path), encoding="utf-8").read()
    return subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:{path}"], capture_output=True, text=True, check=True).stdout


def examples(text, source):
    section, number, lines = "", 0, text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        if line.startswith(FENCE + " example"):
            number += 1
            tag = line[len(FENCE + " example"):].strip()
            body, index = [], index + 1
            while not lines[index].startswith(FENCE):
                body.append(lines[index])
                index += 1
            split = body.index(".")
            markdown = "\n".join(body[:split]) + "\n"
            html = "\n".join(body[split + 1:]) + ("\n" if body[split + 1:] else "")
            yield {"source": source, "number": number, "section": section, "tag": tag,
                   "markdown": markdown.replace("\u2192", "\t"), "html": html.replace("\u2192", "\t")}
        index += 1


def main():
    repo = sys.argv[1]
    chosen = []
    for example in examples(read(repo, "test/spec.txt"), "spec.txt"):
        if example["tag"] in ("table", "strikethrough", "disabled"):
            chosen.append(example)
    wanted = {"Tables", "Table cell count mismatches", "Embedded pipes", "Oddly-formatted markers", "Escaping",
              "Reference-style links", "Sequential cells", "Interaction with emphasis",
              "a table can be recognised when separated from a paragraph of text without an empty line",
              "Strikethroughs", "Footnotes", "Task lists"}
    for example in examples(read(repo, "test/extensions.txt"), "extensions.txt"):
        if example["section"] in wanted:
            chosen.append(example)
    out = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "gfm", "examples.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(chosen, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(chosen)} examples → {os.path.normpath(out)}")


main()
