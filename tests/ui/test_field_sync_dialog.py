"""The conflicts dialog words each clash for the rep: the record, the field, both values; a deletion as such."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from telesales.domain.field_sync import FieldConflict
from telesales.ui.field_sync import ConflictsDialog


def test_each_clash_is_a_row_with_both_values_and_a_deletion_says_so(qtbot: QtBot) -> None:
    dialog = ConflictsDialog([
        FieldConflict("contacts", 7, "phone", "1", "13900001111", "13900002222"),
        FieldConflict("customers", 4, "(deleted)", {}, None, {"notes": "still buying"}),
        FieldConflict("visits", 3, "fixed_time", False, True, None),
    ])
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(row, column).text() for column in range(4)] for row in range(3)]
    assert rows == [["Contact 7", "Phone", "13900001111", "13900002222"],
                    ["Customer 4", "The whole record", "Deleted", "Changed"],
                    ["Visit 3", "Fixed time", "yes", "(empty)"]]
    dialog.theirs_button.click()
    assert dialog.choice == "theirs" and not dialog.isVisible()
