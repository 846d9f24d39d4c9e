#!/usr/bin/env python3
"""Time from writing one record file to the preview's reload event: starts `gongshi serve` on a
site, listens on its event stream (/__gongshi/events, which the preview page opens), and edits
one point's address EDITS times, waiting for each reload. Prints the median and each figure, in ms.
With --cpu, a second line: the median and each figure of the CPU time the server spent on each
edit (all its threads, from /proc, less what it spends idle), in ms: on a shared machine wall
times vary with the load, CPU times much less.

    bench/preview_latency.py GONGSHI SITE RECORD_FILE [--edits 5] [--as-of 2026-11-23] [--cpu]
"""
import glob
import os
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


def cpu_seconds(pid):
    """CPU time of every thread of a process so far, from the scheduler's nanosecond counts."""
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that ended meanwhile
    return total / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gongshi")
    parser.add_argument("site")
    parser.add_argument("record")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--as-of", default="2026-11-23")
    parser.add_argument("--cpu", action="store_true", help="also print the server's CPU time per edit")
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
        cpu_start = wall_start = None
        times = []
        cpu = []
        idle_rate = 0
        if args.cpu:  # what the watcher's listings cost meanwhile
            time.sleep(1)
            idle_start, idle_cpu = time.monotonic(), cpu_seconds(server.pid)
            time.sleep(2)
            idle_rate = (cpu_seconds(server.pid) - idle_cpu) / (time.monotonic() - idle_start)
        try:
            for n in range(args.edits + 1):
                time.sleep(1)  # past the watcher's settle time and any rebuild still going
                if cpu_start is not None:
                    cpu.append(cpu_seconds(server.pid) - cpu_start - idle_rate * (time.monotonic() - wall_start))
                if n == args.edits:
                    break
                edited = original.replace("address: ", f"address: 改{n} ", 1)
                wall_start, cpu_start = time.monotonic(), cpu_seconds(server.pid)
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
        if args.cpu:
            print("%.0f %s" % (statistics.median(cpu) * 1000, " ".join("%.0f" % (c * 1000) for c in cpu)))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
