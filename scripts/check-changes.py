#!/usr/bin/env python3
"""The public record of changes, as a bureau meets it: the sample site published, one canteen's
opening hours edited, published again into the same folder. Then, with tools that are not
ours: `sha256sum -c` over a list made from data/manifest.json (every file it lists is there
with that digest, and every published file but the manifest is listed); the /changes/ page
and the day's page name the change in words; feedparser reads changes/atom.xml and its newest
entry says the same; a third publication with nothing changed adds nothing.

    check-changes.py GONGSHI_BINARY [KEEP_DIR]   (KEEP_DIR: where to leave the last output)"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import feedparser
import yaml

from outcome import finish

binary = os.path.abspath(sys.argv[1])
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
work = tempfile.mkdtemp()
site = os.path.join(work, "site")
public = os.path.join(work, "public")
shutil.copytree(os.path.join(root, "content"), os.path.join(site, "content"))
problems = []


def build(day):
    result = subprocess.run(
        [binary, "build", "--quiet", "--site", site, "--as-of", day, "--output", public],
        capture_output=True, text=True, env={**os.environ, "GONGSHI_LANG": "zh-Hans"})
    if result.returncode != 0:
        problems.append(f"build on {day} failed: {result.stdout}{result.stderr}")


def read(path):
    with open(os.path.join(public, path), encoding="utf-8") as f:
        return f.read()


def verify_manifest():
    manifest = json.loads(read("data/manifest.json"))
    listed = {entry["path"] for entry in manifest["files"]}
    sums = "".join(f"{entry['sha256']}  {entry['path']}\n" for entry in manifest["files"])
    result = subprocess.run(["sha256sum", "-c", "--quiet", "--strict", "-"], input=sums, cwd=public,
                            capture_output=True, text=True)
    if result.returncode != 0:
        problems.append("sha256sum -c: " + (result.stdout + result.stderr)[:2000])
    published = set()
    for folder, _, files in os.walk(public):
        for name in files:
            published.add(os.path.relpath(os.path.join(folder, name), public))
    unlisted = published - listed - {"data/manifest.json"}
    missing = listed - published
    if unlisted:
        problems.append(f"published but not in the manifest: {sorted(unlisted)[:10]}")
    if missing:
        problems.append(f"in the manifest but not published: {sorted(missing)[:10]}")
    return len(listed)


build("2026-11-23")
points = os.path.join(site, "content", "points")
# The first canteen's first opening time, a quarter of an hour later.
edited = None
for name in sorted(os.listdir(points)):
    path = os.path.join(points, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    records = yaml.safe_load(text) or []
    point = next((p for p in records if p.get("kind") == "canteen" and p.get("hours")), None)
    if point is None:
        continue
    block_start = text.index(f"- id: {point['id']}\n")
    block_end = text.find("\n- id: ", block_start + 1)
    block_end = len(text) if block_end < 0 else block_end
    opening = point["hours"][0]["open"]
    hour, minute = map(int, opening.split(":"))
    later = f"{hour + (minute + 15) // 60:02d}:{(minute + 15) % 60:02d}"
    block = text[block_start:block_end].replace(f'open: "{opening}"', f'open: "{later}"', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:block_start] + block + text[block_end:])
    edited = (point["name"], opening, later)
    break
if edited is None:
    problems.append("no canteen with opening hours in content/points")
    finish("check-changes", problems, "nothing checked", "")
build("2026-11-24")
files = verify_manifest()

name, before, after = edited
day = read("changes/2026-11-24/index.html")
if html.escape(name, quote=False) not in day or not re.search(f"{before}–[^<]*→[^<]*{after}–", day):
    problems.append(f"changes/2026-11-24/ does not say {name}: {before} → {after}")
index = read("changes/index.html")
if 'href="/yanglao/changes/2026-11-24/"' not in index or "本记录自2026年11月23日起" not in index:
    problems.append("changes/ does not link the day or say since when the record runs")
feed = feedparser.parse(os.path.join(public, "changes", "atom.xml"))
if feed.bozo:
    problems.append(f"changes/atom.xml: {feed.bozo_exception}")
entry = feed.entries[0] if feed.entries else None
content = entry.get("content", [{}])[0].get("value", "") if entry else ""
if not entry or not entry.link.endswith("/changes/2026-11-24/") or name not in content or after not in content:
    problems.append("the feed's newest entry does not say the change")

history = read("changes/history.json")
build("2026-11-30")
if read("changes/history.json") != history:
    problems.append("a publication with nothing changed changed the history")
verify_manifest()
if len(sys.argv) > 2:
    shutil.copytree(public, sys.argv[2])
# A build removes the old tree it swapped out in the background, maybe still running.
shutil.rmtree(work, ignore_errors=True)
finish("check-changes", problems,
       f"{name} {before} → {after}; {files} files against their SHA-256 with sha256sum -c", "recorded")
