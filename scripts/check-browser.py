#!/usr/bin/env python3
"""The built site in Chromium, as an older reader meets it: one page of every layout at 390
and 1280 px, through axe-core 4.10 (WCAG 2.2 AA), tap targets, the header's height on a phone,
sideways scrolling at 320 px with 大字 on, the 大字 and 高对比度 switches remembered on the
next page, and the timetable week and a notice printed to PDF. Every check runs and every
failure is listed, then the script fails if there was any.

Usage: check-browser.py PUBLIC AXE_MIN_JS   (scripts/ensure-test-deps fetches axe.min.js)
"""

import base64
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile

import yaml
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
TARGET = 44  # px, the smallest tap target
PHONE = (390, 844)
WIDE = (1280, 800)
NARROW = (320, 700)
SEARCHED = "食堂"  # a query with many results, to check the result list too

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
  .then((r) => done(r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }))), (e) => done({ error: String(e) }));
"""

# Everything a reader taps that is drawn: links, buttons, summaries, form fields and the
# labels of inputs. Skipped: what is not drawn (closed <details>, hidden, visually hidden,
# no pointer events), the skip link until it is focused, and a link inside a sentence
# (WCAG 2.5.8's inline exception: its block has text of its own around it).
SMALL_TARGETS = """
const [least] = arguments;
const out = [];
const inSentence = (el) => el.matches("a") && el.parentElement && el.parentElement.matches("p, li, dd, td")
  && [...el.parentElement.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== "");
for (const el of document.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), select, textarea, label[for]')) {
  if (inSentence(el)) continue;
  if (el.matches("label")) {
    const field = document.getElementById(el.htmlFor);
    if (!field || !field.matches("input, select, textarea")) continue;
  }
  const style = getComputedStyle(el);
  if (style.visibility === "hidden" || style.pointerEvents === "none" || parseFloat(style.opacity) === 0) continue;
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1 || box.right <= 0 || box.left >= innerWidth + scrollX + 1000) continue;
  if (box.width < least || box.height < least) {
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || el.getAttribute("href") || "").trim();
    out.push({ tag: el.tagName.toLowerCase(), text: text.replace(/\\s+/g, " ").slice(0, 24),
               width: Math.round(box.width), height: Math.round(box.height) });
  }
}
return out;
"""

HEADER_BOTTOM = """
const header = document.querySelector("header");
return header ? header.getBoundingClientRect().bottom + scrollY : null;
"""

SIDEWAYS = """
const width = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll("body *")].filter((el) => {
  const box = el.getBoundingClientRect();
  return box.right > width + 1 && box.width > 0 && getComputedStyle(el).position !== "fixed";
}).filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)));
return { scroll: document.documentElement.scrollWidth, width,
         wide: wide.slice(0, 5).map((el) => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "")
                                        + " " + Math.round(el.getBoundingClientRect().right) + "px") };
"""

SWITCH_STATE = """
const button = document.querySelector('button[data-switch="' + arguments[0] + '"]') || document.getElementById(arguments[0]);
return { html: [...document.documentElement.classList], tag: button ? button.tagName.toLowerCase() : null,
         pressed: button ? button.getAttribute("aria-pressed") : null };
"""


class Report:
    def __init__(self):
        self.failures = collections.OrderedDict()
        self.counts = collections.Counter()

    def check(self, group):
        self.counts[group] += 1

    def fail(self, group, message):
        self.failures.setdefault(group, []).append(message)


def first_link(public, base, page, pattern, holding=None):
    """The first link on a published page whose path below the base matches `pattern` (and
    whose own page holds `holding`)."""
    with open(os.path.join(public, page), encoding="utf-8") as f:
        for href in re.findall(r'href="([^"]+)"', f.read()):
            path = href[len(base):]
            if href.startswith(base) and re.fullmatch(pattern, path):
                if holding is None:
                    return path
                with open(os.path.join(public, path, "index.html"), encoding="utf-8") as target:
                    if holding in target.read():
                        return path
    return None


def first_folder(public, section, holding=None):
    for path in sorted(glob.glob(os.path.join(public, section, "*", "index.html"))):
        with open(path, encoding="utf-8") as f:
            if holding is None or holding in f.read():
                return os.path.relpath(os.path.dirname(path), public).replace(os.sep, "/") + "/"
    return None


def content_page(public):
    """A Markdown page: a top-level folder that is no section of the site's own."""
    sections = {"assets", "bulletins", "canteens", "centres", "courses", "data", "points", "reports", "search",
                "timetable", "towns", "villages", "volunteer"}
    for path in sorted(glob.glob(os.path.join(public, "*", "index.html"))):
        folder = os.path.basename(os.path.dirname(path))
        if folder not in sections:
            return folder + "/"
    return None


