#!/usr/bin/env python3
"""The example site's search in headless Chromium: the built site served on loopback, a query
typed on /search/ returns the articles that hold the word, the audience filter narrows them, a
searched address (`?q=…&segment=…`) comes back searched, and without JavaScript the form goes to
DuckDuckGo limited to the site. Exits non-zero naming the first thing that differs.

    scripts/search-check.py FOLDER

The expected articles are worked out by hand from content/ (see EXPECTED).
"""
import functools
import http.server
import os
import pathlib
import sys
import threading

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium")
DECISION = "The customer’s decision journey, seen from the buyer’s chair"
TRUST = "Trust-based selling for people who hate selling"
CRITICS = "Listening to critics without losing your nerve"
# "journey" is in the text of two articles: the-decision-journey.md (Sales leaders) and
# trust-based-selling.md (Sales leaders, Founders); "critics" only in listening-to-critics.md.
EXPECTED = [
    ("journey", "", {DECISION, TRUST}, "2 articles found."),
    ("journey", "Founders", {TRUST}, "1 article found."),
    ("journey", "Sales leaders", {DECISION, TRUST}, "2 articles found."),
    ("journey", "Consultants", set(), "No articles found."),
    ("critics", "", {CRITICS}, "1 article found."),
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def titles(page):
    return set(page.locator("#search-results h2 a").all_inner_texts())


def wait_for_status(page, text):
    page.wait_for_function("t => document.getElementById('search-status').textContent === t", arg=text, timeout=10_000)


def main():
    folder = pathlib.Path(sys.argv[1])
    server = serve(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    failures = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + "/search/")
        for query, segment, expected, status in EXPECTED:
            page.select_option("#search-segment", value=segment)
            page.fill("#search-query", query)
            page.press("#search-query", "Enter")
            try:
                wait_for_status(page, status)
            except Exception:
                failures.append(f"{query!r} for {segment or 'everyone'}: status {page.locator('#search-status').inner_text()!r}, expected {status!r}")
                continue
            found = titles(page)
            if found != expected:
                failures.append(f"{query!r} for {segment or 'everyone'}: {sorted(found)}, expected {sorted(expected)}")
            want = f"/search/?q={query}" + (f"&segment={segment.replace(' ', '+')}" if segment else "")
            if not page.url.endswith(want):
                failures.append(f"address {page.url}, expected it to end with {want}")
        # A searched address, opened afresh, is searched again (a link, the Back button).
        page.goto(base + "/search/?q=journey&segment=Founders")
        try:
            wait_for_status(page, "1 article found.")
            if titles(page) != {TRUST} or page.input_value("#search-query") != "journey":
                failures.append(f"?q=journey&segment=Founders shows {sorted(titles(page))}")
        except Exception:
            failures.append("?q=journey&segment=Founders was not searched on load")
        if errors:
            failures.append(f"JavaScript errors: {errors}")
        # Without JavaScript: a plain form to DuckDuckGo, limited to the site's host.
        plain = browser.new_context(java_script_enabled=False).new_page()
        plain.goto(base + "/search/")
        action = plain.get_attribute("#search-form", "action")
        sites = plain.get_attribute("input[name=sites]", "value")
        if action != "https://duckduckgo.com/" or sites != "goodwill.example":
            failures.append(f"without JavaScript the form goes to {action} for {sites}")
        browser.close()
    server.shutdown()
    if failures:
        print("search check failed:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"search: {len(EXPECTED) + 1} searches in Chromium as expected, and the no-JavaScript form")


if __name__ == "__main__":
    main()
