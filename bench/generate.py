#!/usr/bin/env python3
"""Seeded generator of realistic Gongshi sites at three scales, and two Hugo twins of each, for
side-by-side benchmarks.

    bench/generate.py --scale prefecture --out /tmp/bench/prefecture [--seed 7]

writes OUT/gongshi (a Gongshi site: content/), OUT/hugo (the full twin: bench/hugo-twin's layouts
render the facts gongshi's pages show, from the same records) and OUT/hugo-bare (one content file
per record, a layout that dumps its front matter, per-town lists, feeds and sitemap on)."""
import argparse
import datetime
import json
import os
import random
import shutil

SCALES = {
    # villages, points, courses, activities per year
    "county": (500, 600, 200, 2000),
    "prefecture": (2100, 3000, 1500, 20000),
    "province": (20000, 30000, 15000, 200000),
}
SYLLABLES = "安 白 宝 北 长 陈 城 大 东 方 丰 福 高 古 官 光 海 和 河 红 后 湖 华 黄 家 江 金 景 九 康 乐 里 连 林 龙 马 梅 南 宁 平 前 桥 青 泉 山 上 石 双 水 松 塘 桃 天 田 王 溪 下 新 兴 徐 阳 杨 永 玉 园 岳 云 张 赵 中 周 朱 竹".split()
PINYIN = {s: f"s{i}" for i, s in enumerate(SYLLABLES)}
KINDS_OF_PLACE = [("村", "village"), ("社区", "community")]
CATEGORIES = ["书法", "国画", "太极拳", "智能手机", "声乐", "越剧", "舞蹈", "养生保健", "摄影", "葫芦丝", "诗词"]
ACTIVITY_TITLES = [("共享五福·助餐志愿服务", "meal-service"), ("理发志愿服务", "haircut"), ("共享五福·义诊进食堂", "health"),
                   ("越剧进村演出", "performance"), ("独居老人走访慰问", "visit"), ("智能手机小课堂", "training")]
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat"]


