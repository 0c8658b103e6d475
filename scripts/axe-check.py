#!/usr/bin/env python3
"""axe-core (the copy PyPI's axe-playwright-python ships) over every page kind of the built
sites, in headless Chromium at 390 and 1280 px wide, light and dark: exits non-zero on any
violation, naming page, size, scheme, rule and the first element.

    scripts/axe-check.py NAME=FOLDER [NAME=FOLDER ...]

Each folder is served on loopback (the pages use root-relative URLs). A page kind is the page's
path with its names replaced by `*` (`tags/*/index.html`): one page of each kind is checked, and
every article, where the Markdown differs most. Redirect pages (aliases) are skipped: they
navigate away before axe runs.
"""
import functools
import http.server
import os
import pathlib
import sys
import threading

import axe_playwright_python
from playwright.sync_api import sync_playwright

AXE = pathlib.Path(axe_playwright_python.__file__).with_name("axe.min.js")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium")
SIZES = [(390, 844), (1280, 800)]
SCHEMES = ["light", "dark"]
FIXED = {"articles", "for", "tags", "archive", "share", "page", "search"}
# WCAG 2.0–2.2 A and AA, and axe's best practices (landmarks, heading order, region names).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def kind(path):
    parts = path.split("/")
    return "/".join(p if p in FIXED or p == parts[-1] else "*" for p in parts)


def pages(folder):
    found = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
    chosen, kinds = [], set()
    for path in found:
        text = (folder / path).read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text:
            continue
        k = kind(path)
        if path.startswith("articles/") or k not in kinds:
            chosen.append(path)
            kinds.add(k)
    return chosen


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(arguments):
    sites = [argument.split("=", 1) for argument in arguments]
    script = AXE.read_text(encoding="utf-8")
    version = script.split("axe v", 1)[1].split()[0]
    runs, failures, checked = 0, [], 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for name, folder in sites:
            folder = pathlib.Path(folder)
            server = serve(folder)
            origin = f"http://127.0.0.1:{server.server_address[1]}/"
            paths = pages(folder)
            checked += len(paths)
            for width, height in SIZES:
                for scheme in SCHEMES:
                    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                    page = context.new_page()
                    for path in paths:
                        page.goto(origin + path.removesuffix("index.html"), wait_until="load")
                        page.add_script_tag(content=script)
                        violations = page.evaluate(
                            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
                            ".then(r => r.violations.map(v => [v.id, v.impact, v.nodes.length, v.nodes[0].target.join(' '), v.nodes[0].failureSummary]))",
                            TAGS)
                        runs += 1
                        for rule, impact, count, target, summary in violations:
                            failures.append(f"{name}/{path} at {width}px {scheme}: {rule} ({impact}, {count} node{'s' if count != 1 else ''}): {target}\n    {summary.splitlines()[-1].strip() if summary else ''}")
                    context.close()
            server.shutdown()
        browser.close()
    for failure in failures:
        print(failure)
    print(f"axe-core {version}: {checked} pages × {len(SIZES)} widths × {len(SCHEMES)} schemes = {runs} runs, {len(failures)} violations")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
