"""Visits grouped by area in route order (telesales.domain.routes)."""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.model import Area, Intent
from telesales.domain.routes import (
    DayCapacity,
    DayPlan,
    LeftOverReason,
    Point,
    Stop,
    haversine_km,
    path_km,
    plan_day,
    plan_week,
    shortest_path_order,
    street_sort_key,
)

DAY = date(2025, 3, 3)  # a Monday
START: Point = (39.9042, 116.4074)  # Tiananmen
ROOMY = DayCapacity(max_visits=1000, hours=24, day_start=time(0, 0), speed_kmh=30)

CHAOYANG = Area("北京市", "北京市", "朝阳区")
HAIDIAN = Area("北京市", "北京市", "海淀区")
FENGTAI = Area("北京市", "北京市", "丰台区")
DONGCHENG = Area("北京市", "北京市", "东城区")
CENTRES = {CHAOYANG: (39.9215, 116.4864), HAIDIAN: (39.9593, 116.2981), FENGTAI: (39.8585, 116.2867),
           DONGCHENG: (39.9288, 116.4164)}


def stop(customer_id: int, area: Area, dlat: float = 0.0, dlon: float = 0.0, **kw: object) -> Stop:
    lat, lon = CENTRES[area]
    return Stop(customer_id, area, round(lat + dlat, 6), round(lon + dlon, 6), **kw)  # type: ignore[arg-type]


def open_path_optimum(start: Point, points: list[Point]) -> float:
    """Brute force over every order of the points (an open path from `start`)."""
    nodes = [start, *points]
    d = [[haversine_km(a, b) for b in nodes] for a in nodes]
    best = math.inf
    for order in itertools.permutations(range(1, len(nodes))):
        total, previous = 0.0, 0
        for k in order:
            total += d[previous][k]
            previous = k
        best = min(best, total)
    return best


def check_consistent(plan: DayPlan, stops: list[Stop]) -> None:
    """Every stop exactly once; sequences, legs, times and totals agree; visits never overlap."""
    planned = [v.stop for v in plan.visits]
    assert Counter(map(id, planned + [lo.stop for lo in plan.left_over])) == Counter(map(id, stops))
    assert [v.sequence for v in plan.visits] == list(range(1, len(planned) + 1))
    previous = plan.start_point
    for v in plan.visits:
        assert v.leg_km == pytest.approx(haversine_km(previous, v.stop.point))
        previous = v.stop.point
    assert plan.total_km == pytest.approx(sum(v.leg_km for v in plan.visits))
    assert plan.total_km == pytest.approx(path_km(plan.start_point, [s.point for s in planned]))
    in_list_order = sorted(planned, key=lambda s: next(k for k, x in enumerate(stops) if x is s))
    assert plan.list_order_km == pytest.approx(path_km(plan.start_point, [s.point for s in in_list_order]))
    for a, b in itertools.pairwise(plan.visits):
        assert a.ends_at <= b.starts_at
        assert b.starts_at - a.ends_at >= timedelta(minutes=b.travel_minutes)
    for block in plan.areas:
        assert all(v.stop.area == block.area for v in block.visits)


# --------------------------------------------------------------------------------------------------- distances


def test_haversine_known_distances() -> None:
    assert haversine_km((0.0, 0.0), (1.0, 0.0)) == pytest.approx(111.19, abs=0.01)
    # Beijing – Shanghai, city centres: about 1,067 km
    assert haversine_km((39.9042, 116.4074), (31.2304, 121.4737)) == pytest.approx(1067, abs=5)
    assert haversine_km(START, START) == 0.0
    assert path_km(START, []) == 0.0


def test_travel_minutes_round_up_with_road_factor() -> None:
    cap = DayCapacity(speed_kmh=30, road_factor=1.5)
    assert cap.travel_minutes(0.0) == 0
    assert cap.travel_minutes(10.0) == 30
    assert cap.travel_minutes(10.1) == 31


