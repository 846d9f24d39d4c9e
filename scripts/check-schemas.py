#!/usr/bin/env python3
"""Independent check that the JSON Schemas in schemas/ accept the sample site, read the way
an editor's YAML language server reads it (YAML 1.2: unquoted dates stay strings)."""
import glob
import json
import sys

import yaml
from jsonschema import Draft202012Validator


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML without YAML 1.1 timestamps, as the YAML language server reads files."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    with open(path, encoding="utf-8-sig") as f:
        return json.load(f) if path.endswith(".json") else yaml.load(f, Loader=Yaml12Loader)


def record_files(folder):
    return sorted(p for ext in ("yaml", "yml", "json") for p in glob.glob(f"content/{folder}/**/*.{ext}", recursive=True))


checks = [("content/site.yaml", "site"), ("content/regions.yaml", "regions"), ("content/operators.yaml", "operators")]
checks += [(p, "point") for p in record_files("points")]
checks += [(p, "course") for p in record_files("courses")]
checks += [(p, "activity") for p in record_files("activities")]

problems = 0
for path, kind in checks:
    with open(f"schemas/{kind}.schema.json", encoding="utf-8") as f:
        validator = Draft202012Validator(json.load(f))
    for error in validator.iter_errors(load(path)):
        problems += 1
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")

print(f"{problems} schema problems in {len(checks)} files" if problems else f"schemas accept the sample site ({len(checks)} files)")
sys.exit(1 if problems else 0)
