#!/usr/bin/env python3
"""Time from writing one record file to the preview's reload event: starts `gongshi serve` on a
site, listens on its event stream (/__gongshi/events, which the preview page opens), and edits
one point's address EDITS times, waiting for each reload. Prints the median and each figure, in ms.

    bench/preview_latency.py GONGSHI SITE RECORD_FILE [--edits 5] [--as-of 2026-11-23]
"""
import argparse
import http.client
import re
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_site(port, deadline):
    """The build number the first page shows, once the first build is served."""
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/")
            body = conn.getresponse().read().decode("utf-8", "replace")
            conn.close()
            found = re.search(r"/__gongshi/events\?since=(\d+)", body)
            if found and "<main" in body:
                return int(found.group(1))
        except OSError:
            pass
        time.sleep(0.2)
    sys.exit("preview_latency: the preview did not serve the site in time")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gongshi")
    parser.add_argument("site")
    parser.add_argument("record")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--as-of", default="2026-11-23")
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen([args.gongshi, "serve", "--site", args.site, "--as-of", args.as_of, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        since = wait_for_site(port, time.monotonic() + 600)
        stream = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        stream.request("GET", f"/__gongshi/events?since={since}")
        events = stream.getresponse()
        events.readline()  # the stream's opening lines (retry, comment) come at once
        original = open(args.record, encoding="utf-8").read()
        times = []
        try:
            for n in range(args.edits):
                time.sleep(1)  # past the watcher's settle time and any rebuild still going
                edited = original.replace("address: ", f"address: 改{n} ", 1)
                start = time.monotonic()
                with open(args.record, "w", encoding="utf-8") as f:
                    f.write(edited)
                while True:
                    line = events.readline()
                    if not line:
                        sys.exit("preview_latency: the event stream closed")
                    if line.startswith(b"event: reload"):
                        break
                times.append((time.monotonic() - start) * 1000)
        finally:
            with open(args.record, "w", encoding="utf-8") as f:
                f.write(original)
        print("%.0f %s" % (statistics.median(times), " ".join("%.0f" % t for t in times)))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
