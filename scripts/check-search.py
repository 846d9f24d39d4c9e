#!/usr/bin/env python3
"""Runs the search query set (scripts/search-queries.yaml) through a built site's search box
in Chromium, as a reader would: types each query into the box on the home page, submits it
and reads the result links the box shows. Prints the recall, the share of expected pages
among the first 10 results of their query, and each miss; fails below 90 %, with fewer than
30 queries, without a search box or index, or when an expected page is not published at all.

With --pagefind EXE it runs the same queries against a Pagefind index instead (Pagefind's
own pagefind.js, first 10 results), built by EXE (e.g. PyPI pagefind-bin-extended's
pagefind_extended) over a copy of the site holding only the pages the site's own index holds,
Pagefind reading their <main>: the comparison the README's design notes report.

Usage: check-search.py [--pagefind EXE] PUBLIC [QUERIES.yaml]
"""

import argparse
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser  # noqa: E402

SHOWN = 10  # results the box shows before 显示更多
THRESHOLD = 0.9

ASK_THE_BOX = """
const [query, shown] = arguments;
const done = arguments[arguments.length - 1];
const box = document.querySelector(".search");
const input = document.getElementById("search-input");
input.value = query;
input.form.requestSubmit();
const started = Date.now();
(function wait() {
  if (box.dataset.searchShown === query) {
    const links = [...box.querySelectorAll(".search-list a")].slice(0, shown);
    const total = parseInt((box.querySelector(".search-status").textContent.match(/\\d+/) || ["0"])[0], 10);
    done({ total, first: links.map((a) => ({ url: a.getAttribute("href"), title: a.textContent })) });
  } else if (Date.now() - started > 20000) {
    done({ error: "no answer after 20 s; the box says: " + box.querySelector(".search-status").textContent });
  } else {
    setTimeout(wait, 20);
  }
})();
"""

ASK_PAGEFIND = """
const [bundle, base, queries, shown] = arguments;
const done = arguments[arguments.length - 1];
(async () => {
  const pagefind = await import(bundle + "pagefind.js");
  await pagefind.options({ baseUrl: base });
  const out = {};
  for (const query of queries) {
    const found = await pagefind.search(query);
    const first = await Promise.all(found.results.slice(0, shown).map((r) => r.data()));
    out[query] = { total: found.results.length, first: first.map((d) => ({ url: d.url, title: d.meta.title || "" })) };
  }
  return out;
})().then(done, (error) => done({ error: String(error) }));
"""


def published_titles(public):
    """Each published HTML page's path below the base path (`/points/x/`) → its h1."""
    titles = {}
    for path in glob.glob(os.path.join(public, "**", "*.html"), recursive=True):
        relative = "/" + os.path.relpath(path, public).replace(os.sep, "/")
        relative = relative[: -len("index.html")] if relative.endswith("/index.html") else relative
        with open(path, encoding="utf-8") as page:
            h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page.read(), re.S)
        titles[relative] = html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip() if h1 else ""
    return titles


def matches(result, alternative):
    path, title = result["path"], result["title"]
    return (path.startswith(alternative.get("path_prefix", ""))
            and alternative.get("path_contains", "") in path
            and alternative.get("title_contains", "") in title)


def describe(alternatives):
    return " or ".join(
        "a page with " + ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in alternative.items())
        for alternative in alternatives)


def check_expectations(queries, titles):
    """Every expectation must be one the site can meet, or the query set is wrong, not the search."""
    broken = []
    for q in queries:
        for page in q.get("pages", []):
            if page not in titles:
                broken.append(f"{q['query']}: {page} is not published")
        for alternative in q.get("one_of", []):
            if not any(matches({"path": p, "title": t}, alternative) for p, t in titles.items()):
                broken.append(f"{q['query']}: no published page is {describe([alternative])}")
    if broken:
        sys.exit("check-search: the query set expects what the site does not have:\n  " + "\n  ".join(broken))


