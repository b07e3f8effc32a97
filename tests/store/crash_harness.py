"""Processes to kill: a warm "zygote" that forks workers which use the app's store and services, and tell what
they have done (each acknowledgement is written to a file only after the commit returned).

Starting Python with SQLAlchemy and the app's modules costs about a second; the zygote pays it once, and each
worker is forked from it in milliseconds, so a test can kill many of them. The zygote is single-threaded and
opens no book before forking. It only reaps a worker when asked (`wait`), so a worker's pid is never reused
while the test may still kill it.

Used by tests/store/test_crash.py (bounded) and bench/bench_crash.py (longer).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
WORKER_SECONDS = 30.0  # a worker never outlives this, even if nobody kills it


class Zygote:
    """The test's side: start workers, kill them, reap them."""

    def __init__(self) -> None:
        code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from tests.store.crash_harness import serve; serve()"
        env = dict(os.environ, PYTHONWARNINGS="ignore")
        self._process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         text=True, env=env, cwd=ROOT)
        assert self._ask("ping") == "pong"

    def _ask(self, line: str) -> str:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(line + "\n")
        self._process.stdin.flush()
        answer = self._process.stdout.readline().strip()
        if not answer:
            raise RuntimeError(f"the zygote died (exit {self._process.poll()})")
        return answer

    def start(self, task: dict[str, Any]) -> int:
        return int(self._ask("start " + json.dumps(task)))

    def kill(self, pid: int) -> int:
        """SIGKILL the worker (ours: not reaped yet, so the pid cannot have been reused) and reap it."""
        os.kill(pid, signal.SIGKILL)
        return self.wait(pid)

    def wait(self, pid: int) -> int:
        """Reap the worker; its wait status."""
        return int(self._ask(f"wait {pid}"))

    def close(self) -> None:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)
        self._process.stdout.close()


def wait_for_ack(path: Path, timeout: float = 10.0) -> None:
    """Until the worker has acknowledged something (or the timeout)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not read_acks(path):
        time.sleep(0.005)


def wait_for_acks(path: Path, count: int, timeout: float = 20.0) -> list[str]:
    """Until the worker has acknowledged `count` lines (or the timeout); the lines."""
    deadline = time.monotonic() + timeout
    lines = read_acks(path)
    while len(lines) < count and time.monotonic() < deadline:
        time.sleep(0.002)
        lines = read_acks(path)
    return lines


def timed(zygote: Zygote, task: dict[str, Any], acks: Path, phase: str) -> float:
    """Run `task` once to its end: the seconds from its `phase` acknowledgement (its second) to its last one."""
    pid = zygote.start({**task, "acks": str(acks)})
    lines = wait_for_acks(acks, 2)
    assert lines[-1] == phase, lines
    began = time.monotonic()
    lines = wait_for_acks(acks, 3)
    took = time.monotonic() - began
    zygote.kill(pid)
    assert len(lines) == 3 and not lines[-1].startswith("error"), lines
    return took


def read_acks(path: Path) -> list[str]:
    """The complete lines a worker acknowledged (a line is written with one write() after its commit)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [line for line in text.split("\n")[:-1] if line]


# -- the zygote's side


def serve() -> None:
    _warm()
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "ping":
            answer = "pong"
        elif command == "start":
            answer = str(_fork(json.loads(argument)))
        elif command == "wait":
            answer = str(os.waitpid(int(argument), 0)[1])
        else:
            answer = "?"
        sys.stdout.write(answer + "\n")
        sys.stdout.flush()


def _warm() -> None:
    """Import everything a worker uses, so a fork starts working at once."""
    from alembic.script import ScriptDirectory

    import telesales.app  # noqa: F401
    import telesales.cli  # noqa: F401
    import telesales.cli.call_commands  # noqa: F401
    import telesales.services.calls  # noqa: F401
    import telesales.services.import_book  # noqa: F401
    import telesales.store.call_repository  # noqa: F401
    import telesales.store.import_writer  # noqa: F401
    from telesales.store.book import _alembic_config

    ScriptDirectory.from_config(_alembic_config())  # migrations read once
    import tempfile

    from telesales.app import open_session

    with tempfile.TemporaryDirectory() as folder:  # every module (and dictionary) a worker uses, loaded now
        session = open_session(Path(folder) / "warm.sqlite", create=True)
        sample = Path(folder) / "warm.csv"
        sample.write_text("name,phone,city\n张伟贸易,13912345678,上海\n", encoding="utf-8")
        session.import_files([sample])
        session.close()


