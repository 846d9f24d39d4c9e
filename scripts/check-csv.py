#!/usr/bin/env python3
"""A built site's CSV files read without a single error or warning by `frictionless
validate` (PyPI `frictionless`), and `/data/datapackage.json` is a Frictionless Data Package
that gives consumers the column types: one resource per CSV in /data/, its `path` relative
to /data/ (`points.csv`), each with a Table Schema, and the package itself validates (every
CSV against its schema). Usage: check-csv.py PUBLIC_DIR. Prints what it counted; exits 1 on
any problem, a missing or incomplete datapackage.json, or when there is no CSV."""
import glob
import json
import os
import subprocess
import sys

from outcome import finish

public = sys.argv[1] if len(sys.argv) > 1 else "public"
data = os.path.join(public, "data")
problems = []


def validate(target):
    """frictionless validate's report on a file (path relative to /data/): its row count."""
    result = subprocess.run(["frictionless", "validate", "--json", target], cwd=data, capture_output=True, text=True)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        problems.append(f"{target}: frictionless validate failed: {(result.stderr or result.stdout).strip()[:300]}")
        return 0
    for task in report["tasks"]:
        for item in task["errors"] + task["warnings"]:
            where = f" row {item['rowNumber']}" if "rowNumber" in item else ""
            problems.append(f"{task['place']}{where}: {item.get('type')}: {item.get('message')}")
    for item in report["errors"] + report["warnings"]:
        problems.append(f"{target}: {item.get('type')}: {item.get('message')}")
    if not report["valid"] and not problems:
        problems.append(f"{target}: not valid")
    return sum(task["stats"].get("rows", 0) for task in report["tasks"])


csvs = sorted(os.path.relpath(p, data) for p in glob.glob(os.path.join(data, "**", "*.csv"), recursive=True))
rows = sum(validate(path) for path in csvs)
if not csvs:
    problems.append(f"no CSV under {data}")

resources = 0
package_path = os.path.join(data, "datapackage.json")
if not os.path.isfile(package_path):
    problems.append(f"{package_path}: missing (a Data Package with a Table Schema for each CSV)")
else:
    with open(package_path, encoding="utf-8") as f:
        package = json.load(f)
    listed = {}
    for resource in package.get("resources", []):
        listed[resource.get("path")] = resource
        fields = resource.get("schema", {}).get("fields") if isinstance(resource.get("schema"), dict) else None
        if not fields or not all(isinstance(field, dict) and field.get("type") for field in fields):
            problems.append(f"datapackage.json: {resource.get('path')}: no Table Schema with typed fields")
    top_level = [path for path in csvs if os.sep not in path]
    for path in top_level:
        if path not in listed:
            problems.append(f"datapackage.json: no resource for {path}")
    resources = len(listed)
    validate("datapackage.json")

summary = f"{len(csvs)} CSV files ({rows} rows) and a package of {resources} resources with frictionless"
finish("check-csv", problems, summary, "no error, no warning")