def ask_the_box(public, queries):
    if not os.path.exists(os.path.join(public, "search", "index.json")):
        sys.exit(f"check-search: {public} has no search index (search/index.json)")
    answers = {}
    with browser.serve(public) as address:
        driver = browser.chromium()
        try:
            driver.get(address)
            try:
                WebDriverWait(driver, 10).until(
                    lambda d: d.execute_script("return !document.querySelector('.search-form').hidden"))
            except TimeoutException:
                sys.exit("check-search: the home page's search field stayed hidden (search.js did not start)")
            for q in queries:
                answers[q["query"]] = driver.execute_async_script(ASK_THE_BOX, q["query"], SHOWN)
        finally:
            driver.quit()
    return answers


def ask_pagefind(public, queries, executable):
    """A copy of the site with only the pages the site's own index holds, indexed by Pagefind."""
    indexed = set()
    for chunk in glob.glob(os.path.join(public, "search", "pages-*.json")):
        with open(chunk, encoding="utf-8") as f:
            indexed.update(page[0] + "index.html" for page in json.load(f))
    with tempfile.TemporaryDirectory() as scratch:
        site = os.path.join(scratch, "public")
        shutil.copytree(public, site)
        for path in glob.glob(os.path.join(site, "**", "*.html"), recursive=True):
            if os.path.relpath(path, site).replace(os.sep, "/") not in indexed | {"index.html"}:
                os.remove(path)
        with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
            home = f.read()
        with open(os.path.join(site, "index.html"), "w", encoding="utf-8") as f:
            f.write(home.replace("<main", "<main data-pagefind-ignore=\"all\"", 1))
        subprocess.run([executable, "--site", site, "--root-selector", "main", "--silent"], check=True)
        base = browser.base_path(public)
        with browser.serve(site) as address:
            driver = browser.chromium()
            try:
                driver.get(address)
                answers = driver.execute_async_script(
                    ASK_PAGEFIND, base + "pagefind/", base, [q["query"] for q in queries], SHOWN)
            finally:
                driver.quit()
    return answers


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pagefind", metavar="EXE")
    parser.add_argument("public")
    parser.add_argument("queries", nargs="?", default=os.path.join(os.path.dirname(__file__), "search-queries.yaml"))
    args = parser.parse_args()
    with open(args.queries, encoding="utf-8") as f:
        queries = yaml.safe_load(f)["queries"]
    check_expectations(queries, published_titles(args.public))
    answers = ask_pagefind(args.public, queries, args.pagefind) if args.pagefind else ask_the_box(args.public, queries)
    if "error" in answers:
        sys.exit(f"check-search: pagefind.js failed in Chromium: {answers['error']}")

    base = browser.base_path(args.public)
    expected = found = 0
    misses = []
    for q in queries:
        answer = answers[q["query"]]
        if "error" in answer:
            sys.exit(f"check-search: {q['query']}: {answer['error']}")
        first = [{"path": "/" + r["url"][len(base):] if r["url"].startswith(base) else r["url"], "title": r["title"]}
                 for r in answer["first"]]
        paths = [r["path"] for r in first]
        wanted = [(page, page in paths) for page in q.get("pages", [])]
        if q.get("one_of"):
            wanted.append((describe(q["one_of"]), any(matches(r, a) for r in first for a in q["one_of"])))
        expected += len(wanted)
        found += sum(hit for _, hit in wanted)
        misses += [f"{q['query']} ({answer['total']} results): {what}" for what, hit in wanted if not hit]
    recall = found / expected if expected else 0
    engine = "Pagefind" if args.pagefind else "the search box"
    print(f"check-search: {len(queries)} queries through {engine}, {expected} expected pages, "
          f"recall {recall:.1%} in the first {SHOWN} results ({found}/{expected})")
    for miss in misses:
        print(f"  missed {miss}")
    if len(queries) < 30:
        sys.exit("check-search: fewer than 30 queries")
    if recall < THRESHOLD:
        sys.exit(f"check-search: recall {recall:.1%} is below {THRESHOLD:.0%}")


if __name__ == "__main__":
    main()
