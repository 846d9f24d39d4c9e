#!/usr/bin/env python3
"""Independent check that the JSON Schemas in schemas/ accept the sample site, read the way
an editor's YAML language server reads it (YAML 1.2: dates stay strings)."""
import json, yaml, glob, sys, jsonschema
from jsonschema import Draft202012Validator
# YAML 1.2 semantics for dates: keep them as strings like editors' language servers do.
class Loader(yaml.SafeLoader): pass
Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp'] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
def load(p):
    return json.load(open(p)) if p.endswith('.json') else yaml.load(open(p), Loader=Loader)
pairs = [('content/site.yaml','site'),('content/regions.yaml','regions'),('content/operators.yaml','operators')]
pairs += [(p,'point') for p in glob.glob('content/points/**/*.y*ml', recursive=True)+glob.glob('content/points/**/*.json', recursive=True)]
pairs += [(p,'course') for p in glob.glob('content/courses/**/*.y*ml', recursive=True)]
pairs += [(p,'activity') for p in glob.glob('content/activities/**/*.y*ml', recursive=True)]
bad = 0
for path, kind in pairs:
    schema = json.load(open(f'schemas/{kind}.schema.json'))
    for err in Draft202012Validator(schema).iter_errors(load(path)):
        bad += 1
        if bad < 10: print(path, list(err.absolute_path), err.message[:200])
print('schema errors:', bad); sys.exit(1 if bad else 0)
