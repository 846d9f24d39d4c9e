#!/usr/bin/env python3
"""Hostile text through every output, checked with real parsers (not our code).

Writes a site whose every free-text field of every record kind (site, regions, operators,
points, courses, activities, pages, bulletin notes) holds a string from one catalogue of
hostile text, builds it with gongshi, and reads every output back: HTML with html5lib, XML
feeds and sitemaps with ElementTree, iCalendar with icalendar, CSV with csv, JSON and
GeoJSON with json. It fails when markup or a script could have come from the data (a script
element that is not JSON-LD, an on* attribute, a link with another scheme than http, https,
mailto, tel, webcal or a relative one, JSON-LD that does not parse, an injected calendar
event or CSV column) or when a hostile string did not arrive as the same text.

    check-hostile.py GONGSHI_BINARY"""
import csv
import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import html5lib
import icalendar

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
wechat = __import__("check-wechat")

CATALOGUE = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)' x='",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "[点我](javascript:alert(1)) ![图](https://example.org/x.png)",
    "# 标题 *强调* <b>粗</b> `代码`",
    "</script><script>alert(1)</script>",
    "]]></title><evil/>&amp;&lt;",
    "=HYPERLINK(\"http://evil.example\")",
    "第一行\r\n第二行\rBEGIN:VEVENT\nSUMMARY:注入",
    "\u202egnp.exe \u200f右到左\u2066隔离\u2069",
    "👵🏻👴🏽 𠀀𪚥 龘",
    "长" * 10000,
]
# Web addresses that pass the checks but need escaping where they land; DANGEROUS_URLS must
# be refused by `check`.
URLS = ["https://example.org/s?a=1&b='2'", "https://example.org/报名?名字=张#x", "http://example.org/a%20b"]
DANGEROUS_URLS = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(1)",
                  "https://example.org/\"><script>alert(1)</script>"]
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "webcal:")
# The theme's scripts: files of its assets folder, named by the theme, never by the data.
THEME_SCRIPT = re.compile(r"^/(?:[\w-]+/)*assets/[\w-]+\.js$")


def q(text):
    """A YAML double-quoted scalar holding the text exactly."""
    return json.dumps(text, ensure_ascii=False)


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def site(root, urls=URLS, shift=0):
    """`shift` moves each point's address and hours label to the next string of the catalogue,
    so a second publication puts hostile text on the record of changes, before and after."""
    h = CATALOGUE
    write(root, "content/site.yaml", f"""title: {q(h[0])}
base_url: https://example.org/sub/
region: city
publisher: {{name: {q(h[1])}, phone: "0575-00000000", address: {q(h[2])}}}
bulletins_from: 2026-11-16
terms:
  - {{id: t1, name: {q(h[3])}, from: 2026-11-02, until: 2026-12-20}}
""")
    write(root, "content/regions.yaml", f"""- id: city
  name: {q(h[4])}
  kind: city
  children:
    - id: east
      name: {q(h[5])}
      kind: town
      children:
        - {{id: east-a, name: {q(h[6])}, kind: village}}
""")
    write(root, "content/operators.yaml", f"""- id: op
  name: {q(h[7])}
  kind: social-org
  website: {q(urls[0])}
  description: {q(h[8])}
""")
    points = []
    for n, text in enumerate(h):
        points.append(f"""- id: p{n}
  kind: canteen
  name: {q(text)}
  region: east-a
  address: {q(h[(n + 1 + shift) % len(h)])}
  status: operating
  opened: 2025-01-01
  operator: op
  hours:
    - {{days: mon-fri, open: "10:30", close: "12:30", label: {q(h[(n + 2 + shift) % len(h)])}}}
  description: {q(h[(n + 3) % len(h)])}
""")
    write(root, "content/points/points.yaml", "".join(points))
    courses = []
    for n, text in enumerate(h):
        courses.append(f"""- id: c{n}
  title: {q(text)}
  category: {q(h[(n + 1) % len(h)])}
  teacher: {q(h[(n + 2) % len(h)])}
  venue: p{n}
  term: t1
  sessions: [{{weekday: thu, start: "09:00", end: "10:30"}}]
  capacity: 20
  enrolled: 3
  registration: {{opens: 2026-11-01, closes: 2026-11-30, url: {q(urls[n % len(urls)])}}}
  description: {q(h[(n + 3) % len(h)])}
""")
    write(root, "content/courses/courses.yaml", "".join(courses))
    activities = []
    for n, text in enumerate(h):
        activities.append(f"""- id: a{n}
  title: {q(text)}
  venue: p{n}
  start: "2026-11-{25 + n % 5} 09:00"
  end: "2026-11-{25 + n % 5} 11:00"
  organiser: {{team: village, name: {q(h[(n + 1) % len(h)])}}}
  contact: {{name: {q(h[(n + 2) % len(h)])}, phone: "0575-00001234"}}
  volunteers: {{needed: 3, registered: 1}}
  signup: {q(urls[n % len(urls)])}
  description: {q(h[(n + 3) % len(h)])}
""")
    write(root, "content/activities/activities.yaml", "".join(activities))
    for n, text in enumerate(h[:4]):
        write(root, f"content/pages/p{n}.md", f"---\ntitle: {q(text)}\ndescription: {q(h[n + 4])}\n---\n"
              + "\n\n".join(h[n + 5:n + 9]) + "\n")
    write(root, "content/bulletins/2026-W48.md", f"---\ntitle: {q(h[9])}\n---\n" + "\n\n".join(h[10:]) + "\n")


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def squash(text):
    return " ".join(text.split())


