#!/usr/bin/env python3
"""What a feed reader needs to show a built site's feeds on its own: every Atom feed says its
language (`xml:lang` on <feed>), every JSON Feed has `language`, and every address in an
entry's content (href and src attributes in Atom <content> and JSON Feed `content_html`) is
absolute, since a reader shows the content away from the site.
Usage: check-feed-content.py PUBLIC_DIR. Prints what it counted; exits 1 on any problem or
when it found no feed or no entry."""
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit

from feeds import ATOM, XML_LANG, atom_feeds, json_feeds, read_json
from outcome import finish

public = sys.argv[1] if len(sys.argv) > 1 else "public"
problems = []


class Addresses(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found += [value or "" for name, value in attrs if name in ("href", "src")]


def relative_addresses(html):
    """The href and src values in `html` that are not absolute URLs, and how many there were."""
    parser = Addresses()
    parser.feed(html)
    parser.close()
    relative = []
    for value in parser.found:
        parts = urlsplit(value)
        if not parts.scheme or (parts.scheme in ("http", "https") and not parts.netloc):
            relative.append(value)
    return relative, len(parser.found)


entries = addresses = 0
atoms, jsons = atom_feeds(public), json_feeds(public)
for path in atoms:
    feed = ET.parse(path).getroot()
    if not feed.get(XML_LANG):
        problems.append(f"{path}: <feed> has no xml:lang")
    for entry in feed.findall(f"{ATOM}entry"):
        entries += 1
        content = entry.find(f"{ATOM}content")
        if content is None:
            continue
        if content.get("type") == "xhtml":
            html = "".join(ET.tostring(child, encoding="unicode") for child in content)
        else:
            html = content.text or ""
        relative, count = relative_addresses(html)
        addresses += count
        for value in relative:
            problems.append(f"{path}: {entry.findtext(f'{ATOM}id')}: relative address {value!r} in content")
for path in jsons:
    feed = read_json(path)
    if not feed.get("language"):
        problems.append(f"{path}: no language")
    for item in feed.get("items", []):
        entries += 1
        relative, count = relative_addresses(item.get("content_html", ""))
        addresses += count
        for value in relative:
            problems.append(f"{path}: {item.get('id')}: relative address {value!r} in content_html")

summary = f"{len(atoms)} Atom and {len(jsons)} JSON feeds, {entries} entries, {addresses} addresses in content"
if not atoms or not jsons or not entries:
    problems.append(f"nothing to check under {public}")
finish("check-feed-content", problems, summary, "languages given, every address absolute")
