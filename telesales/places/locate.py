"""An address (or a customer's fields) → area and coordinates, offline.

- Mainland China: cpca, the address parser over the official divisions (imported lazily: it is never on the
  start-up path). cpca alone reads a district name several cities share (朝阳区, 南山区, 鼓楼区…) as its first
  entry (朝阳区 → Changchun); here a district written without its city goes to the rep's home city when that city
  has one of that name, else to the one in a municipality (Beijing, Tianjin, Shanghai, Chongqing), else to cpca's
  choice — and the result says the city was guessed and lists the other readings.
  cpca's `transform` builds a pandas DataFrame (importing pandas costs half a second and 160 MB); we call its
  one-address extractor `_get_one_addr` directly, and fall back to `transform` should a later cpca drop it.
- Taiwan and Hong Kong (cpca has no Taiwan and stops at the Hong Kong province): our own tables of cities,
  districts and, for Hong Kong, English names and well-known neighbourhoods (尖沙咀, Causeway Bay…), matched in
  Traditional and Simplified forms.
- Elsewhere: US-style `…, City, ST 12345` addresses against a small table of cities; otherwise the fields.

Coordinates: the customer's own when known (exact), else the centre of the district, city or province found
(approximate). What could not be found is listed as missing; what was chosen among several readings as guessed.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from telesales.domain.model import Area, Region
from telesales.domain.places import NOWHERE, Located, Part, Precision, Source
from telesales.places.gazetteer import (
    HK_CITIES,
    HONG_KONG,
    MUNICIPALITIES,
    TAIWAN,
    Mainland,
    Point,
    fold,
    hong_kong_city_centre,
    hong_kong_districts,
    hong_kong_names,
    is_traditional,
    mainland,
    short_name,
    taiwan_cities,
    taiwan_districts,
    us_cities,
)

_CJK = re.compile(r"[\u3400-\u9fff]")
_COORDINATES = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
_HK_MARKERS = ("香港", "九龙", "新界", "hong kong", "kowloon", "new territories")
_TW_MARKERS = ("台湾", "taiwan", "r.o.c")
# Taiwan cities written without 市/縣 that no mainland place shares
_TW_SHORT = ("台北", "新北", "台中", "台南", "高雄", "基隆", "嘉义", "彰化", "屏东", "宜兰", "花莲", "苗栗", "南投")
# where a district name several cities share most likely lies: sub-provincial cities, then provincial capitals
BIG_CITIES = ("广州", "深圳", "成都", "武汉", "南京", "杭州", "西安", "沈阳", "哈尔滨", "长春", "济南", "青岛", "大连",
              "宁波", "厦门", "石家庄", "太原", "呼和浩特", "合肥", "福州", "南昌", "郑州", "长沙", "南宁", "海口", "贵阳",
              "昆明", "拉萨", "兰州", "西宁", "银川", "乌鲁木齐")
_US_TAIL = re.compile(r",\s*([^,\d]+?)\s*,\s*([A-Z]{2})\b(?:\s+\d{5}(?:-\d{4})?)?(?:\s*,\s*(?:USA?|United States))?\s*$")


def coordinates_in(text: str) -> Point | None:
    """`22.54, 114.05` typed instead of an address: (latitude, longitude), when both are in range."""
    match = _COORDINATES.match(text)
    if not match:
        return None
    lat, lon = float(match[1]), float(match[2])
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


class Locator:
    """Reads addresses into places. `home` is the rep's home area (its city settles ambiguous district names)."""

    def __init__(self, home: Area | None = None) -> None:
        self.home = home or Area()

    # -- public

    def locate(self, address: str, region: Region | None = None) -> Located:
        """The place an address names. `region` is a hint (the customer's region); the text decides otherwise."""
        text = " ".join((address or "").split())
        if not text:
            return NOWHERE
        point = coordinates_in(text)
        if point is not None:
            return Located(Area(), point[0], point[1], Precision.EXACT, Region.OTHER,
                           missing=(Part.PROVINCE, Part.CITY, Part.DISTRICT))
        folded = fold(text)
        lowered = folded.lower()
        if region is Region.HK or any(m in lowered for m in _HK_MARKERS):
            return _hong_kong(text, folded)
        if region is Region.TW or any(m in lowered for m in _TW_MARKERS) or _taiwan_city(folded) is not None:
            return _taiwan(folded, self.home)
        if _CJK.search(text):
            if is_traditional(text):  # 大安區 is Taipei's before it is Zigong's
                taiwan = _taiwan(folded, self.home)
                if taiwan.area.district:
                    return taiwan
            return self._mainland(folded)
        return _elsewhere(text)

    def locate_customer(self, address: str, region: Region | None, area: Area,
                        latitude: float | None, longitude: float | None) -> Located:
        """A customer's place: their fields where filled (the rep's word wins), the address for the rest, their
        own coordinates when known, else the centre of the most precise part."""
        read = self.locate(address, region) if address.strip() else NOWHERE
        if area.province or area.city or area.district:
            merged = Area(area.province or read.area.province, area.city or read.area.city,
                          area.district or read.area.district)
            from_fields = merged == area
            region_of = read.region if read.source is not Source.NONE else _region_of(area, region)
            if merged != read.area or from_fields:
                read = self.from_fields(merged, region_of, source=Source.FIELDS if from_fields else Source.ADDRESS,
                                        guessed=tuple(p for p in read.guessed if _part(merged, p) == _part(read.area, p)
                                                      and not _part(area, p)))
        if latitude is not None and longitude is not None:
            read = replace(read, latitude=latitude, longitude=longitude, precision=Precision.EXACT,
                           missing=tuple(p for p in read.missing if p is not Part.COORDINATES))
        return read

    def from_fields(self, area: Area, region: Region | None = None, *, source: Source = Source.FIELDS,
                    guessed: tuple[Part, ...] = ()) -> Located:
        """The centre of an area given by its fields (province / city / district as the book keeps them)."""
        region = region or _region_of(area, None)
        centre: tuple[Point, Precision] | None = None
        adcode = ""
        if region is Region.HK:
            centre = _table_centre(area, hong_kong_districts(), hong_kong_city_centre(area.city))
        elif region is Region.TW:
            centre = _table_centre(area, taiwan_districts(),
                                   next((p.centre for p in taiwan_cities() if fold(p.area.city) == fold(area.city)),
                                        None))
        elif region is Region.CN:
            found = _mainland_code(mainland(), area)
            if found:
                adcode = found
                at = mainland().centre(found)
                if at is not None:
                    centre = (at[0], (Precision.PROVINCE, Precision.CITY, Precision.DISTRICT)[at[1]])
        else:
            city = next((p for p in us_cities() if p.area.city.lower() == area.city.lower()
                         and (not area.province or p.area.province == area.province)), None)
            if city is not None:
                centre = (city.centre, Precision.CITY)
        missing = _missing(area, region, centre is not None)
        if centre is None:
            return Located(area, None, None, Precision.NONE, region, source, guessed, missing, adcode=adcode)
        return Located(area, centre[0][0], centre[0][1], centre[1], region, source, guessed, missing, adcode=adcode)

    # -- mainland

    def _mainland(self, folded: str) -> Located:
        index = mainland()
        umap: dict[str, str] = {}
        alternatives: list[Area] = []
        chosen_among_several = False
        for name, codes in _ambiguous_in(folded, index):
            if _names_parent(folded, index, codes):
                continue  # the address names the city or province: cpca follows it
            code = self._prefer(codes, index)
            umap[name] = code  # cpca keys divisions by their six-digit code
            chosen_among_several = True
            alternatives.extend(index.by_code[c].area for c in codes if c != code)
        record = _cpca_one(folded, umap)
        code = (record.get("adcode") or "")[:6]
        if not code or code[:2] in ("71", "81", "82"):
            return replace(NOWHERE, region=Region.CN, source=Source.ADDRESS)
        division = _division_for(index, code)
        if division is None:
            return replace(NOWHERE, region=Region.CN, source=Source.ADDRESS)
        area = division.area
        if division.level == 0 and division.code[:2] in MUNICIPALITIES:
            area = Area(area.province, area.province)  # 北京市 is its own city
        at = index.centre(division.code)
        precision = (Precision.PROVINCE, Precision.CITY, Precision.DISTRICT)[at[1]] if at else Precision.NONE
        if area.city and precision is Precision.PROVINCE:
            precision = Precision.CITY
        guessed: tuple[Part, ...] = ()
        if chosen_among_several and division.level == 2 and area.district in umap:
            guessed = (Part.PROVINCE, Part.CITY)
        else:
            alternatives = []
        return Located(area, at[0][0] if at else None, at[0][1] if at else None, precision, Region.CN,
                       Source.ADDRESS, guessed, _missing(area, Region.CN, at is not None), tuple(alternatives),
                       division.code)

    def _prefer(self, codes: tuple[str, ...], index: Mainland) -> str:
        home = self.home
        if home.city:
            for code in codes:
                area = index.by_code[code].area
                if fold(area.city) == fold(home.city) or short_name(area.city) == short_name(home.city):
                    return code
        # else a municipality's, else a big city's (sub-provincial cities, then provincial capitals), else the first
        def rank(code: str) -> tuple[int, int, str]:
            city = short_name(index.by_code[code].area.city)
            big = BIG_CITIES.index(city) if city in BIG_CITIES else len(BIG_CITIES)
            return (code[:2] not in MUNICIPALITIES, big, code)

        return min(codes, key=rank)


