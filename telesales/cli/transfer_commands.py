"""Subcommands that bring a book in and out and find anyone: import, export-book, find."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from telesales.cli.words import QT_TRANSLATE_NOOP, book_location, number
from telesales.domain.errors import UserError

FORMATS = ("xlsx", "csv", "vcf")


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser("import", help=QT_TRANSLATE_NOOP(
        "CLI", "import customers, contacts and orders from CSV, XLSX or vCard files (all or nothing)"))
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE",
                     help=QT_TRANSLATE_NOOP("CLI", "CSV (UTF-8 or GB18030), XLSX/XLS/ODS or .vcf files"))
    imp.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    imp.add_argument("--dry-run", action="store_true",
                     help=QT_TRANSLATE_NOOP("CLI", "check the files and report, without changing the book"))
    imp.add_argument("--duplicates", choices=("skip", "merge"), default="skip", help=QT_TRANSLATE_NOOP(
        "CLI", "what to do with a customer already in the book (same phone, or same company and city)"))
    imp.add_argument("--encoding", help=QT_TRANSLATE_NOOP(
        "CLI", "the CSV files' encoding (default: UTF-8, else GB18030)"))
    imp.add_argument("--errors", type=Path, metavar="CSV",
                     help=QT_TRANSLATE_NOOP("CLI", "write the bad rows (line, column, reason) to this file"))
    imp.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    imp.add_argument("--progress", action="store_true", help=QT_TRANSLATE_NOOP(
        "CLI", "report each phase's progress on stderr even when it is not a terminal"))
    imp.set_defaults(handler=run_import)

    export = subparsers.add_parser("export-book", help=QT_TRANSLATE_NOOP(
        "CLI", "export the whole book to XLSX or CSV (or its contacts to vCard)"))
    export.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    export.add_argument("--format", choices=FORMATS, required=True, help=QT_TRANSLATE_NOOP(
        "CLI", "xlsx: one workbook; csv: one file per sheet beside --out; vcf: contacts as vCards"))
    export.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("CLI", "the file to write"))
    export.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    export.set_defaults(handler=run_export)

    find = subparsers.add_parser("find", help=QT_TRANSLATE_NOOP(
        "CLI", "find customers and contacts by name, pinyin, initials, phone digits or place, best first"))
    find.add_argument("text", help=QT_TRANSLATE_NOOP("CLI", "what to look for"))
    find.add_argument("--book", type=book_location, help=QT_TRANSLATE_NOOP("CLI", "the book file (default: your own book)"))
    find.add_argument("--limit", type=number, default=20, help=QT_TRANSLATE_NOOP("CLI", "at most this many (default 20)"))
    find.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "print JSON for scripts"))
    find.set_defaults(handler=run_find)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from telesales.cli import open_session_for

    return open_session_for(args)


def run_import(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.services.tabular import FileProblem

    session = _open(args)
    progress = _ProgressLines(sys.stderr) if args.progress or sys.stderr.isatty() else None
    try:
        result = session.import_files(args.files, dry_run=args.dry_run, duplicates=args.duplicates,
                                      encoding=args.encoding, progress=progress, errors_to=args.errors)
    except FileProblem as problem:
        raise UserError(f"cannot read {problem.path}: {problem.code} {problem.detail}".strip()) from problem
    except OSError as error:  # the --errors file cannot be written (a folder, no permission, a full disk)
        raise UserError(f"cannot write {error.filename or args.errors}: {error.strerror}") from error
    finally:
        session.close()
        if progress is not None:
            progress.end()

    def words() -> str:
        counts = result.imported
        if not result.ok:
            lines = [f"nothing imported: {len(result.errors)} bad cells"]
            lines += [f"  {p.sheet} line {p.line}, {p.column}: {p.reason()}" for p in result.errors[:50]]
            return "\n".join(lines)
        verb = "would import" if result.dry_run else "imported"
        text = (f"{verb} {counts['customers']:,} customers, {counts['contacts']:,} contacts, "
                f"{counts['orders']:,} orders")
        history = [f"{counts[key]:,} {words}" for key, words in (
            ("calls", "calls"), ("visits", "visits"), ("dates", "important dates"), ("custom_values", "custom values"),
            ("tier_changes", "tier changes")) if key in counts]
        if history:
            text += f" with {', '.join(history)}"
        if result.duplicates:
            text += f"; {len(result.duplicates)} already in the book ({result.merged} merged, {result.skipped} skipped)"
        had = [f"{count:,} {SKIPPED_WORDS[kind]}" for kind, count in result.skipped_existing.items() if count]
        if had:
            text += f"; left out as the customers already have them: {', '.join(had)}"
        return text

    emit(args, result.as_json(), words)
    return 0 if result.ok else 1


SKIPPED_WORDS = {"contacts": "contacts", "orders": "orders", "calls": "calls", "visits": "visits",
                 "dates": "important dates", "custom_values": "custom values", "tier_changes": "tier changes"}
PHASE_WORDS = {"read": ("reading the files", "files"), "check": ("checking every line", "lines"),
               "match": ("finding customers already in the book", "lines"), "backup": ("backing up the book", ""),
               "write": ("writing customers, contacts and orders", "rows"),
               "history": ("writing calls, visits and other history", "rows"),
               "keys": ("working out search keys", "customers and contacts"), "index": ("writing search keys", "keys")}


class _ProgressLines:
    """The import's progress on stderr: on a terminal one line rewritten in place (a new one for each phase),
    elsewhere a line for each phase and each further tenth of it."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._live = out.isatty()
        self._phase = ""
        self._tenth = -1

    def __call__(self, phase: str, done: int, total: int) -> None:
        from telesales.domain.import_progress import overall

        words, unit = PHASE_WORDS[phase]
        tenth = done * 10 // total if total else 10
        if not self._live and phase == self._phase and tenth == self._tenth:
            return
        if phase != self._phase and self._phase and self._live:
            self._out.write("\n")
        self._phase, self._tenth = phase, tenth
        count = f": {done:,} of {total:,} {unit}" if unit and total else ""
        line = f"[{overall(phase, done, total):3d}%] {words}{count}"
        self._out.write(f"\r{line}\033[K" if self._live else line + "\n")
        self._out.flush()

    def end(self) -> None:
        if self._live and self._phase:
            self._out.write("\n")
            self._out.flush()


