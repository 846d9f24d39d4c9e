#!/usr/bin/env python3
"""Independent check of the published calendars (RFC 5545) against the timetable pages.

Usage: scripts/check-calendars.py PUBLIC_DIR
Needs: python3 -m pip install icalendar recurring-ical-events

A calendar app's view of /timetable.ics must equal what the timetable pages show, week by
week, closures included: recurring_ical_events expands the weekly rules (RRULE, EXDATE,
the VTIMEZONE) and html.parser reads each /timetable/<YYYY-Www>/ page's table. Every
course's own calendar must hold exactly that course's sessions, every point calendar only
sessions the timetable has, and volunteer.ics must parse with a status on each event.
Every .ics file must use CRLF line ends, fold at 75 octets and stay valid UTF-8 on each
line. Prints one summary line; exits 1 on any mismatch.
"""
import datetime
import glob
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

import icalendar
import recurring_ical_events

WEEK_FOLDER = re.compile(r"^(\d{4})-W(\d{2})$")
COURSE_LINK = re.compile(r"/courses/([a-z0-9][a-z0-9-]*)/$")
SLOT = re.compile(r"^(\d{2}:\d{2})\s*[–-]\s*(\d{2}:\d{2})$")

problems = []


def problem(text):
    problems.append(text)


class TimetableTable(HTMLParser):
    """The sessions in a page's <table class="timetable">: one (weekday index, start, end,
    course id) per course link, from each body row's time slot header and its seven cells."""

    def __init__(self):
        super().__init__()
        self.in_table = False
        self.in_body = False
        self.cell = None  # "th" or "td" while inside one
        self.slot_text = ""
        self.day = -1
        self.slot = None
        self.sessions = []
        self.tables = 0
        self.out_of_term = False  # a week no term touches says so instead of a table

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "timetable" in (attrs.get("class") or "").split():
            self.in_table = True
            self.tables += 1
        elif tag == "p" and "out-of-term" in (attrs.get("class") or "").split():
            self.out_of_term = True
        elif not self.in_table:
            return
        elif tag == "tbody":
            self.in_body = True
        elif self.in_body and tag == "tr":
            self.day, self.slot, self.slot_text = -1, None, ""
        elif self.in_body and tag == "th":
            self.cell = "th"
        elif self.in_body and tag == "td":
            self.cell = "td"
            self.day += 1
        elif self.in_body and tag == "a" and self.cell == "td":
            match = COURSE_LINK.search(attrs.get("href") or "")
            if not match or self.slot is None or not 0 <= self.day < 7:
                problem(f"unexpected link {attrs.get('href')!r} in a timetable cell")
                return
            self.sessions.append((self.day, self.slot[0], self.slot[1], match.group(1)))

    def handle_endtag(self, tag):
        if tag == "table" and self.in_table:
            self.in_table = self.in_body = False
        elif tag == "tbody":
            self.in_body = False
        elif tag == "th" and self.cell == "th":
            self.cell = None
            match = SLOT.match(self.slot_text.strip())
            if not match:
                problem(f"timetable row header {self.slot_text.strip()!r} is not HH:MM–HH:MM")
            else:
                self.slot = match.groups()
        elif tag == "td":
            self.cell = None

    def handle_data(self, data):
        if self.cell == "th":
            self.slot_text += data


def page_sessions(path, monday):
    parser = TimetableTable()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    if parser.tables != (0 if parser.out_of_term else 1):
        problem(f"{path}: {parser.tables} timetable tables, expected one unless the week is out of term")
    return Counter(
        ((monday + datetime.timedelta(days=day)).isoformat(), start, end, course)
        for day, start, end, course in parser.sessions
    )


