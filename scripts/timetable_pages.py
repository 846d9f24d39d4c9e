"""What the /timetable/<YYYY-Www>/ pages show, read with html.parser: the one reading of
the pages that both calendar checks (check-calendars.py with recurring-ical-events,
check-ical.py with ical) compare their expansion of /timetable.ics against."""
import datetime
import glob
import os
import re
from collections import Counter, namedtuple
from html.parser import HTMLParser

WEEK_FOLDER = re.compile(r"^(\d{4})-W(\d{2})$")
COURSE_LINK = re.compile(r"/courses/([a-z0-9][a-z0-9-]*)/$")
SLOT = re.compile(r"^(\d{2}:\d{2})\s*[–-]\s*(\d{2}:\d{2})$")

# One class session as a page shows it: ISO date, "HH:MM" start and end, the course id
# (from the link) and its title (the link text, which calendars carry as SUMMARY).
Session = namedtuple("Session", "date start end course title")


class TimetableTable(HTMLParser):
    """The sessions in a page's <table class="timetable">: one (weekday index, start, end,
    course id, title) per course link, from each body row's time slot header and its seven
    cells. Problems (an unexpected link, a bad row header) go to `problem`."""

    def __init__(self, problem):
        super().__init__()
        self.problem = problem
        self.in_table = False
        self.in_body = False
        self.cell = None  # "th" or "td" while inside one
        self.slot_text = ""
        self.day = -1
        self.slot = None
        self.link = None  # [course id, title so far] while inside a course link
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
                self.problem(f"unexpected link {attrs.get('href')!r} in a timetable cell")
                return
            self.link = [match.group(1), ""]

    def handle_endtag(self, tag):
        if tag == "table" and self.in_table:
            self.in_table = self.in_body = False
        elif tag == "tbody":
            self.in_body = False
        elif tag == "th" and self.cell == "th":
            self.cell = None
            match = SLOT.match(self.slot_text.strip())
            if not match:
                self.problem(f"timetable row header {self.slot_text.strip()!r} is not HH:MM–HH:MM")
            else:
                self.slot = match.groups()
        elif tag == "td":
            self.cell = None
        elif tag == "a" and self.link is not None:
            course, title = self.link
            self.sessions.append((self.day, self.slot[0], self.slot[1], course, title.strip()))
            self.link = None

    def handle_data(self, data):
        if self.cell == "th":
            self.slot_text += data
        elif self.link is not None:
            self.link[1] += data


def week_pages(public):
    """{(ISO year, week): path of its index.html} for every /timetable/<YYYY-Www>/ page."""
    weeks = {}
    for path in sorted(glob.glob(os.path.join(public, "timetable", "*", "index.html"))):
        match = WEEK_FOLDER.match(os.path.basename(os.path.dirname(path)))
        if match:
            weeks[(int(match.group(1)), int(match.group(2)))] = path
    return weeks


def monday(year, week):
    return datetime.date.fromisocalendar(year, week, 1)


def page_sessions(path, first_day, problem):
    """A Counter of the Sessions one week's page shows; `first_day` is its Monday."""
    parser = TimetableTable(lambda text: problem(f"{path}: {text}"))
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    if parser.tables != (0 if parser.out_of_term else 1):
        problem(f"{path}: {parser.tables} timetable tables, expected one unless the week is out of term")
    return Counter(
        Session((first_day + datetime.timedelta(days=day)).isoformat(), start, end, course, title)
        for day, start, end, course, title in parser.sessions
    )
