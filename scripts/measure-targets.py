#!/usr/bin/env python3
"""Measures what an older reader taps, in headless Chromium (Debian's chromium and
chromium-driver, PyPI selenium): every visible link, button, summary and switch of each page
at a phone width, listing the targets under 44 × 44 px, the pairs of neighbours closer than
8 px, and the main actions (`.action`; a point page's phone) under 60 px; and the header's
height (under a quarter of the first screen) and the page's width (no sideways scrolling);
and the header at 320 × 700 px with the larger-text switch on.

Links inside running text (inline in `.prose`, a sentence of a bulletin) are exempt, as WCAG
2.2's target-size rule exempts inline links; they are counted apart.

Usage: measure-targets.py BASE_URL PATH... [--width 390] [--height 844] [--larger-text] [--list]
  e.g. measure-targets.py http://127.0.0.1:8701/yanglao/ canteens/ points/canteen-anhua-anhua/
Prints one line per page (and the failing targets with --list); exits 1 when any page has a
target too small or too close, a header of a quarter of the first screen or more (with
--larger-text: of 60 %), or scrolls sideways."""
import argparse
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

# Every target's box, the inline ones flagged; one line box each, so a link that wraps is as
# tall as one of its lines.
MEASURE = r"""
const selector = 'a[href], button, summary, input:not([type=hidden]), select, textarea, label[for]';
const all = [...document.querySelectorAll(selector)];
const mainPhone = arguments[1] ? document.querySelector('main .facts a[href^="tel:"]') : null;
const boxes = [];
for (const el of all) {
  const style = getComputedStyle(el);
  // Hidden, or inside a closed <details>.
  if (!el.checkVisibility({visibilityProperty: true})) continue;
  const rects = [...el.getClientRects()].filter(r => r.width > 0 && r.height > 0);
  if (rects.length === 0) continue;
  // Off-screen until focused (the skip link), or a checkbox its label stands for.
  const r0 = el.getBoundingClientRect();
  if (r0.right <= 0) continue;
  if (el.matches('input[type=checkbox], input[type=radio]') && style.opacity === '0') continue;
  const inline = el.closest('.prose') !== null && style.display === 'inline';
  const box = {
    left: r0.left + scrollX, top: r0.top + scrollY, right: r0.right + scrollX, bottom: r0.bottom + scrollY,
    width: Math.max(...rects.map(r => r.width)), height: Math.min(...rects.map(r => r.height)),
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 30),
    tag: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''),
    inline, action: el.matches(arguments[0]) || el === mainPhone,
  };
  box.el = el;
  boxes.push(box);
}
// Neighbours: the gap between two boxes, neither inside the other.
const close = [];
for (let i = 0; i < boxes.length; i++) {
  for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.inline || b.inline || a.el.contains(b.el) || b.el.contains(a.el)) continue;
    const dx = Math.max(0, b.left - a.right, a.left - b.right);
    const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
    if (dx < 8 && dy < 8) close.push([a.text + ' / ' + b.text, Math.round(Math.max(dx, dy))]);
  }
}
const header = document.querySelector('header');
for (const b of boxes) delete b.el;
return {boxes, close, header: header ? header.getBoundingClientRect().bottom + scrollY : null,
        width: document.documentElement.scrollWidth, viewport: innerWidth};
"""


def driver(width, height):
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size={width},{height}"):
        options.add_argument(flag)
    d = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return d


def turn_on_larger_text(d):
    """Presses 大字 the way a reader does: the switch button, else the checkbox's label."""
    d.execute_script("""
      const b = document.querySelector('button[data-switch="larger-text"]');
      if (b && b.offsetParent) { b.click(); return; }
      const l = document.querySelector('label[for="larger-text"]'); if (l) l.click();""")


def measure(d, url, main_action, first_phone_too):
    d.get(url)
    return d.execute_script(MEASURE, main_action, first_phone_too)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--height", type=int, default=844)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--larger-text", action="store_true", help="press 大字 first (it carries to every page)")
    args = parser.parse_args()
    base = args.base if args.base.endswith("/") else args.base + "/"
    failed = False
    d = driver(args.width, args.height)
    try:
        if args.larger_text:
            d.get(base + args.paths[0])
            turn_on_larger_text(d)
        for path in args.paths:
            # A page's main action is its .action button; a point's is its phone number, the
            # first tel: link of its facts.
            result = measure(d, base + path, ".action", path.startswith("points/"))
            targets = [b for b in result["boxes"] if not b["inline"]]
            small = [b for b in targets if b["width"] < 44 or b["height"] < 44]
            weak = [b for b in targets if b["action"] and b["height"] < 60]
            inline = len(result["boxes"]) - len(targets)
            header = result["header"]
            print(f"/{path}: {len(targets)} targets, {len(small)} under 44 px, {len(result['close'])} pairs under 8 px apart,"
                  f" {len(weak)} main actions under 60 px, {inline} inline links exempt;"
                  f" header {header:.0f} px of {args.height}; page {result['width']} px wide")
            if args.list:
                for b in small:
                    print(f"  small {b['width']:.0f}×{b['height']:.0f} {b['tag']} {b['text']}")
                for pair, gap in result["close"]:
                    print(f"  close {gap} px: {pair}")
                for b in weak:
                    print(f"  action {b['height']:.0f} px: {b['tag']} {b['text']}")
            # Under a quarter of the first screen; with larger text, content still on it.
            failed |= bool(small or result["close"] or weak) or header >= args.height * (0.6 if args.larger_text else 0.25)
            failed |= result["width"] > args.width
        # The header with larger text on a small phone still leaves content on the first screen.
        small_phone = driver(320, 700)
        try:
            small_phone.get(base + args.paths[0])
            turn_on_larger_text(small_phone)
            header = small_phone.execute_script("return document.querySelector('header').getBoundingClientRect().bottom")
            width = small_phone.execute_script("return document.documentElement.scrollWidth")
            print(f"320 × 700 with larger text, /{args.paths[0]}: header {header:.0f} px of 700; page {width} px wide")
            failed |= header >= 700 * 0.6 or width > 320
        finally:
            small_phone.quit()
    finally:
        d.quit()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
