"""The customer list's Import… and Export… buttons: choose files, run the work off the GUI thread, say what
happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from telesales.services.book_session import BookSession
from telesales.ui.import_dialog import ImportDialog
from telesales.ui.workers import Runner

_TEXTS = (  # declared for the translation tools; tr() below looks them up in this context
    QT_TRANSLATE_NOOP("BookTransfer", "Import customers"), QT_TRANSLATE_NOOP("BookTransfer", "Tables and cards ({patterns})"),
    QT_TRANSLATE_NOOP("BookTransfer", "Export the book"), QT_TRANSLATE_NOOP("BookTransfer", "Written: {files}"),
    QT_TRANSLATE_NOOP("BookTransfer", "The book could not be exported: {reason}"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("BookTransfer", text)


def choose_import(parent: QWidget, session: BookSession, runner: Runner,
                  imported: Callable[[object], None]) -> ImportDialog | None:
    paths, _ = QFileDialog.getOpenFileNames(parent, tr("Import customers"), "",
                                            tr("Tables and cards ({patterns})").format(
                                                patterns="*.csv *.xlsx *.xls *.ods *.vcf"))
    if not paths:
        return None
    return open_import(parent, session, runner, [Path(path) for path in paths], imported)


def open_import(parent: QWidget, session: BookSession, runner: Runner, paths: list[Path],
                imported: Callable[[object], None]) -> ImportDialog:
    dialog = ImportDialog(session, runner, paths, parent)
    dialog.imported.connect(imported)
    dialog.show()
    return dialog


EXPORTS = {"xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)", "vcf": "vCard (*.vcf)"}


def export_book(parent: QWidget, session: BookSession, runner: Runner, kind: str, path: Path | None = None,
                done: Callable[[list[Path]], None] | None = None) -> None:
    """Write the whole book (xlsx, csv) or its contacts (vcf) to a file the rep picks."""
    from telesales.exports.book_files import write_csv, write_text, write_xlsx

    if path is None:
        name, _ = QFileDialog.getSaveFileName(parent, tr("Export the book"), f"{session.path.stem}.{kind}",
                                              EXPORTS[kind])
        if not name:
            return
        path = Path(name)
    target = path

    def work() -> list[Path]:
        if kind == "vcf":
            return write_text(session.contact_cards(), target)
        return (write_xlsx if kind == "xlsx" else write_csv)(session.book_sheets(), target)

    def finished(paths: list[Path]) -> None:
        if done is not None:
            done(paths)
        else:
            QMessageBox.information(parent, tr("Export the book"), tr("Written: {files}").format(
                files=", ".join(str(p) for p in paths)))

    runner.read(work, finished, lambda error: QMessageBox.warning(
        parent, tr("Export the book"), tr("The book could not be exported: {reason}").format(reason=error)))