def layouts(public, base):
    """One page of every layout, by name → path below the base path."""
    pages = {
        "home": "", "canteens": "canteens/", "centres": "centres/", "town": first_folder(public, "towns"),
        "point": first_folder(public, "points", 'class="call"'), "course": first_folder(public, "courses"),
        "courses": "courses/", "timetable": "timetable/", "volunteer": "volunteer/",
        # An open notice with its sign-up link, which print must give in full.
        "activity": first_link(public, base, "volunteer/index.html", r"volunteer/[^/]+/", 'class="action"'),
        "bulletins": "bulletins/",
        "bulletin page": first_link(public, base, "bulletins/index.html", r"bulletins/[^/]+/"),
        "reports": "reports/", "report": first_link(public, base, "reports/index.html", r"reports/[^/]+/"),
        "data": "data/", "changes": "changes/", "page": content_page(public), "404": "no-such-page-here/",
    }
    missing = [name for name, path in pages.items() if path is None]
    if missing:
        sys.exit(f"check-browser: the site has no page for {', '.join(missing)}")
    return pages


def open_page(driver, address, path):
    driver.get(address + path)
    driver.execute_async_script("""
      const done = arguments[arguments.length - 1];
      if (document.readyState === "complete") done(); else addEventListener("load", () => done());
    """)


def switch_on(driver, switch, report, group, where):
    """Presses a switch as a reader does, unless it is on already (remembered from an earlier
    page); true when it is a button that is now on."""
    state = driver.execute_script(SWITCH_STATE, switch)
    if state["tag"] == "button" and state["pressed"] == "true":
        return True
    if state["tag"] != "button":
        report.fail(group, f"{where}: #{switch} is {'missing' if state['tag'] is None else 'a <' + state['tag'] + '>'}"
                           ", not a <button aria-pressed>")
        return False
    try:
        driver.find_element(By.CSS_SELECTOR, f'button[data-switch="{switch}"]').click()
    except WebDriverException as error:
        report.fail(group, f"{where}: #{switch} cannot be pressed ({error.msg.splitlines()[0]})")
        return False
    return True


def larger_text_anyhow(driver):
    """大字 on however this theme does it, so the sideways check still measures large text."""
    driver.execute_script("""
      const s = document.getElementById("larger-text");
      if (s && s.type === "checkbox") { s.checked = true; s.dispatchEvent(new Event("change")); }
    """)


def check_page(driver, address, name, path, size, axe, report, query=None):
    where = f"{size[0]}px {name} (/{path})"
    open_page(driver, address, path)
    if query is not None:
        where = f"{size[0]}px {name} (/{path}, “{query}”)"
        if not ask(driver, query):
            report.fail("search", f"{where}: the search box showed no results")
    driver.execute_script(axe)
    violations = driver.execute_async_script(RUN_AXE, AXE_TAGS)
    report.check("axe")
    if isinstance(violations, dict):
        report.fail("axe", f"{where}: axe did not run: {violations['error']}")
    for v in violations if isinstance(violations, list) else []:
        report.fail("axe", f"{where}: {v['id']} ({v['impact']}) {v['help']}: {len(v['nodes'])} element(s), "
                           f"e.g. {', '.join(v['nodes'][:3])}")
    small = driver.execute_script(SMALL_TARGETS, TARGET)
    report.check("targets")
    if small:
        grouped = collections.Counter((t["tag"], t["text"], t["width"], t["height"]) for t in small)
        listing = "; ".join(f"{tag} “{text}” {w}×{h}" + (f" ×{n}" if n > 1 else "")
                            for (tag, text, w, h), n in grouped.most_common())
        report.fail("targets", f"{where}: {len(small)} under {TARGET}×{TARGET} px: {listing}")
    if size == PHONE:
        bottom = driver.execute_script(HEADER_BOTTOM)
        report.check("header")
        if bottom is None:
            report.fail("header", f"{where}: no <header>")
        elif bottom > size[1] / 4:
            report.fail("header", f"{where}: the header ends {bottom:.0f} px down, past a quarter of the "
                                  f"{size[1]} px screen ({size[1] / 4:.0f} px)")