def test_capacity_is_validated() -> None:
    with pytest.raises(ValueError):
        DayCapacity(speed_kmh=0)
    with pytest.raises(ValueError):
        DayCapacity(hours=25)
    with pytest.raises(ValueError):
        plan_day([], START, DAY, detour_allowance=-0.1)


# ----------------------------------------------------------------------------------------------- street order


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("臺北市大安區忠孝東路四段216巷27弄5號", ("忠孝東路", 4, 216, 27, 5, 0)),
        ("忠孝東路四段216巷3號", ("忠孝東路", 4, 216, 0, 3, 0)),
        ("北京市朝阳区建国路88号院3号楼", ("建国路", 0, 0, 0, 88, 0)),
        ("朝阳区建国路１２-３号", ("建国路", 0, 0, 0, 12, 3)),
        ("台南市中西區民族路二段12之1號", ("民族路", 2, 0, 0, 12, 1)),
        ("上海市黄浦区南京东路123弄45号", ("南京东路", 0, 0, 123, 45, 0)),
        ("香港九龍旺角彌敦道132號", ("旺角彌敦道", 0, 0, 0, 132, 0)),
        ("新市路8号", ("新市路", 0, 0, 0, 8, 0)),
        ("123 Main Street, Springfield", ("main st", 0, 0, 0, 123, 0)),
        ("45B Main St.", ("main st", 0, 0, 0, 45, 0)),
    ],
)
def test_street_sort_key_parses_street_and_numbers(address: str, key: tuple[object, ...]) -> None:
    assert street_sort_key(address)[:6] == key


def test_street_sort_key_walks_a_street() -> None:
    addresses = ["建国路88号", "北京市朝阳区建国路9号", "光华路5号", "建国路10号", "朝阳区光华路1号", "某大厦"]
    assert sorted(addresses, key=street_sort_key) == [
        "朝阳区光华路1号", "光华路5号", "北京市朝阳区建国路9号", "建国路10号", "建国路88号", "某大厦"]


# ------------------------------------------------------------------------------------------------ path solver


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(39.8, 40.0), st.floats(116.2, 116.5)), min_size=1, max_size=8))
def test_path_solver_is_exact_on_small_cases(points: list[Point]) -> None:
    order = shortest_path_order(START, points)
    assert sorted(order) == list(range(len(points)))
    assert path_km(START, [points[k] for k in order]) == pytest.approx(open_path_optimum(START, points))


def test_path_heuristic_within_five_percent_of_brute_force() -> None:
    rng = random.Random(20250303)
    worst = 1.0
    for _ in range(100):
        points = [(39.9 + rng.uniform(-0.1, 0.1), 116.4 + rng.uniform(-0.1, 0.1)) for _ in range(rng.randint(3, 8))]
        order = shortest_path_order(START, points, exact_limit=0)
        worst = max(worst, path_km(START, [points[k] for k in order]) / open_path_optimum(START, points))
    assert worst <= 1.05


def test_path_solver_with_a_fixed_end() -> None:
    points = [(0.0, 1.0), (0.0, 2.0), (0.0, 3.0)]
    assert shortest_path_order((0.0, 0.0), points, end=(0.0, 4.0)) == [0, 1, 2]
    assert shortest_path_order((0.0, 2.5), points, end=(0.0, 0.0)) == [2, 1, 0]


# --------------------------------------------------------------------------------------------------- grouping


def test_visits_are_grouped_by_area_and_areas_not_crossed_twice() -> None:
    rng = random.Random(7)
    stops = [stop(i, area, rng.uniform(-0.01, 0.01), rng.uniform(-0.01, 0.01))
             for i, area in enumerate([CHAOYANG, HAIDIAN, FENGTAI, DONGCHENG] * 4)]
    plan = plan_day(stops, START, DAY, ROOMY)
    check_consistent(plan, stops)
    assert plan.grouped
    assert len(plan.areas) == 4
    assert {b.area for b in plan.areas} == {CHAOYANG, HAIDIAN, FENGTAI, DONGCHENG}
    assert all(len(b.visits) == 4 for b in plan.areas)
    assert not plan.left_over
    assert plan.total_km < plan.list_order_km / 2