# ------------------------------------------------------------------------------------------------ helpers


def _part(area: Area, part: Part) -> str:
    return {Part.PROVINCE: area.province, Part.CITY: area.city, Part.DISTRICT: area.district}.get(part, "")


def _region_of(area: Area, hint: Region | None) -> Region:
    if hint is not None:
        return hint
    folded = fold(area.province + area.city)
    if folded.startswith("香港") or area.province == HONG_KONG:
        return Region.HK
    if folded.startswith("台湾") or any(fold(p.area.city) == fold(area.city) for p in taiwan_cities()):
        return Region.TW
    return Region.CN if _CJK.search(area.province + area.city + area.district) else Region.OTHER


def _missing(area: Area, region: Region, has_centre: bool) -> tuple[Part, ...]:
    missing = []
    if not area.province:
        missing.append(Part.PROVINCE)
    if not area.city:
        missing.append(Part.CITY)
    if not area.district and region in (Region.CN, Region.HK, Region.TW):
        missing.append(Part.DISTRICT)
    if not has_centre:
        missing.append(Part.COORDINATES)
    return tuple(missing)


def _mainland_code(index: Mainland, area: Area) -> str | None:
    code = index.by_area.get((area.province, area.city, area.district))
    if code:
        return code
    # names written short (广东 / 深圳 / 南山区) or without the province
    for name in (area.district,) if area.district else ():
        for candidate in index.districts.get(name, ()):
            found = index.by_code[candidate].area
            if not area.city or short_name(found.city) == short_name(area.city):
                return candidate
    for candidate in index.cities.get(area.city, ()) + index.cities.get(short_name(area.city), ()):
        return candidate
    return index.provinces.get(area.province) or index.provinces.get(short_name(area.province))