def ask(driver, query):
    """Types a query into the search box and waits for its results; false without them."""
    return driver.execute_async_script("""
      const [query] = arguments; const done = arguments[arguments.length - 1];
      const box = document.querySelector(".search"), input = document.getElementById("search-input");
      const started = Date.now();
      (function wait() {
        if (input && !input.form.hidden) {
          input.value = query; input.form.requestSubmit();
          (function answered() {
            if (box.dataset.searchShown === query) done(box.querySelectorAll(".search-list a").length > 0);
            else if (Date.now() - started > 10000) done(false); else setTimeout(answered, 20);
          })();
        } else if (Date.now() - started > 10000) done(false); else setTimeout(wait, 20);
      })();
    """, query)


def check_sideways(driver, address, name, path, report):
    where = f"{NARROW[0]}px 大字 {name} (/{path})"
    open_page(driver, address, path)
    if not switch_on(driver, "larger-text", report, "switches", where):
        larger_text_anyhow(driver)
    measured = driver.execute_script(SIDEWAYS)
    report.check("sideways")
    if measured["scroll"] > measured["width"]:
        report.fail("sideways", f"{where}: the page is {measured['scroll']} px wide on a {measured['width']} px "
                                f"screen; past the edge: {', '.join(measured['wide']) or 'nothing visible'}")


def check_persistence(driver, address, report):
    """A switch pressed on the home page is still on after following a link."""
    for switch, label in (("larger-text", "大字"), ("high-contrast", "高对比度")):
        driver.delete_all_cookies()
        open_page(driver, address, "")
        driver.execute_script("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}")
        open_page(driver, address, "")
        where = f"{label} (#{switch})"
        report.check("persistence")
        before = set(driver.execute_script(SWITCH_STATE, switch)["html"])
        if not switch_on(driver, switch, report, "persistence", f"{where} on the home page"):
            continue
        pressed = driver.execute_script(SWITCH_STATE, switch)
        added = set(pressed["html"]) - before
        if pressed["pressed"] != "true":
            report.fail("persistence", f"{where}: pressed, its aria-pressed is {pressed['pressed']!r}, not 'true'")
        if not added:
            report.fail("persistence", f"{where}: pressed, it put no class on <html>")
        # The first one a reader can see (the phone menu folds its copy away).
        links = [link for link in driver.find_elements(By.CSS_SELECTOR, 'nav a[href$="canteens/"], a[href$="canteens/"]')
                 if link.is_displayed()]
        if not links:
            report.fail("persistence", f"{where}: the home page has no link to the canteens to follow")
            continue
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", links[0])
        links[0].click()
        driver.execute_async_script("""
          const done = arguments[arguments.length - 1];
          (function wait() { if (location.pathname.endsWith("canteens/") && document.readyState === "complete") done();
                             else setTimeout(wait, 20); })();
        """)
        after = driver.execute_script(SWITCH_STATE, switch)
        if not added <= set(after["html"]):
            report.fail("persistence", f"{where}: on the next page <html> has {sorted(after['html'])}, "
                                       f"without {sorted(added - set(after['html']))}")
        if after["pressed"] != "true":
            report.fail("persistence", f"{where}: on the next page the switch's aria-pressed is {after['pressed']!r}")


