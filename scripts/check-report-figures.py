#!/usr/bin/env python3
"""The /reports/ figures, counted again from content/ itself (PyYAML, json, csv) and compared
with the JSON files the build publishes (/reports/<report>.json). The definitions are the
README's: only canteens count for coverage, from their `opened` day while operating, each
village in its own town; a canteen counts for a month if operating on the month's first day;
activities count by start date and never when cancelled; a course meets on every day of its
dates (inside its term) whose weekday has a session, except closures and its `except` days;
freshness covers points, stale when `updated` is more than `stale_after_days` before the day.
The day is the report's own `as_of`. Usage: check-report-figures.py PUBLIC_DIR [SITE_DIR]
Prints what it compared; exits 1 on any mismatch or when it compared nothing."""
import csv
import datetime
import glob
import json
import os
import sys
from collections import Counter, defaultdict

import yaml

public = sys.argv[1] if len(sys.argv) > 1 else "public"
site_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
content = os.path.join(site_dir, "content")
problems = []
compared = Counter()  # figures compared, by report


def same(report, what, counted, published):
    compared[report] += 1
    if counted != published:
        problems.append(f"{report}: {what}: content/ gives {counted!r}, the report {published!r}")


# --- reading content/ ----------------------------------------------------------------------
def read_yaml(path):
    with open(path, encoding="utf-8-sig") as f:
        return yaml.safe_load(f)


def records(folder):
    """Every record of a content folder's .yaml, .yml, .json and .csv files, in file order."""
    out = []
    for path in sorted(glob.glob(os.path.join(content, folder, "*"))):
        if path.endswith((".yaml", ".yml")):
            doc = read_yaml(path)
        elif path.endswith(".json"):
            with open(path, encoding="utf-8-sig") as f:
                doc = json.load(f)
        elif path.endswith(".csv"):
            with open(path, encoding="utf-8-sig", newline="") as f:
                doc = [{k: v for k, v in row.items() if v != ""} for row in csv.DictReader(f)]
        else:
            continue
        out += doc if isinstance(doc, list) else [doc]
    return out


def day(value):
    """A date from YAML (already a date), JSON or CSV text, or a date-time's date."""
    if value is None or isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    return datetime.date.fromisoformat(str(value).strip()[:10])


def id_list(value):
    if value is None:
        return None
    if isinstance(value, list):
        return [str(v) for v in value]
    return [part.strip() for part in str(value).replace("；", ";").split(";") if part.strip()]


settings = read_yaml(os.path.join(content, "site.yaml"))
targets = settings.get("targets") or {}

regions, parent = {}, {}


def walk(nodes, up):
    for node in nodes or []:
        regions[node["id"]] = node
        parent[node["id"]] = up
        walk(node.get("children"), node["id"])


walk(read_yaml(os.path.join(content, "regions.yaml")), None)
TOWN_KINDS, VILLAGE_KINDS = {"town", "subdistrict"}, {"village", "community"}


def subtree(region):
    node = regions[region]
    yield node
    for child in node.get("children") or []:
        yield from subtree(child["id"])


def villages_under(region):
    return [node["id"] for node in subtree(region) if node["kind"] in VILLAGE_KINDS]


def town_of(region):
    while region is not None and regions[region]["kind"] not in TOWN_KINDS:
        region = parent[region]
    return region


root = settings["region"]
towns = [node["id"] for node in subtree(root) if node["kind"] in TOWN_KINDS]

points = records("points")
for p in points:
    p["opened"], p["updated"] = day(p.get("opened")), day(p.get("updated"))
    p["town"] = town_of(p["region"])
    p["villages"] = list(dict.fromkeys(v for area in id_list(p.get("serves")) or [p["region"]] for v in villages_under(area)))


def operating(p, on):
    return p.get("status") == "operating" and p["opened"] is not None and p["opened"] <= on


