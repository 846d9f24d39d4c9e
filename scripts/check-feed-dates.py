#!/usr/bin/env python3
"""Feed entries keep their dates from build to build: the same content built with different
`--as-of` days (one after another into one output folder, as a bureau publishes) must give
every entry that two builds publish saying the same (same id in the same feed, same title,
summary and content) the same Atom `updated` and `published` and the same JSON Feed
`date_modified` and `date_published`; otherwise readers show old entries as new. An entry
whose text changed with the day (a running week's bulletin names the day its figures are
counted to) may take a new date; those are counted apart.
Usage: check-feed-dates.py PUBLIC_DIR PUBLIC_DIR [PUBLIC_DIR…] (builds of the same content).
Prints what it compared; exits 1 on any change or when no unchanged entry was in two builds."""
import itertools
import os
import sys
import xml.etree.ElementTree as ET

from feeds import ATOM, atom_feeds, json_feeds, read_json
from outcome import finish


def dates(public):
    """{(feed path relative to the build, entry id): {date field: value}} of one build."""
    out = {}
    for path in atom_feeds(public):
        feed = os.path.relpath(path, public)
        for entry in ET.parse(path).getroot().findall(f"{ATOM}entry"):
            fields = {name: entry.findtext(f"{ATOM}{name}") for name in ("updated", "published")}
            text = tuple(entry.findtext(f"{ATOM}{name}") for name in ("title", "summary", "content"))
            out[(feed, entry.findtext(f"{ATOM}id"))] = (text, fields)
    for path in json_feeds(public):
        feed = os.path.relpath(path, public)
        for item in read_json(path).get("items", []):
            text = tuple(item.get(name) for name in ("title", "summary", "content_html", "content_text"))
            out[(feed, item.get("id"))] = (text, {name: item.get(name) for name in ("date_modified", "date_published")})
    return out


builds = sys.argv[1:]
if len(builds) < 2:
    print(__doc__.strip().splitlines()[-2], file=sys.stderr)
    sys.exit(2)
problems = []
compared = rewritten = 0
for (a, first), (b, second) in itertools.combinations([(path, dates(path)) for path in builds], 2):
    for key in sorted(first.keys() & second.keys()):
        (text, old), (new_text, new) = first[key], second[key]
        if text != new_text:
            rewritten += 1
            continue
        compared += 1
        if old != new:
            changed = {name: (old[name], new[name]) for name in old if old[name] != new[name]}
            problems.append(f"{key[0]}: {key[1]}: {changed} ({a} → {b})")
if compared == 0:
    problems.append("no feed entry is published unchanged by two of the builds: nothing compared")
finish(
    "check-feed-dates", problems,
    f"{compared} unchanged entries published by two of {len(builds)} builds"
    f" ({rewritten} whose text changed with the day not compared)",
    "each kept its dates")