def test_areas_along_a_road_are_visited_outwards() -> None:
    areas = [Area("P", "C", f"D{k}") for k in range(5)]
    stops = [Stop(10 * k + j, areas[k], 30.0 + 0.001 * j, 120.0 + 0.05 * (k + 1)) for k in (3, 0, 4, 2, 1)
             for j in range(3)]
    plan = plan_day(stops, (30.0, 120.0), DAY, ROOMY)
    assert [b.area.district for b in plan.areas] == ["D0", "D1", "D2", "D3", "D4"]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([CHAOYANG, HAIDIAN, FENGTAI, DONGCHENG]),
            st.floats(-0.05, 0.05), st.floats(-0.05, 0.05),
            st.sampled_from([None, Intent.A, Intent.B, Intent.C, Intent.D]),
            st.integers(0, 10**7),
            st.booleans(),
        ),
        min_size=1, max_size=16,
    ),
    st.sampled_from([0.0, 0.1, 0.3]),
)
def test_route_is_never_longer_than_list_order(
    raw: list[tuple[Area, float, float, Intent | None, int, bool]], allowance: float
) -> None:
    stops = [stop(i, area, 0.0 if approx else dlat, 0.0 if approx else dlon, intent=intent,
                  expected_demand_cents=demand, approximate=approx, address=f"建国路{i}号")
             for i, (area, dlat, dlon, intent, demand, approx) in enumerate(raw)]
    plan = plan_day(stops, START, DAY, ROOMY, detour_allowance=allowance)
    check_consistent(plan, stops)
    assert not plan.left_over
    assert plan.total_km <= plan.list_order_km + 1e-6
    if plan.grouped:
        assert len({b.area for b in plan.areas}) == len(plan.areas)


def test_grouped_route_within_five_percent_of_brute_force() -> None:
    rng = random.Random(42)
    areas = [CHAOYANG, HAIDIAN, FENGTAI]
    for _ in range(120):
        stops = [stop(i, rng.choice(areas), rng.gauss(0, 0.01), rng.gauss(0, 0.01))
                 for i in range(rng.randint(2, 7))]
        plan = plan_day(stops, START, DAY, ROOMY, detour_allowance=0)
        # brute force over the orders that keep each area together
        best = min(
            path_km(START, [s.point for s in order])
            for order in itertools.permutations(stops)
            if len([k for k, g in itertools.groupby(s.area for s in order)]) == len({s.area for s in stops})
        )
        assert plan.total_km <= best * 1.05 + 1e-9
    # a single area is solved exactly
    stops = [stop(i, CHAOYANG, rng.gauss(0, 0.02), rng.gauss(0, 0.02)) for i in range(8)]
    plan = plan_day(stops, START, DAY, ROOMY, detour_allowance=0)
    assert plan.total_km == pytest.approx(open_path_optimum(START, [s.point for s in stops]))


# --------------------------------------------------------------------------------------------------- priority


def test_clearest_intent_first_within_the_detour_allowance() -> None:
    start = CENTRES[CHAOYANG]
    north = stop(3, CHAOYANG, 0.02, 0.0, intent=Intent.D)
    west = stop(1, CHAOYANG, 0.0, -0.010, intent=Intent.C)
    east = stop(2, CHAOYANG, 0.0, 0.012, intent=Intent.A, expected_demand_cents=5_000_00)
    shortest = plan_day([north, west, east], start, DAY, ROOMY, detour_allowance=0.0)
    assert [v.customer_id for v in shortest.visits] == [1, 2, 3]
    plan = plan_day([north, west, east], start, DAY, ROOMY, detour_allowance=0.1)
    assert [v.customer_id for v in plan.visits] == [2, 1, 3]
    assert shortest.total_km < plan.total_km <= shortest.total_km * 1.1
    assert plan.total_km <= plan.list_order_km
    # a detour beyond the allowance is not taken
    far_east = stop(2, CHAOYANG, 0.0, 0.05, intent=Intent.A)
    plan = plan_day([north, west, far_east], start, DAY, ROOMY, detour_allowance=0.1)
    assert plan.visits[0].customer_id == 1