def name(rng, n=2):
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def slug(text):
    return "-".join(PINYIN.get(c, "x") for c in text)


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(scale, seed):
    rng = random.Random(seed)
    villages_n, points_n, courses_n, activities_n = SCALES[scale]
    towns_n = max(20, villages_n // 22)
    towns, villages = [], []
    for t in range(towns_n):
        town_name = name(rng) + ("镇" if t % 5 else "街道")
        towns.append({"id": f"t{t}", "name": town_name, "kind": "town" if t % 5 else "subdistrict", "villages": []})
    for v in range(villages_n):
        town = towns[v % towns_n]
        suffix, kind = KINDS_OF_PLACE[1] if rng.random() < 0.15 else KINDS_OF_PLACE[0]
        village = {"id": f"{town['id']}-v{v}", "name": name(rng) + suffix, "kind": kind, "town": town}
        town["villages"].append(village)
        villages.append(village)
    operators = [{"id": f"op{i}", "name": name(rng, 3) + "养老服务有限公司", "kind": "company"} for i in range(max(8, towns_n // 3))]
    points = []
    canteens_share = 0.28
    for p in range(points_n):
        village = villages[p % villages_n] if p >= towns_n else None
        if p < towns_n:
            town = towns[p]
            region, kind, pname = town["villages"][0]["id"] if town["villages"] else town["id"], "town-centre", town["name"] + "居家养老服务中心"
        else:
            town = village["town"]
            kind = "canteen" if rng.random() < canteens_share else ("meal-point" if rng.random() < 0.3 else "village-centre")
            region = village["id"]
            pname = village["name"] + {"canteen": "爱心食堂", "meal-point": "助餐配送点", "village-centre": "居家养老服务照料中心"}[kind]
        status = "operating" if rng.random() < 0.82 else rng.choice(["construction", "design", "site-selection", "planned"])
        serves = [region] + ([rng.choice(town["villages"])["id"]] if kind == "canteen" and town["villages"] and rng.random() < 0.6 else [])
        points.append({
            "id": f"p{p}", "kind": kind, "name": pname, "region": region, "town": town,
            "address": f"{town['name']}{name(rng)}路{rng.randint(1, 300)}号", "status": status,
            "opened": f"20{rng.randint(14, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if status == "operating" else None,
            "operator": rng.choice(operators)["id"], "serves": sorted(set(serves)),
            "lat": round(29.5 + rng.random() * 0.5, 6), "lon": round(120.0 + rng.random() * 0.5, 6),
            "phone": f"0575-0000{rng.randint(1000, 9999)}", "price": rng.randint(10, 15), "elder": rng.randint(3, 8),
            "updated": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
        })
    centres = [p for p in points if p["kind"] == "town-centre"] or points[:1]
    courses = []
    for c in range(courses_n):
        day = rng.choice(WEEKDAYS)
        hour = rng.choice([8, 9, 10, 14, 15])
        courses.append({"id": f"c{c}", "title": rng.choice(CATEGORIES) + f"{c}班", "category": rng.choice(CATEGORIES),
                        "venue": rng.choice(centres)["id"], "weekday": day, "start": f"{hour:02d}:00", "end": f"{hour + 1:02d}:30",
                        "capacity": 40, "enrolled": rng.randint(5, 40)})
    operating_canteens = [p for p in points if p["kind"] == "canteen" and p["status"] == "operating"] or points[:1]
    activities = []
    for a in range(activities_n):
        month = 1 + a * 12 // activities_n
        day = rng.randint(1, 28)
        hour = rng.choice([8, 9, 10, 13, 14])
        title, kind = rng.choice(ACTIVITY_TITLES)
        needed = rng.randint(3, 10)
        activities.append({"id": f"a{a}", "title": title, "kind": kind, "venue": rng.choice(operating_canteens)["id"],
                           "start": f"2026-{month:02d}-{day:02d} {hour:02d}:00", "end": f"2026-{month:02d}-{day:02d} {hour + 2:02d}:00",
                           "needed": needed, "registered": rng.randint(0, needed), "month": month})
    return towns, villages, operators, points, courses, activities


def write_gongshi(out, towns, villages, operators, points, courses, activities):
    content = os.path.join(out, "content")
    for folder in ["points", "courses", "activities"]:
        os.makedirs(os.path.join(content, folder), exist_ok=True)
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("title: 基准测试站点\nbase_url: https://example.org/\nregion: city\n"
                "publisher: {name: 民政局, phone: \"0575-00000000\"}\nbulletins_from: 2026-09-07\n"
                "targets: {canteen_coverage: 0.4, activities_per_canteen_month: 2}\n"
                "terms:\n  - {id: t1, name: 秋季学期, from: 2026-09-07, until: 2027-01-15}\n"
                "closures: [\"2026-10-01..2026-10-07\"]\n")
    with open(os.path.join(content, "regions.yaml"), "w") as f:
        f.write("- id: city\n  name: 基准市\n  kind: city\n  children:\n")
        for town in towns:
            f.write(f"    - id: {town['id']}\n      name: {town['name']}\n      kind: {town['kind']}\n      children:\n")
            for v in town["villages"]:
                f.write(f"        - {{id: {v['id']}, name: {v['name']}, kind: {v['kind']}}}\n")
            if not town["villages"]:
                f.write("        []\n")
    with open(os.path.join(content, "operators.yaml"), "w") as f:
        for op in operators:
            f.write(f"- {{id: {op['id']}, name: {op['name']}, kind: {op['kind']}}}\n")
    by_town = {}
    for p in points:
        by_town.setdefault(p["town"]["id"], []).append(p)
    for town_id, items in by_town.items():
        with open(os.path.join(content, "points", f"{town_id}.yaml"), "w") as f:
            for p in items:
                f.write(f"- id: {p['id']}\n  kind: {p['kind']}\n  name: {p['name']}\n  region: {p['region']}\n"
                        f"  address: {p['address']}\n  status: {p['status']}\n")
                if p["opened"]:
                    f.write(f"  opened: {p['opened']}\n")
                f.write(f"  operation: public-private\n  operator: {p['operator']}\n  serves: [{', '.join(p['serves'])}]\n"
                        f"  location: {{lat: {p['lat']}, lon: {p['lon']}}}\n  phone: \"{p['phone']}\"\n"
                        "  hours:\n    - {days: mon-fri, open: \"10:30\", close: \"12:30\", label: 午餐}\n")
                if p["kind"] == "canteen":
                    f.write(f"  meal: {{price: {p['price']}, elder_price: {p['elder']}, delivery: true, seats: 40}}\n")
                f.write(f"  updated: {p['updated']}\n")
    with open(os.path.join(content, "courses", "t1.yaml"), "w") as f:
        for c in courses:
            f.write(f"- id: {c['id']}\n  title: {c['title']}\n  category: {c['category']}\n  venue: {c['venue']}\n  term: t1\n"
                    f"  sessions: [{{weekday: {c['weekday']}, start: \"{c['start']}\", end: \"{c['end']}\"}}]\n"
                    f"  capacity: {c['capacity']}\n  enrolled: {c['enrolled']}\n")
    by_month = {}
    for a in activities:
        by_month.setdefault(a["month"], []).append(a)
    for month, items in by_month.items():
        with open(os.path.join(content, "activities", f"2026-{month:02d}.yaml"), "w") as f:
            for a in items:
                f.write(f"- id: {a['id']}\n  title: {a['title']}\n  venue: {a['venue']}\n  kind: {a['kind']}\n"
                        f"  start: \"{a['start']}\"\n  end: \"{a['end']}\"\n"
                        f"  volunteers: {{needed: {a['needed']}, registered: {a['registered']}}}\n")


# Both twins publish feeds for the home page and each section, as gongshi does.
HUGO_OUTPUTS = """[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]
"""
HUGO_CONFIG = """baseURL = "https://example.org/"
languageCode = "zh-Hans"
title = "基准测试站点"
disableKinds = []
[taxonomies]
  town = "towns"
""" + HUGO_OUTPUTS
HUGO_BASEOF = """<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
<link rel="stylesheet" href="/style.css"></head><body><header><a href="/">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
"""
HUGO_SINGLE = """{{ define "main" }}<h1>{{ .Title }}</h1><dl>{{ range $k, $v := .Params }}<dt>{{ $k }}</dt><dd>{{ $v }}</dd>{{ end }}</dl>{{ .Content }}{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.status }} {{ .Params.address }} {{ .Params.phone }} {{ .Params.hours }}</li>{{ end }}</ul>{{ end }}
"""


def write_hugo_bare(out, towns, points, courses, activities):
    """The bare twin: one content file per record and one layout that lists its front matter."""
    for folder in ["content/points", "content/courses", "content/volunteer", "layouts/_default"]:
        os.makedirs(os.path.join(out, folder), exist_ok=True)
    with open(os.path.join(out, "config.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    for file, text in [("baseof.html", HUGO_BASEOF), ("single.html", HUGO_SINGLE), ("list.html", HUGO_LIST),
                       ("terms.html", HUGO_LIST), ("taxonomy.html", HUGO_LIST)]:
        with open(os.path.join(out, "layouts/_default", file), "w") as f:
            f.write(text)
    for p in points:
        with open(os.path.join(out, "content/points", p["id"] + ".md"), "w") as f:
            f.write(f"---\ntitle: {q(p['name'])}\nkind: {p['kind']}\nstatus: {p['status']}\naddress: {q(p['address'])}\n"
                    f"phone: {q(p['phone'])}\nhours: {q('周一至周五 10:30–12:30 午餐')}\ntowns: [{q(p['town']['name'])}]\n"
                    f"lastmod: {p['updated']}\n---\n")
    for c in courses:
        with open(os.path.join(out, "content/courses", c["id"] + ".md"), "w") as f:
            f.write(f"---\ntitle: {q(c['title'])}\ncategory: {q(c['category'])}\nvenue: {c['venue']}\n"
                    f"schedule: {q(c['weekday'] + ' ' + c['start'] + '-' + c['end'])}\ncapacity: {c['capacity']}\n---\n")
    for a in activities:
        with open(os.path.join(out, "content/volunteer", a["id"] + ".md"), "w") as f:
            f.write(f"---\ntitle: {q(a['title'])}\nvenue: {a['venue']}\nstart: {q(a['start'])}\nend: {q(a['end'])}\n"
                    f"needed: {a['needed']}\n---\n")


HUGO_FULL_CONFIG = """baseURL = "https://example.org/"
languageCode = "zh-Hans"
defaultContentLanguage = "zh-hans"
title = "基准测试站点"
disablePathToLower = true
[params]
  asOf = "{as_of}"
  publisher = "民政局"
  publisherPhone = "0575-00000000"
  [params.term]
    id = "{term_id}"
    name = "{term_name}"
    from = "{term_from}"
    until = "{term_until}"
  [[params.closures]]
    from = "2026-10-01"
    until = "2026-10-07"
    reason = "节假日停课"
[taxonomies]
  town = "towns"
  venue = "venues"
""" + HUGO_OUTPUTS.replace("{", "{{").replace("}", "}}")
MENU = [("首页", "/"), ("爱心食堂", "/canteens/"), ("养老服务中心", "/centres/"), ("老年大学", "/courses/"),
        ("课程表", "/timetable/"), ("志愿服务", "/volunteer/")]
# The gongshi site's term (site.yaml above) and the day its pages are built for (bench/run.sh's --as-of).
TERM = ("t1", "秋季学期", "2026-09-07", "2027-01-15")
AS_OF = "2026-11-23"


def front_matter(path, fields, body=""):
    """A Hugo content file whose front matter is these fields, as JSON (which is YAML)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("---\n" + "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items() if v is not None)
                + "\n---\n" + body)


def term_weeks(first, last):
    """The ISO weeks from the one holding `first` to the one holding `last`: (id, label, Monday)."""
    day = datetime.date.fromisoformat(first)
    monday = day - datetime.timedelta(days=day.weekday())
    end = datetime.date.fromisoformat(last)
    weeks = []
    while monday <= end:
        year, week, _ = monday.isocalendar()
        sunday = monday + datetime.timedelta(days=6)
        weeks.append((f"{year}-W{week:02d}", f"{monday.month}月{monday.day}日至{sunday.month}月{sunday.day}日", monday.isoformat()))
        monday += datetime.timedelta(days=7)
    return weeks


def write_hugo(out, towns, villages, operators, points, courses, activities):
    """The full twin: the layouts in bench/hugo-twin render the facts gongshi's pages show, looking
    records up through data files, taxonomies (towns; venues, whose own pages are not rendered) and
    .GetPage, with partialCached for what many pages repeat."""
    shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-twin"), out)
    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    os.makedirs(os.path.join(out, "static"), exist_ok=True)
    theme_css = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates", "assets", "style.css")
    shutil.copy(theme_css, os.path.join(out, "static", "style.css"))
    term_id, term_name, term_from, term_until = TERM
    with open(os.path.join(out, "config.toml"), "w") as f:
        f.write(HUGO_FULL_CONFIG.format(as_of=AS_OF, term_id=term_id, term_name=term_name, term_from=term_from,
                                        term_until=term_until))
        for weight, (label, url) in enumerate(MENU, 1):
            f.write(f'[[menu.main]]\n  name = "{label}"\n  url = "{url}"\n  weight = {weight}\n')
    regions = {t["id"]: {"name": t["name"]} for t in towns}
    regions.update({v["id"]: {"name": v["name"], "town": v["town"]["id"]} for v in villages})
    for name_, value in [("regions", regions), ("operators", {o["id"]: {"name": o["name"]} for o in operators}),
                         ("towns", [{"id": t["id"], "name": t["name"]} for t in towns])]:
        with open(os.path.join(out, "data", name_ + ".json"), "w") as f:
            json.dump(value, f, ensure_ascii=False)
    content = os.path.join(out, "content")
    for section, title in [("points", "服务设施"), ("courses", "老年大学课程"), ("volunteer", "志愿服务募集令"),
                           ("timetable", "课程表")]:
        front_matter(os.path.join(content, section, "_index.md"), {"title": title})
    front_matter(os.path.join(content, "canteens", "_index.md"), {"title": "爱心食堂和助餐点", "outputs": ["HTML"]})
    front_matter(os.path.join(content, "centres", "_index.md"), {"title": "养老服务中心", "outputs": ["HTML"]})
    front_matter(os.path.join(content, "towns", "_index.md"), {"title": "镇（街道）"})
    hidden = {"render": "never", "list": "never"}
    front_matter(os.path.join(content, "venues", "_index.md"), {"title": "venues", "_build": hidden, "cascade": {"_build": hidden}})
    for t in towns:
        front_matter(os.path.join(content, "towns", t["id"], "_index.md"), {"title": t["name"]})
    for n, p in enumerate(points):  # weight: lists keep the records' order, as gongshi's do
        meal = {"price": p["price"], "elder_price": p["elder"], "delivery": True, "seats": 40} if p["kind"] == "canteen" else None
        front_matter(os.path.join(content, "points", p["id"] + ".md"), {
            "title": p["name"], "kind": p["kind"], "status": p["status"], "address": p["address"], "phone": p["phone"],
            "hours": [{"days": "mon-fri", "open": "10:30", "close": "12:30", "label": "午餐"}], "meal": meal,
            "operator": p["operator"], "operation": "public-private", "opened": p["opened"], "serves": p["serves"],
            "lat": p["lat"], "lon": p["lon"], "town": p["town"]["id"], "towns": [p["town"]["id"]], "lastmod": p["updated"],
            "weight": n + 1})
    for n, c in enumerate(courses):
        front_matter(os.path.join(content, "courses", c["id"] + ".md"), {"weight": n + 1,
            "title": c["title"], "category": c["category"], "venue": c["venue"], "venues": [c["venue"]],
            "weekday": c["weekday"], "start": c["start"], "end": c["end"], "capacity": c["capacity"], "enrolled": c["enrolled"]})
    for a in activities:
        front_matter(os.path.join(content, "volunteer", a["id"] + ".md"), {
            "title": a["title"], "kind": a["kind"], "venue": a["venue"], "venues": [a["venue"]],
            "start": a["start"].replace(" ", "T") + ":00", "end": a["end"].replace(" ", "T") + ":00",
            "needed": a["needed"], "registered": a["registered"]})
    weeks = term_weeks(term_from, term_until)
    for i, (week, label, monday) in enumerate(weeks):
        front_matter(os.path.join(content, "timetable", week + ".md"), {
            "title": f"课程表 {label}", "label": label, "monday": monday, "weight": i + 1,
            "previous": weeks[i - 1][0] if i else None, "next": weeks[i + 1][0] if i + 1 < len(weeks) else None})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=SCALES, default="county")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    data = generate(args.scale, args.seed)
    towns, villages, operators, points, courses, activities = data
    shutil.rmtree(args.out, ignore_errors=True)
    write_gongshi(os.path.join(args.out, "gongshi"), towns, villages, operators, points, courses, activities)
    write_hugo(os.path.join(args.out, "hugo"), towns, villages, operators, points, courses, activities)
    write_hugo_bare(os.path.join(args.out, "hugo-bare"), towns, points, courses, activities)
    print(f"{args.scale}: {len(villages)} villages, {len(points)} points, {len(courses)} courses, {len(activities)} activities")


if __name__ == "__main__":
    main()