def _division_for(index: Mainland, code: str) -> Any:
    division = index.by_code.get(code)
    if division is not None:
        return division
    if code[2:] == "0100" or code[4:] == "00":  # a municipality's placeholder city level: the province
        return index.by_code.get(code[:2] + "0000")
    return None


def _ambiguous_in(folded: str, index: Mainland) -> list[tuple[str, tuple[str, ...]]]:
    return [(name, codes) for name, codes in _ambiguous_names() if name in folded]


@cache
def _ambiguous_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    index = mainland()
    return tuple((name, codes) for name, codes in index.districts.items()
                 if len(codes) > 1 and name not in ("城区", "郊区", "矿区", "市中区"))


def _names_parent(folded: str, index: Mainland, codes: tuple[str, ...]) -> bool:
    for code in codes:
        area = index.by_code[code].area
        for name in (area.city, short_name(area.city)):
            if len(name) >= 2 and name in folded:
                return True
    return False


def _cpca_one(text: str, umap: dict[str, str]) -> dict[str, Any]:
    cpca = _cpca()
    one: Callable[[str, bool, dict[str, str]], dict[str, Any]] | None = getattr(cpca, "_get_one_addr", None)
    if one is not None:
        return one(text, False, umap)
    frame = cpca.transform([text], umap=umap)  # pragma: no cover - only if a later cpca drops the helper
    return {"adcode": frame.iloc[0]["adcode"]}


