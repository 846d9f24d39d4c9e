#!/usr/bin/env python3
"""Independent check of a built site's open data (issue 4), with parsers other than ours:
the HSDS export validates against the HSDS 3.0 schemas (vendored in Tests/Schemas/hsds-3.0),
its UUIDs are Python's uuid5 of the site's namespace and its foreign keys resolve, and no
required field (of the JSON Schemas or the HSDS tabular data package, nested objects
included) is missing, null or an empty string; points.geojson is an RFC 7946
FeatureCollection; every CSV reads with Python's csv module, starts with a BOM, has the
JSON file's fields as columns and no cell a spreadsheet would run as a formula; and the JSON
files' item counts match the CSV row counts. Usage: check-open-data.py PUBLIC_FOLDER"""
import csv
import io
import json
import os
import sys
import uuid

from jsonschema import Draft7Validator, Draft202012Validator
from jsonschema.validators import extend
from jsonschema.exceptions import ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT7

root = sys.argv[1] if len(sys.argv) > 1 else "public"
data = os.path.join(root, "data")
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schemas = os.path.join(repo, "Tests", "Schemas", "hsds-3.0")
problems = []


def problem(path, text):
    problems.append(f"{os.path.relpath(path, root)}: {text}")


def load(path):
    """The parsed JSON file, or None (and a problem) when it is missing or not JSON."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as error:
        problem(path, f"cannot read: {error}")
        return None


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as error:
        problem(path, f"cannot read: {error}")
        return None


# --- directory datasets: JSON and CSV ------------------------------------------------------
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
counts = {}
for name in ("points", "courses", "activities"):
    json_path, csv_path = os.path.join(data, f"{name}.json"), os.path.join(data, f"{name}.csv")
    doc = load(json_path) or {}
    items = doc.get("items")
    if not isinstance(items, list):
        problem(json_path, "no items list")
        continue
    for key in ("generated", "license", "count"):
        if key not in doc:
            problem(json_path, f"no '{key}'")
    if doc.get("count") != len(items):
        problem(json_path, f"count {doc.get('count')} but {len(items)} items")
    ids = [item.get("id") for item in items]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        problem(json_path, "items are not in id order or ids repeat")
    keys = set().union(*(item.keys() for item in items)) if items else set()
    if any(set(item.keys()) != keys for item in items):
        problem(json_path, "items do not all have the same keys")
    counts[name] = len(items)

    raw = read_bytes(csv_path)
    if raw is None:
        continue
    if not raw.startswith(b"\xef\xbb\xbf"):
        problem(csv_path, "no UTF-8 byte order mark")
    if not raw.endswith(b"\r\n"):
        problem(csv_path, "lines do not end with CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    if not header or header[0] != "id" or len(set(header)) != len(header):
        problem(csv_path, f"bad header {header[:3]}…")
    tops = {column.split(".")[0] for column in header}
    if items and tops != keys:
        problem(csv_path, f"columns differ from the JSON fields: {sorted(tops ^ keys)}")
    if len(body) != len(items):
        problem(csv_path, f"{len(body)} rows but {json_path} has {len(items)} items")
    if [row[0] if row else None for row in body] != ids:
        problem(csv_path, "row ids differ from the JSON file's")
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            problem(csv_path, f"row {number} has {len(row)} cells, header {len(header)}")
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                problem(csv_path, f"row {number}: cell starts a formula: {cell[:20]!r}")

# --- data/datapackage.json: Frictionless validates the package and every CSV against it ------
package_path = os.path.join(data, "datapackage.json")
directory_package = load(package_path) or {}
if [r.get("path") for r in directory_package.get("resources", [])] != [f"{n}.csv" for n in ("points", "courses", "activities")]:
    problem(package_path, "resources are not points.csv, courses.csv, activities.csv")
for resource in directory_package.get("resources", []):
    csv_path = os.path.join(data, resource.get("path", ""))
    raw = read_bytes(csv_path) or b""
    header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")), [])
    if [f.get("name") for f in resource.get("schema", {}).get("fields", [])] != header:
        problem(package_path, f"{resource.get('name')}: the schema's fields are not the CSV's columns")
frictionless_rows = 0
try:
    import frictionless
except ImportError:
    problem(package_path, "cannot validate: the frictionless package is not installed (pip install frictionless)")
else:
    report = frictionless.validate(package_path)
    frictionless_rows = sum(task.stats.get("rows", 0) for task in report.tasks)
    for task in report.tasks:
        for error in task.errors:
            problem(os.path.join(data, f"{task.name}.csv" if task.name else "datapackage.json"), f"frictionless: {error.message}")
    for error in report.errors:
        problem(package_path, f"frictionless: {error.message}")
    # Each CSV on its own too, as a reuser without the package would open it.
    for name in ("points", "courses", "activities"):
        for error in frictionless.Resource(f"{name}.csv", basepath=data).validate().flatten(["message"]):
            problem(os.path.join(data, f"{name}.csv"), f"frictionless: {error[0]}")

# --- GeoJSON (RFC 7946) --------------------------------------------------------------------
GEOJSON = {
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "properties": {"type": ["object", "null"]},
                    "geometry": {
                        "type": "object",
                        "required": ["type", "coordinates"],
                        "properties": {
                            "type": {"const": "Point"},
                            "coordinates": {
                                "type": "array",
                                "minItems": 2,
                                "maxItems": 2,
                                "prefixItems": [
                                    {"type": "number", "minimum": -180, "maximum": 180},
                                    {"type": "number", "minimum": -90, "maximum": 90},
                                ],
                            },
                        },
                    },
                },
            },
        },
    },
}
geojson_path = os.path.join(data, "points.geojson")
geojson = load(geojson_path) or {}
for error in Draft202012Validator(GEOJSON).iter_errors(geojson):
    problem(geojson_path, f"{error.json_path}: {error.message}")
features = geojson.get("features", [])
if "points" in counts:
    points = load(os.path.join(data, "points.json"))["items"]  # read above without problems
    with_location = {p["id"]: p["location"] for p in points if p.get("location")}
    if sorted(f.get("id") for f in features) != sorted(with_location):
        problem(geojson_path, "features are not exactly the points with a location")
    for feature in features:
        location = with_location.get(feature.get("id"))
        if location and feature["geometry"]["coordinates"] != [location["lon"], location["lat"]]:
            problem(geojson_path, f"{feature['id']}: coordinates are not [lon, lat] of points.json")

# --- HSDS 3.0 ------------------------------------------------------------------------------
hsds = os.path.join(data, "hsds")
if not os.path.isdir(schemas):
    print(f"open data: the HSDS schemas are not at {os.path.normpath(schemas)}")
    sys.exit(1)
full = load(os.path.join(schemas, "service_with_definitions.json"))
registry = Registry().with_resource("urn:hsds:service", DRAFT7.create_resource(full))


def required_and_filled(validator, required, instance, schema):
    """`required`, and stricter: HSDS declares no `minLength`, but an empty or blank string
    (or null) is no value, so a required field holding one is reported as missing."""
    if not validator.is_type(instance, "object"):
        return
    for name in required:
        if name not in instance:
            yield ValidationError(f"{name!r} is a required property")
        elif instance[name] is None or (isinstance(instance[name], str) and not instance[name].strip()):
            yield ValidationError(f"required {name!r} is empty: {instance[name]!r}")


StrictDraft7 = extend(Draft7Validator, {"required": required_and_filled})


def validator(schema):
    return StrictDraft7(schema, registry=registry, format_checker=Draft7Validator.FORMAT_CHECKER)


def definition(name):
    return validator({"$ref": f"urn:hsds:service#/definitions/{name}"})


checks = {
    "organizations.json": [validator(load(os.path.join(schemas, "organization_list.json")))],
    "services.json": [validator(load(os.path.join(schemas, "service_list.json"))), validator(full)],
    "service_at_locations.json": [validator(load(os.path.join(schemas, "service_at_location_list.json")))],
    "locations.json": [definition("location")],
    "addresses.json": [definition("address")],
    "phones.json": [definition("phone")],
    "schedules.json": [definition("schedule")],
}
# The tabular data package marks required columns too (e.g. service.organization_id,
# service_at_location.service_id), some of which the JSON Schemas leave optional.
package_tables = load(os.path.join(schemas, "datapackage.json")) or {}
required_columns = {
    resource["name"]: [f["name"] for f in resource["schema"]["fields"] if f.get("constraints", {}).get("required")]
    for resource in package_tables.get("resources", [])
}
# Where the export nests one HSDS object in another: member name -> table.
NESTED = {
    "organization": "organization", "service": "service", "location": "location", "phones": "phone",
    "schedules": "schedule", "service_at_locations": "service_at_location", "addresses": "address",
}
FILE_TABLES = {
    "organizations.json": "organization", "services.json": "service", "locations.json": "location",
    "service_at_locations.json": "service_at_location", "addresses.json": "address", "phones.json": "phone",
    "schedules.json": "schedule",
}


def empty_required(record, table, where):
    """(place, field) of every required column missing or empty in record and its nested objects."""
    if not isinstance(record, dict):
        return
    for name in required_columns.get(table, []):
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            yield where, name
    for member, inner in NESTED.items():
        value = record.get(member)
        for index, item in enumerate(value if isinstance(value, list) else [value] if value is not None else []):
            suffix = f"[{index}]" if isinstance(value, list) else ""
            yield from empty_required(item, inner, f"{where}.{member}{suffix}")


if not required_columns:
    problem(os.path.join(schemas, "datapackage.json"), "no required columns found in the HSDS data package")

tables = {}
for file, validators in checks.items():
    path = os.path.join(hsds, file)
    records = load(path)
    if records is None:
        continue
    if not isinstance(records, list):
        problem(path, "not a list")
        continue
    tables[file] = records
    for v in validators:
        for index, record in enumerate(records):
            for error in v.iter_errors(record):
                problem(path, f"[{index}]{error.json_path[1:]}: {error.message}")
    for index, record in enumerate(records):
        for where, name in empty_required(record, FILE_TABLES[file], f"[{index}]"):
            problem(path, f"{where}: required {name!r} is missing or empty")
    ids = [r.get("id") for r in records]
    if len(set(ids)) != len(ids):
        problem(path, "ids repeat")
    for value in ids:
        try:
            if uuid.UUID(value).version != 5:
                problem(path, f"{value} is not a version 5 UUID")
        except (TypeError, ValueError):
            problem(path, f"{value!r} is not a UUID")

if len(tables) == len(checks):
    org_ids = {o["id"] for o in tables["organizations.json"]}
    service_ids = {s["id"] for s in tables["services.json"]}
    location_ids = {loc["id"] for loc in tables["locations.json"]}
    for file, key, targets in [
        ("services.json", "organization_id", org_ids),
        ("locations.json", "organization_id", org_ids),
        ("service_at_locations.json", "service_id", service_ids),
        ("service_at_locations.json", "location_id", location_ids),
        ("addresses.json", "location_id", location_ids),
        ("schedules.json", "service_id", service_ids),
        ("phones.json", "service_id", service_ids),
        ("phones.json", "organization_id", org_ids),
    ]:
        for record in tables[file]:
            if key in record and record[key] not in targets:
                problem(os.path.join(hsds, file), f"{key} {record[key]} points at nothing")
    # The ids are uuid5(uuid5(NAMESPACE_URL, base_url), "service/<point id>"), computed here
    # with Python's own uuid module.
    if "points" in counts:
        base = load(os.path.join(data, "points.json"))["documentation"].removesuffix("data/")
        namespace = uuid.uuid5(uuid.NAMESPACE_URL, base)
        expected = {str(uuid.uuid5(namespace, f"service/{p['id']}")) for p in points}
        if expected != service_ids:
            problem(os.path.join(hsds, "services.json"), "service ids are not uuid5 of the site namespace")
    package = load(os.path.join(hsds, "datapackage.json")) or {}
    for resource in package.get("resources", []):
        if len(tables.get(resource.get("path"), [])) != resource.get("count"):
            problem(os.path.join(hsds, "datapackage.json"), f"count of {resource.get('path')} is wrong")

left_out = counts.get("points", 0) - len(features)
summary = (
    f"{counts.get('points', 0)} points, {counts.get('courses', 0)} courses, {counts.get('activities', 0)} activities"
    f" (JSON = CSV); {len(features)} GeoJSON features ({left_out} points without location);"
    f" HSDS {sum(len(t) for t in tables.values())} records in {len(tables)} files;"
    f" frictionless read {frictionless_rows} CSV rows against datapackage.json"
)
for line in problems:
    print(line)
if problems:
    print(f"open data: {len(problems)} problem(s); {summary}")
    sys.exit(1)
print(f"open data ok: {summary}")
