#!/usr/bin/env python3
"""Independent check of the published calendars (RFC 5545) against the timetable pages.

Usage: scripts/check-calendars.py PUBLIC_DIR
Needs: python3 -m pip install icalendar recurring-ical-events

A calendar app's view of /timetable.ics must equal what the timetable pages show, week by
week, closures included: recurring_ical_events expands the weekly rules (RRULE, EXDATE,
the VTIMEZONE) and timetable_pages.py reads each /timetable/<YYYY-Www>/ page's table. Every
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

import icalendar
import recurring_ical_events

from timetable_pages import COURSE_LINK, page_sessions, week_pages

problems = []


def problem(text):
    problems.append(text)


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

    weeks = week_pages(public)
    if not weeks:
        problem(f"{public}/timetable/: no week pages")
    compared = 0
    for (year, week), path in sorted(weeks.items()):
        monday = datetime.date.fromisocalendar(year, week, 1)
        shown = Counter(session[:4] for session in page_sessions(path, monday, problem).elements())
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
