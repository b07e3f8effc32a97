"""Backups as plain rules: names, which ones rotation keeps, when the daily one is due."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.backups import (
    Backup,
    BackupKind,
    backup_name,
    is_due,
    latest,
    parse_backup_name,
    to_keep,
)

TODAY = date(2026, 11, 22)


def backup(at: datetime, kind: BackupKind = BackupKind.DAILY) -> Backup:
    return Backup(Path(backup_name("book", at, kind)), at, kind, 4096)


def test_a_name_reads_back() -> None:
    at = datetime(2026, 11, 22, 9, 30, 5)
    for kind in BackupKind:
        for revision in (None, "0001"):
            name = backup_name("my.book", at, kind, revision, n=3)
            assert parse_backup_name(name, "my.book") == (at, kind, revision, 3)
    assert parse_backup_name(backup_name("book", at, BackupKind.DAILY), "other") is None
    assert parse_backup_name("book.20261322-093005.daily.sqlite", "book") is None  # month 13
    assert parse_backup_name(".book.20261122-093005.daily.sqlite.partial", "book") is None
    assert parse_backup_name("book.20261122-093005.weird.sqlite", "book") is None


def test_a_month_of_daily_backups_keeps_seven_days_and_four_weeks() -> None:
    backups = [backup(datetime(2026, 11, 22, 9) - timedelta(days=n)) for n in range(40)]
    kept = to_keep(backups, TODAY)
    days = sorted((item.made_at.date() for item in backups if item.path in kept), reverse=True)
    assert days[:7] == [TODAY - timedelta(days=n) for n in range(7)]
    weeks = {(day.isocalendar().year, day.isocalendar().week) for day in days}
    assert len(weeks) == 4  # the newest of each of the four most recent ISO weeks
    assert len(kept) == 7 + 3  # 2026-11-22 is a Sunday: the seven days are one week; three weeks before it
    assert all(item.path in kept for item in backups[:7])


def test_everything_made_today_is_kept_and_an_upgrade_copy_or_a_damaged_book_never_rotates() -> None:
    today = [backup(datetime(2026, 11, 22, hour), kind) for hour, kind in
             ((8, BackupKind.DAILY), (11, BackupKind.IMPORT), (15, BackupKind.RESTORE), (16, BackupKind.RESTORE))]
    old = [backup(datetime(2025, 1, 5, 9), BackupKind.UPGRADE), backup(datetime(2025, 2, 5, 9), BackupKind.DAMAGED)]
    daily = [backup(datetime(2026, 11, 22, 9) - timedelta(days=n)) for n in range(1, 30)]
    kept = to_keep(today + old + daily, TODAY, daily=1, weekly=0)
    assert {item.path for item in today + old} <= kept
    assert not kept & {item.path for item in daily}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 23), st.sampled_from(list(BackupKind))), max_size=40),
       st.integers(1, 10), st.integers(0, 6))
def test_rotation_keeps_the_newest_and_never_more_than_it_says(made: list[tuple[int, int, BackupKind]], daily: int,
                                                                weekly: int) -> None:
    backups = list({b.path: b for b in (backup(datetime(2026, 11, 22, hour) - timedelta(days=days), kind)
                                        for days, hour, kind in made)}.values())
    kept = to_keep(backups, TODAY, daily, weekly)
    assert kept <= {item.path for item in backups}
    newest = latest(backups)
    if newest is not None:
        assert newest.path in kept  # the latest restorable backup always survives
    rotated_old = [item for item in backups if item.kind in (BackupKind.DAILY, BackupKind.MANUAL, BackupKind.IMPORT,
                                                              BackupKind.RESTORE) and item.made_at.date() < TODAY]
    assert len([item for item in rotated_old if item.path in kept]) <= daily + weekly
    assert to_keep([item for item in backups if item.path in kept], TODAY, daily, weekly) == kept  # stable


def test_the_daily_backup_is_due_once_a_day() -> None:
    assert is_due([], TODAY)
    assert is_due([backup(datetime(2026, 11, 21, 23, 59))], TODAY)
    assert not is_due([backup(datetime(2026, 11, 22, 0, 1), BackupKind.IMPORT)], TODAY)
    assert is_due([backup(datetime(2026, 11, 22, 0, 1), BackupKind.DAMAGED)], TODAY)  # not a backup of the book


def test_the_latest_backup_is_never_a_damaged_book() -> None:
    good = backup(datetime(2026, 11, 20, 9))
    assert latest([good, backup(datetime(2026, 11, 21, 9), BackupKind.DAMAGED)]) == good
    assert latest([]) is None