def test_bigger_demand_breaks_an_intent_tie() -> None:
    start = CENTRES[CHAOYANG]
    north = stop(3, CHAOYANG, 0.02, 0.0, intent=Intent.B)
    small = stop(1, CHAOYANG, 0.0, -0.010, intent=Intent.B, expected_demand_cents=100)
    big = stop(2, CHAOYANG, 0.0, 0.012, intent=Intent.B, expected_demand_cents=900_000)
    plan = plan_day([north, small, big], start, DAY, ROOMY, detour_allowance=0.1)
    assert [v.customer_id for v in plan.visits][0] == 2


def test_priority_never_makes_the_route_longer_than_the_list_order() -> None:
    start = CENTRES[CHAOYANG]
    west = stop(1, CHAOYANG, 0.0, -0.010, intent=Intent.C)
    east = stop(2, CHAOYANG, 0.0, 0.012, intent=Intent.A)
    plan = plan_day([west, east], start, DAY, ROOMY, detour_allowance=0.5)
    assert [v.customer_id for v in plan.visits] == [1, 2]  # the rep's own order is already the shortest


def test_visits_known_by_district_centre_walk_the_streets() -> None:
    addresses = ["建国路88号", "光华路5号", "建国路9号", "朝阳区光华路1号", "建国路10号"]
    stops = [stop(i, CHAOYANG, approximate=True, address=a) for i, a in enumerate(addresses)]
    plan = plan_day(stops, START, DAY, ROOMY)
    assert [v.stop.address for v in plan.visits] == [
        "朝阳区光华路1号", "光华路5号", "建国路9号", "建国路10号", "建国路88号"]
    assert all(v.approximate for v in plan.visits)
    assert plan.visits[1].leg_km == 0.0


# --------------------------------------------------------------------------------------------------- capacity


def test_visit_count_keeps_the_most_important() -> None:
    stops = [stop(i, CHAOYANG, 0.001 * i, intent=intent, expected_demand_cents=demand)
             for i, (intent, demand) in enumerate([(Intent.C, 0), (Intent.A, 10), (None, 5), (Intent.A, 99),
                                                    (Intent.D, 10**9), (Intent.B, 0)])]
    cap = DayCapacity(max_visits=3, hours=10)
    plan = plan_day(stops, START, DAY, cap, next_days=[date(2025, 3, 5), date(2025, 3, 7)])
    check_consistent(plan, stops)
    assert {v.customer_id for v in plan.visits} == {1, 3, 5}
    assert [(lo.stop.customer_id, lo.reason) for lo in plan.left_over] == [
        (0, LeftOverReason.OVER_VISIT_COUNT), (2, LeftOverReason.OVER_VISIT_COUNT),
        (4, LeftOverReason.OVER_VISIT_COUNT)]
    assert {lo.suggested_day for lo in plan.left_over} == {date(2025, 3, 5)}
    # without a list of working days: the next calendar day
    assert plan_day(stops, START, DAY, cap).left_over[0].suggested_day == date(2025, 3, 4)


def test_hours_limit_the_day() -> None:
    stops = [stop(i, CHAOYANG, 0.002 * i, intent=Intent.A if i == 5 else Intent.C) for i in range(8)]
    cap = DayCapacity(max_visits=20, hours=3, day_start=time(9, 0), default_visit_minutes=45)
    plan = plan_day(stops, CENTRES[CHAOYANG], DAY, cap)
    check_consistent(plan, stops)
    assert 2 <= len(plan.visits) <= 4
    assert plan.ends_at is not None and plan.ends_at <= datetime(2025, 3, 3, 12, 0)
    assert plan.departs_at == datetime(2025, 3, 3, 9, 0)
    assert 5 in {v.customer_id for v in plan.visits}
    assert plan.left_over and all(lo.reason is LeftOverReason.OVER_HOURS for lo in plan.left_over)
    assert all(v.ends_at - v.starts_at == timedelta(minutes=45) for v in plan.visits)


