#!/usr/bin/env python3
"""goodwill against Hugo on the same corpus, in the same run (`make bench`).

For each size (default 1,000 and 10,000 articles) it generates a corpus (bench/gen_corpus.py,
cached under .bench/), then times `goodwill build` (with the share kit, as users get it, and
without, which makes the same pages as Hugo) and `hugo --quiet` writing into tmpfs
(/dev/shm: on this machine's disk, deleting and rewriting 10,000 files measures the disk, not
the generator) from a copy of the corpus in tmpfs too (`in_tmpfs`), takes the median of several runs, measures peak RSS with /usr/bin/time, and
measures the raw single-core libcmark time of the corpus as the floor (in the same rounds, as a
median). It also times loading a
ledger of 30,000 contacts and 1,000,000 activity rows, and importing a LinkedIn export of 5,000
conversations and 100,000 messages (`--only import` runs that alone). Prints a table and writes
.bench/results.json.

Usage: bench/run.py [--sizes 1000,10000] [--runs 3]
"""
import argparse, hashlib, json, os, platform, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, ".bench")
GOODWILL = os.path.join(ROOT, ".build", "release", "goodwill")
PROBE = os.path.join(ROOT, ".build", "release", "goodwill-bench")
SHM = "/dev/shm" if os.path.isdir("/dev/shm") else BENCH


def run(command, **kwargs):
    return subprocess.run(command, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def timed(command, runs, output, also_remove=()):
    times = []
    for _ in range(runs):
        shutil.rmtree(output, ignore_errors=True)
        for path in also_remove:  # what a run leaves that the next would read (the digest's record)
            if os.path.exists(path):
                os.remove(path)
        start = time.perf_counter()
        run(command)
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def peak_rss_mb(command, output):
    shutil.rmtree(output, ignore_errors=True)
    result = run(["/usr/bin/time", "-f", "%M"] + command)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def corpus(size):
    generator = open(os.path.join(ROOT, "bench", "gen_corpus.py"), "rb").read()
    key = hashlib.sha256(generator).hexdigest()[:12]
    folder = os.path.join(BENCH, f"corpus-{size}-{key}")
    if not os.path.isdir(folder):
        run([sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), str(size), folder])
    return folder


def in_tmpfs(corpus_folder):
    """A copy of the corpus in tmpfs, which both tools read. On disk, this VM's proactive page
    reclaim (DAMON) evicts the corpus between runs, and a build then waits on the disk: seen
    as a read phase of 0.3 s in one run and 1.4 s in the next."""
    if SHM == BENCH:
        return corpus_folder
    copy = os.path.join(SHM, "goodwill-bench-" + os.path.basename(corpus_folder))
    if not os.path.isdir(copy):
        shutil.copytree(corpus_folder, copy + ".partial", symlinks=True)
        os.rename(copy + ".partial", copy)
    return copy


def kit_site(corpus_folder):
    """The same corpus as goodwill users get it: goodwill.yml without `share: {kit: false}`, so
    the share kit (a page and a JSON file per article) is built, as it is by default."""
    folder = corpus_folder + "-kit"
    if not os.path.isdir(folder):
        os.makedirs(folder)
        os.symlink(os.path.join(corpus_folder, "content"), os.path.join(folder, "content"))
        config = open(os.path.join(corpus_folder, "goodwill.yml")).read()
        with open(os.path.join(folder, "goodwill.yml"), "w") as f:
            f.write(config.replace("share: {kit: false}\n", ""))
    return folder


def code_site(corpus_folder, highlight):
    """The corpus with code colouring on (its cache in the folder) or off (`highlight: false`)."""
    folder = corpus_folder + ("-colour" if highlight else "-plain")
    if not os.path.isdir(folder):
        os.makedirs(folder)
        os.symlink(os.path.join(corpus_folder, "content"), os.path.join(folder, "content"))
        config = open(os.path.join(corpus_folder, "goodwill.yml")).read()
        with open(os.path.join(folder, "goodwill.yml"), "w") as f:
            f.write(config + ("" if highlight else "markdown: {highlight: false}\n"))
    return folder


def code_bench(count):
    """`goodwill build` of the 10,000-article corpus (kit off) with code colours off, warm (every
    block's colours in the cache) and cold (the cache removed before each run), interleaved."""
    folder = in_tmpfs(corpus(10000))
    plain, colour = code_site(folder, False), code_site(folder, True)
    cache = os.path.join(colour, ".goodwill-cache", "code-colours")
    out = os.path.join(SHM, "goodwill-code-bench")
    plain_cmd = [GOODWILL, "build", "--source", plain, "--output", out]
    colour_cmd = [GOODWILL, "build", "--source", colour, "--output", out]
    run(plain_cmd)
    run(colour_cmd)
    off, warm, cold = [], [], []
    for _ in range(count):
        off += timed(plain_cmd, 1, out)[1]
        warm += timed(colour_cmd, 1, out)[1]
        cold += timed(colour_cmd, 1, out, also_remove=[cache])[1]
    result = {"off_seconds": statistics.median(off), "off_runs": off, "warm_seconds": statistics.median(warm), "warm_runs": warm,
              "cold_seconds": statistics.median(cold), "cold_runs": cold, "cache_bytes": os.path.getsize(cache),
              "warm_over_off": statistics.median(warm) / statistics.median(off) - 1}
    shutil.rmtree(out, ignore_errors=True)
    return result