def check_octets(path, data):
    """CRLF only, each physical line at most 75 octets and valid UTF-8 by itself."""
    if not data.endswith(b"\r\n"):
        problem(f"{path}: does not end in CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            problem(f"{path}:{number}: a bare CR or LF")
        if len(line) > 75:
            problem(f"{path}:{number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problem(f"{path}:{number}: folding split a UTF-8 character")


def read_calendar(path):
    with open(path, "rb") as f:
        data = f.read()
    check_octets(path, data)
    try:
        return icalendar.Calendar.from_ical(data)
    except Exception as error:  # the parser's own words are the report
        problem(f"{path}: does not parse: {error}")
        return None


def site_offset(calendar, path):
    """The fixed offset the calendar's VTIMEZONE declares: local times on the pages use it."""
    zones = list(calendar.walk("VTIMEZONE"))
    if len(zones) != 1:
        problem(f"{path}: {len(zones)} VTIMEZONE components, expected 1")
        return None
    return zones[0].walk("STANDARD")[0].decoded("TZOFFSETTO")


def occurrences(calendar, path, offset):
    """Every expanded course occurrence as (date, start, end, course id)."""
    out = Counter()
    for event in recurring_ical_events.of(calendar).all():
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if not isinstance(start, datetime.datetime) or start.tzinfo is None:
            problem(f"{path}: {event.get('UID')} starts at {start!r}, not a time with a time zone")
            continue
        if offset is not None:
            zone = datetime.timezone(offset)
            start, end = start.astimezone(zone), end.astimezone(zone)
        match = COURSE_LINK.search(str(event.get("URL", "")))
        if not str(event.get("UID", "")).startswith("course-"):
            continue
        if not match:
            problem(f"{path}: {event.get('UID')} has no course URL")
            continue
        out[(start.date().isoformat(), start.strftime("%H:%M"), end.strftime("%H:%M"), match.group(1))] += 1
    return out


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    public = sys.argv[1]
    timetable_path = os.path.join(public, "timetable.ics")
    calendar = read_calendar(timetable_path)
    if calendar is None:
        print(f"check-calendars: {problems[0]}", file=sys.stderr)
        return 1
    offset = site_offset(calendar, timetable_path)
    all_sessions = occurrences(calendar, timetable_path, offset)

    weeks = {}
    for folder in sorted(glob.glob(os.path.join(public, "timetable", "*", "index.html"))):
        match = WEEK_FOLDER.match(os.path.basename(os.path.dirname(folder)))
        if match:
            weeks[(int(match.group(1)), int(match.group(2)))] = folder
    if not weeks:
        problem(f"{public}/timetable/: no week pages")
    compared = 0
    for (year, week), path in sorted(weeks.items()):
        monday = datetime.date.fromisocalendar(year, week, 1)
        shown = page_sessions(path, monday)
        days = {(monday + datetime.timedelta(days=i)).isoformat() for i in range(7)}
        expanded = Counter({key: n for key, n in all_sessions.items() if key[0] in days})
        compared += sum(shown.values())
        for key in sorted((expanded - shown).keys()):
            problem(f"{year}-W{week:02d}: the calendar has {key} but the page does not")
        for key in sorted((shown - expanded).keys()):
            problem(f"{year}-W{week:02d}: the page shows {key} but the calendar does not")
    for key in sorted(all_sessions):
        iso = datetime.date.fromisoformat(key[0]).isocalendar()
        if (iso[0], iso[1]) not in weeks:
            problem(f"the calendar has {key} in a week without a timetable page")

    course_files = sorted(glob.glob(os.path.join(public, "courses", "*", "calendar.ics")))
    for path in course_files:
        course = os.path.basename(os.path.dirname(path))
        own = read_calendar(path)
        if own is None:
            continue
        mine = occurrences(own, path, offset)
        expected = Counter({key: n for key, n in all_sessions.items() if key[3] == course})
        if mine != expected or any(key[3] != course for key in mine):
            problem(f"{path}: {sum(mine.values())} sessions, timetable.ics has {sum(expected.values())}")

    point_files = sorted(glob.glob(os.path.join(public, "points", "*", "calendar.ics")))
    for path in point_files:
        own = read_calendar(path)
        if own is not None and occurrences(own, path, offset) - all_sessions:
            problem(f"{path}: holds course sessions timetable.ics does not")

    volunteer_path = os.path.join(public, "volunteer.ics")
    volunteer = read_calendar(volunteer_path)
    activities = 0
    if volunteer is not None:
        uids = Counter()
        for event in volunteer.walk("VEVENT"):
            activities += 1
            uids[str(event.get("UID"))] += 1
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            if getattr(start, "tzinfo", None) is None or not end > start:
                problem(f"{volunteer_path}: {event.get('UID')} has no zoned start before its end")
            if str(event.get("STATUS")) not in ("CONFIRMED", "CANCELLED"):
                problem(f"{volunteer_path}: {event.get('UID')} has status {event.get('STATUS')!r}")
            url = str(event.get("URL", ""))
            page = re.search(r"/(volunteer/[a-z0-9][a-z0-9-]*/)$", url)
            if not page or not os.path.exists(os.path.join(public, page.group(1), "index.html")):
                problem(f"{volunteer_path}: {event.get('UID')} links to {url!r}, which is not published")
        problems.extend(f"{volunteer_path}: UID {uid} appears {n} times" for uid, n in uids.items() if n > 1)
        expanded = sum(1 for _ in recurring_ical_events.of(volunteer).all())
        if expanded != activities:
            problem(f"{volunteer_path}: {activities} events expand to {expanded} occurrences")

    if problems:
        for text in problems[:50]:
            print(text, file=sys.stderr)
        more = " (first 50 shown)" if len(problems) > 50 else ""
        print(f"check-calendars: {len(problems)} problems{more}")
        return 1
    print(
        f"check-calendars: timetable.ics matches {len(weeks)} week pages ({compared} sessions); "
        f"{len(course_files)} course and {len(point_files)} point calendars and volunteer.ics "
        f"({activities} events) parse"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
