#!/usr/bin/env python3
"""Regenerates the bundled unit data of io.github.dvckpi.domain from the shared reference data.

Usage:  python3 scripts/extract-units.py /work/shared/data src/main/resources/io/github/dvckpi/domain

Reads (see docs/units-over-time.md for sources and certainty):
  ha-tinh-units-2024-11.tsv, ha-tinh-units-2025-03.tsv   GSO lists of Hà Tĩnh (copied as they are)
  dvhcvn-20250701/merges.json                              dvhcvn/20250701, MIT licence
Writes:
  units-ha-tinh-2024-11.tsv, units-ha-tinh-2025-03.tsv     copies
  units-vietnam-2025-07.tsv.gz  the 34 provinces and 3,321 communes since 1/7/2025, each with its
                                old units and link type, trimmed to the fields the library reads:
                                  P <tab> code <tab> name <tab> old:type,old:type…
                                  C <tab> province <tab> code <tab> name <tab> old:type,…
  units-ha-tinh-2025-07.tsv     Hà Tĩnh (42) alone, from the same file: code, name, links
  units-dvhcvn-LICENSE.txt      the MIT licence of dvhcvn, kept beside the data in the jar
The output is deterministic (gzip without a timestamp), so a re-run shows no diff.
"""
import gzip, io, json, os, shutil, sys

src, out = sys.argv[1], sys.argv[2]
for name in ("ha-tinh-units-2024-11.tsv", "ha-tinh-units-2025-03.tsv"):
    shutil.copyfile(os.path.join(src, name), os.path.join(out, "units-" + name.replace("-units", "")))
shutil.copyfile(os.path.join(src, "dvhcvn-20250701", "LICENSE"), os.path.join(out, "units-dvhcvn-LICENSE.txt"))

data = json.load(open(os.path.join(src, "dvhcvn-20250701", "merges.json"), encoding="utf-8"))["data"]
links = lambda merges: ",".join(m["old_id"] + ":" + m["type"] for m in merges)
header = ("# Vietnam's provinces (P) and commune-tier units (C) since 1/7/2025 with the old units each was\n"
          "# formed from (old code:full|partial). Extracted by scripts/extract-units.py from dvhcvn/20250701\n"
          "# merges.json (MIT licence, units-dvhcvn-LICENSE.txt); secondary source, see docs/units-over-time.md.\n")
text = io.StringIO()
text.write(header)
ha_tinh = io.StringIO()
ha_tinh.write("# Ha Tinh (42) since 1/7/2025: 69 commune-tier units directly under the province (Nghi quyet 1665/NQ-UBTVQH15).\n"
              "# Extracted by scripts/extract-units.py from dvhcvn/20250701 merges.json (MIT licence); secondary source.\n"
              "# columns: commune_code, commune_name, old units (old code:full|partial)\n")
for p in data:
    text.write("P\t%s\t%s\t%s\n" % (p["level1_id"], p["name"], links(p["merges"])))
    for c in p["level2s"]:
        text.write("C\t%s\t%s\t%s\t%s\n" % (p["level1_id"], c["level2_id"], c["name"], links(c["merges"])))
        if p["level1_id"] == "42":
            ha_tinh.write("%s\t%s\t%s\n" % (c["level2_id"], c["name"], links(c["merges"])))
with open(os.path.join(out, "units-vietnam-2025-07.tsv.gz"), "wb") as f:
    with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
        g.write(text.getvalue().encode("utf-8"))
with open(os.path.join(out, "units-ha-tinh-2025-07.tsv"), "w", encoding="utf-8") as f:
    f.write(ha_tinh.getvalue())
