"""Regenerate the spread map's boundaries: `python scripts/simplify_boundaries.py [TOPOJSON]`.

Reads the TopoJSON of Wales's 22 local authorities (by default
/work/shared/data/wales-local-authorities/topo_lad.json; see
sharehub/catalogue/data/README.md for its source and licence), projects it
(longitude scaled by the cosine of Wales's middle latitude, so the shape is
not stretched), simplifies every shared arc once with Douglas-Peucker (so
neighbours keep one common border, without gaps or overlaps), drops islands too
small to see at this scale, and writes one SVG path per local authority, keyed
by ShareHub's taxonomy slugs, to sharehub/catalogue/data/wales_local_authorities.json.

Standard library only; the output is committed, so the site never reads the
source file.
"""

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/work/shared/data/wales-local-authorities/topo_lad.json")
OUTPUT = ROOT / "sharehub" / "catalogue" / "data" / "wales_local_authorities.json"

WIDTH = 400.0  # SVG user units across Wales; the height follows the shape
MARGIN = 4.0
TOLERANCE = 0.5  # Douglas-Peucker tolerance in SVG units
MIN_RING_AREA = 6.0  # square SVG units: smaller islands are dropped (the largest ring stays)

# ONS code → ShareHub's local authority slug (DESIGN.md, the taxonomy).
SLUGS = {
    "W06000001": "isle-of-anglesey",
    "W06000002": "gwynedd",
    "W06000003": "conwy",
    "W06000004": "denbighshire",
    "W06000005": "flintshire",
    "W06000006": "wrexham",
    "W06000008": "ceredigion",
    "W06000009": "pembrokeshire",
    "W06000010": "carmarthenshire",
    "W06000011": "swansea",
    "W06000012": "neath-port-talbot",
    "W06000013": "bridgend",
    "W06000014": "vale-of-glamorgan",
    "W06000015": "cardiff",
    "W06000016": "rhondda-cynon-taf",
    "W06000018": "caerphilly",
    "W06000019": "blaenau-gwent",
    "W06000020": "torfaen",
    "W06000021": "monmouthshire",
    "W06000022": "newport",
    "W06000023": "powys-county",
    "W06000024": "merthyr-tydfil",
}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs as longitude/latitude points (undoing quantisation and delta encoding)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points, x, y = [], 0, 0
        for dx, dy in arc:
            if transform:
                x, y = x + dx, y + dy
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((dx, dy))
        arcs.append(points)
    return arcs


def perpendicular(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def douglas_peucker(points: list, tolerance: float) -> list:
    """Keep the ends; keep the farthest point from the chord when it is farther than
    `tolerance`, and recurse on both halves (iteratively, for long coastlines)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, 0
        for i in range(first + 1, last):
            distance = perpendicular(points[i], points[first], points[last])
            if distance > farthest:
                farthest, index = distance, i
        if farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring_points(ring: list[int], arcs: list) -> list:
    points: list = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def area(points: list) -> float:
    return abs(
        sum(
            x1 * y2 - x2 * y1
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
        )
        / 2
    )


def main(source: Path = SOURCE, output: Path = OUTPUT) -> None:
    topology = json.loads(source.read_text())
    collection = next(iter(topology["objects"].values()))
    raw = decode_arcs(topology)
    lons = [x for arc in raw for x, _ in arc]
    lats = [y for arc in raw for _, y in arc]
    factor = math.cos(math.radians((min(lats) + max(lats)) / 2))
    span_x = (max(lons) - min(lons)) * factor
    span_y = max(lats) - min(lats)
    scale = (WIDTH - 2 * MARGIN) / span_x
    height = round(span_y * scale + 2 * MARGIN)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (
            round(MARGIN + (lon - min(lons)) * factor * scale, 1),
            round(MARGIN + (max(lats) - lat) * scale, 1),
        )

    arcs = [douglas_peucker([project(*p) for p in arc], TOLERANCE) for arc in raw]
    areas = {}
    for geometry in collection["geometries"]:
        code = geometry["properties"]["LAD13CD"]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring_points(ring, arcs) for polygon in polygons for ring in polygon]
        largest = max(area(r) for r in rings)
        kept = [r for r in rings if area(r) >= MIN_RING_AREA or area(r) == largest]
        d = "".join(
            "M" + " ".join(f"{x:g} {y:g}" for x, y in ring[:-1]) + "Z"
            for ring in kept
            if len(ring) > 3
        )
        areas[SLUGS[code]] = {
            "code": code,
            "name_en": geometry["properties"]["LAD13NM"],
            "d": d,
        }
    missing = set(SLUGS.values()) - set(areas)
    if missing:
        raise SystemExit(f"no boundary for {sorted(missing)}")
    data = {
        "source": (
            '"GeoJSON and TopoJSON UK Boundary Data" by Martin Chorley '
            "(github.com/martinjc/UK-GeoJSON, json/administrative/wal/topo_lad.json), CC BY 4.0. "
            "Contains Ordnance Survey data © Crown copyright and database right 2014."
        ),
        "made_by": f"scripts/simplify_boundaries.py (Douglas-Peucker, tolerance {TOLERANCE})",
        "view_box": f"0 0 {round(WIDTH)} {height}",
        "areas": dict(sorted(areas.items())),
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    sizes = sorted((len(a["d"]), slug) for slug, a in areas.items())
    print(f"wrote {output} ({output.stat().st_size:,} bytes); largest path {sizes[-1]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
