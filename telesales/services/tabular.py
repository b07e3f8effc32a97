"""Reading a rep's file into sheets of text cells: CSV in UTF-8 (with or without BOM) or GB18030/GBK, XLSX/XLS/ODS.

Encodings: UTF-8 is tried first (a BOM says so for sure), then GB18030 (a superset of GBK and GB2312, what
Chinese Excel writes); guessers mistake short GB18030 files for Korean, so none is used. The rep can name the
encoding instead (`encoding=`), and the preview shows which one was used.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

ENCODINGS = ("utf-8-sig", "gb18030")
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


class FileProblem(Exception):
    """A file that cannot be read as a table; `code` says why."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.path = path
        self.detail = detail


@dataclass
class RawSheet:
    """One table of text cells; `first_line` is the file line of the header (1 unless blank lines lead)."""

    name: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # each row's line in the file
    encoding: str = ""


def read_file(path: Path, encoding: str | None = None) -> list[RawSheet]:
    path = Path(path)
    if path.suffix.lower() in SPREADSHEETS:
        file_bytes(path, read=False)
        return _read_spreadsheet(path)
    data = file_bytes(path)
    text, used = decode(data, encoding, path)
    try:
        return [_read_csv(text, path.stem, used)]
    except csv.Error as error:
        raise FileProblem("unreadable", path, str(error)) from error


def file_bytes(path: Path, read: bool = True) -> bytes:
    """The file's bytes; FileProblem when it is missing, a folder, or cannot be read."""
    if not path.exists():
        raise FileProblem("missing", path)
    if not path.is_file():
        raise FileProblem("not_a_file", path)
    try:
        return path.read_bytes() if read else b""
    except OSError as error:
        raise FileProblem("unreadable", path, error.strerror or "") from error


def decode(data: bytes, encoding: str | None, path: Path) -> tuple[str, str]:
    for candidate in ([encoding] if encoding else ENCODINGS):
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        used = "utf-8-sig" if candidate == "utf-8-sig" and data.startswith(b"\xef\xbb\xbf") else candidate
        return text, ("utf-8" if used == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf") else used)
    raise FileProblem("encoding", path, encoding or "/".join(ENCODINGS))


# control characters a cell never needs (tab, line feed and carriage return stay): a NUL or an escape sequence
# pasted from another program is dropped, not stored
CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL_RUNS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")  # the same, for a whole file: 7x faster


def _read_csv(text: str, name: str, encoding: str) -> RawSheet:
    text = _CONTROL_RUNS.sub("", text)
    if len(text) >= csv.field_size_limit():  # a 10 MB cell is read (and then refused as too long, with its line)
        csv.field_size_limit(len(text) + 1)
    header = text.lstrip("\ufeff\r\n").split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)  # the header line says (csv.Sniffer guesses wrong on real files)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    sheet: RawSheet | None = None
    for row in reader:
        line = reader.line_num
        if not "".join(row).strip():  # an empty line (or only spaces)
            continue
        if sheet is None:
            sheet = RawSheet(name, [cell.strip() for cell in row], encoding=encoding)
            continue
        sheet.rows.append(row)
        sheet.lines.append(line)
    return sheet or RawSheet(name, [], encoding=encoding)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).translate(CONTROLS)


def _read_spreadsheet(path: Path) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as error:  # noqa: BLE001 - calamine raises its own errors for any unreadable file
        raise FileProblem("unreadable", path, str(error)) from error
    sheets = []
    for name in workbook.sheet_names:
        try:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as error:  # noqa: BLE001 - a sheet calamine cannot read
            raise FileProblem("unreadable", path, f"{name}: {error}") from error
        sheet: RawSheet | None = None
        for number, row in enumerate(rows, start=1):
            cells = [_cell(value) for value in row]
            if not any(cell.strip() for cell in cells):
                continue
            if sheet is None:
                sheet = RawSheet(name, [cell.strip() for cell in cells], encoding="xlsx")
                continue
            sheet.rows.append(cells)
            sheet.lines.append(number)
        if sheet is not None and sheet.headers:
            sheets.append(sheet)
    return sheets