def report(name):
    path = os.path.join(public, "reports", f"{name}.json")
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as error:
        problems.append(f"{path}: {error}")
        return None, None
    return doc, datetime.date.fromisoformat(doc["as_of"])


def share(part, whole):
    """As the reports write a share: four decimals, rounded half up; None without a whole."""
    return None if whole == 0 else round((2 * part * 10000 + whole) // (2 * whole) / 10000, 4)


# --- canteen coverage ------------------------------------------------------------------------
doc, as_of = report("canteen-coverage")
if doc:
    canteens = [p for p in points if p.get("kind") == "canteen"]
    running = [p for p in canteens if operating(p, as_of)]
    pipeline = {"planned", "site-selection", "design", "construction"}
    coming = [p for p in canteens if p.get("status") in pipeline or (p.get("status") == "operating" and not operating(p, as_of))]
    served = {v for p in running for v in p["villages"]}
    projected = served | {v for p in coming for v in p["villages"]}
    same("canteen-coverage", "target", targets.get("canteen_coverage"), doc.get("target"))
    published = {town["id"]: town for town in doc["towns"]}
    same("canteen-coverage", "towns", towns, [town["id"] for town in doc["towns"]])
    for area, canteen_count, figures in [(root, len(running), doc["city"])] + [
        (t, sum(1 for p in running if p["town"] == t), published.get(t, {})) for t in towns
    ]:
        villages = villages_under(area)
        n_served, n_projected = sum(v in served for v in villages), sum(v in projected for v in villages)
        counted = {
            "villages": len(villages), "served": n_served, "projected": n_projected,
            "operating_canteens": canteen_count, "share": share(n_served, len(villages)),
            "projected_share": share(n_projected, len(villages)),
            "unserved": [v for v in villages if v not in served],
        }
        for key, value in counted.items():
            got = figures.get(key)
            if key == "unserved":
                got = [v["id"] for v in got or []]
            same("canteen-coverage", f"{area} {key}", value, got)

# --- construction ----------------------------------------------------------------------------
doc, as_of = report("construction")
if doc:
    def tally(selection):
        out = defaultdict(Counter)
        for p in selection:
            out[p["kind"]][p["status"]] += 1
        return {kind: {s: n for s, n in statuses.items()} for kind, statuses in out.items()}

    def nonzero(figures):
        return {kind: {s: n for s, n in statuses.items() if n} for kind, statuses in figures.items()
                if any(statuses.values())}

    same("construction", "city", tally(points), nonzero(doc["city"]))
    by_town = {town.get("id"): town["points"] for town in doc["towns"]}
    for t in towns + ([None] if any(p["town"] is None for p in points) else []):
        same("construction", f"town {t}", tally(p for p in points if p["town"] == t), nonzero(by_town.get(t, {})))
    opened = Counter((p["opened"].year, p["kind"]) for p in points if p["opened"] and p["opened"] <= as_of)
    years = sorted({year for year, _ in opened})
    span = list(range(years[0], years[-1] + 1)) if years else []
    same("construction", "opening years", span, [y["year"] for y in doc["openings"]])
    for y in doc["openings"]:
        counted = {kind: n for (year, kind), n in opened.items() if year == y["year"]}
        same("construction", f"openings {y['year']}", counted, {k: n for k, n in y["by_kind"].items() if n})

# --- volunteer commitment ------------------------------------------------------------------
doc, as_of = report("volunteer-commitment")
if doc:
    activities = records("activities")
    for a in activities:
        a["day"] = day(a["start"])
    months = sorted({(a["day"].year, a["day"].month) for a in activities})
    span = []
    if months:
        year, month = months[0]
        while (year, month) <= months[-1]:
            span.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    same("volunteer-commitment", "months", [f"{y:04d}-{m:02d}" for y, m in span], [m["month"] for m in doc["months"]])
    target = targets.get("activities_per_canteen_month")
    same("volunteer-commitment", "target", target, doc.get("target"))
    canteens = [p for p in points if p.get("kind") == "canteen"]
    for (year, month), figures in zip(span, doc["months"]):
        held = Counter(a["venue"] for a in activities
                       if (a["day"].year, a["day"].month) == (year, month) and a.get("status") != "cancelled")
        open_ = [p["id"] for p in canteens if operating(p, datetime.date(year, month, 1))]
        counts = {c: held[c] for c in open_}
        meeting = [c for c in open_ if counts[c] >= (target or 0)]
        label = figures["month"]
        same("volunteer-commitment", f"{label} canteens", len(open_), figures["canteens"])
        same("volunteer-commitment", f"{label} activities", sum(counts.values()), figures["activities"])
        same("volunteer-commitment", f"{label} meeting target", len(meeting), figures["meeting_target"])
        same("volunteer-commitment", f"{label} share", share(len(meeting), len(open_)), figures["share"])
        same("volunteer-commitment", f"{label} by canteen", counts,
             {c["id"]: c["activities"] for c in figures["by_canteen"]})
        same("volunteer-commitment", f"{label} below target", sorted(set(open_) - set(meeting)),
             sorted(c["id"] for c in figures["below_target"]))

# --- operators -------------------------------------------------------------------------------
doc, as_of = report("operators")
if doc:
    running = [p for p in points if operating(p, as_of)]
    for group, selection in [("all", running), ("canteens", [p for p in running if p["kind"] == "canteen"])]:
        published = doc["operations"][group]
        counted = Counter(p.get("operation") or "unstated" for p in selection)
        same("operators", f"{group} total", len(selection), published["total"])
        for operation, figures in published.items():
            if operation != "total":
                same("operators", f"{group} {operation}", (counted[operation], share(counted[operation], len(selection))),
                     (figures["count"], figures["share"]))
        same("operators", f"{group} operations", set(counted) - set(published), set())
    operators_file = os.path.join(content, "operators.yaml")
    operators = [o["id"] for o in read_yaml(operators_file) or []] if os.path.isfile(operators_file) else []
    same("operators", "operators", sorted(operators), sorted(o["id"] for o in doc["operators"]))
    for o in doc["operators"]:
        mine = [p for p in running if p.get("operator") == o["id"]]
        same("operators", f"{o['id']} points", sorted(p["id"] for p in mine), sorted(o["point_ids"]))
        same("operators", f"{o['id']} by kind", dict(Counter(p["kind"] for p in mine)),
             {k: n for k, n in o["by_kind"].items() if n})
    same("operators", "without operator", sum(1 for p in running if not p.get("operator")), doc["without_operator"])

# --- senior university -----------------------------------------------------------------------
WEEKDAYS = {name: i for i, names in enumerate([
    ("mon", "monday", "周一", "星期一"), ("tue", "tuesday", "周二", "星期二"), ("wed", "wednesday", "周三", "星期三"),
    ("thu", "thursday", "周四", "星期四"), ("fri", "friday", "周五", "星期五"), ("sat", "saturday", "周六", "星期六"),
    ("sun", "sunday", "周日", "星期日", "周天", "星期天")]) for name in names}


def date_range(value):
    first, _, last = str(value).partition("..")
    first = day(value) if not last else day(first)
    return first, day(last) if last else first


def weekdays(course):
    """The weekday index of each session (twice if two sessions share a day)."""
    sessions = course.get("sessions") or []
    if isinstance(sessions, str):
        sessions = [{"weekday": part.split()[0]} for part in sessions.replace("；", ";").split(";") if part.strip()]
    return [WEEKDAYS[str(s["weekday"]).strip().lower()] for s in sessions]


doc, as_of = report("university")
if doc:
    closures = set()
    for entry in settings.get("closures") or []:
        first, last = date_range(entry)
        closures |= {first + datetime.timedelta(days=i) for i in range((last - first).days + 1)}
    courses = records("courses")
    terms = {t["id"]: t for t in settings.get("terms") or []}
    same("university", "terms", list(terms), [t["id"] for t in doc["terms"]])
    for figures in doc["terms"]:
        term = terms.get(figures["id"], {})
        start, end = day(term.get("from")), day(term.get("until"))
        tallies = defaultdict(Counter, total=Counter())  # a term without courses still has a total
        for c in (c for c in courses if c.get("term") == figures["id"]):
            first, last = max(day(c.get("from")) or start, start), min(day(c.get("until")) or end, end)
            off = closures | {day(d) for d in id_list(c.get("except")) or []}
            days = [first + datetime.timedelta(days=i) for i in range((last - first).days + 1)]
            sessions = sum(1 for d in days if d not in off for w in weekdays(c) if w == d.weekday())
            row = Counter(courses=1, sessions=sessions, seats=int(c.get("capacity") or 0),
                          enrolled=int(c.get("enrolled") or 0), courses_without_capacity=int(c.get("capacity") is None))
            for key in ("total", f"category {c.get('category')}", f"venue {c['venue']}"):
                tallies[key].update(row)
        fields = ("courses", "sessions", "seats", "enrolled", "courses_without_capacity")
        published = {"total": figures}
        published |= {f"category {g.get('category')}": g for g in figures["by_category"]}
        published |= {f"venue {g['id']}": g for g in figures["by_venue"]}
        same("university", f"{figures['id']} groups", sorted(tallies), sorted(published))
        for key, tally in tallies.items():
            got = published.get(key, {})
            same("university", f"{figures['id']} {key}", {f: tally[f] for f in fields}, {f: got.get(f) for f in fields})
            same("university", f"{figures['id']} {key} enrolment share", share(tally["enrolled"], tally["seats"]),
                 got.get("enrolment_share"))

# --- freshness -------------------------------------------------------------------------------
doc, as_of = report("freshness")
if doc:
    stale_after = int(settings.get("stale_after_days", 180))
    cutoff = as_of - datetime.timedelta(days=stale_after)
    same("freshness", "current since", cutoff.isoformat(), doc["current_since"])

    def state(p):
        return "missing" if p["updated"] is None else "stale" if p["updated"] < cutoff else "current"

    def counts(selection):
        c = Counter(state(p) for p in selection)
        total = sum(c.values())
        return {"records": total, "current": c["current"], "stale": c["stale"], "missing": c["missing"],
                "current_share": share(c["current"], total)}

    keys = ("records", "current", "stale", "missing", "current_share")
    same("freshness", "all", counts(points), {k: doc["all"][k] for k in keys})
    for group in doc["by_kind"]:
        same("freshness", f"kind {group['kind']}", counts([p for p in points if p["kind"] == group["kind"]]),
             {k: group[k] for k in keys})
    same("freshness", "kinds", sorted({p["kind"] for p in points}), sorted(g["kind"] for g in doc["by_kind"]))
    by_town = {group.get("id"): group for group in doc["by_town"]}
    for t in towns + ([None] if any(p["town"] is None for p in points) else []):
        mine = [p for p in points if p["town"] == t]
        group = by_town.get(t, {})
        same("freshness", f"town {t}", counts(mine), {k: group.get(k) for k in keys})
        same("freshness", f"town {t} outdated", sorted((p["id"], state(p)) for p in mine if state(p) != "current"),
             sorted((o["id"], o["state"]) for o in group.get("outdated", [])))

if not compared:
    problems.append(f"nothing compared: no report figures under {public}/reports/")
for text in problems[:40]:
    print(text)
summary = ", ".join(f"{report} {n}" for report, n in sorted(compared.items()))
if problems:
    more = " (first 40 shown)" if len(problems) > 40 else ""
    print(f"check-report-figures: {len(problems)} mismatches{more}; figures compared: {summary}")
    sys.exit(1)
print(f"check-report-figures: {sum(compared.values())} figures counted from content/ match /reports/*.json ({summary})")
