"""Real places for the demo book: official administrative divisions, never invented place names.

Mainland China comes from the divisions table shipped with `cpca` (adcodes with district centres); Taiwan, Hong
Kong and US cities from the small tables in resources/data.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from telesales.resources import resource

# Cities a mainland demo rep works in; the first listed city of the seed's choice is "home".
MAINLAND_CITIES = ("深圳市", "广州市", "上海市", "北京市", "杭州市", "成都市", "武汉市", "南京市")
MUNICIPALITIES = {"11", "12", "31", "50"}  # Beijing, Tianjin, Shanghai, Chongqing: the province is the city


@dataclass(frozen=True, slots=True)
class Place:
    province: str
    city: str
    district: str
    latitude: float
    longitude: float


def _cpca_divisions() -> Path:
    """cpca's divisions table, found without importing cpca (which imports pandas)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@cache
def mainland_places() -> dict[str, tuple[Place, ...]]:
    """Districts of the demo cities, by city name."""
    text = _cpca_divisions().read_text(encoding="utf-8")
    names: dict[str, str] = {}
    centres: dict[str, tuple[float, float]] = {}
    for row in csv.DictReader(text.splitlines()):
        names[row["adcode"]] = row["name"]
        if row["latitude"] and row["longitude"]:
            centres[row["adcode"]] = (float(row["latitude"]), float(row["longitude"]))
    by_city: dict[str, list[Place]] = {}
    for code, name in names.items():
        if code[4:6] == "00" or code[6:] != "000000" or code not in centres:
            continue  # not a district, or no centre known
        province = names.get(code[:2] + "0" * 10, "")
        city = province if code[:2] in MUNICIPALITIES else names.get(code[:4] + "0" * 8, "")
        if city not in MAINLAND_CITIES or not name.endswith("区"):
            continue
        latitude, longitude = centres[code]
        by_city.setdefault(city, []).append(Place(province, city, name, latitude, longitude))
    return {city: tuple(sorted(places, key=lambda p: p.district)) for city, places in by_city.items()}


def _table(name: str, province: str | None) -> tuple[Place, ...]:
    with resource("data", name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Place(
            province=province if province is not None else row["state"],
            city=row["city"],
            district=row.get("district", ""),
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
        )
        for row in rows
    )


@cache
def taiwan_places() -> tuple[Place, ...]:
    return _table("tw_districts.csv", "臺灣")


@cache
def hong_kong_places() -> tuple[Place, ...]:
    return _table("hk_districts.csv", "香港")


@cache
def us_places() -> tuple[Place, ...]:
    return _table("us_cities.csv", None)
