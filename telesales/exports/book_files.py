"""Writing the book's sheets to XLSX (one workbook, a sheet each) or CSV (one UTF-8-with-BOM file each, which
Excel opens with Chinese intact), and contacts to a vCard file. Every cell is written as text (phones keep their
+ and leading zeros) and cells starting with = + - @ get a protective apostrophe."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from telesales.domain.importing import escape
from telesales.services.book_export import TextSheet

MAX_XLSX_ROWS = 1_048_575  # below the header


def write_xlsx(sheets: Sequence[TextSheet], path: Path) -> list[Path]:
    import xlsxwriter
    import xlsxwriter.exceptions

    # constant memory: each row goes to disk as it is written (a big book's two million calls)
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                               "strings_to_urls": False, "constant_memory": True})
    bold = workbook.add_format({"bold": True})

    def start(name: str, headers: list[str]) -> Any:
        worksheet = workbook.add_worksheet(name)
        worksheet.freeze_panes(1, 0)
        worksheet.set_column(0, len(headers) - 1, 16)
        worksheet.write_row(0, 0, headers, bold)
        return worksheet

    for sheet in sheets:
        worksheet, number, part = start(sheet.name, sheet.headers), 0, 1
        for row in sheet.rows:
            if number == MAX_XLSX_ROWS:  # a sheet holds 1,048,576 lines: the rest goes on "calls 2", "calls 3"…
                part += 1
                worksheet, number = start(f"{sheet.name} {part}", sheet.headers), 0
            number += 1
            for column, value in enumerate(row):
                if value:
                    worksheet.write_string(number, column, escape(value))
    try:
        workbook.close()
    except xlsxwriter.exceptions.FileCreateError as error:  # a folder, a missing folder, no permission
        cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else None
        raise OSError(getattr(cause, "errno", None), getattr(cause, "strerror", None) or str(error), str(path)) from error
    return [path]


def csv_paths(path: Path, sheets: Sequence[TextSheet]) -> list[Path]:
    """customers go to PATH itself; the other sheets beside it as PATH-stem.contacts.csv, .orders.csv."""
    return [path if index == 0 else path.with_name(f"{path.stem}.{sheet.name}{path.suffix or '.csv'}")
            for index, sheet in enumerate(sheets)]


def write_csv(sheets: Sequence[TextSheet], path: Path) -> list[Path]:
    paths = csv_paths(path, sheets)
    for sheet, target in zip(sheets, paths, strict=True):
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(sheet.headers)
            out.writerows([escape(value) for value in row] for row in sheet.rows)
    return paths


def write_text(text: str, path: Path) -> list[Path]:
    path.write_text(text, encoding="utf-8", newline="")
    return [path]