def pdf(driver, address, path, folder, name):
    open_page(driver, address, path)
    printed = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
    file = os.path.join(folder, name + ".pdf")
    with open(file, "wb") as f:
        f.write(base64.b64decode(printed["data"]))
    info = subprocess.run(["pdfinfo", file], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    width, height = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    text = subprocess.run(["pdftotext", "-raw", file, "-"], capture_output=True, text=True, check=True).stdout
    # In the order it was drawn, without spaces and line breaks: a narrow cell breaks 周二
    # into 周 and 二.
    return pages, (width, height), re.sub(r"\s+", "", text)


def is_a4(size, landscape):
    short, long = sorted(size)
    return abs(short - 595.3) < 3 and abs(long - 841.9) < 3 and (size[0] > size[1]) == landscape


def check_print(driver, address, public, activity, report):
    lang = re.search(r'<html lang="([^"]+)"', open(os.path.join(public, "index.html"), encoding="utf-8").read())
    i18n = os.path.join(ROOT, "templates", "i18n", (lang.group(1) if lang else "zh-Hans") + ".yaml")
    with open(i18n, encoding="utf-8") as f:
        days = list(yaml.safe_load(f)["weekday"].values())
    with tempfile.TemporaryDirectory() as folder:
        pages, size, text = pdf(driver, address, "timetable/", folder, "timetable")
        report.check("print")
        where = f"the timetable week (/timetable/) printed: {pages} page(s) of {size[0]:.0f}×{size[1]:.0f} pt"
        if pages != 1:
            report.fail("print", f"{where}, not one")
        if not is_a4(size, landscape=True):
            report.fail("print", f"{where}, not landscape A4 (842×595 pt)")
        missing = [day for day in days if day not in text]
        if missing:
            report.fail("print", f"the printed timetable week lacks {', '.join(missing)}")
        pages, size, text = pdf(driver, address, activity, folder, "notice")
        report.check("print")
        where = f"the notice (/{activity}) printed: {pages} page(s) of {size[0]:.0f}×{size[1]:.0f} pt"
        if pages != 1:
            report.fail("print", f"{where}, not one")
        if not is_a4(size, landscape=False):
            report.fail("print", f"{where}, not portrait A4 (595×842 pt)")
        signup = driver.execute_script('const a = document.querySelector("main a.action"); return a && a.href;')
        if signup and signup not in text:
            report.fail("print", f"the printed notice does not give its sign-up address {signup}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    public, axe_file = sys.argv[1], sys.argv[2]
    with open(axe_file, encoding="utf-8") as f:
        axe = f.read()
    version = re.match(r"/\*! axe v([\d.]+)", axe)
    if not version or not version.group(1).startswith("4.10."):
        sys.exit(f"check-browser: {axe_file} is not axe-core 4.10")
    base = browser.base_path(public)
    pages = layouts(public, base)
    report = Report()
    with browser.serve(public) as address:
        driver = browser.chromium(*PHONE)
        try:
            for size in (PHONE, WIDE):
                browser.resize(driver, *size)
                for name, path in pages.items():
                    check_page(driver, address, name, path, size, axe, report)
                check_page(driver, address, "search results", "", size, axe, report, query=SEARCHED)
            browser.resize(driver, *NARROW)
            for name, path in pages.items():
                check_sideways(driver, address, name, path, report)
            browser.resize(driver, *PHONE)
            check_persistence(driver, address, report)
            browser.resize(driver, *WIDE)
            check_print(driver, address, public, pages["activity"], report)
        finally:
            driver.quit()
    checked = ", ".join(f"{group} {n}" for group, n in report.counts.items())
    print(f"check-browser: axe-core {version.group(1)} over {len(pages)} layouts at {PHONE[0]} and {WIDE[0]} px; "
          f"checks run: {checked}")
    if not report.failures:
        print("check-browser: no failures")
        return
    for group, messages in report.failures.items():
        print(f"{group}: {len(messages)} failure(s)")
        for message in messages:
            print(f"  {message}")
    sys.exit(f"check-browser: {sum(len(m) for m in report.failures.values())} failure(s) in "
             f"{', '.join(report.failures)}")


if __name__ == "__main__":
    main()
