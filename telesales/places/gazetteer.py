"""The places the book knows, from data files: official mainland divisions with their centres (the `adcodes.csv`
shipped with cpca, read as a file — cpca itself is not imported here), Taiwan cities and districts, Hong Kong
districts and neighbourhoods, US cities (resources/data).

Names are matched in a folded form: Traditional characters of place names turned Simplified (臺→台, 區→区, …),
so `臺北市大安區`, `台北市大安区` and `台北大安區` meet. The fold covers the characters of the place tables and of
common address words, not the whole script.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from telesales.domain.model import Area
from telesales.resources import resource

Point = tuple[float, float]

MUNICIPALITIES = {"11", "12", "31", "50"}  # Beijing, Tianjin, Shanghai, Chongqing: the province is the city
HONG_KONG = "香港"
TAIWAN = "臺灣"

# Traditional → Simplified, pairwise, for the characters of place names and common address words
_PAIRS = ("臺台區区灣湾東东龍龙觀观黃黄島岛門门離离貢贡興兴義义園园鳳凤鎮镇華华蘆芦樹树峽峡楊杨壢坜營营豐丰"
          "內内鹽盐龜龟橋桥莊庄萬万縣县鄉乡號号樓楼臨临嶼屿蓮莲蘭兰雲云連连鰂鲗鴨鸭鑽钻啟启將将軍军馬马圍围"
          "嶺岭紅红頭头藍蓝麗丽長长環环鐘钟堅坚盤盘銅铜鑼锣淺浅硤硖國国廣广際际廈厦層层樂乐陽阳寧宁舊旧"
          "灣湾龍龙葉叶慶庆歸归濱滨貴贵遼辽蘇苏漢汉徽徽魯鲁滬沪閩闽贛赣湘湘黔黔滇滇陝陕隴陇縣县")
_FOLD = str.maketrans(dict(zip(_PAIRS[0::2], _PAIRS[1::2], strict=True)))
_TRADITIONAL_ONLY = frozenset(t for t, s in zip(_PAIRS[0::2], _PAIRS[1::2], strict=True) if t != s)


def fold(text: str) -> str:
    """The text in the folded form names are matched in: Simplified characters of place words, no spaces."""
    return "".join(text.translate(_FOLD).split())


def is_traditional(text: str) -> bool:
    """Whether the text uses Traditional forms of place words (區, 臺, 灣, 號…)."""
    return any(ch in _TRADITIONAL_ONLY for ch in text)


def _num(value: str) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------- mainland


@dataclass(frozen=True, slots=True)
class Division:
    code: str  # six digits
    area: Area
    centre: Point | None
    level: int  # 0 province, 1 city, 2 district


@dataclass(frozen=True)
class Mainland:
    by_code: dict[str, Division]
    districts: dict[str, tuple[str, ...]]  # district name → codes (several cities may share a name)
    cities: dict[str, tuple[str, ...]]  # city name (full and short) → codes
    provinces: dict[str, str]  # province name (full and short) → code
    by_area: dict[tuple[str, str, str], str]  # (province, city, district) → code

    def centre(self, code: str) -> tuple[Point, int] | None:
        """The centre of the division, else of the nearest parent that has one; with the level it belongs to."""
        for candidate in (code, code[:4] + "00", code[:2] + "0000"):
            division = self.by_code.get(candidate)
            if division is not None and division.centre is not None:
                return division.centre, division.level
        return None


_PROVINCE_SHORT = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
                   "新疆维吾尔自治区": "新疆", "宁夏回族自治区": "宁夏"}


def short_name(name: str) -> str:
    """`广东省` → `广东`, `深圳市` → `深圳`, `内蒙古自治区` → `内蒙古`: how addresses often write them."""
    if name in _PROVINCE_SHORT:
        return _PROVINCE_SHORT[name]
    for suffix in ("特别行政区", "自治州", "地区", "盟", "省", "市"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def mainland() -> Mainland:
    spec = find_spec("cpca")  # finds the package without importing it (its import builds a matcher we may not need)
    assert spec is not None and spec.submodule_search_locations, "cpca is not installed"
    folder = Path(next(iter(spec.submodule_search_locations)))
    text = (folder / "resources" / "adcodes.csv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    centres: dict[str, Point] = {}
    for row in csv.DictReader(text.splitlines()):
        code = row["adcode"][:6]
        if row["adcode"][6:] != "000000":
            continue
        names[code] = row["name"]
        lat, lon = _num(row["latitude"]), _num(row["longitude"])
        if lat is not None and lon is not None:
            centres[code] = (lat, lon)
    by_code: dict[str, Division] = {}
    districts: dict[str, list[str]] = {}
    cities: dict[str, list[str]] = {}
    provinces: dict[str, str] = {}
    by_area: dict[tuple[str, str, str], str] = {}
    for code, name in sorted(names.items()):
        if code[:2] in ("71", "81", "82"):
            continue  # Taiwan and Hong Kong come from our own tables; Macao is left out
        province = names.get(code[:2] + "0000", "")
        if code[2:] == "0000":
            by_code[code] = Division(code, Area(name), centres.get(code), 0)
            provinces[name] = provinces[short_name(name)] = code
            if code[:2] in MUNICIPALITIES:  # 北京市 is a province and its own city
                cities.setdefault(name, []).append(code)
                cities.setdefault(short_name(name), []).append(code)
            by_area[(name, "", "")] = code
            continue
        if code[4:] == "00":
            if code[:2] in MUNICIPALITIES or code[2:4] == "90" or name in ("市辖区", "县"):
                continue  # a placeholder level (市辖区 / 县 / 省直辖县级行政区划), not a city
            by_code[code] = Division(code, Area(province, name), centres.get(code), 1)
            for key in {name, short_name(name)}:
                cities.setdefault(key, []).append(code)
            by_area[(province, name, "")] = code
            continue
        if name == "市辖区":
            continue
        if code[:2] in MUNICIPALITIES:
            area = Area(province, province, name)
        elif code[2:4] == "90":  # a county-level city directly under the province (仙桃市): a city of its own
            area = Area(province, name, "")
            by_code[code] = Division(code, area, centres.get(code), 1)
            for key in {name, short_name(name)}:
                cities.setdefault(key, []).append(code)
            by_area[(province, name, "")] = code
            continue
        else:
            area = Area(province, names.get(code[:4] + "00", ""), name)
        by_code[code] = Division(code, area, centres.get(code), 2)
        districts.setdefault(name, []).append(code)
        by_area[(area.province, area.city, area.district)] = code
    return Mainland(by_code, {k: tuple(v) for k, v in districts.items()},
                    {k: tuple(dict.fromkeys(v)) for k, v in cities.items()}, provinces, by_area)


# ------------------------------------------------------------------------------------ Taiwan and Hong Kong


@dataclass(frozen=True, slots=True)
class Place:
    area: Area
    centre: Point


def _rows(name: str) -> list[dict[str, str]]:
    with resource("data", name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def taiwan_districts() -> tuple[Place, ...]:
    return tuple(Place(Area(TAIWAN, row["city"], row["district"]), (float(row["latitude"]), float(row["longitude"])))
                 for row in _rows("tw_districts.csv"))


@cache
def taiwan_cities() -> tuple[Place, ...]:
    return tuple(Place(Area(TAIWAN, row["city"]), (float(row["latitude"]), float(row["longitude"])))
                 for row in _rows("tw_cities.csv"))


HK_CITIES = {"香港島": ("香港島", "香港岛", "港島", "港岛", "Hong Kong Island"),
             "九龍": ("九龍", "九龙", "Kowloon"),
             "新界": ("新界", "New Territories", "N.T.")}


@cache
def hong_kong_districts() -> tuple[Place, ...]:
    return tuple(Place(Area(HONG_KONG, row["city"], row["district"]),
                       (float(row["latitude"]), float(row["longitude"]))) for row in _rows("hk_districts.csv"))


@cache
def hong_kong_names() -> tuple[tuple[str, str], ...]:
    """(name as written, district) for districts, their English names and well-known neighbourhoods; longest first."""
    pairs = [(row["name"], row["district"]) for row in _rows("hk_places.csv")]
    for place in hong_kong_districts():
        district = place.area.district
        pairs.append((district, district))
        if len(district) >= 3:
            pairs.append((district[:-1], district))  # 油尖旺區 is often written 油尖旺
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


def hong_kong_city_centre(city: str) -> Point | None:
    points = [p.centre for p in hong_kong_districts() if p.area.city == city]
    return mean(points) if points else None


# ---------------------------------------------------------------------------------------------- elsewhere


@cache
def us_cities() -> tuple[Place, ...]:
    return tuple(Place(Area(row["state"], row["city"]), (float(row["latitude"]), float(row["longitude"])))
                 for row in _rows("us_cities.csv"))


def mean(points: Iterable[Point]) -> Point:
    listed = list(points)
    return (sum(p[0] for p in listed) / len(listed), sum(p[1] for p in listed) / len(listed))
