#!/usr/bin/env python3
"""The noticeboard sheets (<page>/print/), read back as a passer-by would: each sheet's QR
code drawn with rsvg-convert (librsvg) and decoded with zbarimg (zbar) gives the address of
the page it was printed from (its canonical URL, non-ASCII percent-encoded as browsers send
it); each sheet printed to PDF by Chromium is one A4 page (pdfinfo: a document of several
sheets, a town's or a long week's, one page per sheet) and carries the publisher's phone
(pdftotext); laid out by Chromium, no sheet's text is under 16 pt and its heading is 28 pt
or more. Every point, course, notice, timetable week and bulletin has its sheet; a venue's
sheet of a week (timetable/<week>/print/<venue>/) opens the venue's page; every town has its
/print/<town>/ document of all its sheets, with its venues' classes of the as-of week.

    check-sheets.py PUBLIC [--sample N]"""
import argparse
import functools
import glob
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request

CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')
ARTICLE = re.compile(r'<article class="sheet">.*?</article>', re.S)
SVG = re.compile(r"<svg.*?</svg>", re.S)
# Laid out at the printed width, the smallest text size and the headings' sizes of each sheet, in pt.
SIZES = """<style>body.sheets{max-width:none!important;width:186mm;padding:0!important}</style>
<script>addEventListener('load',()=>{const pt=e=>Math.round(parseFloat(getComputedStyle(e).fontSize)*7.5)/10;const out=[];for(const a of document.querySelectorAll('article.sheet')){
let least=1e9;for(const e of a.querySelectorAll('*')){if([...e.childNodes].some(n=>n.nodeType==3&&n.textContent.trim())){
least=Math.min(least,pt(e))}}
out.push({least,heading:pt(a.querySelector('h1'))})}
const p=document.createElement('pre');p.id='sizes';p.textContent=JSON.stringify(out);document.body.append(p)})</script>"""


def uri(iri):
    """RFC 3987's mapping: non-ASCII bytes percent-encoded, ASCII kept."""
    return urllib.parse.quote(iri, safe="".join(chr(c) for c in range(0x21, 0x7F)))


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def canonical(page):
    return CANONICAL.search(read(page)).group(1)


def decoded(svg, work):
    path = os.path.join(work, "code.svg")
    with open(path, "w", encoding="utf-8") as f:
        f.write(svg)
    png = os.path.join(work, "code.png")
    subprocess.run(["rsvg-convert", "-w", "400", "-b", "white", path, "-o", png], check=True)
    run = subprocess.run(["zbarimg", "-q", "--raw", png], capture_output=True, text=True)
    return run.stdout.strip()


def serve(public):
    """Serves the site below its base path on a free port, as a web server would."""
    base = urllib.parse.urlsplit(canonical(os.path.join(public, "index.html"))).path
    below = urllib.parse.unquote(base).strip("/")
    root = tempfile.mkdtemp() if below else os.path.abspath(public)
    if below:
        target = os.path.join(root, below)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.symlink(os.path.abspath(public), target)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}{base}"


