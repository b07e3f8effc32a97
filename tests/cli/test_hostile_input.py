"""Every subcommand fed random and hostile arguments: it either does its job (exit 0) or says what is wrong in
one line on stderr with exit code 1 — never a traceback — and when it refuses, the book is exactly as before.

The subcommands and their options are read from the parser, so a new subcommand is fuzzed without being listed
here. Paths point into the test's folder (hostile names, hostile contents); the book is a small real one.
"""

from __future__ import annotations

import argparse
import io
import re
import sqlite3
import string
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telesales.cli import build_parser, main

HOSTILE = [
    "", " ", "-", "--", "0", "-1", "2", "99999999999999999999999", "1e999999", "NaN", "inf", "0000-00-00",
    "2026-02-30", "9999-12-31", "0001-01-01", "2026-11-22T25:61", "=cmd|' /C calc'!A0", "+SUM(A1)", "@x", "\t=1",
    "'; DROP TABLE calls; --", "农历闰13月40日", "lunar 2100-12-30", "１２３", "٣", "\x1b[31mred", "\udcff\udcfe",
    "a" * 5000, "张伟\u202etxt.exe", "../../etc/passwd", "%s%n%x", "{path}", "CON", "\r\n",
]
hostile_text = st.one_of(st.sampled_from(HOSTILE),
                         st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=40),
                         st.text(alphabet=string.digits + "-:T.+e", max_size=25))
FILE_CONTENTS = [
    b"", b"\xff\xfe\x00\x00garbage", b"name,phone,notes\n=cmd|' /C calc'!A0,13800000000,@SUM(1)\n",
    "客户名称,电话,生日,金额,日期\n甲公司,+86 138 0000 0000,农历 0000-13-40,1e999999,0000-00-00\n".encode("gb18030"),
    b"name,notes\nBig," + b"x" * 300_000 + b"\n", b"BEGIN:VCARD\nFN:\x1b\nEND:VCARD\n", b"PK\x03\x04broken",
]


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    return dict(action.choices)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return code, out.getvalue(), err.getvalue()


PROGRESS = re.compile(r"^[\d,]+ of [\d,]+ (rows|customers) \(\d+%\)$|^\[ *\d+%\] [a-z ,]+(: [\d,]+ of [\d,]+ [a-z ]+)?$")


def error_lines(err: str) -> list[str]:
    """stderr without the progress lines long commands redraw with a carriage return."""
    return [line for line in err.replace("\r", "\n").splitlines() if line.strip() and not PROGRESS.match(line)]


@pytest.fixture(scope="module")
def small_book(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("hostile")
    book = folder / "book.sqlite"
    book.write_bytes(empty_template.read_bytes())
    people = folder / "people.csv"
    people.write_text("name,phone,city,contact,生日\n甲贸易公司,13800000001,上海,张伟,农历 8-15\n"
                      "乙科技,13800000002,杭州,李娜,1980-03-15\n", encoding="utf-8")
    code, _out, err = run(["import", str(people), "--book", str(book)])
    assert code == 0, err
    yield book


def arguments(command: str, parser: argparse.ArgumentParser, book: Path, folder: Path) -> st.SearchStrategy[list[str]]:
    """Random arguments for `command`: every required one, some optional ones, values hostile or sensible."""
    pieces: list[st.SearchStrategy[list[str]]] = []
    n = {"file": 0}

    def a_file(data: bytes, name: str) -> str:
        n["file"] += 1
        target = folder / f"{n['file']}-{name}"
        target.write_bytes(data)
        return str(target)

    hostile_name = st.text(st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="/\\\x00"),
                           min_size=1, max_size=20)
    hostile_file = st.builds(a_file, st.sampled_from(FILE_CONTENTS),
                             st.sampled_from(["a.csv", "b.xlsx", "c.vcf", "d.txt", "e.sqlite"]))
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._HelpAction):  # noqa: SLF001
            continue
        flag = action.option_strings[0] if action.option_strings else None
        if flag == "--book":
            book_value = str(folder / "new-demo.sqlite") if command == "demo" else str(book)
            pieces.append(st.just([flag, book_value]))
            continue
        if action.nargs == 0:
            pieces.append(st.sampled_from([[], [flag]]))
            continue
        if action.type is Path or (action.dest in ("files",)):
            value = st.one_of(hostile_file, hostile_name.map(lambda name: str(folder / name)),
                              st.just(str(folder)))
        elif command == "demo" and action.dest == "customers":  # always given, never a size worth building
            pieces.append(st.sampled_from(["0", "-3", "1000001", "abc", "99999999999999999999", "1e3", "1"]).map(
                lambda v: [f"--customers={v}"]))
            continue
        elif action.choices is not None:
            value = st.one_of(st.sampled_from(sorted(map(str, action.choices))), hostile_text)
        else:
            value = hostile_text
        if flag is None:
            pieces.append(value.map(lambda v: ["--", v] if v.startswith("-") else [v]))
        elif action.required:
            pieces.append(value.map(lambda v, flag=flag: [f"{flag}={v}"]))
        else:
            pieces.append(st.one_of(st.just([]), value.map(lambda v, flag=flag: [f"{flag}={v}"])))
    positional_last = [p for p in pieces]
    return st.tuples(*positional_last).map(lambda parts: [command, *[item for part in parts for item in part]])


COMMANDS = sorted(subcommands())


@pytest.mark.parametrize("command", COMMANDS)
def test_a_subcommand_never_crashes_and_a_refusal_leaves_the_book_alone(command: str, small_book: Path,
                                                                       tmp_path_factory: pytest.TempPathFactory,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       qapp: object) -> None:
    """(`qapp`: the PDF export makes a Qt application when none exists; the UI tests need it to be the widgets' one.)"""
    folder = tmp_path_factory.mktemp(f"args-{command}")
    home = tmp_path_factory.mktemp("home")
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):  # install-desktop writes there
        monkeypatch.setenv(name, str(home / name.lower()))
    parser = subcommands()[command]

    @settings(max_examples=int(__import__('os').environ.get('HOSTILE_EXAMPLES', 6)), deadline=None, derandomize=not __import__('os').environ.get('HOSTILE_EXAMPLES'),
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(arguments(command, parser, small_book, folder))
    def check(argv: list[str]) -> None:
        before = dump(small_book)
        code, out, err = run(argv)
        assert code in (0, 1), (argv, code, err)
        assert "Traceback" not in err + out, (argv, err)
        if code == 1:
            lines = error_lines(err)
            if lines or command != "import":
                assert len(lines) == 1 and "error" in lines[0], (argv, err)
            else:  # an import refused for its bad cells reports each of them on stdout
                assert out.startswith("nothing imported") or '"ok": false' in out, (argv, out)
            assert dump(small_book) == before, argv

    check()
