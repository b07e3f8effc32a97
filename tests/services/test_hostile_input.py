"""Random and hostile input to the parsers and the importer: each says what is wrong (a cell error with its line
and column, a file problem) and never crashes; a refused import leaves the book exactly as it was; exports never
hand a spreadsheet a formula to run."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telesales.app import open_session
from telesales.domain.greetings import next_occurrence, occurrences_between
from telesales.domain.importing import (
    MAX_CENTS,
    CellError,
    escape,
    format_annual,
    parse_annual,
    parse_cents,
    parse_date,
    parse_flag,
    parse_kind,
    parse_roles,
    parse_tier,
    unescape,
)
from telesales.domain.phones import display_phone, tel_uri
from telesales.exports.book_files import write_csv, write_xlsx
from telesales.services.book_export import TextSheet
from telesales.services.import_rows import normalise_phone, validate_row
from telesales.services.tabular import FileProblem, read_file

NASTY = ["0000-00-00", "2026-02-30", "9999-12-31", "99999", "1e999999", "1E+999999999", "-1e30", "NaN", "-Infinity",
         "=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@x", "\t=1", "\r=1", "农历闰13月40日", "lunar leap 2100-12-30",
         "农历 0000-12-30", "13-45", "2月30日", "+86 000", "+", "99999999999999999999999", "１２３", "٣٤٥", "0x10",
         "\x00\x1b[2J", "\udcff", "é" * 5000, "1.2万", "¥-0.005", "--", "yes", "是", "决策者,把关者,,", "user/bogus"]
cells = st.one_of(st.sampled_from(NASTY), st.text(max_size=40),
                  st.from_regex(r"[0-9\-/.年月日号農农历閏闰 lunarep+e]{0,16}", fullmatch=True))
TODAY = date(2026, 11, 22)


@settings(max_examples=200, deadline=None)
@given(cells)
def test_cell_parsers_say_what_is_wrong_and_nothing_else(text: str) -> None:
    for parse in (parse_date, parse_cents, parse_kind, parse_tier, parse_flag, parse_roles):
        try:
            parse(text)
        except CellError as error:
            assert error.code in {"bad_date", "impossible_date", "bad_number", "bad_choice"}
    try:
        cents = parse_cents(text)
    except CellError:
        pass
    else:
        assert abs(cents) <= MAX_CENTS  # nothing bigger than SQLite and the sums can hold
    try:
        annual = parse_annual(text)
    except CellError:
        return
    assert parse_annual(format_annual(annual)) == annual  # the lunar and solar fields read back as exported
    try:
        when = next_occurrence(annual, TODAY)
    except ValueError:  # beyond the lunar tables
        return
    assert when >= TODAY
    assert all(TODAY <= day <= date(2027, 12, 31) for _year, day in occurrences_between(annual, TODAY, date(2027, 12, 31)))


@settings(max_examples=200, deadline=None)
@given(cells, st.sampled_from(["CN", "TW", "HK", "US", "OTHER"]))
def test_phone_parsing_refuses_cleanly_and_display_never_fails(text: str, region: str) -> None:
    try:
        number = normalise_phone(text, region)
    except ValueError as error:
        assert str(error).startswith("bad_phone|")
    else:
        assert number == "" or number.startswith("+")
    display_phone(text, region)
    tel_uri(text, region)


file_cells = cells.filter(lambda text: "\udcff" not in text)  # a decoded file never holds a lone surrogate


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["name", "phone", "founded_on", "credit_limit", "contact_birthday", "email",
                                        "amount", "ordered_on", "tier", "contact_roles", "do_not_call", "kind",
                                        "notes"]), file_cells, max_size=8))
def test_a_row_is_either_valid_or_every_problem_is_named(row: dict[str, str]) -> None:
    valid, problems = validate_row(row, "CN")
    assert (valid is None) == bool(problems)
    for field, code, _value in problems:
        assert field in row and code in {"bad_phone", "bad_email", "bad_date", "impossible_date", "bad_number",
                                         "bad_choice", "too_long"}


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5", "latin-1", "shift_jis"]
HEADERS = ["name,phone,city,notes", "客户名称,电话,城市,成立日期,信用额度", "Name;Phone;Founded;Credit limit",
           "name\tcontact\tbirthday\troles", "客户名称,日期,金额", "", "name"]


@st.composite
def hostile_files(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["table", "bytes", "vcf", "xlsx"]))
    if kind == "bytes":
        return draw(st.sampled_from(["a.csv", "b.xlsx", "c.vcf"])), draw(st.binary(max_size=400))
    if kind == "vcf":
        lines = draw(st.lists(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "FN:张伟", "ORG:=cmd|calc", "TEL:+86 138",
                                               "BDAY:0000-00-00", "NOTE:\x1b[31m", "N:;;;", "X:" + "y" * 100]),
                              max_size=12))
        return "c.vcf", "\n".join(lines).encode("utf-8")
    header = draw(st.sampled_from(HEADERS))
    delimiter = "\t" if "\t" in header else ";" if ";" in header else ","
    rows = draw(st.lists(st.lists(cells, max_size=6), max_size=5))
    out = [header] + [delimiter.join('"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',;\t"\n\r')
                                     else cell for cell in row) for row in rows]
    text = "\n".join(out)
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    return "a.csv", data


@pytest.fixture(scope="module")
def import_book(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    book = tmp_path_factory.mktemp("hostile-import") / "book.sqlite"
    book.write_bytes(empty_template.read_bytes())
    return book


def test_the_importer_refuses_hostile_files_cleanly_and_changes_nothing_when_it_refuses(
        import_book: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("files")
    session = open_session(import_book)
    counter = {"n": 0}

    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(hostile_files(), st.sampled_from([None, "gb18030", "utf-16", "no-such-codec"]))
    def check(file: tuple[str, bytes], encoding: str | None) -> None:
        counter["n"] += 1
        path = folder / f"{counter['n']}-{file[0]}"
        path.write_bytes(file[1])
        before = dump(import_book)
        try:
            result = session.import_files([path], encoding=encoding)
        except FileProblem as problem:
            assert problem.code in {"encoding", "unreadable", "missing", "not_a_file"}
            assert dump(import_book) == before
            return
        if not result.ok:
            assert result.errors and all(problem.line >= 1 and problem.reason() for problem in result.errors)
            assert dump(import_book) == before

    try:
        check()
    finally:
        session.close()


def test_a_ten_megabyte_cell_is_refused_with_its_line_and_column(book_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("name,phone,notes\n张三贸易,13800000000," + "x" * 10_000_000 + "\n", encoding="utf-8")
    before = dump(book_path)
    session = open_session(book_path)
    try:
        result = session.import_files([path])
    finally:
        session.close()
    assert not result.ok
    [problem] = result.errors
    assert (problem.line, problem.column, problem.code) == (2, "notes", "too_long")
    assert dump(book_path) == before


def test_control_characters_and_formulas_arrive_as_plain_text(book_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("name,notes\n\x00甲\x1b公司,=cmd|' /C calc'!A0\n", encoding="utf-8")
    session = open_session(book_path)
    try:
        assert session.import_files([path]).ok
    finally:
        session.close()
    connection = sqlite3.connect(book_path)
    assert connection.execute("SELECT name, notes FROM customers").fetchall() == [("甲公司", "=cmd|' /C calc'!A0")]
    connection.close()


FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")"]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_exports_never_hand_a_spreadsheet_a_formula(writer: object, tmp_path: Path) -> None:
    sheet = TextSheet("customers", ["Name", "Notes"], [[value, "plain"] for value in FORMULAS])
    path = tmp_path / ("out.csv" if writer is write_csv else "out.xlsx")
    writer([sheet], path)  # type: ignore[operator]
    [raw] = read_file(path)
    written = [row[0] for row in raw.rows]
    assert written == ["'" + value for value in FORMULAS]  # as text, behind the apostrophe a spreadsheet shows
    assert [unescape(value) for value in written] == FORMULAS  # and the importer reads them back as they were


def test_the_import_error_file_never_holds_a_formula(book_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,=cmd|' /C calc'!A0,phone\n甲公司,x,not a phone\n", encoding="utf-8")
    errors = tmp_path / "errors.csv"
    session = open_session(book_path)
    try:
        session.import_files([path], errors_to=errors)
    finally:
        session.close()
    with errors.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    assert escape("=1") == "'=1"
