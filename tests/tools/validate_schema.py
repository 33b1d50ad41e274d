#!/usr/bin/python3
"""Validates YAML scenarios against a JSON Schema with python3-jsonschema (a real validator).
Usage: validate_schema.py SCHEMA FILE...; prints "FILE ok" or "FILE INVALID: why" per file."""
import sys, json, yaml, jsonschema
class Loader(yaml.SafeLoader): pass
# Keep dates as text, as the YAML 1.2 language server and geotimeline read them.
Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp'] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
for f in sys.argv[2:]:
    errors = list(validator.iter_errors(yaml.load(open(f), Loader=Loader)))
    print(f, "ok" if not errors else "INVALID: " + errors[0].message)
