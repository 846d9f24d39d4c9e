#!/usr/bin/env python3
"""Every Atom feed of a built site validates against the RFC 4287 RELAX NG grammar
(Tests/Schemas/atom/atom.rng) with Debian's `jing`. An Atom feed is any .xml file whose root
element is an Atom <feed> (bulletins/atom.xml, volunteer/atom.xml, …).
Usage: check-atom.py PUBLIC_DIR. Prints what it counted; exits 1 on any error or no feed."""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from feeds import ATOM, atom_feeds

public = sys.argv[1] if len(sys.argv) > 1 else "public"
grammar = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Schemas", "atom", "atom.rng")
feeds = atom_feeds(public)
if not feeds:
    print(f"check-atom: no Atom feed under {public}")
    sys.exit(1)
result = subprocess.run(["jing", os.path.normpath(grammar), *feeds], capture_output=True, text=True)
# Debian's jing wrapper warns about optional jars it cannot find; those lines are not results.
noise = "[warning] /usr/bin/jing: Unable to locate"
errors = [line for line in (result.stdout + result.stderr).splitlines() if line and not line.startswith(noise)]
entries = sum(len(ET.parse(path).getroot().findall(f"{ATOM}entry")) for path in feeds)
summary = f"{len(feeds)} Atom feeds ({entries} entries) against atom.rng with jing"
if result.returncode != 0 or errors:
    print("\n".join(errors[:50]))
    print(f"check-atom: {len(errors)} errors in {summary}")
    sys.exit(1)
print(f"check-atom: {summary}: valid")