def sizes(url, work):
    """Each sheet's smallest text and heading in pt, as Chromium lays the page out."""
    url = uri(url)
    html = urllib.request.urlopen(url).read().decode()
    html = html.replace("<head>", f'<head><base href="{url}">', 1).replace("</head>", SIZES + "</head>", 1)
    path = os.path.join(work, "sizes.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                          "--dump-dom", "file://" + path], capture_output=True, text=True).stdout
    found = re.search(r'<pre id="sizes">(.*?)</pre>', dom, re.S)
    return json.loads(found.group(1).replace("&quot;", '"')) if found else []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("public")
    parser.add_argument("--sample", type=int, default=4, help="sheets of each kind printed to PDF")
    args = parser.parse_args()
    public = args.public
    problems = []
    # Each kind: its sheets, and for each sheet the page whose address its QR codes carry.
    in_folder = lambda sheet: os.path.join(os.path.dirname(os.path.dirname(sheet)), "index.html")
    at_venue = lambda sheet: os.path.join(public, "points", os.path.basename(os.path.dirname(sheet)), "index.html")
    kinds = {
        "points": (os.path.join(public, "points", "*", "print", "index.html"), in_folder),
        "courses": (os.path.join(public, "courses", "*", "print", "index.html"), in_folder),
        "volunteer": (os.path.join(public, "volunteer", "*", "print", "index.html"), in_folder),
        "timetable": (os.path.join(public, "timetable", "*", "print", "index.html"), in_folder),
        "bulletins": (os.path.join(public, "bulletins", "*", "print", "index.html"), in_folder),
        "venue weeks": (os.path.join(public, "timetable", "*", "print", "*", "index.html"), at_venue),
    }
    sheets = {kind: sorted(glob.glob(pattern)) for kind, (pattern, _) in kinds.items()}
    current = os.path.join(public, "timetable", "print", "index.html")
    if os.path.exists(current):
        sheets["timetable"].insert(0, current)
    for kind in ("points", "courses", "volunteer", "timetable", "bulletins"):
        pages = [p for p in glob.glob(os.path.join(public, kind, "*", "index.html"))
                 if os.path.basename(os.path.dirname(p)) != "print"]
        pages += [os.path.join(public, kind, "index.html")] if kind == "timetable" else []
        if not sheets[kind] or len(sheets[kind]) != len(pages):
            problems.append(f"{kind}: {len(sheets[kind])} sheets for {len(pages)} pages")
    if not sheets["venue weeks"]:
        problems.append("no venue has a sheet of its week")
    for sheet in sheets["timetable"]:
        for venue in re.findall(r'href="[^"]*/(timetable/[^/"]+/print/[^/"]+/)"', read(sheet)):
            if not os.path.exists(os.path.join(public, venue, "index.html")):
                problems.append(f"{sheet}: links to the sheet {venue}, which is not published")
    towns = sorted(glob.glob(os.path.join(public, "towns", "*", "index.html")))
    for town in towns:
        name = os.path.basename(os.path.dirname(town))
        if not os.path.exists(os.path.join(public, "print", name, "index.html")):
            problems.append(f"no /print/{name}/ for town {name}")
    town_sheets = sorted(glob.glob(os.path.join(public, "print", "*", "index.html")))
    if sheets["venue weeks"] and not any("<table class=\"sheet-grid\">" in read(t) for t in town_sheets):
        problems.append("no town's /print/<town>/ holds its venues' weeks")
    decoded_count = 0
    printed = 0
    least, heading = 1e9, 1e9
    with tempfile.TemporaryDirectory() as work:
        base = serve(public)
        # The longest documents of a kind are the likeliest to run over a page: printed first.
        by_length = {kind: sorted(paths, key=lambda p: -os.path.getsize(p)) for kind, paths in sheets.items()}
        for kind, paths in by_length.items():
            page_of = kinds[kind][1]
            for sheet in paths[:args.sample * 3]:
                want = uri(canonical(page_of(sheet)))
                articles = ARTICLE.findall(read(sheet))
                if not articles:
                    problems.append(f"{sheet}: no sheet in it")
                for article in articles:
                    svg = SVG.search(article)
                    got = decoded(svg.group(0), work) if svg else ""
                    decoded_count += 1
                    if got != want:
                        problems.append(f"{sheet}: the QR code reads {got!r}, not {want!r}")
            for sheet in paths[:args.sample] + (town_sheets[:1] if kind == "points" else []):
                count = read(sheet).count('<article class="sheet">')
                rel = os.path.relpath(os.path.dirname(sheet), public) + "/"
                url = base + urllib.parse.quote(rel)
                pdf = os.path.join(work, "sheet.pdf")
                subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                f"--print-to-pdf={pdf}", url], capture_output=True, check=True)
                printed += 1
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
                if pages != count or not size or abs(float(size.group(1)) - 595) > 2:
                    problems.append(f"{rel}: {count} sheets printed to {pages} pages "
                                    f"({size.group(0) if size else '?'}), not one A4 page each")
                text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
                if not re.search(r"\d{3,4}-\d{7,8}", text):
                    problems.append(f"{rel}: the printed sheet shows no phone number")
                measured = sizes(url, work)
                if len(measured) != count:
                    problems.append(f"{rel}: {len(measured)} of {count} sheets measured")
                for sheet_sizes in measured:
                    least = min(least, sheet_sizes["least"])
                    heading = min(heading, sheet_sizes["heading"])
                    if sheet_sizes["least"] < 16 or sheet_sizes["heading"] < 28:
                        problems.append(f"{rel}: text at {sheet_sizes['least']} pt, heading at "
                                        f"{sheet_sizes['heading']} pt (at least 16 and 28)")
    for problem in problems[:40]:
        print(problem)
    if problems:
        sys.exit(f"{len(problems)} problems with the printed sheets")
    counts = ", ".join(f"{len(paths)} {kind}" for kind, paths in sheets.items())
    print(f"sheets: {counts}; {len(towns)} towns' print documents; {decoded_count} QR codes decoded to their "
          f"page's address; {printed} documents printed, one A4 page a sheet, text at least {least:g} pt, "
          f"headings at least {heading:g} pt")


if __name__ == "__main__":
    main()
