#!/usr/bin/env python3
"""Two small sites whose points are the same N rows, one as a workbook (written by openpyxl,
which writes inline strings; `soffice --convert-to xlsx` of the CSV gives one with shared
strings, as Excel and LibreOffice write them) and one as CSV, to time reading a large
workbook against the CSV reader:

    bench/workbook.py --rows 30000 --out /tmp/wb
    /usr/bin/time -v gongshi check --site /tmp/wb/xlsx --as-of 2026-11-23
    /usr/bin/time -v gongshi check --site /tmp/wb/csv --as-of 2026-11-23
"""
import argparse
import csv
import datetime
import os
import random

import openpyxl

SETTINGS = """title: 测试站点
base_url: https://example.org/
region: city
publisher: {name: 民政局, phone: "0575-00000000"}
terms:
  - {id: t1, name: 秋季学期, from: 2026-09-07, until: 2027-01-15}
"""
REGIONS = """- id: city
  name: 市
  kind: city
  children:
    - id: east
      name: 东镇
      kind: town
      children:
        - {id: east-a, name: 甲村, kind: village}
        - {id: east-b, name: 乙村, kind: village}
"""
HEADER = ["id", "kind", "name", "region", "address", "status", "opened", "serves", "location.lat", "location.lon",
          "meal.price", "meal.seats", "phone", "description", "updated"]


def rows(n, rng):
    for i in range(n):
        yield [f"p{i}", "canteen", f"第{i}号爱心食堂", "east-a", f"甲村{i}号", "operating",
               datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(2000)), "east-a;east-b",
               round(29.6 + rng.random() / 10, 6), round(120.2 + rng.random() / 10, 6), rng.choice([8, 10, 12.5]),
               rng.randrange(20, 80), f"0575-8{rng.randrange(1000000, 9999999)}", "午餐和晚餐，欢迎老人来吃饭",
               datetime.date(2026, 11, 1)]


def site(folder):
    os.makedirs(os.path.join(folder, "content", "points"), exist_ok=True)
    with open(os.path.join(folder, "content", "site.yaml"), "w") as f:
        f.write(SETTINGS)
    with open(os.path.join(folder, "content", "regions.yaml"), "w") as f:
        f.write(REGIONS)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=30000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    for kind in ("xlsx", "csv"):
        site(os.path.join(args.out, kind))
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("东镇")
    ws.append(HEADER)
    for row in rows(args.rows, random.Random(7)):
        ws.append(row)
    wb.save(os.path.join(args.out, "xlsx", "content", "points", "points.xlsx"))
    with open(os.path.join(args.out, "csv", "content", "points", "points.csv"), "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for row in rows(args.rows, random.Random(7)):
            out.writerow([str(v) for v in row])


if __name__ == "__main__":
    main()
