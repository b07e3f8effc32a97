"""The book's backups as a use case: once a day on open, before every import that writes, rotation by the book's
settings, restoring while nobody else has the book open."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from telesales.app import backup_service, open_session
from telesales.domain.backups import BackupKind
from telesales.domain.errors import UserError
from telesales.store.integrity import mark_open

MORNING = datetime(2026, 11, 22, 9, 0).astimezone()


def test_the_daily_backup_is_made_once_a_day(demo_path: Path) -> None:
    service = backup_service(demo_path)
    service.clock = lambda: MORNING
    first = service.backup_if_due()
    assert first is not None and first.kind is BackupKind.DAILY
    service.clock = lambda: MORNING + timedelta(hours=8)
    assert service.backup_if_due() is None
    service.clock = lambda: MORNING + timedelta(days=1)
    assert service.backup_if_due() is not None
    assert len(service.backups()) == 2


def test_rotation_follows_the_books_settings(demo_path: Path) -> None:
    session = open_session(demo_path)
    session.save_settings({"backups.daily": 2, "backups.weekly": 0})
    session.close()
    service = backup_service(demo_path)
    assert service.rotation() == (2, 0)
    for day in range(5):
        service.clock = lambda day=day: MORNING + timedelta(days=day)
        service.backup()
    assert [item.made_at.date() for item in service.backups()] == [
        (MORNING + timedelta(days=4)).date(), (MORNING + timedelta(days=3)).date()]


def test_an_import_that_writes_is_preceded_by_a_backup(demo_path: Path, tmp_path: Path) -> None:
    csv = tmp_path / "new.csv"
    csv.write_text("name,phone,city\n新客户贸易,13912345678,杭州\n", encoding="utf-8")
    session = open_session(demo_path)
    try:
        dry = session.import_files([csv], dry_run=True)
        assert dry.ok and session.backups is not None and session.backups.backups() == []  # a dry run writes nothing
        done = session.import_files([csv])
        assert done.ok and done.imported["customers"] == 1
        [backup] = session.backups.backups()
        assert backup.kind is BackupKind.IMPORT
    finally:
        session.close()


def test_a_restore_waits_until_no_other_program_has_the_book_open(demo_path: Path) -> None:
    service = backup_service(demo_path)
    made = service.backup()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    marker = mark_open(demo_path).rename(demo_path.with_name(f".{demo_path.name}.open-{other.pid}"))
    try:
        with pytest.raises(UserError, match="open in another program"):
            service.restore(made.path)
    finally:
        other.kill()
        other.wait()
        marker.unlink(missing_ok=True)
    restored = service.restore(made.path)
    assert restored.kept is not None and restored.kept.kind is BackupKind.RESTORE