def _fork(task: dict[str, Any]) -> int:
    sys.stdout.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(int(WORKER_SECONDS) + 5)  # never outlive the test
        with open(os.devnull, "w") as quiet:  # noqa: PTH123 - the zygote's stdout is its answer pipe
            os.dup2(quiet.fileno(), 1)
        TASKS[task["task"]](task)
    except BaseException:  # noqa: BLE001 - a worker's failure is told in its ack file
        import traceback

        _ack(task["acks"], "error " + traceback.format_exc().replace("\n", " | "))
        code = 1
    finally:
        os._exit(code)


def _ack(path: str, line: str) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, (line + "\n").encode("utf-8"))
    finally:
        os.close(descriptor)


def _linger(started: float) -> None:
    """Done: wait to be killed (so the test always kills a live worker)."""
    while time.monotonic() - started < WORKER_SECONDS:
        time.sleep(0.05)


def _log_calls(task: dict[str, Any]) -> None:
    """Log calls through the app's session and service as fast as possible; ack each call id after it returns."""
    from telesales.app import open_session
    from telesales.domain.model import CallOutcome, Intent
    from telesales.services.calls import LogCallRequest

    started = time.monotonic()
    session = open_session(Path(task["book"]))
    customers = task["customers"]
    limit = task.get("limit")
    outcomes = (CallOutcome.NO_ANSWER, CallOutcome.CONNECTED, CallOutcome.BUSY)
    done = 0
    while (limit is None or done < limit) and time.monotonic() - started < WORKER_SECONDS:
        outcome = outcomes[done % len(outcomes)]
        request = LogCallRequest(customer_id=customers[done % len(customers)], outcome=outcome,
                                 intent=Intent.B if outcome is CallOutcome.CONNECTED else None,
                                 need=f"worker {os.getpid()} call {done}", notes="crash test")
        logged = session.log_call(request, session.now())
        _ack(task["acks"], str(logged.call.id))
        done += 1
    session.close()
    _ack(task["acks"], "finished")
    if limit is None:
        _linger(started)


def _log_calls_by_command_line(task: dict[str, Any]) -> None:
    """The same through `telesales log-call --json`, as a script would."""
    from telesales.cli import main

    started = time.monotonic()
    customers = task["customers"]
    for done in range(task["limit"]):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["log-call", "--book", task["book"], "--customer", str(customers[done % len(customers)]),
                         "--outcome", "no_answer", "--notes", "by the command line", "--json"])
        assert code == 0
        _ack(task["acks"], str(json.loads(out.getvalue())["call_id"]))
    _ack(task["acks"], "finished")
    del started


def _import(task: dict[str, Any]) -> None:
    """Import a file through the app's session (a backup first, then one transaction); ack when it returned."""
    from telesales.app import open_session

    started = time.monotonic()
    session = open_session(Path(task["book"]))
    _ack(task["acks"], "started")
    writer = session.importer
    assert writer is not None
    write = writer.write

    def announced(plan: Any, dry_run: bool = False, progress: Any = None) -> tuple[dict[str, int], dict[str, int]]:
        _ack(task["acks"], "writing")  # the rows are checked; the backup and the transaction begin
        return write(plan, dry_run, progress)

    writer.write = announced  # type: ignore[method-assign]
    result = session.import_files([Path(task["file"])])
    session.close()
    _ack(task["acks"], f"imported {result.imported['customers']}" if result.ok else "refused")
    _linger(started)


def _upgrade(task: dict[str, Any]) -> None:
    """Open an old book with the app's store: a backup, then the upgrade in one transaction."""
    import telesales.store.book as books

    started = time.monotonic()
    upgrade = books._upgrade

    def announced(engine: Any, target: str = "head") -> None:
        _ack(task["acks"], "migrating")  # backed up; the one transaction begins
        upgrade(engine, target)

    books._upgrade = announced
    _ack(task["acks"], "started")
    book = books.open_book(Path(task["book"]))
    book.close()
    _ack(task["acks"], f"upgraded {book.revision}")
    _linger(started)


TASKS = {"calls": _log_calls, "cli-calls": _log_calls_by_command_line, "import": _import, "upgrade": _upgrade}
