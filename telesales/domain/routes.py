"""Visits grouped by area, in route order (DOMAIN.md §5).

Pure rules: no clock, no database, no Qt, no files. Everything the planner needs comes in as arguments; results
are data — codes (`StrEnum`) and numbers — which the UI words in the rep's language.

Coordinates are `(latitude, longitude)` in degrees (WGS84). Distances are great-circle kilometres (haversine);
travel time is `distance × road_factor / speed`, rounded up to whole minutes per leg.

Times. A plan is written in the rep's *naive local wall-clock time* on the plan day: `DayPlan` times are naive
`datetime`s. A stop's `fixed_start` may be naive (taken as local wall-clock time) or aware (converted into the
`tz` passed to the planner, then made naive; an aware time without `tz` is an error).

The ordering rules of `plan_day`:

1. Fixed appointments (a `fixed_start` on the plan day) are anchors: each is placed exactly at its time. Two
   anchors that cannot both be kept (overlapping, or too little time to travel between them) keep the earlier
   one (equal times: the higher priority); the other is left over as `clashes_fixed_time`. A fixed start on
   another day is left over as `fixed_on_other_day`, suggested for that day. Anchors may lie outside the working
   hours (the rep agreed to them); flexible visits never do.
2. Visit count: anchors count first; the other visits are kept by priority (intent, then demand, then list
   order); the rest are left over as `over_visit_count`.
3. Grouping: visits are grouped by area (province / city / district). Anchors split the day into gaps; every
   area goes whole into one gap — an area holding an anchor goes next to it, any other area into the gap it
   fits with the smallest detour (areas of higher priority choose first).
4. Area order inside a gap: area centroids (means of their visits' coordinates) form a shortest open path from
   where the rep is towards the gap's end (the next anchor): exact for up to 8 points, otherwise the best of a
   few starts (nearest neighbour from the nearest and the farthest points, cheapest insertion) each improved by
   2-opt and Or-opt. The area of the anchor starting a gap comes first, the area of the anchor ending it last.
5. Visit order inside an area: a shortest open path (same solver) from the point where the previous area ended
   towards the next area's centroid. Then 2-opt and Or-opt run over the whole gap, taking only moves that keep
   every area in one run (reversing or moving whole areas, or moving visits inside their area). Visits at the
   same point (typically several visits known only by the district centre, `approximate=True`) are visited
   together, ordered by street, section, lane, alley and house number parsed from the address
   (`street_sort_key`); exact visits at one point by priority.
6. Priority: the biggest demand and clearest intent go first where the route allows: after the shortest order
   is found (areas, then visits in each area), each visit — highest priority first — moves ahead of the
   lower-priority visits before it as far as the route grows by at most `detour_allowance` (10 % by default)
   over the shortest one, and never beyond the length of the list order (rule 7). Priority is (intent A > B >
   C > unknown > D, then expected demand).
7. List order is the yardstick: if a gap's grouped route is longer than visiting the same visits in the order
   they were given, the priority moves are dropped; if it is still longer (areas whose visits interleave along
   a border), the gap is visited ungrouped, ordered by 2-opt / Or-opt from the list order, and the plan says
   `grouped=False`. Without anchors the whole day is one gap, so the planned route is never longer than the
   list order.
8. Hours: flexible visits fit between `day_start` and `day_start + hours`; a visit that would make an anchor
   late is removed as `clashes_fixed_time`, one that would run past the day's end as `over_hours` (but as
   `clashes_fixed_time` when the day's visit times alone would fit its hours: the appointments cut it up) —
   always the lowest-priority visits of the gap concerned (equal priority: the one whose removal saves the most
   travel). Removed visits are tried again afterwards, highest priority first, and kept if they now fit: with
   their area, or else on their own in another gap between appointments.
9. Everything left over carries a suggested day: the first of `next_days` after the plan day, else the next
   calendar day.

`plan_week` keeps the most important visits the week can hold (by visit count; the rest are left over as
`over_visit_count`), cuts a closed tour of the areas (from the start point and back) into one contiguous stretch
per day, balancing visits and hours (an area larger than a day is split along its own route; otherwise an area
stays on one day), gives each stretch the day that holds most of its areas' fixed appointments, then plans the
days in order: what a day cannot take is offered to the next day, and what the last day cannot take is offered
to the earlier days that still have room (nearest first) before it is left over.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from itertools import permutations

from telesales.domain.model import Area, Intent

Point = tuple[float, float]
"""(latitude, longitude) in degrees, WGS84."""

EARTH_RADIUS_KM = 6371.0088
EXACT_LIMIT = 8
"""Paths over at most this many points are solved exactly (dynamic programming); longer ones heuristically."""

_EPS = 1e-9


# --------------------------------------------------------------------------------------------------- distances


def haversine_km(a: Point, b: Point) -> float:
    """Great-circle distance between two (latitude, longitude) points, in kilometres."""
    lat1, lon1 = math.radians(a[0]), math.radians(a[1])
    lat2, lon2 = math.radians(b[0]), math.radians(b[1])
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def path_km(start: Point, points: Sequence[Point], end: Point | None = None) -> float:
    """Length of the path start → points… (→ end, when given), in kilometres."""
    total = 0.0
    previous = start
    for p in points:
        total += haversine_km(previous, p)
        previous = p
    if end is not None:
        total += haversine_km(previous, end)
    return total


# ------------------------------------------------------------------------------------------- the path solver
#
# Nodes of a distance matrix: 0 is the start, 1..n the points, n + 1 the end. Without an end the end node is a
# dummy at distance 0 from everything, which turns "free end" into "fixed end" for every move below.

Matrix = list[list[float]]


def _matrix(start: Point, points: Sequence[Point], end: Point | None) -> Matrix:
    nodes: list[Point] = [start, *points]
    if end is not None:
        nodes.append(end)
    n = len(nodes)
    size = len(points) + 2
    rad = [(math.radians(p[0]), math.radians(p[1])) for p in nodes]
    cos = [math.cos(r[0]) for r in rad]
    sin, asin, sqrt = math.sin, math.asin, math.sqrt
    d: Matrix = [[0.0] * size for _ in range(size)]
    for i in range(n):
        lat1, lon1 = rad[i]
        c1 = cos[i]
        row = d[i]
        for j in range(i + 1, n):
            lat2, lon2 = rad[j]
            h = sin((lat2 - lat1) / 2) ** 2 + c1 * cos[j] * sin((lon2 - lon1) / 2) ** 2
            v = 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(h)))
            row[j] = v
            d[j][i] = v
    return d


def _seq_len(seq: Sequence[int], d: Matrix) -> float:
    return sum(d[seq[k]][seq[k + 1]] for k in range(len(seq) - 1))


def _exact(d: Matrix, n: int) -> list[int]:
    """Shortest path 0 → all of 1..n → n+1 (Held–Karp). Ties go to the lower node numbers."""
    if n == 0:
        return []
    inf = math.inf
    size = 1 << n
    cost = [[inf] * n for _ in range(size)]
    parent = [[-1] * n for _ in range(size)]
    for j in range(n):
        cost[1 << j][j] = d[0][j + 1]
    for mask in range(1, size):
        row = cost[mask]
        for j in range(n):
            c = row[j]
            if c == inf:
                continue
            dj = d[j + 1]
            for k in range(n):
                bit = 1 << k
                if mask & bit:
                    continue
                v = c + dj[k + 1]
                nxt = mask | bit
                if v < cost[nxt][k] - _EPS:
                    cost[nxt][k] = v
                    parent[nxt][k] = j
    full = size - 1
    last = min(range(n), key=lambda j: (cost[full][j] + d[j + 1][n + 1], j))
    order: list[int] = []
    mask, j = full, last
    while j >= 0:
        order.append(j + 1)
        mask, j = mask ^ (1 << j), parent[mask][j]
    order.reverse()
    return order


def _nearest_neighbour(d: Matrix, n: int, first: int = 0) -> list[int]:
    left = list(range(1, n + 1))
    order: list[int] = []
    current = 0
    if first:
        left.remove(first)
        order.append(first)
        current = first
    while left:
        row = d[current]
        best = min(left, key=lambda k: (row[k], k))
        left.remove(best)
        order.append(best)
        current = best
    return order


Groups = tuple[Sequence[int], int, int] | None
"""Keep areas together: (group of each node, -1 for start and end; pinned first group or -1; pinned last or -1)."""


def _two_opt(seq: list[int], d: Matrix, groups: Groups = None) -> bool:
    """Improve a path with fixed first and last nodes by reversing stretches; True when anything changed."""
    changed = False
    m = len(seq)
    improved = True
    while improved:
        improved = False
        for i in range(1, m - 2):
            for j in range(i + 1, m - 1):
                a, b, c, e = seq[i - 1], seq[i], seq[j], seq[j + 1]
                if d[a][c] + d[b][e] < d[a][b] + d[c][e] - _EPS:
                    if groups is not None:
                        g, head, tail = groups
                        # across blocks: whole blocks only, and never the pinned first or last block
                        if g[b] != g[c] and (g[a] == g[b] or g[c] == g[e] or (head >= 0 and i == 1)
                                             or (tail >= 0 and j == m - 2)):
                            continue
                    seq[i : j + 1] = seq[i : j + 1][::-1]
                    improved = changed = True
    return changed


def _or_opt(seq: list[int], d: Matrix, groups: Groups = None) -> bool:
    """Move stretches of 1–3 nodes (also reversed) elsewhere in the path; True when anything changed."""
    changed = False
    improved = True
    m = len(seq)
    while improved:
        improved = False
        for length in (1, 2, 3):
            for i in range(1, m - length):
                p, f, last, q = seq[i - 1], seq[i], seq[i + length - 1], seq[i + length]
                gain = d[p][f] + d[last][q] - d[p][q]
                if gain <= _EPS:
                    continue
                whole = False
                if groups is not None:
                    g, head, tail = groups
                    if g[f] != g[last]:
                        continue
                    whole = g[p] != g[f] and g[q] != g[f]
                    if whole and g[f] in (head, tail):
                        continue
                for j in range(m - 1):
                    if i - 1 <= j <= i + length - 1:
                        continue
                    u, v = seq[j], seq[j + 1]
                    forward = d[u][f] + d[last][v] - d[u][v]
                    backward = d[u][last] + d[f][v] - d[u][v]
                    if forward < gain - _EPS or backward < gain - _EPS:
                        if groups is not None:
                            if whole:  # a whole block goes between two blocks, not before/after a pinned one
                                if (g[u] == g[v] and g[u] >= 0) or (head >= 0 and j == 0) or (
                                        tail >= 0 and j == m - 2):
                                    continue
                            elif g[u] != g[f] and g[v] != g[f]:  # part of a block stays in its block
                                continue
                        segment = seq[i : i + length]
                        if backward < forward:
                            segment.reverse()
                        rest = seq[:i] + seq[i + length :]
                        at = rest.index(u) + 1
                        seq[:] = rest[:at] + segment + rest[at:]
                        improved = changed = True
                        break
    return changed


def _local_search(seq: list[int], d: Matrix, groups: Groups = None) -> None:
    while True:
        a = _two_opt(seq, d, groups)
        b = _or_opt(seq, d, groups)
        if not (a or b):
            return


def _improve(order: list[int], d: Matrix, n: int) -> list[int]:
    seq = [0, *order, n + 1]
    _local_search(seq, d)
    return seq[1:-1]


def _cheapest_insertion(d: Matrix, n: int) -> list[int]:
    """Grow the path by inserting, farthest from the start first, each node where it costs least."""
    seq = [0, n + 1]
    for node in sorted(range(1, n + 1), key=lambda k: (-d[0][k], k)):
        at = min(range(1, len(seq)), key=lambda j: (d[seq[j - 1]][node] + d[node][seq[j]] - d[seq[j - 1]][seq[j]], j))
        seq.insert(at, node)
    return seq[1:-1]


def _solve(d: Matrix, n: int, exact_limit: int) -> list[int]:
    if n <= exact_limit:
        return _exact(d, n)
    by_distance = sorted(range(1, n + 1), key=lambda k: (d[0][k], k))
    few = 2 if n <= 16 else 1  # small paths go wrong most by heading the wrong way: try both ends
    firsts = list(dict.fromkeys(by_distance[:few] + by_distance[::-1][:few]))
    best: tuple[float, list[int]] | None = None
    for initial in [_nearest_neighbour(d, n, f) for f in firsts] + [_cheapest_insertion(d, n)]:
        order = _improve(initial, d, n)
        length = _seq_len([0, *order, n + 1], d)
        if best is None or length < best[0] - _EPS:
            best = (length, order)
    assert best is not None
    return best[1]


def shortest_path_order(
    start: Point, points: Sequence[Point], end: Point | None = None, *, exact_limit: int = EXACT_LIMIT
) -> list[int]:
    """Indices of `points` in the order of a short open path from `start` (towards `end`, when given).

    Exact for at most `exact_limit` points (Held–Karp); otherwise nearest neighbour improved by 2-opt and
    Or-opt until neither finds a shorter path. Deterministic: ties go to the lower index.
    """
    return list(_path_order(start, tuple(points), end, exact_limit))


@lru_cache(maxsize=4096)
def _path_order(start: Point, points: tuple[Point, ...], end: Point | None, exact_limit: int) -> tuple[int, ...]:
    """`shortest_path_order`, remembered: re-planning a day after a change solves the unchanged areas again."""
    return tuple(k - 1 for k in _solve(_matrix(start, points, end), len(points), exact_limit))


def _promote(seq: list[int], d: Matrix, rank: Sequence[tuple[int, int]], group: Sequence[int],
             budget: float) -> list[int]:
    """Move each node (highest rank first) ahead of lower-ranked nodes of its own group within the budget.

    `seq` is a whole path (start … end); a node never passes a node of equal or higher rank.
    """
    seq = list(seq)
    length = _seq_len(seq, d)
    for node in sorted(seq[1:-1], key=lambda k: (-rank[k][0], -rank[k][1], k)):
        i = seq.index(node)
        p, q = seq[i - 1], seq[i + 1]
        removed = length - (d[p][node] + d[node][q] - d[p][q])
        best: tuple[int, float] | None = None
        j = i - 1
        while j >= 1 and group[seq[j]] == group[node] and rank[seq[j]] < rank[node]:
            u, v = seq[j - 1], seq[j]
            candidate = removed + d[u][node] + d[node][v] - d[u][v]
            if candidate <= budget + _EPS:
                best = (j, candidate)
            j -= 1
        if best is not None:
            del seq[i]
            seq.insert(best[0], node)
            length = best[1]
    return seq


def _blocks(seq: Sequence[int], group: Sequence[int]) -> list[list[int]]:
    blocks: list[list[int]] = []
    for node in seq[1:-1]:
        if blocks and group[blocks[-1][0]] == group[node]:
            blocks[-1].append(node)
        else:
            blocks.append([node])
    return blocks


def _promote_blocks(seq: list[int], d: Matrix, rank: Sequence[tuple[int, int]], group: Sequence[int],
                    budget: float, pinned: set[int]) -> list[int]:
    """Move whole blocks (areas) ahead of lower-ranked blocks within the budget; pinned groups stay put."""
    first, last = seq[0], seq[-1]
    blocks = _blocks(seq, group)

    def block_rank(block: list[int]) -> tuple[int, int]:
        return max(rank[k] for k in block)

    for g in sorted({group[b[0]] for b in blocks} - pinned,
                    key=lambda g: (tuple(-x for x in max(rank[k] for k in seq[1:-1] if group[k] == g)), g)):
        i = next(k for k, b in enumerate(blocks) if group[b[0]] == g)
        mine = blocks[i]
        best: tuple[float, list[list[int]]] | None = None
        j = i - 1
        while j >= 0 and group[blocks[j][0]] not in pinned and block_rank(blocks[j]) < block_rank(mine):
            rest = blocks[:i] + blocks[i + 1 :]
            options = []
            for oriented in (mine, mine[::-1]):
                candidate = rest[:j] + [oriented] + rest[j:]
                options.append((_seq_len([first, *(k for b in candidate for k in b), last], d), candidate))
            shortest = min(options, key=lambda o: o[0])
            if shortest[0] <= budget + _EPS:
                best = shortest
            j -= 1
        if best is not None:
            blocks = best[1]
    return [first, *(k for b in blocks for k in b), last]


# ---------------------------------------------------------------------------------------- addresses, sorting

_FULL_WIDTH = str.maketrans("０１２３４５６７８９－．，", "0123456789-.,")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_ADMIN_PREFIX = re.compile(
    r"^(?:香港島|香港岛|香港|九龍|九龙|新界|臺灣|台灣|台湾|中國|中国"
    r"|[^\d,]{1,9}?(?:特别行政区|特別行政區|自治区|自治區|自治州|地区|地區|省|市|区|區|县|縣|旗))"
)
_CN_STREET = re.compile(
    r"^(?P<street>.*?)(?:(?P<section>\d+|[一二三四五六七八九十]+)段)?(?:(?P<lane>\d+)巷)?(?:(?P<alley>\d+)弄)?"
    r"(?P<number>\d+)(?:[-之](?P<sub>\d+))?\s*[号號]"
)
_BARE_NUMBER = re.compile(r"^(?P<street>.*?)(?P<number>\d+)(?:-(?P<sub>\d+))?")
_WESTERN = re.compile(r"^\s*(?P<number>\d+)(?:-(?P<sub>\d+))?[A-Za-z]?\s+(?P<street>[^,\d][^,]*)")

_STREET_WORDS = {"street": "st", "avenue": "ave", "road": "rd", "boulevard": "blvd", "drive": "dr", "lane": "ln",
                 "place": "pl", "court": "ct", "highway": "hwy", "parkway": "pkwy", "north": "n", "south": "s",
                 "east": "e", "west": "w"}

StreetKey = tuple[str, int, int, int, int, int, str]


def _cn_int(text: str | None) -> int:
    if not text:
        return 0
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(units, 0)
    value = 0
    for ch in text:
        value = value * 10 + _CN_DIGITS.get(ch, 0)
    return value


def street_sort_key(address: str) -> StreetKey:
    """A sort key walking a district street by street: (street, section, lane, alley, number, sub-number, text).

    Understands mainland and Taiwan/Hong Kong forms (`建国路88号`, `忠孝東路四段216巷27弄5號`, `彌敦道132號`,
    `12之3號`), full-width digits, a leading province / city / district (stripped, so addresses written with and
    without it sort together) and Western forms (`123 Main St, Springfield`). Addresses without a house number
    sort by their text, after numbered ones of the same street.
    """
    text = " ".join(address.translate(_FULL_WIDTH).split())
    western = _WESTERN.match(text)
    if western:
        street = " ".join(_STREET_WORDS.get(w, w) for w in western["street"].lower().replace(".", "").split())
        return (street, 0, 0, 0, int(western["number"]), int(western["sub"] or 0), text)
    rest = text.replace(" ", "")
    for _ in range(4):
        prefix = _ADMIN_PREFIX.match(rest)
        # strip a leading division only when a street of at least two characters and a number follow it
        if not prefix or not re.match(r"\D{2,}\d", rest[prefix.end() :]):
            break
        rest = rest[prefix.end() :]
    match = _CN_STREET.match(rest)
    if match:
        return (
            match["street"],
            _cn_int(match["section"]),
            _cn_int(match["lane"]),
            _cn_int(match["alley"]),
            int(match["number"]),
            int(match["sub"] or 0),
            text,
        )
    bare = _BARE_NUMBER.match(rest)
    if bare:
        return (bare["street"], 0, 0, 0, int(bare["number"]), int(bare["sub"] or 0), text)
    return (rest, 0, 0, 0, 1 << 30, 0, text)


# ------------------------------------------------------------------------------------------------ value types


@dataclass(frozen=True, slots=True)
class Stop:
    """A visit to plan.

    `latitude`/`longitude` are the customer's coordinates; `approximate=True` means they are only the district
    centre (visits there are then ordered by `address`). `duration_minutes=None` takes the capacity's default.
    `fixed_start` is an agreed appointment (naive local wall-clock time, or aware and converted with `tz`).
    """

    customer_id: int
    area: Area
    latitude: float
    longitude: float
    approximate: bool = False
    address: str = ""
    expected_demand_cents: int = 0
    intent: Intent | None = None
    duration_minutes: int | None = None
    fixed_start: datetime | None = None
    visit_id: int | None = None

    @property
    def point(self) -> Point:
        return (self.latitude, self.longitude)


@dataclass(frozen=True, slots=True)
class DayCapacity:
    """What one day holds: visits, working hours from `day_start`, travel speed and the default visit length.

    Travel time of a leg is `km × road_factor / speed_kmh` hours (straight line to road distance), rounded up to
    whole minutes.
    """

    max_visits: int = 8
    hours: float = 8.0
    day_start: time = time(9, 0)
    speed_kmh: float = 25.0
    default_visit_minutes: int = 45
    road_factor: float = 1.3

    def __post_init__(self) -> None:
        if self.max_visits < 0:
            raise ValueError("max_visits must not be negative")
        if not 0 <= self.hours <= 24:
            raise ValueError("hours must be within 0..24")
        if self.speed_kmh <= 0 or self.road_factor <= 0:
            raise ValueError("speed_kmh and road_factor must be positive")
        if self.default_visit_minutes < 0:
            raise ValueError("default_visit_minutes must not be negative")

    def travel_minutes(self, km: float) -> int:
        """Minutes to travel `km` straight-line kilometres (whole minutes, rounded up)."""
        return max(0, math.ceil(km * self.road_factor / self.speed_kmh * 60 - 1e-6))


class LeftOverReason(StrEnum):
    OVER_VISIT_COUNT = "over_visit_count"
    OVER_HOURS = "over_hours"
    CLASHES_FIXED_TIME = "clashes_fixed_time"
    FIXED_ON_OTHER_DAY = "fixed_on_other_day"


@dataclass(frozen=True, slots=True)
class LeftOver:
    stop: Stop
    reason: LeftOverReason
    suggested_day: date


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    """One visit of the day. Times are naive local wall-clock times; the leg is from the previous point."""

    stop: Stop
    sequence: int
    starts_at: datetime
    ends_at: datetime
    leg_km: float
    travel_minutes: int
    wait_minutes: int
    fixed: bool

    @property
    def customer_id(self) -> int:
        return self.stop.customer_id

    @property
    def approximate(self) -> bool:
        return self.stop.approximate


@dataclass(frozen=True, slots=True)
class AreaVisits:
    """A run of consecutive visits in one area."""

    area: Area
    visits: tuple[PlannedVisit, ...]

    @property
    def km(self) -> float:
        """Distance travelled for this run, including the leg into the area."""
        return sum(v.leg_km for v in self.visits)


@dataclass(frozen=True, slots=True)
class DayPlan:
    """The day: areas in order, each with its visits in order; what did not fit; the distances.

    `list_order_km` is the length of visiting the same planned visits in the order they were given, for
    comparison. `grouped` is False when some gap had to interleave areas to stay within the list order.
    """

    day: date
    start_point: Point
    areas: tuple[AreaVisits, ...]
    left_over: tuple[LeftOver, ...]
    total_km: float
    list_order_km: float
    departs_at: datetime | None
    ends_at: datetime | None
    grouped: bool = True

    @property
    def visits(self) -> tuple[PlannedVisit, ...]:
        return tuple(v for block in self.areas for v in block.visits)

    @property
    def travel_minutes(self) -> int:
        return sum(v.travel_minutes for v in self.visits)


@dataclass(frozen=True, slots=True)
class WeekPlan:
    days: tuple[DayPlan, ...]
    left_over: tuple[LeftOver, ...]

    @property
    def total_km(self) -> float:
        return sum(d.total_km for d in self.days)

    @property
    def list_order_km(self) -> float:
        return sum(d.list_order_km for d in self.days)


# ------------------------------------------------------------------------------------------------- internals

_INTENT_RANK = {Intent.A: 4, Intent.B: 3, Intent.C: 2, None: 1, Intent.D: 0}


def priority_key(stop: Stop) -> tuple[int, int]:
    """Higher is more important: (intent A=4 B=3 C=2 unknown=1 D=0, expected demand in cents)."""
    return (_INTENT_RANK[stop.intent], stop.expected_demand_cents)


@dataclass(frozen=True, slots=True)
class _Item:
    index: int
    stop: Stop
    point: Point
    duration: int
    fixed_at: datetime | None
    rank: tuple[int, int]

    @property
    def area(self) -> Area:
        return self.stop.area


def _local_naive(moment: datetime, tz: tzinfo | None) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment
    if tz is None:
        raise ValueError(f"fixed_start {moment.isoformat()} is aware: pass tz (the rep's local time zone)")
    return moment.astimezone(tz).replace(tzinfo=None)


def _items(stops: Sequence[Stop], capacity: DayCapacity, tz: tzinfo | None) -> list[_Item]:
    items: list[_Item] = []
    for index, stop in enumerate(stops):
        duration = capacity.default_visit_minutes if stop.duration_minutes is None else stop.duration_minutes
        if duration < 0:
            raise ValueError(f"stop {stop.customer_id}: negative duration")
        fixed = None if stop.fixed_start is None else _local_naive(stop.fixed_start, tz)
        items.append(_Item(index, stop, stop.point, duration, fixed, priority_key(stop)))
    return items


def _next_day(day: date, next_days: Sequence[date]) -> date:
    later = [d for d in next_days if d > day]
    return min(later) if later else day + timedelta(days=1)


def _by_priority(item: _Item) -> tuple[int, int, int]:
    """Sort key: highest priority first, then list order."""
    return (-item.rank[0], -item.rank[1], item.index)


def _centroid(points: Sequence[Point]) -> Point:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _group(items: Sequence[_Item]) -> dict[Area, list[_Item]]:
    groups: dict[Area, list[_Item]] = {}
    for it in sorted(items, key=lambda i: i.index):
        groups.setdefault(it.area, []).append(it)
    return groups


def _items_len(start: Point, items: Sequence[_Item], end: Point | None) -> float:
    return path_km(start, [i.point for i in items], end)


def _keeps_areas(seq: Sequence[int], group: Sequence[int], head: int, tail: int) -> bool:
    """Each group in one run; the head group (if any, ≥ 0) first and the tail group last."""
    seen: set[int] = set()
    previous = -1
    first = -1
    for node in seq[1:-1]:
        g = group[node]
        if g != previous:
            if g in seen:
                return False
            seen.add(g)
            if first < 0:
                first = g
            previous = g
    return (head < 0 or first == head) and (tail < 0 or previous == tail)


def _order_gap(
    items: list[_Item],
    start: Point,
    end: Point | None,
    first_area: Area | None,
    last_area: Area | None,
    allowance: float,
    limit: float = math.inf,
) -> list[_Item]:
    """Areas of one gap in order, each with its visits in order (rules 4–6 of the module).

    Priority moves keep the gap's route within `limit` kilometres (its list-order length) too.
    """
    groups = _group(items)
    if not groups:
        return []
    areas = list(groups)
    # nodes: one per point of an area; visits at one point go together
    node_items: list[list[_Item]] = []
    area_nodes: dict[Area, list[int]] = {}
    group = [-1]
    for g, area in enumerate(areas):
        at: dict[Point, list[_Item]] = {}
        for it in groups[area]:
            at.setdefault(it.point, []).append(it)
        for visits in at.values():
            exact = sorted((i for i in visits if not i.stop.approximate), key=_by_priority)
            rough = sorted((i for i in visits if i.stop.approximate),
                           key=lambda i: (street_sort_key(i.stop.address), i.index))
            node_items.append(exact + rough)
            group.append(g)
            area_nodes.setdefault(area, []).append(len(node_items))
    n = len(node_items)
    group.append(-1)
    points = [visits[0].point for visits in node_items]
    rank = [(0, 0)] + [max(i.rank for i in visits) for visits in node_items] + [(0, 0)]
    d = _matrix(start, points, end)

    # 1. areas by their centroids
    centroids = {area: _centroid([i.point for i in groups[area]]) for area in areas}
    head = [first_area] if first_area in groups else []
    tail = [last_area] if last_area in groups and last_area not in head else []
    middle = [a for a in areas if a not in head and a not in tail]
    path_start = centroids[head[0]] if head else start
    path_end = centroids[tail[0]] if tail else end
    order = _path_order(path_start, tuple(centroids[a] for a in middle), path_end, EXACT_LIMIT)
    in_order = head + [middle[k] for k in order] + tail
    # 2. visits inside each area, from where the previous area ended towards the next area
    seq = [0]
    for k, area in enumerate(in_order):
        toward = centroids[in_order[k + 1]] if k + 1 < len(in_order) else end
        nodes = area_nodes[area]
        here = points[seq[-1] - 1] if seq[-1] else start
        sub = _path_order(here, tuple(points[x - 1] for x in nodes), toward, EXACT_LIMIT)
        seq.extend(nodes[x] for x in sub)
    seq.append(n + 1)
    # 3. 2-opt / Or-opt over the whole gap, keeping every area in one run
    head_g = areas.index(head[0]) if head else -1
    tail_g = areas.index(tail[0]) if tail else -1
    _local_search(seq, d, (group, head_g, tail_g))
    assert _keeps_areas(seq, group, head_g, tail_g)
    # 4. more important first, within the detour allowance
    if allowance > 0:
        budget = min(_seq_len(seq, d) * (1 + allowance), max(limit, _seq_len(seq, d)))
        pinned = {g for g in (head_g, tail_g) if g >= 0}
        seq = _promote_blocks(seq, d, rank, group, budget, pinned)
        seq = _promote(seq, d, rank, group, budget)
    return [it for node in seq[1:-1] for it in node_items[node - 1]]


def _route_gap(
    items: list[_Item],
    start: Point,
    end: Point | None,
    first_area: Area | None,
    last_area: Area | None,
    allowance: float,
) -> tuple[list[_Item], bool]:
    """The gap's route and whether it is grouped by area; never longer than the gap's list order."""
    listed = sorted(items, key=lambda i: i.index)
    limit = _items_len(start, listed, end) + 1e-7
    route = _order_gap(items, start, end, first_area, last_area, allowance, limit)
    if _items_len(start, route, end) <= limit:
        return route, True
    if allowance > 0:
        route = _order_gap(items, start, end, first_area, last_area, 0.0)
        if _items_len(start, route, end) <= limit:
            return route, True
    n = len(listed)
    d = _matrix(start, [i.point for i in listed], end)
    order = _improve(list(range(1, n + 1)), d, n)
    return [listed[k - 1] for k in order], False


@dataclass(slots=True)
class _Slot:
    item: _Item
    gap: int
    leg_km: float
    travel: int
    wait: int
    begin: datetime
    end: datetime


@dataclass(slots=True)
class _Built:
    sequence: list[_Item]  # the whole route, also past a violation
    gap_of: dict[int, int]  # item index -> gap
    slots: list[_Slot]
    grouped: bool
    departs: datetime | None
    violation: tuple[LeftOverReason, int, int] | None  # reason, gap, minutes over
    slack: list[int]  # per gap: minutes that could still be added


def _area_need(items: Sequence[_Item], extra_km: float, capacity: DayCapacity) -> tuple[Point, int]:
    c = _centroid([i.point for i in items])
    spread = sum(haversine_km(i.point, c) for i in items)
    return c, sum(i.duration for i in items) + capacity.travel_minutes(extra_km + spread)


def _assign_gaps(
    flex: list[_Item], anchors: list[_Item], start: Point, day_start: datetime, day_end: datetime,
    capacity: DayCapacity, forced: Mapping[int, int],
) -> list[list[_Item]]:
    """Which visits go into which gap between appointments (rule 3); `forced` puts single visits in a gap."""
    k = len(anchors)
    gaps: list[list[_Item]] = [[] for _ in range(k + 1)]
    if k == 0:
        gaps[0] = list(flex)
        return gaps
    starts = [start] + [a.point for a in anchors]
    ends: list[Point | None] = [a.point for a in anchors] + [None]
    slack: list[float] = []
    for g in range(k + 1):
        if g == 0:
            free = (_at(anchors[0]) - day_start).total_seconds() / 60
        elif g < k:
            prev, nxt = anchors[g - 1], anchors[g]
            free = (_at(nxt) - _at(prev)).total_seconds() / 60 - prev.duration - capacity.travel_minutes(
                haversine_km(prev.point, nxt.point))
        else:
            last = anchors[-1]
            free = (day_end - _at(last)).total_seconds() / 60 - last.duration
        slack.append(max(0.0, free))
    anchor_gaps: dict[Area, list[int]] = {}
    for pos, a in enumerate(anchors):
        anchor_gaps.setdefault(a.area, []).extend([pos, pos + 1])
    for it in flex:
        if it.index in forced:
            gaps[forced[it.index]].append(it)
            slack[forced[it.index]] -= it.duration
    groups = _group([it for it in flex if it.index not in forced])
    order = sorted(groups, key=lambda area: min(_by_priority(i) for i in groups[area]))
    for area in order:
        its = groups[area]
        c = _centroid([i.point for i in its])
        candidates = sorted(set(anchor_gaps.get(area, range(k + 1))))
        options: list[tuple[float, int, int]] = []
        for g in candidates:
            e = ends[g]
            extra = haversine_km(starts[g], c) + (
                haversine_km(c, e) - haversine_km(starts[g], e) if e is not None else 0.0)
            _, need = _area_need(its, extra, capacity)
            options.append((extra, g, need))
        fitting = [o for o in options if slack[o[1]] >= o[2]]
        chosen = min(fitting) if fitting else max(options, key=lambda o: (slack[o[1]], -o[0], -o[1]))
        gaps[chosen[1]].extend(its)
        slack[chosen[1]] -= chosen[2]
    return gaps


def _at(item: _Item) -> datetime:
    assert item.fixed_at is not None
    return item.fixed_at


def _build(
    flex: list[_Item], anchors: list[_Item], start: Point, day_start: datetime, day_end: datetime,
    capacity: DayCapacity, allowance: float, forced: Mapping[int, int] | None = None,
) -> _Built:
    gaps = _assign_gaps(flex, anchors, start, day_start, day_end, capacity, forced or {})
    k = len(anchors)
    sequence: list[tuple[_Item, int]] = []
    grouped = True
    position = start
    for g, items in enumerate(gaps):
        end = anchors[g].point if g < k else None
        first = anchors[g - 1].area if g > 0 else None
        last = anchors[g].area if g < k else None
        route, ok = _route_gap(items, position, end, first, last, allowance)
        grouped = grouped and ok
        sequence.extend((it, g) for it in route)
        if g < k:
            sequence.append((anchors[g], g))
            position = anchors[g].point
    route_items = [it for it, _ in sequence]
    gap_of = {it.index: g for it, g in sequence}
    slots: list[_Slot] = []
    slack = [0] * (k + 1)
    now = day_start
    departs: datetime | None = day_start if sequence else None
    previous = start
    for pos, (it, g) in enumerate(sequence):
        km = haversine_km(previous, it.point)
        travel = capacity.travel_minutes(km)
        arrival = now + timedelta(minutes=travel)
        if it.fixed_at is not None:
            if pos == 0:
                departs = it.fixed_at - timedelta(minutes=travel)
                arrival = it.fixed_at
            if arrival > it.fixed_at:
                late = math.ceil((arrival - it.fixed_at).total_seconds() / 60)
                return _Built(route_items, gap_of, slots, grouped, departs,
                              (LeftOverReason.CLASHES_FIXED_TIME, g, late), slack)
            slack[g] = int((it.fixed_at - arrival).total_seconds() // 60)
            begin = it.fixed_at
        else:
            begin = max(arrival, day_start)
        finish = begin + timedelta(minutes=it.duration)
        if it.fixed_at is None and finish > day_end:
            over = math.ceil((finish - day_end).total_seconds() / 60)
            if g == k:  # the rest of the day's end overflows too
                here = it.point
                for later, _ in sequence[pos + 1 :]:
                    over += capacity.travel_minutes(haversine_km(here, later.point)) + later.duration
                    here = later.point
            return _Built(route_items, gap_of, slots, grouped, departs, (LeftOverReason.OVER_HOURS, g, over), slack)
        slots.append(_Slot(it, g, km, travel, int((begin - arrival).total_seconds() // 60), begin, finish))
        now = finish
        previous = it.point
    slack[k] = max(0, int((day_end - now).total_seconds() // 60))
    return _Built(route_items, gap_of, slots, grouped, departs, None, slack)


def _insertion_km(points: Sequence[Point], start: Point, point: Point) -> float:
    """The least distance added by inserting `point` anywhere into the path start → points."""
    best = haversine_km(points[-1] if points else start, point)
    previous = start
    for here in points:
        best = min(best, haversine_km(previous, point) + haversine_km(point, here) - haversine_km(previous, here))
        previous = here
    return best


def _removal_saving(sequence: Sequence[_Item], start: Point, item: _Item) -> float:
    """Kilometres saved by leaving `item` out of the route."""
    pos = next(k for k, it in enumerate(sequence) if it is item)
    before = sequence[pos - 1].point if pos > 0 else start
    here = haversine_km(before, item.point)
    if pos + 1 == len(sequence):
        return here
    after = sequence[pos + 1].point
    return here + haversine_km(item.point, after) - haversine_km(before, after)


def _route_for(
    flex: list[_Item], anchors: list[_Item], start: Point, day_start: datetime, day_end: datetime,
    capacity: DayCapacity, allowance: float,
) -> tuple[_Built, list[tuple[_Item, LeftOverReason]]]:
    """Build the day, removing flexible visits that do not fit, then trying them again."""
    removed: list[tuple[_Item, LeftOverReason]] = []
    kept = list(flex)
    while True:
        built = _build(kept, anchors, start, day_start, day_end, capacity, allowance)
        if built.violation is None:
            break
        reason, gap, over = built.violation
        if reason is LeftOverReason.OVER_HOURS and anchors and sum(
                i.duration for i in kept + anchors) <= (day_end - day_start).total_seconds() / 60:
            reason = LeftOverReason.CLASHES_FIXED_TIME  # the day has room, but the appointments cut it up
        in_gap = [it for it in kept if built.gap_of.get(it.index) == gap]
        if not in_gap:  # cannot happen: anchors were checked against each other
            raise AssertionError("a violation without flexible visits")
        saving = {it.index: _removal_saving(built.sequence, start, it) for it in in_gap}
        victims = sorted(in_gap, key=lambda it: (it.rank, -saving[it.index], -it.index))
        freed = 0
        for victim in victims:
            kept.remove(victim)
            removed.append((victim, reason))
            freed += victim.duration + capacity.travel_minutes(saving[victim.index])
            if freed >= over:
                break
    # offer the removed visits again, most important first: with their area, else alone in another gap
    forced: dict[int, int] = {}
    for victim, reason in sorted(removed, key=lambda r: _by_priority(r[0])):
        extra = _insertion_km([i.point for i in built.sequence], start, victim.point)
        need = victim.duration + capacity.travel_minutes(extra)
        if need > max(built.slack, default=0):
            continue
        slack = built.slack
        others = sorted((g for g, free in enumerate(slack) if free >= need), key=lambda g: (-slack[g], g))
        choices: list[int | None] = [None, *others] if anchors else [None]
        for choice in choices:
            trial_forced = forced if choice is None else {**forced, victim.index: choice}
            trial = _build(kept + [victim], anchors, start, day_start, day_end, capacity, allowance, trial_forced)
            if trial.violation is None:
                kept.append(victim)
                removed.remove((victim, reason))
                forced, built = trial_forced, trial
                break
    return built, removed


_Left = tuple[_Item, LeftOverReason, date]


def _plan_items(
    items: list[_Item], start: Point, day: date, capacity: DayCapacity, next_days: Sequence[date],
    allowance: float,
) -> tuple[DayPlan, list[_Left]]:
    day_start = datetime.combine(day, capacity.day_start)
    day_end = day_start + timedelta(hours=capacity.hours)
    suggested = _next_day(day, next_days)
    left: list[_Left] = []

    anchors: list[_Item] = []
    flex: list[_Item] = []
    for it in items:
        if it.fixed_at is None:
            flex.append(it)
        elif it.fixed_at.date() != day:
            left.append((it, LeftOverReason.FIXED_ON_OTHER_DAY, it.fixed_at.date()))
        else:
            anchors.append(it)

    # anchors against each other: keep the earlier (equal start: the more important)
    kept_anchors: list[_Item] = []
    for it in sorted(anchors, key=lambda a: (_at(a),) + _by_priority(a)):
        if kept_anchors:
            prev = kept_anchors[-1]
            ready = _at(prev) + timedelta(
                minutes=prev.duration + capacity.travel_minutes(haversine_km(prev.point, it.point)))
            if _at(it) < ready:
                left.append((it, LeftOverReason.CLASHES_FIXED_TIME, suggested))
                continue
        kept_anchors.append(it)

    # visit count: anchors first, then by priority
    if len(kept_anchors) > capacity.max_visits:
        keep = set(id(a) for a in sorted(kept_anchors, key=_by_priority)[: capacity.max_visits])
        for a in kept_anchors:
            if id(a) not in keep:
                left.append((a, LeftOverReason.OVER_VISIT_COUNT, suggested))
        kept_anchors = [a for a in kept_anchors if id(a) in keep]
    room = capacity.max_visits - len(kept_anchors)
    ranked = sorted(flex, key=_by_priority)
    for it in ranked[room:]:
        left.append((it, LeftOverReason.OVER_VISIT_COUNT, suggested))
    flex = sorted(ranked[:room], key=lambda i: i.index)

    built, removed = _route_for(flex, kept_anchors, start, day_start, day_end, capacity, allowance)
    left.extend((it, reason, suggested) for it, reason in removed)

    visits: list[PlannedVisit] = []
    for n, s in enumerate(built.slots, start=1):
        visits.append(PlannedVisit(s.item.stop, n, s.begin, s.end, s.leg_km, s.travel, s.wait,
                                   s.item.fixed_at is not None))
    blocks: list[AreaVisits] = []
    run: list[PlannedVisit] = []
    for v in visits:
        if run and run[-1].stop.area != v.stop.area:
            blocks.append(AreaVisits(run[0].stop.area, tuple(run)))
            run = []
        run.append(v)
    if run:
        blocks.append(AreaVisits(run[0].stop.area, tuple(run)))
    listed = sorted((s.item for s in built.slots), key=lambda i: i.index)
    plan = DayPlan(
        day=day,
        start_point=start,
        areas=tuple(blocks),
        left_over=_left_overs(left),
        total_km=sum(v.leg_km for v in visits),
        list_order_km=_items_len(start, listed, None),
        departs_at=built.departs if visits else None,
        ends_at=visits[-1].ends_at if visits else None,
        grouped=built.grouped,
    )
    return plan, left


def _left_overs(left: Iterable[_Left]) -> tuple[LeftOver, ...]:
    return tuple(LeftOver(it.stop, reason, when) for it, reason, when in sorted(left, key=lambda e: e[0].index))


# ---------------------------------------------------------------------------------------------- public planners


def plan_day(
    stops: Sequence[Stop],
    start_point: Point,
    day: date,
    capacity: DayCapacity | None = None,
    *,
    tz: tzinfo | None = None,
    next_days: Sequence[date] = (),
    detour_allowance: float = 0.10,
) -> DayPlan:
    """Plan one day's visits: grouped by area, in route order, within the day's capacity (see module rules).

    `start_point` is where the rep sets out; `next_days` are the rep's next working days (for the suggested day
    of what is left over; default: the next calendar day); `detour_allowance` is how much longer (as a fraction)
    an area's route, or the order of areas, may get to visit more important customers first.
    """
    if detour_allowance < 0:
        raise ValueError("detour_allowance must not be negative")
    capacity = capacity or DayCapacity()
    return _plan_items(_items(stops, capacity, tz), start_point, day, capacity, next_days, detour_allowance)[0]


@dataclass(frozen=True, slots=True)
class _Unit:
    area: Area
    items: tuple[_Item, ...]
    centroid: Point
    minutes: int


def _units(items: list[_Item], start: Point, capacity: DayCapacity) -> list[_Unit]:
    """Areas as units of work; an area larger than one day is cut along its own route into day-sized pieces."""
    units: list[_Unit] = []
    day_minutes = capacity.hours * 60
    for area, its in _group(items).items():
        centroid, need = _area_need(its, 0.0, capacity)
        if len(its) <= capacity.max_visits and need <= day_minutes:
            units.append(_Unit(area, tuple(its), centroid, need))
            continue
        order = shortest_path_order(start, [i.point for i in its], exact_limit=0)
        piece: list[_Item] = []
        previous: Point | None = None
        minutes = 0
        for k in order:
            it = its[k]
            step = it.duration + (capacity.travel_minutes(haversine_km(previous, it.point)) if previous else 0)
            if piece and (len(piece) >= max(1, capacity.max_visits) or minutes + step > day_minutes):
                units.append(_Unit(area, tuple(piece), _centroid([i.point for i in piece]), minutes))
                piece, minutes, previous = [], 0, None
                step = it.duration
            piece.append(it)
            minutes += step
            previous = it.point
        if piece:
            units.append(_Unit(area, tuple(piece), _centroid([i.point for i in piece]), minutes))
    return units


def _partition(
    units: list[_Unit], start: Point, caps: list[DayCapacity], pinned_visits: float, pinned_minutes: float
) -> list[list[_Unit]]:
    """Cut the units (in tour order) into len(caps) contiguous stretches with balanced load (dynamic programming).

    Load of a stretch: max(visits / room for visits, minutes / room for minutes), the rooms being the day's
    capacity less an even share of the week's fixed appointments. Cost: Σ load² plus a steep penalty above 1.
    """
    n, days = len(units), len(caps)
    visits = [0]
    minutes = [0]
    legs = [0.0]
    for k, u in enumerate(units):
        visits.append(visits[-1] + len(u.items))
        minutes.append(minutes[-1] + u.minutes)
        legs.append(legs[-1] + (haversine_km(units[k - 1].centroid, u.centroid) if k else 0.0))

    def cost(day: int, i: int, j: int) -> float:
        if i == j:
            return 0.0
        cap = caps[day]
        travel = cap.travel_minutes(haversine_km(start, units[i].centroid) + legs[j] - legs[i + 1])
        room_minutes = max(1.0, cap.hours * 60 - pinned_minutes)
        load = max((visits[j] - visits[i]) / max(1.0, cap.max_visits - pinned_visits),
                   (minutes[j] - minutes[i] + travel) / room_minutes)
        return load * load + (1000.0 * (load - 1.0) ** 2 if load > 1.0 else 0.0)

    inf = math.inf
    best = [[inf] * (n + 1) for _ in range(days + 1)]
    cut = [[0] * (n + 1) for _ in range(days + 1)]
    best[0][0] = 0.0
    for day in range(1, days + 1):
        for j in range(n + 1):
            for i in range(j + 1):
                if best[day - 1][i] == inf:
                    continue
                v = best[day - 1][i] + cost(day - 1, i, j)
                if v < best[day][j] - _EPS:
                    best[day][j] = v
                    cut[day][j] = i
    stretches: list[list[_Unit]] = []
    j = n
    for day in range(days, 0, -1):
        i = cut[day][j]
        stretches.append(units[i:j])
        j = i
    stretches.reverse()
    return stretches


def plan_week(
    stops: Sequence[Stop],
    days: Sequence[date],
    start_point: Point,
    capacity: DayCapacity | None = None,
    *,
    capacities: Mapping[date, DayCapacity] | None = None,
    tz: tzinfo | None = None,
    next_days: Sequence[date] = (),
    detour_allowance: float = 0.10,
) -> WeekPlan:
    """Spread visits over the given working days by area (an area stays on one day where possible).

    `capacities` overrides `capacity` for single days (a half day, say). Fixed appointments go to their own day;
    one on a date outside `days` is left over as `fixed_on_other_day`. What a day cannot take is offered to the
    next day; what the last day cannot take is left over, suggested for the first of `next_days` after the week
    (else the day after the last day).
    """
    if not days:
        raise ValueError("plan_week needs at least one day")
    if detour_allowance < 0:
        raise ValueError("detour_allowance must not be negative")
    capacity = capacity or DayCapacity()
    week = sorted(set(days))
    caps = [(capacities or {}).get(d, capacity) for d in week]
    items = _items(stops, capacity, tz)
    after_week = _next_day(week[-1], next_days)

    left: dict[int, _Left] = {}  # item index -> what the week could not take
    pinned: dict[date, list[_Item]] = {d: [] for d in week}
    free: list[_Item] = []
    for it in items:
        if it.fixed_at is None:
            free.append(it)
        elif it.fixed_at.date() in pinned:
            pinned[it.fixed_at.date()].append(it)
        else:
            left[it.index] = (it, LeftOverReason.FIXED_ON_OTHER_DAY, it.fixed_at.date())

    # more visits than the week holds: the least important wait for a later week
    room = max(0, sum(c.max_visits for c in caps) - sum(len(its) for its in pinned.values()))
    if len(free) > room:
        ranked = sorted(free, key=_by_priority)
        for it in ranked[room:]:
            left[it.index] = (it, LeftOverReason.OVER_VISIT_COUNT, after_week)
        free = sorted(ranked[:room], key=lambda i: i.index)

    units = _units(free, start_point, capacity)
    if units:
        tour = shortest_path_order(start_point, [u.centroid for u in units], start_point)
        units = [units[k] for k in tour]
    fixed = [it for its in pinned.values() for it in its]
    stretches = _partition(units, start_point, caps, len(fixed) / len(week),
                           sum(it.duration for it in fixed) / len(week))

    # give each stretch the day holding most of its areas' fixed appointments (ties: tour order)
    assignment = list(range(len(week)))
    if len(week) <= 6 and fixed:
        pinned_areas = [{it.area for it in pinned[d]} for d in week]

        def score(order: Iterable[int]) -> tuple[int, tuple[int, ...]]:
            perm = tuple(order)
            matches = sum(
                sum(1 for u in stretches[s] if u.area in pinned_areas[day]) for s, day in enumerate(perm)
            )
            return (matches, tuple(-x for x in perm))

        assignment = list(max(permutations(range(len(week))), key=score))
    asked: list[list[_Item]] = [list(pinned[d]) for d in week]  # what each day is asked to hold
    for s, day_index in enumerate(assignment):
        for u in stretches[s]:
            asked[day_index].extend(u.items)

    def plan(k: int, todays: list[_Item]) -> tuple[DayPlan, list[_Left]]:
        return _plan_items(sorted(todays, key=lambda i: i.index), start_point, week[k], caps[k],
                           week[k + 1 :] + list(next_days), detour_allowance)

    plans: list[DayPlan] = []
    own_left: list[list[_Left]] = []  # a day's appointments it could not keep
    carry: list[_Item] = []
    from_last_day: set[int] = set()
    for k in range(len(week)):
        asked[k].extend(carry)
        day_plan, day_left = plan(k, asked[k])
        moving = {it.index for it, _, _ in day_left if it.fixed_at is None}
        carry = [it for it, _, _ in day_left if it.fixed_at is None]
        asked[k] = [it for it in asked[k] if it.index not in moving]
        own_left.append([e for e in day_left if e[0].fixed_at is not None])
        if k + 1 == len(week):
            for it, reason, _ in day_left:
                if it.fixed_at is None:
                    left[it.index] = (it, reason, after_week)
                    from_last_day.add(it.index)
        plans.append(day_plan)

    # what the week could not take: try the days that still have room, nearest first
    for it, _, _ in sorted((e for e in left.values() if e[0].fixed_at is None), key=lambda e: _by_priority(e[0])):
        open_days = []
        for k, p in enumerate(plans):
            if len(p.visits) >= caps[k].max_visits:
                continue
            end = datetime.combine(week[k], caps[k].day_start) + timedelta(hours=caps[k].hours)
            extra = caps[k].travel_minutes(_insertion_km([v.stop.point for v in p.visits], start_point, it.point))
            if p.ends_at is not None and p.ends_at + timedelta(minutes=it.duration + extra) > end:
                continue
            near = min((haversine_km(it.point, v.stop.point) for v in p.visits),
                       default=haversine_km(it.point, start_point))
            open_days.append((near, k))
        for _, k in sorted(open_days):
            trial, trial_left = plan(k, asked[k] + [it])
            if len(trial.visits) == len(plans[k].visits) + 1 and len(trial_left) == len(own_left[k]):
                plans[k] = trial
                asked[k].append(it)
                del left[it.index]
                break

    # each day reports its own appointments it could not keep; the last day also what the week could not take
    last = len(week) - 1
    plans = [
        DayPlan(p.day, p.start_point, p.areas,
                _left_overs(own_left[k] + ([e for i, e in left.items() if i in from_last_day] if k == last else [])),
                p.total_km, p.list_order_km, p.departs_at, p.ends_at, p.grouped)
        for k, p in enumerate(plans)
    ]
    return WeekPlan(tuple(plans), _left_overs([*left.values(), *(e for day in own_left for e in day)]))