def search_site(corpus_folder):
    """The corpus with `search: true`: Pagefind indexes the built site (its 10,000 articles)."""
    folder = corpus_folder + "-search"
    if not os.path.isdir(folder):
        os.makedirs(folder)
        os.symlink(os.path.join(corpus_folder, "content"), os.path.join(folder, "content"))
        config = open(os.path.join(corpus_folder, "goodwill.yml")).read()
        with open(os.path.join(folder, "goodwill.yml"), "w") as f:
            f.write(config.replace("search: false\n", "search: true\n"))
    return folder


def search_bench(count):
    """`goodwill build` of the 10,000-article corpus (kit off) with search off and on
    (Pagefind indexing the output in the same build), interleaved; the index's size on disk
    and the bytes a reader's first search loads at most (the entry, meta, wasm and script)."""
    folder = in_tmpfs(corpus(10000))
    searched = search_site(folder)
    out = os.path.join(SHM, "goodwill-search-bench")
    off_cmd = [GOODWILL, "build", "--source", folder, "--output", out]
    on_cmd = [GOODWILL, "build", "--source", searched, "--output", out]
    run(off_cmd)
    run(on_cmd)
    off, on = [], []
    for _ in range(count):
        off += timed(off_cmd, 1, out)[1]
        on += timed(on_cmd, 1, out)[1]
    index = os.path.join(out, "pagefind")
    files = [os.path.join(d, f) for d, _, fs in os.walk(index) for f in fs]
    first = [f for f in files if os.path.basename(f) in ("pagefind.js", "pagefind-entry.json", "wasm.en.pagefind") or f.endswith(".pf_meta")]
    result = {"off_seconds": statistics.median(off), "off_runs": off, "on_seconds": statistics.median(on), "on_runs": on,
              "on_over_off": statistics.median(on) / statistics.median(off) - 1,
              "index_bytes": sum(os.path.getsize(f) for f in files), "index_files": len(files),
              "fragments": len(os.listdir(os.path.join(index, "fragment"))),
              "first_search_bytes": sum(os.path.getsize(f) for f in first)}
    shutil.rmtree(out, ignore_errors=True)
    return result


def print_search(r):
    def spread(runs):
        return ", ".join(f"{t:.2f}" for t in runs)
    print(f"search, 10,000 articles (kit off): off {r['off_seconds']:.2f} s ({spread(r['off_runs'])}); "
          f"on {r['on_seconds']:.2f} s ({spread(r['on_runs'])}; {r['on_over_off']:+.1%}); "
          f"index {r['index_bytes'] / 1e6:.1f} MB in {r['index_files']:,} files ({r['fragments']:,} fragments); "
          f"a first search loads ≤ {r['first_search_bytes'] / 1e3:.0f} KB before its results' fragments")


def print_code(r):
    def spread(runs):
        return ", ".join(f"{t:.2f}" for t in runs)
    print(f"code colours, 10,000 articles (kit off): off {r['off_seconds']:.2f} s ({spread(r['off_runs'])}); "
          f"warm {r['warm_seconds']:.2f} s ({spread(r['warm_runs'])}; {r['warm_over_off']:+.1%}); "
          f"cold {r['cold_seconds']:.2f} s ({spread(r['cold_runs'])}); cache {r['cache_bytes'] / 1e6:.1f} MB")


def go_duration(text):
    """Seconds in a Go duration as Hugo prints it: 5.7s, 950.2ms, 43.2µs, 1m2.5s."""
    total, number = 0.0, ""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 1e-3, "µs": 1e-6, "us": 1e-6, "ns": 1e-9}
    index = 0
    while index < len(text):
        if text[index].isdigit() or text[index] == ".":
            number += text[index]
            index += 1
            continue
        unit = next(u for u in ("ms", "µs", "us", "ns", "h", "m", "s") if text.startswith(u, index))
        total += float(number) * units[unit]
        number, index = "", index + len(unit)
    return total


def hugo_template_metrics(hugo, folder, output):
    """Hugo's own account of where its templates spend time: the top three by cumulative time."""
    shutil.rmtree(output, ignore_errors=True)
    lines = run([hugo, "--templateMetrics", "--source", folder, "-d", output]).stdout.splitlines()
    rows = []
    for line in lines:
        fields = line.split()
        # cumulative, average, maximum, [cache potential, percent cached, cached count,] count, template
        if len(fields) in (5, 8) and fields[0][0].isdigit():
            rows.append({"template": fields[-1], "cumulative_seconds": go_duration(fields[0]), "count": int(fields[-2])})
    rows.sort(key=lambda row: -row["cumulative_seconds"])
    return rows[:3]