def run_export(args: argparse.Namespace) -> int:
    from telesales.cli import emit
    from telesales.exports.book_files import write_csv, write_text, write_xlsx

    session = _open(args)
    try:
        if args.format == "vcf":
            written = write_text(session.contact_cards(), args.out)
            counts = {"contacts": session.info().counts["contacts"]}
        else:
            sheets = session.book_sheets()
            written = (write_xlsx if args.format == "xlsx" else write_csv)(sheets, args.out)
            counts = {sheet.name: getattr(sheet.rows, "count", 0) for sheet in sheets}  # the rows written
    except OSError as error:
        raise UserError(f"cannot write {args.out}: {error.strerror}") from error
    finally:
        session.close()
    emit(args, {"ok": True, "format": args.format, "files": [str(path) for path in written], "counts": counts},
         lambda: "wrote " + ", ".join(str(path) for path in written))
    return 0


def run_find(args: argparse.Namespace) -> int:
    from telesales.cli import emit

    session = _open(args)
    try:
        found = session.find(args.text, max(1, args.limit))
    finally:
        session.close()
    emit(args, {"query": args.text, "results": [item.as_json() for item in found]},
         lambda: "\n".join(f"{item.customer_name}" + (f" · {item.contact_name}" if item.contact_name else "")
                           + (f" · {item.city}" if item.city else "") + f" · {item.phone}" for item in found)
         or "nothing found")
    return 0
