"""Exporting a day of 200 calls and 40 visits (8 areas) and 30 reminders in every format, in Chinese.

Prints the median of several runs for each format beside the floor measured in the same run: wording the plan
into the document's rows in memory (what every format starts from). Target: under 1 s per format.

    python bench/bench_export.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from telesales.domain.calllist import CallCandidate, RankedCall, Reason, ReasonCode  # noqa: E402
from telesales.domain.field_plan import DueReminder, FieldPlan, PlanCall, PlanContact, PlanVisit  # noqa: E402
from telesales.domain.model import Area, Intent, ReminderKind, Tier, VisitStatus  # noqa: E402

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 23)
DISTRICTS = ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区", "盐田区", "光明区")


def make_plan(calls: int = 200, visits: int = 40, reminders: int = 30) -> FieldPlan:
    now = datetime(2026, 11, 22, 18, 0, tzinfo=SHANGHAI)
    plan_calls = []
    for index in range(calls):
        candidate = CallCandidate(
            1000 + index, f"深圳市第{index}号贸易有限公司", Tier.SMALL if index % 3 else Tier.BIG,
            intent=Intent.A if index % 4 == 0 else Intent.B, open_value_cents=100_000 * (index % 17 + 1),
            follow_up_on=DAY - timedelta(days=index % 5) if index % 6 == 0 else None,
            last_reached_at=now - timedelta(days=40), churn_signals=("yoy_drop",) if index % 9 == 0 else ())
        reasons = (Reason(ReasonCode.EXPECTED_DEMAND, 30.0), Reason(ReasonCode.INTENT, 20.0),
                   Reason(ReasonCode.TIER, 4.0), Reason(ReasonCode.FOLLOW_UP_OVERDUE, 35.85))
        ranked = RankedCall(index + 1, candidate.customer_id, candidate.name, 89.85, reasons, index % 6 == 0,
                            candidate)
        plan_calls.append(PlanCall(ranked, f"138 {index:04d} {index:04d}", f"tel:+86-138-{index:04d}-{index:04d}"))
    plan_visits = []
    start = datetime(2026, 11, 23, 13, 0, tzinfo=SHANGHAI)
    for index in range(visits):
        district = DISTRICTS[index * len(DISTRICTS) // visits]
        plan_visits.append(PlanVisit(
            500 + index, 2000 + index, f"{district}客户{index}有限公司", index + 1,
            Area("广东省", "深圳市", district), f"广东省深圳市{district}科技园路{index}号", index % 5 == 0,
            start + timedelta(minutes=15 * index), start + timedelta(minutes=15 * index + 45), index % 7 == 0,
            VisitStatus.PLANNED, f"139 {index:04d} 0000", PlanContact(f"联系人{index}", "采购经理", "137 0000 0000"),
            "介绍新品", ("产品目录", "报价单") if index % 2 else ()))
    plan_reminders = [DueReminder(
        9000 + index, ReminderKind.FOLLOW_UP if index % 2 else ReminderKind.MATERIALS, DAY,
        datetime(2026, 11, 23, 9, index % 60, tzinfo=SHANGHAI) if index % 3 else None, 3000 + index,
        f"提醒客户{index}", f"联系人{index}", "136 0000 0000", "CN", "", f"致电客户{index}，确认订单") for index in
        range(reminders)]
    return FieldPlan(DAY, "Asia/Shanghai", now.astimezone(UTC).astimezone(SHANGHAI), tuple(plan_calls), 0,
                     tuple(plan_visits), tuple(plan_reminders), 42.5, "广东省深圳市福田区深南大道1号")


def median(work: Callable[[], object], runs: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QGuiApplication(["bench"])  # noqa: F841 - fonts and translations need it
    from telesales.exports.day_files import csv_zip_bytes, ics_bytes, xlsx_bytes
    from telesales.exports.day_pdf import pdf_bytes
    from telesales.ui.day_plan_words import day_document, speaking

    plan = make_plan()
    with speaking("zh_CN"):
        day_document(plan, "zh_CN")  # warm up: translations, fonts
        floor, document = median(lambda: day_document(plan, "zh_CN"), args.runs)
        pdf_bytes(document)  # type: ignore[arg-type]
        print(f"a day of {len(plan.calls)} calls, {len(plan.visits)} visits, {len(plan.reminders)} reminders; "
              f"median of {args.runs} runs")
        print(f"{'floor: the rows worded in memory':<36} {floor * 1000:8.1f} ms")
        for name, writer in (("PDF (A5)", pdf_bytes), ("XLSX", xlsx_bytes), ("CSV (zip of three)", csv_zip_bytes),
                             ("ICS", ics_bytes)):
            seconds, data = median(lambda writer=writer: writer(document), args.runs)  # type: ignore[misc]
            verdict = "ok" if seconds + floor < 1.0 else "OVER 1 s"
            print(f"{name:<36} {seconds * 1000:8.1f} ms  + floor = {(seconds + floor) * 1000:7.1f} ms  "
                  f"{len(data):>9,} bytes  {verdict}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