def check(public):
    problems = []
    htmls = sorted(glob.glob(os.path.join(public, "**", "*.html"), recursive=True))
    page_text = {}
    for path in htmls:
        with open(path, "rb") as f:
            document = html5lib.parse(f.read(), namespaceHTMLElements=False)
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag == "script":
                if element.get("src") is not None:
                    # The theme's own scripts: empty elements naming a file of its assets.
                    if not THEME_SCRIPT.fullmatch(element.get("src")) or (element.text or "").strip():
                        problems.append(f"{path}: a script element")
                elif element.get("type") != "application/ld+json":
                    problems.append(f"{path}: a script element")
                else:
                    try:
                        json.loads(element.text or "")
                    except ValueError as error:
                        problems.append(f"{path}: JSON-LD does not parse: {error}")
            for name, value in element.attrib.items():
                if name.lower().startswith("on"):
                    problems.append(f"{path}: attribute {name}")
                if name in ("href", "src", "action") and ":" in value.split("/")[0] \
                        and not value.lower().startswith(SAFE_SCHEMES):
                    problems.append(f"{path}: {name}={value[:60]!r}")
            if element.tag in ("evil", "b"):
                problems.append(f"{path}: element <{element.tag}> from the data")
        page_text[path] = text_of(document)
        if path.endswith("/wechat.html"):
            problems += wechat.problems_of(path, limits=False)[0]
    for n, text in enumerate(CATALOGUE):
        page = os.path.join(public, "points", f"p{n}", "index.html")
        if squash(text) not in page_text.get(page, ""):
            problems.append(f"{page}: the point's name did not arrive as text: {text[:40]!r}")
        page = os.path.join(public, "volunteer", f"a{n}", "index.html")
        if squash(text) not in page_text.get(page, ""):
            problems.append(f"{page}: the activity's title did not arrive as text: {text[:40]!r}")

    for path in sorted(glob.glob(os.path.join(public, "**", "*.xml"), recursive=True)):
        try:
            ET.parse(path)
        except ET.ParseError as error:
            problems.append(f"{path}: XML does not parse: {error}")
    atom = ET.parse(os.path.join(public, "volunteer", "atom.xml"))
    titles = {squash(e.text or "") for e in atom.iter("{http://www.w3.org/2005/Atom}title")}
    for text in CATALOGUE:
        if squash(text) not in titles:
            problems.append(f"volunteer/atom.xml: a title did not arrive: {text[:40]!r}")

    for path in sorted(glob.glob(os.path.join(public, "**", "*.ics"), recursive=True)):
        with open(path, "rb") as f:
            try:
                calendar = icalendar.Calendar.from_ical(f.read())
            except ValueError as error:
                problems.append(f"{path}: iCalendar does not parse: {error}")
                continue
        events = calendar.walk("VEVENT")
        if path.endswith(os.path.join("courses", "c10", "calendar.ics")):
            if len(events) != 1:
                problems.append(f"{path}: {len(events)} events, 1 expected (an event was injected)")
            elif str(events[0]["SUMMARY"]).replace("\r\n", "\n").replace("\r", "\n") \
                    != CATALOGUE[10].replace("\r\n", "\n").replace("\r", "\n"):
                problems.append(f"{path}: the summary did not arrive as text")

    for path in sorted(glob.glob(os.path.join(public, "**", "*.csv"), recursive=True)):
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        widths = {len(row) for row in rows}
        if len(widths) != 1:
            problems.append(f"{path}: rows of different widths {sorted(widths)}")
        for row in rows:
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@") and not cell.lstrip("-").replace(".", "").isdigit():
                    problems.append(f"{path}: a cell a spreadsheet would run as a formula: {cell[:40]!r}")

    names = set()
    for path in sorted(glob.glob(os.path.join(public, "**", "*.json"), recursive=True)) \
            + sorted(glob.glob(os.path.join(public, "**", "*.geojson"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            try:
                value = json.load(f)
            except ValueError as error:
                problems.append(f"{path}: JSON does not parse: {error}")
                continue
        if path.endswith(os.path.join("data", "points.json")):
            names = {item.get("name") for item in value.get("items", value) if isinstance(item, dict)}
    for text in CATALOGUE:
        if text not in names:
            problems.append(f"data/points.json: a name did not arrive exactly: {text[:40]!r}")
    return problems, len(htmls)


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as root:
        # Dangerous addresses and control characters are refused before anything is built,
        # each at its place.
        site(root, DANGEROUS_URLS)
        write(root, "content/pages/controls.md", "---\ntitle: \"a\\0b\"\ndescription: \"bell\\a\"\n---\nbody\n")
        run = subprocess.run([binary, "check", "--site", root, "--as-of", "2026-11-23", "--format", "json"],
                             capture_output=True, text=True)
        codes = [json.loads(line)["code"] for line in run.stdout.splitlines()]
        refused = [code for code in codes if code == "GS1017"]  # not a web address
        controls = [code for code in codes if code == "GS3015"]  # an invisible control character
        if run.returncode != 1 or len(refused) != 2 * len(CATALOGUE) + 1 or len(controls) != 2:
            print(run.stdout + run.stderr)
            sys.exit(f"check did not refuse every dangerous web address ({len(refused)}) and control character "
                     f"({len(controls)})")
    with tempfile.TemporaryDirectory() as root:
        site(root)
        public = os.path.join(root, "public")
        run = subprocess.run([binary, "build", "--site", root, "--as-of", "2026-11-23", "--output", public, "-q"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            sys.exit("the hostile site did not build")
        # Published again with every point's address and hours changed: the record of changes
        # quotes hostile text before and after, on its pages and in its feed.
        site(root, shift=1)
        run = subprocess.run([binary, "build", "--site", root, "--as-of", "2026-11-24", "--output", public, "-q"],
                             capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(os.path.join(public, "changes", "2026-11-24", "index.html")):
            print(run.stdout + run.stderr)
            sys.exit("the hostile site's second publication recorded no changes")
        problems, pages = check(public)
        for problem in problems[:50]:
            print(problem)
        if problems:
            sys.exit(f"{len(problems)} problems with hostile text")
        print(f"hostile text: {len(CATALOGUE)} strings through every text field, {pages} pages and every feed, "
              f"calendar, CSV and JSON file parsed back (the record of changes too): all arrived as text")


main()
