#!/usr/bin/env python3
"""A second, independent reading of the published calendars, with the parsers other apps use.

Usage: scripts/check-ical.py PUBLIC_DIR [ZONE]   (ZONE: the site's time zone, Asia/Shanghai)

PyPI's `ical` (the parser Home Assistant uses) must parse every .ics file, and its own
timeline of /timetable.ics, taken one ISO week at a time, must give exactly the sessions each
/timetable/<YYYY-Www>/ page shows: date, start, end (in the site's local time), course (from
the event's URL) and title (its SUMMARY). `vobject.readComponents(validate=True)` must read
every .ics file. Prints what it counted; exits 1 on any problem or when it counted nothing.
"""
import datetime
import glob
import os
import sys
import zoneinfo
from collections import Counter

import vobject
from ical.calendar_stream import IcsCalendarStream

from timetable_pages import COURSE_LINK, Session, monday, page_sessions, week_pages

problems = []


def problem(text):
    problems.append(text)


def parse(path):
    """The file as ical's Calendar, and read by vobject with validation; None if ical fails."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    try:
        components = list(vobject.readComponents(text, validate=True))
        if [c.name for c in components] != ["VCALENDAR"]:
            problem(f"{path}: vobject reads {[c.name for c in components]}, expected one VCALENDAR")
    except Exception as error:  # the parser's own words are the report
        problem(f"{path}: vobject: {type(error).__name__}: {error}")
    try:
        return IcsCalendarStream.calendar_from_ics(text)
    except Exception as error:
        problem(f"{path}: ical: {type(error).__name__}: {error}")
        return None


def session(event, zone):
    """The event as a Session in local time, or None (with a problem) when it is not one."""
    start, end = event.dtstart, event.dtend
    if not isinstance(start, datetime.datetime) or start.tzinfo is None or end.tzinfo is None:
        problem(f"timetable.ics: {event.uid} starts at {start!r}: not a time with a time zone")
        return None
    match = COURSE_LINK.search(str(event.url or ""))
    if not match:
        problem(f"timetable.ics: {event.uid} has no course URL")
        return None
    start, end = start.astimezone(zone), end.astimezone(zone)
    return Session(start.date().isoformat(), f"{start:%H:%M}", f"{end:%H:%M}", match.group(1), event.summary)


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    public = sys.argv[1]
    zone = zoneinfo.ZoneInfo(sys.argv[2] if len(sys.argv) == 3 else "Asia/Shanghai")

    files = sorted(glob.glob(os.path.join(public, "**", "*.ics"), recursive=True))
    calendars = {path: parse(path) for path in files}
    timetable = calendars.get(os.path.join(public, "timetable.ics"))
    if timetable is None:
        problem(f"{public}/timetable.ics: missing or unreadable")
    weeks = week_pages(public)
    if not weeks:
        problem(f"{public}/timetable/: no week pages")

    compared = 0
    if timetable is not None and weeks:
        timeline = timetable.timeline_tz(zone)
        for (year, week), path in sorted(weeks.items()):
            first = datetime.datetime.combine(monday(year, week), datetime.time(), zone)
            days = {(first.date() + datetime.timedelta(days=i)).isoformat() for i in range(7)}
            found = (session(e, zone) for e in timeline.overlapping(first, first + datetime.timedelta(days=7)))
            expanded = Counter(s for s in found if s is not None and s.date in days)
            shown = page_sessions(path, first.date(), problem)
            compared += sum(shown.values())
            for key in sorted((expanded - shown).keys()):
                problem(f"{year}-W{week:02d}: ical's timeline has {tuple(key)} but the page does not")
            for key in sorted((shown - expanded).keys()):
                problem(f"{year}-W{week:02d}: the page shows {tuple(key)} but ical's timeline does not")
        for event in timeline:  # every occurrence: none may fall in a week without a page
            found = session(event, zone)
            iso = datetime.date.fromisoformat(found.date).isocalendar() if found else None
            if iso and (iso[0], iso[1]) not in weeks:
                problem(f"timetable.ics: ical's timeline has {tuple(found)} in a week without a page")

    if not files or compared == 0:
        problem("nothing to compare: no .ics files or no sessions on the timetable pages")
    for text in problems[:50]:
        print(text, file=sys.stderr)
    parsed = sum(1 for c in calendars.values() if c is not None)
    summary = (
        f"{parsed}/{len(files)} .ics files parse with ical and vobject (validate=True); "
        f"ical's timeline of timetable.ics against {len(weeks)} week pages ({compared} sessions, {zone.key})"
    )
    if problems:
        more = " (first 50 shown)" if len(problems) > 50 else ""
        print(f"check-ical: {len(problems)} problems{more}; {summary}")
        return 1
    print(f"check-ical: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
