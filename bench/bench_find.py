"""Finding anyone and the customer list on a 100,000-customer book, and importing a 100,000-row CSV.

Prints, each beside a floor measured in the same run:
- search latency per keystroke (median and worst over words typed one key at a time; targets 30 ms / 80 ms),
  floor: one indexed prefix lookup of a single key in raw sqlite3;
- the customer list opening (ordered ids, first page, model reset and a painted table; target 0.6 s),
  floor: `SELECT id FROM customers` in raw sqlite3;
- sorting and filtering the list (each under 0.3 s), same floor;
- importing a 100,000-row CSV (target 10 s), floor: parsing the same CSV with the csv module; medians of
  `--import-runs` imports, each into a fresh empty book with the name and pinyin caches emptied, wall and CPU
  time, with the load average (the machine has two cores and other work). Two files: the demo's names each with
  a number after it (every line a new customer; the number also leaves out the inner keys of most names), and the
  same rows with distinct names and no number (a new brand in each name, as a rep's real list has: 1.8 times
  the search keys).

    python bench/bench_find.py [--book /work/bench/book100k.sqlite] [--skip-import] [--only-import]
                               [--import-runs 3]

The book is copied first (opening it may add the search index); the original is never written.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = ["zhangwei", "wangfang", "lixiuying", "南京市九方", "华强", "hq", "zs", "13812", "4704", "shenzhen",
         "chongqing", "liuyang", "zhangwi", "jfxx", "张伟", "張偉", "北京", "kejiyouxian"]


def timed(work) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", type=Path, default=Path("/work/bench/book100k.sqlite"))
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--only-import", action="store_true", help="time the import only")
    parser.add_argument("--import-runs", type=int, default=3)
    parser.add_argument("--proxy", action="store_true",
                        help="also time a QSortFilterProxyModel over the whole list loaded in Python (slow)")
    args = parser.parse_args()
    if args.only_import:
        work = Path(tempfile.mkdtemp(prefix="bench_find_"))
        bench_import(work, args.book, args.import_runs)
        shutil.rmtree(work, ignore_errors=True)
        return
    from telesales.app import open_session
    from telesales.domain.listing import ListQuery, SortKey
    from telesales.domain.model import Tier

    work = Path(tempfile.mkdtemp(prefix="bench_find_"))
    book = work / "book.sqlite"
    shutil.copyfile(args.book, book)
    opening, session = timed(lambda: open_session(book))
    counts = session.info().counts
    keys = sqlite3.connect(book).execute("SELECT count(*) FROM search_keys").fetchone()[0]
    print(f"book: {counts['customers']:,} customers, {counts['contacts']:,} contacts, {keys:,} search keys; "
          f"opened (with upgrade and indexing when needed) in {opening:.1f} s")
    with sqlite3.connect(book) as tagging:  # four customers in ten tagged, as the demo book does
        tagging.execute("UPDATE customers SET tags = CASE id % 10 WHEN 0 THEN 'VIP' WHEN 1 THEN 'VIP,展会客户' "
                        "WHEN 2 THEN '展会客户' WHEN 3 THEN '老客户介绍' ELSE '' END")

    from telesales.services.finding import warm

    warming, _ = timed(lambda: warm(session.search))
    print(f"search warmed up in the background as the list opens (index read, pypinyin loaded; as the app "
          f"does): {warming:.2f} s")
    raw = sqlite3.connect(book)
    floor_lookup = statistics.median(timed(lambda: raw.execute(
        "SELECT key FROM search_keys WHERE key >= ? AND key < ? LIMIT 1", ("zhang", "zhang\U0010ffff")).fetchall())[0]
        for _ in range(50))
    timings: list[tuple[float, str]] = []
    for word in WORDS:
        for cut in range(1, len(word) + 1):
            typed = word[:cut]
            seconds, _ = timed(lambda typed=typed: session.find(typed, 50))
            timings.append((seconds, typed))
    values = [seconds for seconds, _ in timings]
    worst = max(timings)
    print(f"search per keystroke ({len(values)} keystrokes): median {ms(statistics.median(values))}, "
          f"p90 {ms(sorted(values)[int(0.9 * len(values))])}, worst {ms(worst[0])} ({worst[1]!r}); "
          f"targets 30 ms / 80 ms; floor (one raw prefix lookup) {ms(floor_lookup)}")

    from PySide6.QtWidgets import QApplication

    from telesales.ui.models.customer_table import CustomerTableModel

    app = QApplication.instance() or QApplication([])
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    model = CustomerTableModel()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()

    def open_list(query: ListQuery, text: str = "") -> int:
        listing = session.customer_listing(query, text)
        model.set_source(listing.page, listing.total)
        view.repaint()
        app.processEvents()
        return listing.total

    floor_ids = statistics.median(timed(lambda: raw.execute("SELECT id FROM customers").fetchall())[0]
                                  for _ in range(5))
    runs = [timed(lambda: open_list(ListQuery()))[0] for _ in range(5)]
    print(f"customer list opening (ids in name order, first page, model reset, painted): median "
          f"{ms(statistics.median(runs))}, worst {ms(max(runs))}; target 600 ms; floor (raw SELECT id) "
          f"{ms(floor_ids)}")
    cases = {
        "sort by tier": ListQuery(sort=SortKey.TIER),
        "sort by city, descending": ListQuery(sort=SortKey.CITY, descending=True),
        "sort by last call": ListQuery(sort=SortKey.LAST_CALL, descending=True),
        "filter tier = small": ListQuery(tiers=frozenset({Tier.SMALL})),
        "filter city": ListQuery(city="南京市"),
        "filter tier big, sort by city": ListQuery(tiers=frozenset({Tier.BIG}), sort=SortKey.CITY),
        "filter intent A or B, sort by name descending": ListQuery(intents=frozenset({"A", "B"}), sort=SortKey.NAME,
                                                                   descending=True),
        "filter tag VIP": ListQuery(tags=frozenset({"vip"})),
        "filter tag 展会客户 or 老客户介绍, sort by tier": ListQuery(tags=frozenset({"展会客户", "老客户介绍"}),
                                                               sort=SortKey.TIER),
        "filter untagged": ListQuery(tags=frozenset({""})),
        "sort by tags": ListQuery(sort=SortKey.TAGS),
    }
    for label, query in cases.items():
        runs = [timed(lambda query=query: open_list(query))[0] for _ in range(3)]
        print(f"  {label}: median {ms(statistics.median(runs))} (rows {model.total:,}); target 300 ms")
    listing_store = session.listing
    runs = [timed(lambda: listing_store.tags())[0] for _ in range(3)]
    print(f"  the tag filter's choices with their counts: median {ms(statistics.median(runs))} "
          f"({len(listing_store.tags())} tags); target 300 ms")
    runs = [timed(lambda: open_list(ListQuery(), "zhang"))[0] for _ in range(3)]
    print(f"  search 'zhang' in the list: median {ms(statistics.median(runs))} (rows {model.total:,})")
    if args.proxy:
        bench_proxy(session, app)
    session.close()

    if not args.skip_import:
        bench_import(work, args.book, args.import_runs)
    shutil.rmtree(work, ignore_errors=True)


def bench_proxy(session, app) -> None:  # type: ignore[no-untyped-def]
    """What the list would cost the other way: every row in a Python model, filtered and sorted by a proxy."""
    from PySide6.QtCore import QSortFilterProxyModel

    from telesales.domain.listing import ListQuery
    from telesales.ui.models.customer_table import CustomerTableModel

    listing = session.customer_listing(ListQuery())
    model = CustomerTableModel()
    model.PAGE = listing.total
    loading, _ = timed(lambda: model.set_source(listing.page, listing.total))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(0)
    keystroke, _ = timed(lambda: (proxy.setFilterFixedString("南京"), proxy.rowCount()))
    proxy.setFilterFixedString("")
    sorting, _ = timed(lambda: (proxy.sort(1), proxy.rowCount()))
    print(f"  for comparison, QSortFilterProxyModel over all {listing.total:,} rows in a Python model: loading "
          f"{loading:.2f} s, one filter keystroke {keystroke:.2f} s, sorting by tier {sorting:.2f} s")


def _write_csv(path: Path, rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["公司名称", "类型", "行业", "电话", "邮箱", "省", "市", "区", "地址"])
        writer.writerows(rows)


BRAND = "安百宝北博彩诚达大德东方丰福富港高光广国海航合和恒红鸿华辉汇佳嘉建金锦京景晶久聚凯康科朗力立利联隆龙茂美民明南宁鹏平"


def _distinct(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The same rows, each name made distinct without a number: a new two-character brand in a company's name
    (南京市九方信息有限公司 → 南京市佳伟信息有限公司), a new given name for a person."""
    import random
    import re

    rng = random.Random(3)
    company = re.compile(r"^(.*?[市縣县])?(.+?)(..有限公司)$")
    seen: set[tuple[str, str]] = set()
    out = []
    for row in rows:
        found = company.match(row[0])
        size = 2
        while True:
            brand = "".join(rng.choice(BRAND) for _ in range(size))
            name = (found[1] or "") + brand + found[3] if found else row[0][0] + brand
            if (name, row[6]) not in seen:
                break
            size += 1 if rng.random() < 0.1 else 0  # crowded: a longer brand
        seen.add((name, row[6]))
        out.append((name, *row[1:]))
    return out


