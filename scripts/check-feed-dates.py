#!/usr/bin/env python3
"""Feed entries keep their dates from build to build: the same content built with different
`--as-of` days must give every entry that both builds publish (same id in the same feed) the
same Atom `updated` and `published` and the same JSON Feed `date_modified` and
`date_published`; otherwise readers show old entries as new.
Usage: check-feed-dates.py PUBLIC_DIR PUBLIC_DIR [PUBLIC_DIR…] (builds of the same content).
Prints what it compared; exits 1 on any change or when no entry was in two builds."""
import itertools
import os
import sys
import xml.etree.ElementTree as ET

from feeds import ATOM, atom_feeds, json_feeds, read_json


def dates(public):
    """{(feed path relative to the build, entry id): {date field: value}} of one build."""
    out = {}
    for path in atom_feeds(public):
        feed = os.path.relpath(path, public)
        for entry in ET.parse(path).getroot().findall(f"{ATOM}entry"):
            fields = {name: entry.findtext(f"{ATOM}{name}") for name in ("updated", "published")}
            out[(feed, entry.findtext(f"{ATOM}id"))] = fields
    for path in json_feeds(public):
        feed = os.path.relpath(path, public)
        for item in read_json(path).get("items", []):
            out[(feed, item.get("id"))] = {name: item.get(name) for name in ("date_modified", "date_published")}
    return out


builds = sys.argv[1:]
if len(builds) < 2:
    print(__doc__.strip().splitlines()[-2], file=sys.stderr)
    sys.exit(2)
problems = []
compared = 0
for (a, first), (b, second) in itertools.combinations([(path, dates(path)) for path in builds], 2):
    for key in sorted(first.keys() & second.keys()):
        compared += 1
        if first[key] != second[key]:
            changed = {name: (first[key][name], second[key][name]) for name in first[key]
                       if first[key][name] != second[key][name]}
            problems.append(f"{key[0]}: {key[1]}: {changed} ({a} → {b})")
if compared == 0:
    problems.append("no feed entry is published by two of the builds: nothing compared")
if problems:
    print("\n".join(problems[:30]))
    more = " (first 30 shown)" if len(problems) > 30 else ""
    print(f"check-feed-dates: {len(problems)} of {compared} entries changed their dates{more}")
    sys.exit(1)
print(f"check-feed-dates: {compared} entries published by two of {len(builds)} builds keep their dates")