@cache
def _cpca() -> Any:
    """cpca, imported on first use. Its import may warn about `pkg_resources` (deprecated in setuptools); that
    one warning is about cpca's own packaging, not about our use, and is silenced here only."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*pkg_resources.*", category=UserWarning)
        warnings.filterwarnings("ignore", message=".*pkg_resources.*", category=DeprecationWarning)
        import cpca
    return cpca


def _table_centre(area: Area, places: tuple[Any, ...], city_centre: Point | None) -> tuple[Point, Precision] | None:
    district = fold(area.district)
    city = fold(area.city)
    if district:
        for place in places:
            if fold(place.area.district) == district and (not city or fold(place.area.city) == city):
                return place.centre, Precision.DISTRICT
    if city_centre is not None:
        return city_centre, Precision.CITY
    return None


# --------------------------------------------------------------------------------------------- Hong Kong


def _hong_kong(text: str, folded: str) -> Located:
    lowered_text = text.lower()
    district = None
    for name, target in hong_kong_names():
        if _CJK.search(name):
            if fold(name) in folded:
                district = target
                break
        elif re.search(r"(?<![a-z])" + re.escape(name.lower()) + r"(?![a-z])", lowered_text):
            district = target
            break
    if district is not None:
        place = next(p for p in hong_kong_districts() if p.area.district == district)
        return Located(place.area, place.centre[0], place.centre[1], Precision.DISTRICT, Region.HK, Source.ADDRESS)
    for city, names in HK_CITIES.items():
        if any((fold(n) in folded) if _CJK.search(n) else (n.lower() in lowered_text) for n in names):
            centre = hong_kong_city_centre(city)
            assert centre is not None
            return Located(Area(HONG_KONG, city), centre[0], centre[1], Precision.CITY, Region.HK,
                           missing=(Part.DISTRICT,))
    centre = _hk_centre()
    return Located(Area(HONG_KONG), centre[0], centre[1], Precision.PROVINCE, Region.HK,
                   missing=(Part.CITY, Part.DISTRICT))


def _hk_centre() -> Point:
    points = [p.centre for p in hong_kong_districts()]
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


# ------------------------------------------------------------------------------------------------ Taiwan


def _taiwan_city(folded: str) -> str | None:
    for place in taiwan_cities():
        name = fold(place.area.city)
        if name in folded or (name[:-1] in _TW_SHORT and name[:-1] in folded):
            return place.area.city
    return None


def _taiwan(folded: str, home: Area) -> Located:
    city = _taiwan_city(folded)
    found = [p for p in taiwan_districts() if fold(p.area.district) in folded
             and (city is None or p.area.city == city)]
    # a longer name wins over one inside it (西屯區 over 西區 would not clash, but 中西區 holds 西區)
    found = [p for p in found if not any(q is not p and fold(p.area.district) in fold(q.area.district)
                                         and q.area.city == p.area.city for q in found)]
    if found:
        chosen = found[0]
        guessed: tuple[Part, ...] = ()
        alternatives: tuple[Area, ...] = ()
        if city is None and len(found) > 1:
            chosen = next((p for p in found if fold(p.area.city) == fold(home.city)), found[0])
            guessed = (Part.CITY,)
            alternatives = tuple(p.area for p in found if p is not chosen)
        return Located(chosen.area, chosen.centre[0], chosen.centre[1], Precision.DISTRICT, Region.TW,
                       Source.ADDRESS, guessed, (), alternatives)
    if city is not None:
        place = next(p for p in taiwan_cities() if p.area.city == city)
        return Located(place.area, place.centre[0], place.centre[1], Precision.CITY, Region.TW, Source.ADDRESS,
                       missing=(Part.DISTRICT,))
    return Located(Area(TAIWAN), None, None, Precision.NONE, Region.TW, Source.ADDRESS,
                   missing=(Part.CITY, Part.DISTRICT, Part.COORDINATES))


# --------------------------------------------------------------------------------------------- elsewhere


def _elsewhere(text: str) -> Located:
    match = _US_TAIL.search(text)
    if match:
        city, state = match[1].strip(), match[2]
        place = next((p for p in us_cities() if p.area.province == state and p.area.city.lower() == city.lower()),
                     None)
        if place is not None:
            return Located(place.area, place.centre[0], place.centre[1], Precision.CITY, Region.OTHER)
        return Located(Area(state, city), None, None, Precision.NONE, Region.OTHER,
                       missing=(Part.COORDINATES,))
    for place in us_cities():
        if re.search(r"(?<![A-Za-z])" + re.escape(place.area.city) + r"(?![A-Za-z])", text):
            return Located(place.area, place.centre[0], place.centre[1], Precision.CITY, Region.OTHER,
                           guessed=(Part.PROVINCE,))
    return Located(Area(), None, None, Precision.NONE, Region.OTHER,
                   missing=(Part.PROVINCE, Part.CITY, Part.COORDINATES))


__all__ = ["Locator", "coordinates_in"]
