#!/usr/bin/env python3
"""Writes a synthetic site of N articles that both goodwill and Hugo can build.

The same content/ folder serves both: goodwill reads goodwill.yml, Hugo reads hugo.toml and
layouts/. Front matter is realistic (segments, tags, dates over several years, some drafts) and
bodies are varied Markdown of about 8 KB: headings, lists, code, links, emphasis, quotes and
links to other articles. Deterministic for a given N (seeded).

Usage: bench/gen_corpus.py N OUT_DIR
"""
import os, random, shutil, sys

SEGMENTS = [("founders", "Founders"), ("sales-leaders", "Sales leaders"), ("consultants", "Consultants"),
            ("marketers", "Marketers"), ("investors", "Investors")]
TAGS = ["Reciprocity", "Trust", "Networks", "Introductions", "Sales", "Pricing", "Writing", "Sharing",
        "Feedback", "Buying", "Hiring", "Negotiation", "Onboarding", "Retention", "Partnerships",
        "Community", "Events", "Referrals", "Research", "Storytelling"]
WORDS = ("give ask trust network bridge bond broker buyer seller founder decision journey article reader "
         "share reply meeting introduction value problem answer example checklist draft customer team "
         "price deal pipeline signal context story useful generous specific finished honest").split()


def sentence(rng, n=None):
    n = n or rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    for i in range(len(words)):
        roll = rng.random()
        if roll < 0.04:
            words[i] = f"*{words[i]}*"
        elif roll < 0.06:
            words[i] = f"**{words[i]}**"
        elif roll < 0.07:
            words[i] = f"`{words[i]}`"
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng, count=None):
    return " ".join(sentence(rng) for _ in range(count or rng.randint(3, 6)))


def body(rng, index, total):
    parts = [paragraph(rng)]
    while sum(len(p) for p in parts) < 7800:
        kind = rng.random()
        if kind < 0.18:
            parts.append(f"## {sentence(rng, rng.randint(2, 5))[:-1]}")
        elif kind < 0.24:
            parts.append(f"### {sentence(rng, rng.randint(2, 4))[:-1]}")
        elif kind < 0.34:
            parts.append("\n".join(f"- {sentence(rng, rng.randint(4, 10))}" for _ in range(rng.randint(3, 6))))
        elif kind < 0.40:
            parts.append("\n".join(f"{n}. {sentence(rng, rng.randint(4, 10))}" for n in range(1, rng.randint(3, 6))))
        elif kind < 0.46:
            parts.append("```swift\n" + "\n".join(f"let value{n} = {rng.randint(1, 999)}  // {rng.choice(WORDS)}"
                                                  for n in range(rng.randint(3, 8))) + "\n```")
        elif kind < 0.51:
            parts.append("> " + sentence(rng) + " " + sentence(rng))
        elif kind < 0.58:
            other = rng.randrange(total)
            if other % 20 == 7:  # a draft: goodwill rightly refuses links to unpublished articles
                other = (other + 1) % total
            parts.append(f"{sentence(rng)} Read [the note on {rng.choice(WORDS)}](article-{other}.md) and "
                         f"[an outside view](https://example.org/{rng.choice(WORDS)}).")
        else:
            parts.append(paragraph(rng))
    return "\n\n".join(parts) + "\n"


def front_matter(rng, index):
    year = 2016 + index % 9
    date = f"{year}-{1 + index % 12:02d}-{1 + index % 28:02d}"
    segments = rng.sample([s for s, _ in SEGMENTS], rng.randint(1, 2))
    tags = rng.sample(TAGS, rng.randint(1, 3))
    draft = "\ndraft: true" if index % 20 == 7 else ""
    quoted = lambda items: "[" + ", ".join(f'"{t}"' for t in items) + "]"
    return (f'---\ntitle: "Article {index}: {sentence(rng, 4)[:-1]}"\ndate: {date}\n'
            f"segments: {quoted(segments)}\ntags: {quoted(tags)}{draft}\n---\n")


HUGO_CONFIG = """baseURL = "https://bench.example/"
languageCode = "en"
title = "Bench"
disableKinds = []
# goodwill's feed.limit: both sides write the 20 newest items per feed.
rssLimit = 20
[taxonomies]
  tag = "tags"
  segment = "segments"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]
[pagination]
  pagerSize = 10
"""

# Templates that make the same pages goodwill makes: article pages, a paginated home, taxonomy
# lists (tags and segments, with feeds), RSS and sitemap (Hugo's built-in). Written as a Hugo
# user would: the home paginates .Site.RegularPages directly (every regular page is an article);
# a `where` inside .Paginate is evaluated again for each of the ~950 pager pages, which made
# index.html 20 s of a 27-30 s build (`hugo --templateMetrics`, which `make bench` prints).
HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="canonical" href="{{ .Permalink }}"><meta name="description" content="{{ .Summary | plainify }}"></head>
<body><header><a href="/">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January 2006" }}</time>
<p>{{ .ReadingTime }} min read</p>{{ with .Params.segments }}<p>{{ range . }}<a href="/segments/{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>{{ end }}
{{ .TableOfContents }}{{ .Content }}{{ with .Params.tags }}<p>{{ range . }}<a href="/tags/{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>{{ end }}
{{ with .PrevInSection }}<a href="{{ .Permalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .Permalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a>
<time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Summary | plainify }}</p></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.Permalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range (.Paginate .Site.RegularPages).Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a>
<time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Summary | plainify }}</p></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}
""",
}


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    if os.path.exists(out):
        shutil.rmtree(out)
    articles = os.path.join(out, "content", "articles")
    os.makedirs(articles)
    rng = random.Random(count)
    segments = "\n".join(f'  {slug}: {{title: "{title}", description: "Readers who are {title.lower()}"}}' for slug, title in SEGMENTS)
    with open(os.path.join(out, "goodwill.yml"), "w") as f:
        f.write(f'title: "Bench"\nbase_url: "https://bench.example/"\nauthor: {{name: "Bench Writer"}}\n'
                f"paginate: 10\nfeed: {{full_content: true, limit: 20}}\n"
                # Hugo makes no share kit and no search index: leave them out so both build the same pages.
                f"share: {{kit: false}}\nsearch: false\nsegments:\n{segments}\n")
    with open(os.path.join(out, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    for path, text in HUGO_LAYOUTS.items():
        full = os.path.join(out, "layouts", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(text)
    size = 0
    for index in range(count):
        text = front_matter(rng, index) + body(rng, index, count)
        size += len(text.encode())
        with open(os.path.join(articles, f"article-{index}.md"), "w") as f:
            f.write(text)
    print(f"{count} articles, {size / 1e6:.1f} MB of Markdown in {out}")


if __name__ == "__main__":
    main()
