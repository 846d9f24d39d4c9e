#!/usr/bin/env python3
"""Independent check of a built site's feeds and structured data: feedparser reads every Atom
and JSON feed without error, and extruct finds valid schema.org JSON-LD of the right type on
point, course and volunteer-notice pages. Usage: check-feeds.py PUBLIC_FOLDER"""
import glob
import json
import os
import sys

import extruct
import feedparser

from feeds import atom_feeds, json_feeds
from outcome import finish

root = sys.argv[1] if len(sys.argv) > 1 else "public"
problems = []

feeds = atom_feeds(root)
for path in feeds:
    parsed = feedparser.parse(path)
    if parsed.bozo:
        problems.append(f"{path}: {parsed.bozo_exception}")
    elif not parsed.feed.get("title"):
        problems.append(f"{path}: no feed title")
    for entry in parsed.entries:
        if not entry.get("id") or not entry.get("link"):
            problems.append(f"{path}: an entry without id or link")

json_paths = json_feeds(root)
for path in json_paths:
    with open(path, encoding="utf-8") as f:
        feed = json.load(f)
    if feed.get("version") != "https://jsonfeed.org/version/1.1" or not isinstance(feed.get("items"), list):
        problems.append(f"{path}: not a JSON Feed 1.1")
    for item in feed.get("items", []):
        if "id" not in item or not ("content_html" in item or "content_text" in item):
            problems.append(f"{path}: an item without id or content")

expected = {"points": {"FoodEstablishment", "CivicStructure"}, "courses": {"Course"}, "volunteer": {"Event"}}
pages = 0
for section, types in expected.items():
    for path in sorted(glob.glob(os.path.join(root, section, "*", "index.html"))):
        with open(path, encoding="utf-8") as f:
            data = extruct.extract(f.read(), syntaxes=["json-ld"], uniform=True)["json-ld"]
        found = {item.get("@type") for item in data}
        if not found & types:
            problems.append(f"{path}: no JSON-LD of type {sorted(types)} (found {sorted(map(str, found))})")
        pages += 1

if not feeds or not json_paths or not pages:
    problems.append(f"nothing to check under {root}: no feeds or no pages with JSON-LD")
finish(
    "check-feeds", problems, f"{len(feeds)} Atom feeds, {len(json_paths)} JSON feeds, JSON-LD on {pages} pages",
    "feedparser and extruct read them all")
