#!/usr/bin/env python3
"""Writes themes/default/static/js/highlight.js: highlight.js from Debian's libjs-highlight.js
package (/usr/share/javascript/highlight.js/highlight.js), its core and the languages below
only, unchanged otherwise, minified with rjsmin (PyPI) when it is installed.

Why a copy in the theme and not build-time highlighting: see docs/themes.md ("Code"). The
theme loads it only on pages with fenced code that names a language, from the site itself.
Usage: apt-get install libjs-highlight.js; pip install rjsmin; scripts/vendor-highlight.py
"""
import pathlib, re, subprocess, sys

SOURCE = pathlib.Path("/usr/share/javascript/highlight.js/highlight.js")
TARGET = pathlib.Path(__file__).resolve().parent.parent / "themes" / "default" / "static" / "js" / "highlight.js"
# What technical and business blogs write most; each brings its aliases (cpp: c, h; xml: html;
# ini: toml; shell: console; javascript: js; typescript: ts; bash: sh).
LANGUAGES = ["bash", "cpp", "cs", "css", "diff", "dockerfile", "go", "ini", "java", "javascript", "json",
             "kotlin", "makefile", "markdown", "php", "plaintext", "python", "ruby", "rust", "scss", "shell",
             "sql", "swift", "typescript", "xml", "yaml"]


def main():
    text = SOURCE.read_text(encoding="utf-8")
    starts = [m.start() for m in re.finditer(r"^hljs\.registerLanguage\('", text, re.M)]
    core = text[: starts[0]]
    blocks = {}
    for begin, end in zip(starts, starts[1:] + [len(text)]):
        name = re.match(r"hljs\.registerLanguage\('([^']+)'", text[begin:]).group(1)
        blocks[name] = text[begin:end]
    missing = [name for name in LANGUAGES if name not in blocks]
    if missing:
        sys.exit(f"not in {SOURCE}: {', '.join(missing)}")
    body = core + "".join(blocks[name] for name in LANGUAGES)
    try:
        import rjsmin
        body = rjsmin.jsmin(body)
    except ImportError:
        print("rjsmin not installed: writing the unminified text", file=sys.stderr)
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libjs-highlight.js"],
                             capture_output=True, text=True).stdout.strip() or "unknown"
    header = (f"/*! highlight.js {version.split('+')[0]} | BSD-3-Clause, Ivan Sagalaev and contributors | "
              f"from Debian's libjs-highlight.js {version}: the core and {len(LANGUAGES)} languages "
              f"({', '.join(LANGUAGES)}), by scripts/vendor-highlight.py */\n")
    TARGET.write_text(header + body.strip() + "\n", encoding="utf-8")
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")


main()
