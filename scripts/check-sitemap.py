#!/usr/bin/env python3
"""A built site's sitemap validates against the Sitemap 0.9 XML Schema
(Tests/Schemas/sitemap/sitemap.xsd) with PyPI's `xmlschema`.

`sitemap.xml` is a <urlset>, or past 50,000 addresses a <sitemapindex> of sitemap-N.xml
files. Only what a vendored schema covers is validated: every <urlset> file. The index has
its own schema (siteindex.xsd) that is not vendored, so an index is only checked to be
well-formed and to list published files, each of which is validated.
Usage: check-sitemap.py PUBLIC_DIR. Prints what it counted; exits 1 on any error or no address."""
import os
import sys
import xml.etree.ElementTree as ET

import xmlschema

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
public = sys.argv[1] if len(sys.argv) > 1 else "public"
schema = xmlschema.XMLSchema(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Schemas", "sitemap", "sitemap.xsd"))
problems = []
urlsets = []
addresses = 0

top = os.path.join(public, "sitemap.xml")
try:
    root = ET.parse(top).getroot()
except (OSError, ET.ParseError) as error:
    print(f"check-sitemap: {top}: {error}")
    sys.exit(1)
if root.tag == f"{SITEMAP}sitemapindex":
    for loc in root.iter(f"{SITEMAP}loc"):
        path = os.path.join(public, os.path.basename(loc.text or ""))
        if not os.path.isfile(path):
            problems.append(f"{top}: lists {loc.text}, which is not published")
        else:
            urlsets.append(path)
elif root.tag == f"{SITEMAP}urlset":
    urlsets.append(top)
else:
    problems.append(f"{top}: the root is {root.tag}, not a sitemap")

for path in urlsets:
    for error in schema.iter_errors(path):
        problems.append(f"{path}: {error.reason} at {error.path}")
    addresses += sum(1 for _ in ET.parse(path).getroot().iter(f"{SITEMAP}url"))

index = " (from a sitemap index, not itself validated)" if root.tag == f"{SITEMAP}sitemapindex" else ""
summary = f"{len(urlsets)} sitemap files{index}, {addresses} addresses, against sitemap.xsd with xmlschema"
if not addresses:
    problems.append("no address in the sitemap")
if problems:
    print("\n".join(problems[:30]))
    print(f"check-sitemap: {len(problems)} problems; {summary}")
    sys.exit(1)
print(f"check-sitemap: {summary}: valid")