def _cold() -> None:
    """Empty the caches a first import starts without (names' keys, the cutting and reading of words)."""
    from telesales.domain import readings, search

    for cached in (search.name_keys, search.place_keys, readings._word, readings.char_readings,  # noqa: SLF001
                   getattr(readings, "_run_syllables", None)):
        if cached is not None:
            cached.cache_clear()


def bench_import(work: Path, source: Path, runs: int = 3) -> None:
    from telesales.app import import_file, open_session

    connection = sqlite3.connect(source)
    demo = connection.execute("SELECT name, kind, industry, phone, email, province, city, district, address "
                              "FROM customers LIMIT 100000").fetchall()
    plain = [(name, "公司" if kind == "company" else "个人", *rest) for name, kind, *rest in demo]
    numbered = [(f"{name}{number}", *rest) for number, (name, *rest) in enumerate(plain)]  # the demo repeats names
    files = {"names with a number": numbered, "distinct names": _distinct(plain)}
    empty = work / "empty.sqlite"
    open_session(empty, create=True).close()
    for label, rows in files.items():
        csv_path = work / "customers.csv"
        _write_csv(csv_path, rows)
        floor = min(timed(lambda path=csv_path: sum(1 for _ in csv.reader(path.open(encoding="utf-8-sig"))))[0]
                    for _ in range(3))
        walls, cpus, loads = [], [], [os.getloadavg()[0]]
        for _ in range(runs):
            book = work / "book.sqlite"
            for old in work.glob("book.sqlite*"):
                old.unlink()
            shutil.copyfile(empty, book)
            _cold()
            cpu = time.process_time()
            seconds, result = timed(lambda book=book, csv_path=csv_path: import_file(book, csv_path))
            cpus.append(time.process_time() - cpu)
            walls.append(seconds)
            loads.append(os.getloadavg()[0])
        keys = sqlite3.connect(work / "book.sqlite").execute("SELECT count(*) FROM search_keys").fetchone()[0]
        print(f"import of a {len(rows):,}-row CSV ({label}) into an empty book: median {statistics.median(walls):.2f} s "
              f"wall, {statistics.median(cpus):.2f} s CPU over {runs} runs (wall {', '.join(f'{w:.2f}' for w in walls)}; "
              f"CPU {', '.join(f'{c:.2f}' for c in cpus)}; load average {min(loads):.1f}–{max(loads):.1f} on "
              f"{os.cpu_count()} cores) ({result.imported}, ok={result.ok}, {len(result.errors)} bad cells, "
              f"{len(result.duplicates)} duplicates, {keys:,} search keys); target 10 s; floor (csv parse only) "
              f"{floor:.2f} s")
        for problem in result.errors[:3]:
            print(f"  line {problem.line}, {problem.column}: {problem.reason()}")


if __name__ == "__main__":
    main()