def serve_probe(site, runs=5):
    """`goodwill serve` at this size: CPU used while idle for 10 s, and the time from an article's
    file being written to the changed page being served, for a body edit and a title edit."""
    import re, signal, urllib.request
    process = subprocess.Popen([GOODWILL, "serve", "--source", site, "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        port = None
        while port is None:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError("goodwill serve exited")
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            port = found and int(found.group(1))
        base = f"http://127.0.0.1:{port}"

        def get(path):
            try:
                with urllib.request.urlopen(base + path, timeout=30) as response:
                    return response.read().decode()
            except Exception as error:
                return getattr(error, "read", lambda: b"")().decode() if hasattr(error, "read") else ""

        article = os.path.join(site, "content", "articles", "article-0.md")
        page = "/articles/article-0/"
        while "article-0" not in get(page) and "Article 0" not in get(page):
            time.sleep(0.05)
        time.sleep(2)

        def cpu_seconds():
            fields = open(f"/proc/{process.pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        before = cpu_seconds()
        time.sleep(10)
        idle_percent = (cpu_seconds() - before) / 10 * 100

        original = open(article).read()

        def latency(edit, marker):
            with open(article, "w") as f:
                f.write(edit)
            start = time.perf_counter()
            while marker not in get(page):
                if time.perf_counter() - start > 30:
                    return float("inf")
            return time.perf_counter() - start

        try:
            body, title = [], []
            for number in range(runs):
                body.append(latency(original + f"\nLatency probe {number} {time.time_ns()}\n", f"Latency probe {number} "))
                time.sleep(0.3)
            for number in range(runs):
                marker = f"Retitled {number} {time.time_ns()}"
                title.append(latency(re.sub(r'^title: ".*"$', f'title: "{marker}"', original, count=1, flags=re.M), marker))
                time.sleep(0.3)
        finally:
            with open(article, "w") as f:
                f.write(original)
        return {"idle_cpu_percent": idle_percent, "body_edit_seconds": statistics.median(body), "body_edit_runs": body,
                "title_edit_seconds": statistics.median(title), "title_edit_runs": title}
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def ledger_site():
    folder = os.path.join(BENCH, "ledger-30k-1m")
    if os.path.isdir(folder):
        return folder
    os.makedirs(os.path.join(folder, "network"))
    with open(os.path.join(folder, "goodwill.yml"), "w") as f:
        f.write('title: "Ledger bench"\nbase_url: "https://bench.example/"\nsegments:\n'
                '  founders: {title: Founders}\n  sales-leaders: {title: Sales leaders}\n  consultants: {title: Consultants}\n')
    segments = ["founders", "sales-leaders", "consultants"]
    with open(os.path.join(folder, "network", "contacts.csv"), "w") as f:
        f.write("id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes\n")
        for i in range(30000):
            f.write(f'contact-{i},Person {i},p{i}@example.com,Company {i % 700},Role {i % 50},{segments[i % 3]},tag{i % 20},'
                    f'https://www.linkedin.com/in/p{i}/,20{10 + i % 15}-0{1 + i % 9}-1{i % 10},linkedin,,"Note about {i}, with a comma"\n')
    kinds = ["shared", "replied", "met", "helped", "asked", "received", "intro"]
    with open(os.path.join(folder, "network", "activity.csv"), "w") as f:
        f.write("date,kind,contact,ref,via,note\n")
        for i in range(1_000_000):
            kind = kinds[i % 7]
            ref = f"article-{i % 500}" if kind == "shared" else (f"contact-{(i + 1) % 30000}" if kind == "intro" else "")
            note = '"Said thanks, asked about pricing"' if i % 7 == 1 else ""
            f.write(f"20{15 + i % 10}-0{1 + i % 9}-1{i % 10},{kind},contact-{i % 30000},{ref},linkedin,{note}\n")
    return folder


def suggest_site(corpus_folder):
    """The 10,000-article corpus with a network of 30,000 contacts and 1,000,000 activity rows
    whose shares name the corpus's articles and whose tags are the corpus's tags. Contacts are
    spread over three segments, 10,000 each; all but the sales leaders have an email, and the
    founders opted in, so the founders' digest has 10,000 recipients."""
    folder = os.path.join(BENCH, "network-30k-10k-1m-v3-" + os.path.basename(corpus_folder).split("-")[-1])
    if os.path.isdir(folder):
        return folder
    os.makedirs(os.path.join(folder, "network"))
    os.symlink(os.path.join(corpus_folder, "content"), os.path.join(folder, "content"))
    config = open(os.path.join(corpus_folder, "goodwill.yml")).read()
    with open(os.path.join(folder, "goodwill.yml"), "w") as f:
        f.write(config.replace('author: {name: "Bench Writer"}', 'author: {name: "Bench Writer", email: "writer@bench.example"}'))
    segments = ["founders", "sales-leaders", "consultants"]
    tags = ["Reciprocity", "Trust", "Networks", "Introductions", "Sales", "Pricing", "Writing", "Sharing"]
    with open(os.path.join(folder, "network", "contacts.csv"), "w") as f:
        f.write("id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes,consent,consent_on\n")
        for i in range(30000):
            email = "" if i % 3 == 1 else f"p{i}@example.com"
            consent = "opted-in,2026-01-01" if i % 3 == 0 else ","
            f.write(f'contact-{i},Person {i},{email},Company {i % 700},Role {i % 50},{segments[i % 3]},{tags[i % 8]},'
                    f'https://www.linkedin.com/in/p{i}/,20{10 + i % 15}-0{1 + i % 9}-1{i % 10},linkedin,,"Note {i}",{consent}\n')
    kinds = ["shared", "replied", "met", "helped", "asked", "received", "intro"]
    with open(os.path.join(folder, "network", "activity.csv"), "w") as f:
        f.write("date,kind,contact,ref,via,note\n")
        for i in range(1_000_000):
            kind = kinds[i % 7]
            ref = f"article-{(i * 7) % 10000}" if kind == "shared" else (f"contact-{(i + 1) % 30000}" if kind == "intro" else "")
            f.write(f"20{16 + i % 10}-0{1 + i % 9}-1{i % 10},{kind},contact-{i % 30000},{ref},linkedin,\n")
    return folder


def linkedin_export_site():
    """A site of 200 articles whose ledger has 4,500 contacts, and a LinkedIn export (the zip, as
    LinkedIn sends it) of 5,000 conversations and 100,000 messages over two years: 4,500 of the
    people are connections (in Connections.csv and the ledger), 300 write in two conversations
    (a second InMail), 500 are nobody (the unmatched list). One message of the user's in four
    links an article, with tracking parameters; replies quote the message they answer."""
    import zipfile
    folder = os.path.join(BENCH, "linkedin-5k-100k-v1")
    zip_path = os.path.join(folder, "Complete_LinkedInDataExport_11-23-2026.zip")
    if os.path.exists(zip_path):
        return folder, zip_path
    os.makedirs(os.path.join(folder, "network"), exist_ok=True)
    os.makedirs(os.path.join(folder, "content", "articles"), exist_ok=True)
    with open(os.path.join(folder, "goodwill.yml"), "w") as f:
        f.write('title: "Import bench"\nbase_url: "https://bench.example/"\nsegments:\n  founders: {title: Founders}\n')
    for a in range(200):
        with open(os.path.join(folder, "content", "articles", f"article-{a}.md"), "w") as f:
            f.write(f"---\ntitle: Article {a}\ndate: 2024-01-01\nsegments: [founders]\n---\nBody of article {a}.\n")
    people = 4800  # conversation c is with person c % 4800: persons 0..199 have two
    connected = 4500
    def url(p):
        return f"https://www.linkedin.com/in/person-{p}-bench"
    with open(os.path.join(folder, "network", "contacts.csv"), "w") as f:
        f.write("id,name,company,position,segments,url,connected_on,source\n")
        for p in range(connected):
            f.write(f"person-{p},Person {p},Company {p % 700},Founder,founders,https://linkedin.com/in/person-{p}-bench,"
                    f"2023-0{1 + p % 9}-1{p % 10},linkedin\n")
    connections = ["Notes:", '"When exporting your connection data, you may notice that some of the email addresses are missing."', "",
                   "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    for p in range(connected):
        connections.append(f"Person,{p},{url(p)},,Company {p % 700},Founder,1{p % 10} {months[p % 9]} 2023")
    me = "https://www.linkedin.com/in/bench-writer"
    lines = ['\ufeff"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE",'
             '"SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT","IS CONVERSATION DRAFT"']
    start = 1704067200  # 2024-01-01T00:00:00Z
    for c in range(5000):
        p = c % people if c < 5000 - 500 else 5000 + c  # the last 500 conversations: nobody
        name = f"Person {p}"
        for k in range(20):
            t = start + c * 12_000 + k * 3_600
            date = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(t))
            if k % 2 == 0:
                link = f" https://bench.example/articles/article-{(c + k) % 200}/?utm_source=linkedin&utm_medium=social" if k % 8 == 0 else ""
                content = f'"Hi {name}, thanks for the chat about pipeline reviews.{link}\nTalk soon, Bench"'
                lines.append(f"2-conv{c},,Bench Writer,{me},{name},{url(p)},{date},,{content},INBOX,,No,No")
            else:
                content = f'"Thanks! That helps.\n\nOn Mon, Bench Writer wrote:\n> Hi {name}, thanks for the chat about pipeline reviews."'
                lines.append(f"2-conv{c},,{name},{url(p)},Bench Writer,{me},{date},,{content},INBOX,,No,No")
    invitations = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" \
                  f"Bench Writer,Person 1,9/5/26, 1:12 AM,,OUTGOING,{me},{url(1)}\n"
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Connections.csv", "\n".join(connections) + "\n")
        z.writestr("messages.csv", "\n".join(lines) + "\n")
        z.writestr("Invitations.csv", invitations)
    return folder, zip_path


def import_bench(runs):
    """`goodwill import linkedin-export` of the synthetic export into a fresh ledger (the rows,
    keys, posts and unmatched list removed before each run), and again over its own result."""
    site, zip_path = linkedin_export_site()
    written = [os.path.join(site, "network", name) for name in ("activity.csv", "imported.csv", "unmatched.csv", "posts.csv")]
    command = [GOODWILL, "import", "linkedin-export", zip_path, "--source", site, "--as-of", "2026-11-23"]
    for path in written:
        if os.path.exists(path):
            os.remove(path)
    first = run(command).stdout  # warm the page cache; the contacts match the connections already
    rows = int(first.split("Imported ")[1].split(" rows")[0])
    median, times = timed(command, runs, os.path.join(SHM, "goodwill-import-none"), written)
    again, again_times = timed(command, runs, os.path.join(SHM, "goodwill-import-none"))
    rss = peak_rss_mb(command, os.path.join(SHM, "goodwill-import-none"))
    return {"conversations": 5000, "messages": 100_000, "rows": rows, "seconds": median, "runs": times,
            "again_seconds": again, "again_runs": again_times, "peak_rss_mb": rss,
            "zip_bytes": os.path.getsize(zip_path)}


def mail_site():
    """The example site with 5,000 contacts (each with an address) and a generated Takeout-style
    mbox of 100,000 messages (CRLF, Gmail separators, 2–6 KB each, a fifth HTML): the user's mails
    to contacts (a third linking an article), contacts' replies threaded onto them, out-of-office
    replies, newsletters, and mail from 5,000 strangers."""
    folder = os.path.join(BENCH, "mail-5k-100k-v1")
    mbox = os.path.join(folder, "all-mail.mbox")
    if os.path.exists(mbox):
        return folder, mbox
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "network"))
    for item in ("goodwill.yml", "content", "themes"):
        source = os.path.join(ROOT, item)
        (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(folder, item))
    with open(os.path.join(folder, "network", "contacts.csv"), "w") as out:
        out.write("id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes\n")
        for n in range(5000):
            out.write(f"contact-{n},Contact {n},contact{n}@people.example,,,founders,,,,manual,,\n")
    slugs = ["give-before-you-ask", "the-decision-journey", "listening-to-critics", "who-knows-you", "trust-based-selling"]
    filler = "This is a line of an ordinary message, written the way people write to each other.\r\n" * 30
    start = 1_767_225_600  # 2026-01-01
    with open(mbox, "w", newline="") as out:
        for i in range(100_000):
            t = start + i * 240
            date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(t))
            kind = i % 10
            n = (i * 7919) % 5000
            out.write(f"From 17{i:017d}@xxx {time.strftime('%a %b %d %H:%M:%S +0000 %Y', time.gmtime(t))}\r\n")
            out.write("X-Gmail-Labels: Inbox,Opened\r\nMIME-Version: 1.0\r\n")
            if kind < 3:  # the user's mail to a contact
                link = f"https://goodwill.example/articles/{slugs[i % 5]}/?utm_source=email\r\n" if kind == 0 else ""
                out.write(f"From: Mara Quill <mara@goodwill.example>\r\nTo: Contact {n} <contact{n}@people.example>\r\nDate: {date}\r\n"
                          f"Subject: Note {i}\r\nMessage-ID: <m{i}@goodwill.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                          f"Hi,\r\n{link}{filler}\r\n")
            elif kind < 6:  # a contact's reply to the user's mail a few messages back
                j = i - (i % 10) - 10 + (kind - 3)
                to = (j * 7919) % 5000
                out.write(f"From: Contact {to} <contact{to}@people.example>\r\nTo: mara@goodwill.example\r\nDate: {date}\r\n"
                          f"Subject: Re: Note {j}\r\nMessage-ID: <r{i}@people.example>\r\nIn-Reply-To: <m{j}@goodwill.example>\r\n"
                          f"References: <m{j}@goodwill.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThanks!\r\n{filler}> quoted\r\n\r\n")
            elif kind == 6:  # an out-of-office
                out.write(f"From: Contact {n} <contact{n}@people.example>\r\nTo: mara@goodwill.example\r\nDate: {date}\r\n"
                          f"Subject: Automatic reply: Note\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <a{i}@people.example>\r\n"
                          f"In-Reply-To: <m{i - 6}@goodwill.example>\r\nContent-Type: text/plain\r\n\r\nAway.\r\n\r\n")
            elif kind < 9:  # a newsletter, in HTML
                out.write(f"From: News <news@list.example>\r\nTo: mara@goodwill.example\r\nDate: {date}\r\nSubject: Issue {i}\r\n"
                          f"List-Id: <news.list.example>\r\nMessage-ID: <n{i}@list.example>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                          f"<html><body><p>Read <a href=\"https://goodwill.example/articles/{slugs[i % 5]}/\">this</a></p>{'<p>Paragraph of news.</p>' * 60}</body></html>\r\n\r\n")
            else:  # a stranger
                out.write(f"From: Stranger {n} <stranger{n}@elsewhere.example>\r\nTo: mara@goodwill.example\r\nDate: {date}\r\n"
                          f"Subject: Hello {i}\r\nMessage-ID: <x{i}@elsewhere.example>\r\n"
                          f"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=FC=DFe,\r\n{filler}\r\n")
    return folder, mbox


def mail_bench(runs):
    """`goodwill import mail` of the generated 100,000-message mbox into a ledger of 5,000
    contacts (the rows, keys and unmatched list removed before each run), and again over it."""
    site, mbox = mail_site()
    written = [os.path.join(site, "network", name) for name in ("activity.csv", "imported.csv", "unmatched.csv")]
    command = [GOODWILL, "import", "mail", mbox, "--source", site, "--as-of", "2026-12-31"]
    for path in written:
        if os.path.exists(path):
            os.remove(path)
    first = run(command).stdout
    rows = int(first.split("Imported ")[1].split(" rows")[0])
    median, times = timed(command, runs, os.path.join(SHM, "goodwill-mail-none"), written)
    again, again_times = timed(command, runs, os.path.join(SHM, "goodwill-mail-none"))
    rss = peak_rss_mb(command, os.path.join(SHM, "goodwill-mail-none"))
    return {"messages": 100_000, "mbox_bytes": os.path.getsize(mbox), "rows": rows, "seconds": median, "runs": times,
            "again_seconds": again, "again_runs": again_times, "peak_rss_mb": rss}


def print_mail(r):
    print(f"import mail: {r['messages']:,} messages ({r['mbox_bytes'] / 1e6:.0f} MB) → {r['rows']:,} rows in {r['seconds']:.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in r['runs'])}); again {r['again_seconds']:.2f} s; peak RSS {r['peak_rss_mb']:.0f} MB "
          f"(targets: ≤ 10 s, ≤ 200 MB)")


def insight_bench(count):
    """suggest, report and digest on the bench's network (30,000 contacts, 1,000,000 rows)."""
    results = {}
    site = suggest_site(corpus(10000))
    out = os.path.join(SHM, "goodwill-suggest.json")
    command = [GOODWILL, "suggest", "--source", site, "--as-of", "2026-11-23", "--format", "json", "--output", out]
    run(command)  # warm the page cache
    median, runs = timed(command, count, out)
    suggestions = json.load(open(out))
    results["suggest"] = {"contacts": 30000, "articles": 10000, "activities": 1_000_000, "seconds": median, "runs": runs,
                          "suggestions": len(suggestions["suggestions"]), "introductions": len(suggestions["introductions"]),
                          "peak_rss_mb": peak_rss_mb(command, out)}
    report_dir = os.path.join(SHM, "goodwill-report")
    command = [GOODWILL, "report", "--source", site, "--as-of", "2026-11-23", "--output", report_dir]
    run(command)
    median, runs = timed(command, count, report_dir)
    results["report"] = {"contacts": 30000, "articles": 10000, "activities": 1_000_000, "seconds": median, "runs": runs,
                         "html_bytes": os.path.getsize(os.path.join(report_dir, "report-2026-11-23.html")),
                         "peak_rss_mb": peak_rss_mb(command, report_dir)}

    digest_dir = os.path.join(SHM, "goodwill-digest")
    command = [GOODWILL, "digest", "founders", "--source", site, "--as-of", "2026-11-23", "--since", "2000-01-01",
               "--output", digest_dir]
    run(command)
    median, runs = timed(command, count, digest_dir, [os.path.join(site, "network", "digests.csv")])
    results["digest"] = {"recipients_in_segment": 10000, "activities": 1_000_000, "seconds": median, "runs": runs,
                         "messages": len([n for n in os.listdir(digest_dir) if n.endswith(".eml")]),
                         "peak_rss_mb": peak_rss_mb(command, digest_dir)}
    shutil.rmtree(digest_dir, ignore_errors=True)
    return results


def print_insight(results):
    for name in ("suggest", "report", "digest"):
        r = results[name]
        print(f"{name}: {r['seconds']:.2f} s (runs {', '.join(f'{t:.2f}' for t in r['runs'])}), peak RSS {r['peak_rss_mb']:.0f} MB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="import: time only the LinkedIn export import; mail: only the mail import; insight: only suggest, report, digest; code: only the build with code colours off, warm and cold; search: only the build with search off and on")
    args = parser.parse_args()
    os.makedirs(BENCH, exist_ok=True)
    for tool in (GOODWILL, PROBE):
        if not os.path.exists(tool):
            sys.exit(f"{tool} is missing: run `make bench` (it builds goodwill in release mode first)")
    if args.only == "import":
        print_import(import_bench(args.runs))
        return
    if args.only == "mail":
        print_mail(mail_bench(args.runs))
        return
    if args.only == "insight":
        print_insight(insight_bench(args.runs))
        return
    if args.only == "code":
        print_code(code_bench(args.runs))
        return
    if args.only == "search":
        print_search(search_bench(args.runs))
        return
    hugo = shutil.which("hugo")
    if not hugo:
        sys.exit("hugo is missing: run `make bench` (it installs Debian's hugo package)")

    results = {"machine": {"cores": os.cpu_count(), "platform": platform.platform(),
                           "hugo": run([hugo, "version"]).stdout.strip(), "output": SHM}, "sizes": {}}
    for size in [int(s) for s in args.sizes.split(",")]:
        folder = in_tmpfs(corpus(size))
        print(f"\n{size} articles ({folder})", flush=True)
        out_g, out_h = os.path.join(SHM, f"goodwill-bench-{size}"), os.path.join(SHM, f"hugo-bench-{size}")
        out_k = os.path.join(SHM, f"goodwill-kit-bench-{size}")
        goodwill_cmd = [GOODWILL, "build", "--source", folder, "--output", out_g]
        kit_cmd = [GOODWILL, "build", "--source", kit_site(folder), "--output", out_k]
        hugo_cmd = [hugo, "--quiet", "--source", folder, "-d", out_h]
        run(goodwill_cmd)  # warm the page cache for both
        run(hugo_cmd)
        # Interleaved, so a drift of the machine's speed (seen at ±25% within minutes on this VM)
        # falls on all three alike.
        # The floor is timed in the same rounds and compared as a median too: a minimum taken at
        # a fast moment against a median taken over slow ones would flatter the floor.
        g_runs, k_runs, h_runs, f_runs = [], [], [], []
        for _ in range(args.runs):
            g_runs += timed(goodwill_cmd, 1, out_g)[1]
            k_runs += timed(kit_cmd, 1, out_k)[1]
            h_runs += timed(hugo_cmd, 1, out_h)[1]
            f_runs.append(json.loads(run([PROBE, "floor", folder]).stdout)["seconds"])
        g_median, k_median, h_median = statistics.median(g_runs), statistics.median(k_runs), statistics.median(h_runs)
        floor = statistics.median(f_runs)
        g_rss, k_rss, h_rss = peak_rss_mb(goodwill_cmd, out_g), peak_rss_mb(kit_cmd, out_k), peak_rss_mb(hugo_cmd, out_h)
        metrics = hugo_template_metrics(hugo, folder, out_h) if size == max(int(x) for x in args.sizes.split(",")) else []
        shutil.rmtree(out_k, ignore_errors=True)  # from clean, like the timed runs: a build over an
        # old site also removes the old one, which "swap" would show
        kit_phases = run(kit_cmd + ["--timings"]).stdout.strip().splitlines()[1:]
        shutil.rmtree(out_k, ignore_errors=True)
        edits = [json.loads(run([PROBE, "incremental", folder]).stdout) for _ in range(3)]
        shutil.rmtree(out_g, ignore_errors=True)  # from clean, like the timed runs
        phases = run(goodwill_cmd + ["--timings"]).stdout.strip().splitlines()[1:]
        results["sizes"][str(size)] = {
            "goodwill_seconds": g_median, "goodwill_runs": g_runs, "hugo_seconds": h_median, "hugo_runs": h_runs,
            "goodwill_kit_seconds": k_median, "goodwill_kit_runs": k_runs, "goodwill_kit_peak_rss_mb": k_rss,
            "kit_overhead": k_median / g_median - 1, "hugo_over_goodwill_kit": h_median / k_median,
            "libcmark_floor_seconds": floor, "libcmark_floor_runs": f_runs, "goodwill_peak_rss_mb": g_rss, "hugo_peak_rss_mb": h_rss,
            "goodwill_over_hugo": g_median / h_median, "goodwill_over_floor": g_median / floor,
            "goodwill_phases": [line.strip() for line in phases],
            "goodwill_kit_phases": [line.strip() for line in kit_phases],
            "hugo_template_metrics": metrics,
            "preview_edit_seconds": statistics.median(e["edit_seconds"] for e in edits),
            "preview_edit_incremental": all(e["incremental"] and e["served_new_text"] for e in edits),
        }
        shutil.rmtree(out_g, ignore_errors=True)
        shutil.rmtree(out_h, ignore_errors=True)
        if folder != corpus(size):  # the tmpfs copy, and its kit site
            shutil.rmtree(kit_site(folder), ignore_errors=True)
            shutil.rmtree(folder, ignore_errors=True)

    if "10000" in results["sizes"]:
        results["serve"] = serve_probe(kit_site(corpus(10000)))
        results.update(insight_bench(args.runs))

    results["import"] = import_bench(args.runs)
    results["mail"] = mail_bench(args.runs)
    results["code"] = code_bench(args.runs)
    results["search"] = search_bench(args.runs)

    ledger = ledger_site()
    loads = [json.loads(run([PROBE, "ledger", ledger]).stdout) for _ in range(3)]
    results["ledger"] = {"contacts": loads[0]["contacts"], "activities": loads[0]["activities"],
                         "seconds": statistics.median(l["seconds"] for l in loads)}

    sizes = results["sizes"]
    print("\nMedians of interleaved runs. \"kit on\" is what users get by default (share kit pages and JSON);")
    print("\"kit off\" builds the same pages as Hugo. Floor: libcmark alone on one core over the corpus.\n")
    print("| articles | goodwill kit on | goodwill kit off | hugo | hugo / kit on | hugo / kit off | kit adds | floor | kit off / floor | RSS on / off / hugo |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, r in sizes.items():
        print(f"| {size} | {r['goodwill_kit_seconds']:.2f} s | {r['goodwill_seconds']:.2f} s | {r['hugo_seconds']:.2f} s | "
              f"{r['hugo_over_goodwill_kit']:.1f}× | {1 / r['goodwill_over_hugo']:.1f}× | {r['kit_overhead'] * 100:+.0f}% | "
              f"{r['libcmark_floor_seconds']:.2f} s | {r['goodwill_over_floor']:.2f} | "
              f"{r['goodwill_kit_peak_rss_mb']:.0f} / {r['goodwill_peak_rss_mb']:.0f} / {r['hugo_peak_rss_mb']:.0f} MB |")
    for size, r in sizes.items():
        # Round by round (each round times the three builds back to back): the spread of these is
        # how far this machine's drift moves the ratios above.
        rounds = list(zip(r["goodwill_runs"], r["goodwill_kit_runs"], r["hugo_runs"]))
        def spread(values, fmt):
            return f"{fmt(min(values))} to {fmt(max(values))} (median {fmt(statistics.median(values))})"
        print(f"round by round at {size}: hugo / kit on {spread([h / k for g, k, h in rounds], lambda v: f'{v:.1f}×')}, "
              f"hugo / kit off {spread([h / g for g, k, h in rounds], lambda v: f'{v:.1f}×')}, "
              f"kit adds {spread([k / g - 1 for g, k, h in rounds], lambda v: f'{v * 100:+.0f}%')}")
    for size, r in sizes.items():
        if r["hugo_template_metrics"]:
            print(f"hugo --templateMetrics at {size}, top three by cumulative time: " + ", ".join(
                f"{m['template']} {m['cumulative_seconds']:.2f} s ({m['count']} renders)" for m in r["hugo_template_metrics"]))
    if "1000" in sizes and "10000" in sizes:
        small, large = sizes["1000"], sizes["10000"]
        print(f"\n1,000 → 10,000 articles: goodwill time ×{large['goodwill_seconds'] / small['goodwill_seconds']:.1f}, "
              f"RSS ×{large['goodwill_peak_rss_mb'] / small['goodwill_peak_rss_mb']:.1f}")
    for size, r in sizes.items():
        print(f"goodwill phases at {size}, kit off: " + ", ".join(r["goodwill_phases"]))
        print(f"goodwill phases at {size}, kit on: " + ", ".join(r["goodwill_kit_phases"]))
    for size, r in sizes.items():
        print(f"preview at {size}: editing one article's body re-rendered and wrote its page in "
              f"{r['preview_edit_seconds'] * 1000:.0f} ms (median of 3; incremental: {r['preview_edit_incremental']}), "
              f"against {r['goodwill_seconds']:.2f} s for a full build")
    if "serve" in results:
        r = results["serve"]
        print(f"serve at 10000 (share kit on): idle {r['idle_cpu_percent']:.1f}% of a core over 10 s (target ≤ 1%); "
              f"a body edit served {r['body_edit_seconds'] * 1000:.0f} ms after the write (target ≤ 100 ms), "
              f"a title edit {r['title_edit_seconds'] * 1000:.0f} ms (target ≤ 250 ms), medians of {len(r['body_edit_runs'])}")
    if "suggest" in results:
        r = results["suggest"]
        print(f"suggest: 30,000 contacts, 10,000 articles, 1,000,000 activity rows → {r['suggestions']} suggestions and "
              f"{r['introductions']} introductions in {r['seconds']:.2f} s (median of {len(r['runs'])}; target ≤ 2 s), "
              f"peak RSS {r['peak_rss_mb']:.0f} MB")
    if "report" in results:
        r = results["report"]
        print(f"report: the HTML report of 30,000 contacts, 10,000 articles and 1,000,000 activity rows in {r['seconds']:.2f} s "
              f"(median of {len(r['runs'])}; target ≤ 3 s), {r['html_bytes'] / 1024:.0f} KB, peak RSS {r['peak_rss_mb']:.0f} MB")
    if "digest" in results:
        r = results["digest"]
        print(f"digest: a segment of 10,000 contacts with emails and 1,000,000 activity rows → {r['messages']} .eml files in "
              f"{r['seconds']:.2f} s (median of {len(r['runs'])}; target ≤ 3 s), peak RSS {r['peak_rss_mb']:.0f} MB")
    print_import(results["import"])
    print_mail(results["mail"])
    print_code(results["code"])
    print_search(results["search"])
    print(f"ledger: {results['ledger']['contacts']} contacts and {results['ledger']['activities']} activity rows "
          f"loaded in {results['ledger']['seconds']:.2f} s (median of 3)")
    with open(os.path.join(BENCH, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    print(f"\nresults: {os.path.join(BENCH, 'results.json')}")


def print_import(r):
    print(f"import: a LinkedIn export of {r['conversations']:,} conversations and {r['messages']:,} messages "
          f"({r['zip_bytes'] / 1e6:.1f} MB zipped) → {r['rows']:,} rows in {r['seconds']:.2f} s (median of {len(r['runs'])}; "
          f"target ≤ 5 s), again over its own result {r['again_seconds']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
