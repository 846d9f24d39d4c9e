#!/usr/bin/env python3
"""The noticeboard sheets (<page>/print/), read back as a passer-by would: each sheet's QR
code drawn with rsvg-convert (librsvg) and decoded with zbarimg (zbar) gives the address of
the page it was printed from (its canonical URL, non-ASCII percent-encoded as browsers send
it); each sheet printed to PDF by Chromium is one A4 page (pdfinfo) and carries the
publisher's phone (pdftotext); every town has its /print/<town>/ document of all its sheets.

    check-sheets.py PUBLIC [--sample N]"""
import argparse
import functools
import glob
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse

CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')
SVG = re.compile(r"<svg.*?</svg>", re.S)


def uri(iri):
    """RFC 3987's mapping: non-ASCII bytes percent-encoded, ASCII kept."""
    return urllib.parse.quote(iri, safe="".join(chr(c) for c in range(0x21, 0x7F)))


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
    root = tempfile.mkdtemp()
    base = None
    with open(os.path.join(public, "index.html"), encoding="utf-8") as f:
        base = urllib.parse.urlsplit(CANONICAL.search(f.read()).group(1)).path
    target = os.path.join(root, urllib.parse.unquote(base).strip("/"))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    os.symlink(os.path.abspath(public), target)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}{base}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("public")
    parser.add_argument("--sample", type=int, default=4, help="sheets of each kind printed to PDF")
    args = parser.parse_args()
    public = args.public
    problems = []
    sheets = {kind: sorted(glob.glob(os.path.join(public, kind, "*", "print", "index.html")))
              for kind in ("points", "courses", "volunteer")}
    towns = sorted(glob.glob(os.path.join(public, "towns", "*", "index.html")))
    for kind, paths in sheets.items():
        pages = glob.glob(os.path.join(public, kind, "*", "index.html"))
        if not paths or len(paths) != len(pages):
            problems.append(f"{kind}: {len(paths)} sheets for {len(pages)} pages")
    for town in towns:
        name = os.path.basename(os.path.dirname(town))
        if not os.path.exists(os.path.join(public, "print", name, "index.html")):
            problems.append(f"no /print/{name}/ for town {name}")
    decodedCount = 0
    with tempfile.TemporaryDirectory() as work:
        base = serve(public)
        for kind, paths in sheets.items():
            for sheet in paths[:args.sample * 3]:
                page = os.path.join(os.path.dirname(os.path.dirname(sheet)), "index.html")
                with open(page, encoding="utf-8") as f:
                    canonical = CANONICAL.search(f.read()).group(1)
                with open(sheet, encoding="utf-8") as f:
                    svg = SVG.search(f.read())
                got = decoded(svg.group(0), work) if svg else ""
                decodedCount += 1
                if got != uri(canonical):
                    problems.append(f"{sheet}: the QR code reads {got!r}, not {uri(canonical)!r}")
            for sheet in paths[:args.sample]:
                rel = os.path.relpath(os.path.dirname(sheet), public) + "/"
                pdf = os.path.join(work, "sheet.pdf")
                subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                f"--print-to-pdf={pdf}", base + urllib.parse.quote(rel)],
                               capture_output=True, check=True)
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
                if pages != 1 or not size or abs(float(size.group(1)) - 595) > 2:
                    problems.append(f"{rel}: printed to {pages} pages ({size.group(0) if size else '?'}), not one A4")
                text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
                if not re.search(r"\d{3,4}-\d{7,8}", text):
                    problems.append(f"{rel}: the printed sheet shows no phone number")
    for problem in problems[:40]:
        print(problem)
    if problems:
        sys.exit(f"{len(problems)} problems with the printed sheets")
    print(f"sheets: {sum(map(len, sheets.values()))} sheets, {len(towns)} towns' print documents, "
          f"{decodedCount} QR codes decoded to their page's address, {args.sample} of each kind one A4 page")


if __name__ == "__main__":
    main()
