"""The kill test, longer: workers log calls through the app's store and service as fast as they can and are
killed with SIGKILL at random moments, many times; after every kill the book is opened and checked.

Prints the kills, the calls acknowledged (a worker writes a call's id only after the service returned), the
calls found in the book among them, and the result of `PRAGMA integrity_check` (expected: equal, ok). Then the
same for kills during imports (all or nothing) and upgrades (before or after, never between).

    python bench/bench_crash.py [--seconds 60] [--seed 1]

Linux and macOS (fork and SIGKILL). The harness is the test suite's (tests/store/crash_harness.py).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.store.crash_harness import Zygote, read_acks, timed, wait_for_ack, wait_for_acks  # noqa: E402

FIXTURES = ROOT / "tests" / "store" / "fixtures"


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "; ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def rows(path: Path, sql: str) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute(sql)}
    finally:
        connection.close()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def calls(zygote: Zygote, folder: Path, seconds: float, rng: random.Random) -> dict[str, object]:
    from telesales.app import create_demo_session
    from telesales.demo.generator import DemoRequest
    from telesales.store.book import open_book

    book = folder / "calls.sqlite"
    create_demo_session(book, DemoRequest(customers=300, seed=1, locale="zh_CN")).close()
    acks = folder / "acks.txt"
    kills = acknowledged = found = 0
    results: set[str] = set()
    ended = time.monotonic() + seconds
    while time.monotonic() < ended:
        acks.unlink(missing_ok=True)
        pid = zygote.start({"task": "calls", "book": str(book), "acks": str(acks), "customers": list(range(1, 301))})
        if rng.random() < 0.8:
            wait_for_ack(acks)
        time.sleep(rng.uniform(0, 0.4))
        zygote.kill(pid)
        kills += 1
        lines = read_acks(acks)
        errors = [line for line in lines if line.startswith("error")]
        if errors:
            raise SystemExit(f"a worker failed: {errors[0]}")
        acked = {int(line) for line in lines if line.isdigit()}
        open_book(book).close()
        in_book = rows(book, "SELECT id FROM calls")
        acknowledged += len(acked)
        found += len(acked & in_book)
        results.add(integrity(book))
    return {"kills": kills, "acknowledged": acknowledged, "found": found, "integrity": ", ".join(sorted(results))}


def imports(zygote: Zygote, folder: Path, rounds: int, rng: random.Random) -> dict[str, object]:
    from telesales.store.book import create_book

    size = 1000
    csv = folder / "customers.csv"
    csv.write_text("name,phone,city,notes\n" + "".join(
        f"导入公司{n},+86 139 {n // 10000:04d} {n % 10000:04d},上海,line {n}\n" for n in range(size)), encoding="utf-8")
    trial = folder / "import-trial" / "book.sqlite"
    create_book(trial).close()
    writing = timed(zygote, {"task": "import", "book": str(trial), "file": str(csv)}, folder / "trial.txt", "writing")
    counts = {"none": 0, "all": 0, "between": 0}
    results: set[str] = set()
    for round_ in range(rounds):
        book = folder / f"import{round_}" / "book.sqlite"
        create_book(book).close()
        acks = folder / f"import{round_}.txt"
        pid = zygote.start({"task": "import", "book": str(book), "acks": str(acks), "file": str(csv)})
        wait_for_acks(acks, 2)  # the rows are checked: the backup and the one transaction are under way
        time.sleep(rng.uniform(0, writing * 1.1))
        zygote.kill(pid)
        count = len(rows(book, "SELECT id FROM customers"))
        acked = read_acks(acks)[-1].startswith("imported")
        counts["all" if count == size else "none" if count == 0 else "between"] += 1
        if acked and count != size:
            counts["between"] += 1
        results.add(integrity(book))
    return {**counts, "integrity": ", ".join(sorted(results))}


def upgrades(zygote: Zygote, folder: Path, rounds: int, rng: random.Random) -> dict[str, object]:
    from telesales.store.book import open_book

    original = (FIXTURES / "book_r0001.sqlite").read_bytes()
    before = dump(FIXTURES / "book_r0001.sqlite")
    reference = folder / "reference" / "book.sqlite"
    reference.parent.mkdir()
    reference.write_bytes(original)
    open_book(reference).close()
    after = dump(reference)
    trial = folder / "upgrade-trial" / "book.sqlite"
    trial.parent.mkdir()
    trial.write_bytes(original)
    migrating = timed(zygote, {"task": "upgrade", "book": str(trial)}, folder / "upgrade-trial.txt", "migrating")
    counts = {"before": 0, "after": 0, "between": 0}
    results: set[str] = set()
    for round_ in range(rounds):
        book = folder / f"upgrade{round_}" / "book.sqlite"
        book.parent.mkdir()
        book.write_bytes(original)
        acks = folder / f"upgrade{round_}.txt"
        pid = zygote.start({"task": "upgrade", "book": str(book), "acks": str(acks)})
        wait_for_acks(acks, 2)  # backed up: the upgrade's one transaction is under way
        time.sleep(rng.uniform(0, migrating * 1.1))
        zygote.kill(pid)
        now = dump(book)
        counts["before" if now == before else "after" if now == after else "between"] += 1
        results.add(integrity(book))
    return {**counts, "integrity": ", ".join(sorted(results))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to kill call-logging workers")
    parser.add_argument("--rounds", type=int, default=20, help="kills during imports and during upgrades, each")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    zygote = Zygote()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            logged = calls(zygote, folder, args.seconds, rng)
            print(f"calls:    {logged['kills']} kills, {logged['acknowledged']} calls acknowledged, "
                  f"{logged['found']} found in the book, integrity {logged['integrity']}", flush=True)
            imported = imports(zygote, folder, args.rounds, rng)
            print(f"imports:  {args.rounds} kills: {imported['none']} left nothing, {imported['all']} left all, "
                  f"{imported['between']} left part; integrity {imported['integrity']}", flush=True)
            upgraded = upgrades(zygote, folder, args.rounds, rng)
            print(f"upgrades: {args.rounds} kills: {upgraded['before']} as before, {upgraded['after']} as after, "
                  f"{upgraded['between']} between; integrity {upgraded['integrity']}")
    finally:
        zygote.close()


if __name__ == "__main__":
    main()
