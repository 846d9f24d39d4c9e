#!/usr/bin/env python3
"""Every bulletin's WeChat article (bulletins/<week>/wechat.html), read with html5lib as the
official account's editor would keep it: only the elements it keeps, no <style>, <script>,
class or id, every block and span styled inline, no CSS variables, links only into
mp.weixin.qq.com, and numbered footnotes that match the numbers in the text one for one.
Each bulletin page links to its article.

    check-wechat.py PUBLIC"""
import glob
import os
import re
import sys

import html5lib

SHELL = {"html", "head", "meta", "title", "body"}
ARTICLE = {"section", "p", "strong", "span", "br", "a"}
STYLED = {"section", "p", "span"}
ATTRIBUTES = {"html": {"lang"}, "meta": {"charset", "name", "content"}, "a": {"href", "style"}}
MARKER = re.compile(r"^\[(\d+)\]$")
NOTE = re.compile(r"^\[(\d+)\] (https?://\S+)$")


def text(element):
    return "".join(element.itertext())


def problems_of(path, limits=True):
    """The article's problems and its number of footnotes; `limits`: also the editor's
    limits on title and text (a hostile site breaks them on purpose)."""
    with open(path, "rb") as f:
        document = html5lib.parse(f.read(), namespaceHTMLElements=False)
    problems = []
    body = document.find("body")
    sections = [child for child in body if isinstance(child.tag, str)]
    if len(sections) != 1 or sections[0].tag != "section":
        return [f"{path}: the body is not one <section>"], 0
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag not in SHELL | ARTICLE:
            problems.append(f"{path}: <{element.tag}> is not kept by the editor")
        allowed = ATTRIBUTES.get(element.tag, {"style"})
        for name in element.attrib:
            if name not in allowed:
                problems.append(f"{path}: <{element.tag} {name}>")
        style = element.get("style", "")
        if "var(--" in style:
            problems.append(f"{path}: a CSS variable in {style!r}")
        if element.tag == "a" and not element.get("href", "").startswith("https://mp.weixin.qq.com/"):
            problems.append(f"{path}: a link out of the editor: {element.get('href')!r}")
    for element in sections[0].iter():
        if element.tag in STYLED and not element.get("style"):
            problems.append(f"{path}: <{element.tag}> without its style")
    # Footnotes: the last section's paragraphs after its heading; markers: spans of "[n]".
    blocks = [child for child in sections[0] if isinstance(child.tag, str)]
    notes = {}
    if blocks and blocks[-1].tag == "section":
        for paragraph in list(blocks[-1])[1:]:
            match = NOTE.match(text(paragraph))
            if not match:
                problems.append(f"{path}: a footnote that is not '[n] address': {text(paragraph)!r}")
            else:
                notes[int(match.group(1))] = match.group(2)
        body_blocks = blocks[:-1]
    else:
        body_blocks = blocks
    markers = set()
    for block in body_blocks:
        for span in block.iter("span"):
            match = MARKER.match(text(span))
            if match:
                markers.add(int(match.group(1)))
    if markers != set(notes) or set(notes) != set(range(1, len(notes) + 1)):
        problems.append(f"{path}: footnote numbers {sorted(markers)} in the text, {sorted(notes)} below it")
    if len(set(notes.values())) != len(notes):
        problems.append(f"{path}: one address has two footnotes")
    title = document.find("head").find("title")
    if not limits:
        return problems, len(notes)
    if title is None or not (0 < len(text(title)) <= 32):
        problems.append(f"{path}: the title is missing or longer than 32 characters")
    if len(text(body)) > 20000:
        problems.append(f"{path}: {len(text(body))} characters of text, over the editor's 20,000")
    return problems, len(notes)


def main():
    public = sys.argv[1]
    articles = sorted(glob.glob(os.path.join(public, "bulletins", "*", "wechat.html")))
    weeks = sorted(glob.glob(os.path.join(public, "bulletins", "*-W*", "index.html")))
    problems = []
    footnotes = 0
    if not articles or len(articles) != len(weeks):
        problems.append(f"{len(articles)} WeChat articles for {len(weeks)} bulletins")
    for path in articles:
        found, notes = problems_of(path)
        problems += found
        footnotes += notes
    for page in weeks:
        with open(page, encoding="utf-8") as f:
            if 'wechat.html"' not in f.read():
                problems.append(f"{page}: no link to its WeChat article")
    for problem in problems[:40]:
        print(problem)
    if problems:
        sys.exit(f"{len(problems)} problems in the WeChat articles")
    print(f"wechat: {len(articles)} articles, {footnotes} footnotes, every element and style as the editor keeps them")


if __name__ == "__main__":
    main()
