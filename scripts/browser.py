"""What the browser checks share: the built site served over HTTP at its base path, and
Debian's Chromium driven by Selenium through Debian's chromedriver (never a downloaded one).
"""

import functools
import http.server
import os
import re
import threading
from contextlib import contextmanager

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

CHROMIUM = os.environ.get("GONGSHI_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("GONGSHI_CHROMEDRIVER", "/usr/bin/chromedriver")


def base_path(public):
    """The site's base path (`/yanglao/`), read from the home page's canonical link."""
    with open(os.path.join(public, "index.html"), encoding="utf-8") as page:
        found = re.search(r'<link rel="canonical" href="https?://[^/"]+(/[^"]*)"', page.read())
    return found.group(1) if found else "/"


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder below the base path, and 404.html for what is not there."""

    prefix = "/"

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return os.path.join(self.directory, "missing-below-the-base-path")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code != 404 or not os.path.exists(page):
            return super().send_error(code, message, explain)
        with open(page, "rb") as f:
            body = f.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def serve(public):
    """The site at http://127.0.0.1:<free port><base path>; yields that address."""
    prefix = base_path(public)
    handler = type("Handler", (_SiteHandler,), {"prefix": prefix})
    handler.extensions_map = {**handler.extensions_map, ".js": "text/javascript", ".wasm": "application/wasm"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=public))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def chromium(width=1280, height=800, javascript=True):
    """Headless Chromium with a viewport of this size (CSS pixels, scale 1); without
    JavaScript for the pages themselves when `javascript` is false (Selenium's own scripts
    still run)."""
    options = Options()
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1", "--lang=zh-CN"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(120)
    resize(driver, width, height)
    return driver


def resize(driver, width, height):
    """Sets the viewport (not the window) to width × height CSS pixels."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