def test_empty_day() -> None:
    plan = plan_day([], START, DAY)
    assert plan.areas == () and plan.left_over == () and plan.total_km == 0.0
    assert plan.departs_at is None and plan.ends_at is None


# ------------------------------------------------------------------------------------------------ fixed times


def test_fixed_appointment_is_kept_and_others_fit_around_it() -> None:
    fixed = stop(100, HAIDIAN, fixed_start=datetime(2025, 3, 3, 13, 30), duration_minutes=60)
    others = [stop(i, area, 0.003 * i) for i, area in enumerate([CHAOYANG, HAIDIAN, FENGTAI, DONGCHENG] * 2)]
    cap = DayCapacity(max_visits=20, hours=11, day_start=time(9, 0), speed_kmh=30)
    plan = plan_day([*others, fixed], START, DAY, cap)
    check_consistent(plan, [*others, fixed])
    assert not plan.left_over
    [appointment] = [v for v in plan.visits if v.fixed]
    assert appointment.customer_id == 100
    assert appointment.starts_at == datetime(2025, 3, 3, 13, 30)
    assert appointment.ends_at == datetime(2025, 3, 3, 14, 30)
    day_end = datetime(2025, 3, 3, 20, 0)
    assert all(datetime(2025, 3, 3, 9, 0) <= v.starts_at and v.ends_at <= day_end for v in plan.visits)
    # the rest of Haidian is visited next to the appointment, not on a second trip
    haidian_blocks = [b for b in plan.areas if b.area == HAIDIAN]
    assert len(haidian_blocks) == 1 and len(haidian_blocks[0].visits) == 3


def test_first_appointment_sets_the_departure() -> None:
    fixed = stop(1, HAIDIAN, fixed_start=datetime(2025, 3, 3, 8, 0))
    plan = plan_day([fixed, stop(2, HAIDIAN, 0.01)], START, DAY, DayCapacity(day_start=time(9, 0)))
    assert plan.visits[0].customer_id == 1 and plan.visits[0].starts_at == datetime(2025, 3, 3, 8, 0)
    assert plan.departs_at == datetime(2025, 3, 3, 8, 0) - timedelta(minutes=plan.visits[0].travel_minutes)
    assert plan.visits[1].starts_at >= datetime(2025, 3, 3, 9, 0)


def test_clashing_appointments_keep_the_earlier() -> None:
    first = stop(1, CHAOYANG, fixed_start=datetime(2025, 3, 3, 10, 0), duration_minutes=60)
    second = stop(2, CHAOYANG, 0.001, fixed_start=datetime(2025, 3, 3, 10, 30), intent=Intent.A)
    far_too_soon = stop(3, FENGTAI, fixed_start=datetime(2025, 3, 3, 11, 5))  # 20 km away, 5 minutes later
    fine = stop(4, CHAOYANG, 0.002, fixed_start=datetime(2025, 3, 3, 11, 30))
    plan = plan_day([first, second, far_too_soon, fine], START, DAY, DayCapacity())
    assert [v.customer_id for v in plan.visits] == [1, 4]
    assert [(lo.stop.customer_id, lo.reason, lo.suggested_day) for lo in plan.left_over] == [
        (2, LeftOverReason.CLASHES_FIXED_TIME, date(2025, 3, 4)),
        (3, LeftOverReason.CLASHES_FIXED_TIME, date(2025, 3, 4))]


def test_visit_that_would_make_an_appointment_late_is_left_over() -> None:
    cap = DayCapacity(max_visits=10, hours=2.5, day_start=time(9, 0))  # 9:00 – 11:30
    fixed = stop(1, CHAOYANG, fixed_start=datetime(2025, 3, 3, 9, 40), duration_minutes=60)
    flexible = stop(2, CHAOYANG, 0.002, duration_minutes=60)
    plan = plan_day([fixed, flexible], CENTRES[CHAOYANG], DAY, cap)
    assert [v.customer_id for v in plan.visits] == [1]
    assert [(lo.stop.customer_id, lo.reason) for lo in plan.left_over] == [(2, LeftOverReason.CLASHES_FIXED_TIME)]
    # with a shorter visit it fits after the appointment
    short = stop(2, CHAOYANG, 0.002, duration_minutes=30)
    plan = plan_day([fixed, short], CENTRES[CHAOYANG], DAY, cap)
    assert [v.customer_id for v in plan.visits] == [1, 2]


def test_aware_fixed_start_is_converted_to_local_time() -> None:
    beijing = timezone(timedelta(hours=8))
    fixed = stop(1, CHAOYANG, fixed_start=datetime(2025, 3, 3, 6, 0, tzinfo=UTC))
    plan = plan_day([fixed], START, DAY, tz=beijing)
    assert plan.visits[0].starts_at == datetime(2025, 3, 3, 14, 0)
    assert plan.visits[0].starts_at.tzinfo is None
    with pytest.raises(ValueError, match="aware"):
        plan_day([fixed], START, DAY)


def test_appointment_on_another_day_is_left_over_for_that_day() -> None:
    fixed = stop(1, CHAOYANG, fixed_start=datetime(2025, 3, 6, 10, 0))
    plan = plan_day([fixed, stop(2, CHAOYANG)], START, DAY)
    assert [v.customer_id for v in plan.visits] == [2]
    assert [(lo.reason, lo.suggested_day) for lo in plan.left_over] == [
        (LeftOverReason.FIXED_ON_OTHER_DAY, date(2025, 3, 6))]


# ------------------------------------------------------------------------------------------------ determinism


def _day_of_forty(seed: int) -> list[Stop]:
    rng = random.Random(seed)
    areas = [Area("北京市", "北京市", f"区{k}") for k in range(8)]
    centres = [(39.9 + rng.uniform(-0.15, 0.15), 116.4 + rng.uniform(-0.2, 0.2)) for _ in areas]
    stops = []
    for i in range(40):
        k = rng.randrange(8)
        stops.append(Stop(i, areas[k], centres[k][0] + rng.gauss(0, 0.02), centres[k][1] + rng.gauss(0, 0.02),
                          intent=rng.choice([None, *Intent]), expected_demand_cents=rng.randrange(10**7),
                          duration_minutes=20))
    return stops


def test_plans_are_deterministic() -> None:
    stops = _day_of_forty(3)
    cap = DayCapacity(max_visits=25, hours=8)
    first = plan_day(stops, START, DAY, cap)
    assert first == plan_day(list(stops), START, DAY, cap)
    check_consistent(first, stops)
    assert len(first.visits) <= 25 and first.left_over


# ------------------------------------------------------------------------------------------------------- week


def _week_of(n: int, seed: int) -> list[Stop]:
    rng = random.Random(seed)
    areas = [Area("北京市", "北京市", f"区{k}") for k in range(8)]
    centres = [(39.9 + rng.uniform(-0.15, 0.15), 116.4 + rng.uniform(-0.2, 0.2)) for _ in areas]
    stops = []
    for i in range(n):
        k = rng.randrange(8)
        stops.append(Stop(i, areas[k], centres[k][0] + rng.gauss(0, 0.02), centres[k][1] + rng.gauss(0, 0.025),
                          intent=rng.choice([None, *Intent]), expected_demand_cents=rng.randrange(10**7),
                          duration_minutes=10))
    return stops


WEEK = [DAY + timedelta(days=k) for k in range(5)]
WEEK_CAP = DayCapacity(max_visits=45, hours=11, speed_kmh=30)


def test_week_spreads_two_hundred_visits_by_area() -> None:
    stops = _week_of(200, 11)
    week = plan_week(stops, WEEK, START, WEEK_CAP)
    assert [d.day for d in week.days] == WEEK
    planned = [v.stop for d in week.days for v in d.visits]
    assert Counter(map(id, planned + [lo.stop for lo in week.left_over])) == Counter(map(id, stops))
    assert len(planned) >= 190
    for d in week.days:
        assert len(d.visits) <= WEEK_CAP.max_visits
        assert d.ends_at is None or d.ends_at <= datetime.combine(d.day, time(20, 0))
        assert d.total_km <= d.list_order_km + 1e-6
    # 8 areas of about 25 visits in 5 days of 45: some areas are split, most not more than once
    days_per_area = Counter(area for d in week.days for area in {v.stop.area for v in d.visits})
    assert sum(days_per_area.values()) <= len(days_per_area) + 2 * len(WEEK)
    assert week.total_km < week.list_order_km
    assert week == plan_week(stops, WEEK, START, WEEK_CAP)


def test_week_keeps_each_area_on_one_day_when_areas_are_small() -> None:
    rng = random.Random(9)
    areas = [Area("臺北市", "臺北市", f"區{k}") for k in range(20)]
    centres = [(25.03 + rng.uniform(-0.1, 0.1), 121.55 + rng.uniform(-0.1, 0.1)) for _ in areas]
    stops = [Stop(i, areas[i % 20], centres[i % 20][0] + rng.gauss(0, 0.004), centres[i % 20][1] + rng.gauss(0, 0.004),
                  duration_minutes=15) for i in range(200)]
    week = plan_week(stops, WEEK, (25.0478, 121.5170), DayCapacity(max_visits=50, hours=12, speed_kmh=30))
    assert not week.left_over
    days_per_area = Counter(area for d in week.days for area in {v.stop.area for v in d.visits})
    assert set(days_per_area.values()) == {1}
    assert all(30 <= len(d.visits) <= 50 for d in week.days)


def test_week_keeps_appointments_on_their_day() -> None:
    stops = _week_of(60, 5)
    thursday = stops[7]
    stops[7] = Stop(thursday.customer_id, thursday.area, thursday.latitude, thursday.longitude,
                    fixed_start=datetime(2025, 3, 6, 15, 0))
    stops.append(Stop(999, thursday.area, thursday.latitude, thursday.longitude,
                      fixed_start=datetime(2025, 3, 10, 9, 0)))
    week = plan_week(stops, WEEK, START, WEEK_CAP, next_days=[date(2025, 3, 10)])
    [(day, visit)] = [(d.day, v) for d in week.days for v in d.visits if v.fixed]
    assert day == date(2025, 3, 6) and visit.starts_at == datetime(2025, 3, 6, 15, 0)
    assert [(lo.stop.customer_id, lo.reason, lo.suggested_day) for lo in week.left_over] == [
        (999, LeftOverReason.FIXED_ON_OTHER_DAY, date(2025, 3, 10))]
    # the appointment's area is visited the same day
    thursday_areas = {v.stop.area for d in week.days if d.day == date(2025, 3, 6) for v in d.visits}
    assert thursday.area in thursday_areas


def test_week_leaves_over_what_does_not_fit() -> None:
    stops = _week_of(120, 8)
    small = DayCapacity(max_visits=10, hours=8)
    week = plan_week(stops, WEEK[:2], START, small, next_days=[date(2025, 3, 10)])
    assert sum(len(d.visits) for d in week.days) == 20
    assert len(week.left_over) == 100
    assert {lo.reason for lo in week.left_over} == {LeftOverReason.OVER_VISIT_COUNT}
    assert {lo.suggested_day for lo in week.left_over} == {date(2025, 3, 10)}
    # the most important visits are the ones kept
    kept = {v.stop.customer_id for d in week.days for v in d.visits}
    ranked = sorted(stops, key=lambda s: (-"DCBA".find(s.intent or "") if s.intent else -1.5,
                                          -s.expected_demand_cents, s.customer_id))
    assert kept == {s.customer_id for s in ranked[:20]}


def test_week_needs_days() -> None:
    with pytest.raises(ValueError):
        plan_week([], [], START)
