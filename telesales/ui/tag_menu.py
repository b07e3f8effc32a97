"""Tagging from the customer list: the rep selects customers (Ctrl/Shift-click) and adds a tag to all of them, or
takes one of their tags off, from the context menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from telesales.domain.profile import FieldError
from telesales.services.book_session import BookSession
from telesales.ui.widgets.field_editors import problem_text
from telesales.ui.workers import Runner


class TagMenu(QObject):
    def __init__(self, parent: QWidget, runner: Runner, session: Callable[[], BookSession | None],
                 known_tags: Callable[[], list[str]], changed: Callable[[], None], tell: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.parent_widget, self.runner, self.session = parent, runner, session
        self.known_tags, self.changed, self.tell = known_tags, changed, tell

    def add_to(self, menu: QMenu, customers: Sequence[int], their_tags: Sequence[str]) -> None:
        """"Add a tag…" for the selected customers, and "Remove a tag" with the tags they carry."""
        menu.addAction(self.tr("Add a tag to {count} customers…").format(count=len(customers))
                       if len(customers) > 1 else self.tr("Add a tag…"), lambda: self.ask_and_add(customers))
        if their_tags:
            remove = menu.addMenu(self.tr("Remove a tag"))
            for tag in their_tags:
                remove.addAction(tag, lambda tag=tag: self.retag(customers, remove=[tag]))

    def ask_and_add(self, customers: Sequence[int]) -> None:
        tag, chosen = QInputDialog.getItem(self.parent_widget, self.tr("Add a tag"),
                                           self.tr("Tag for {count} customers (pick one or type a new one):").format(
                                               count=len(customers)), self.known_tags(), 0, True)
        if chosen and tag.strip():
            self.retag(customers, add=[tag])

    def retag(self, customers: Sequence[int], add: Sequence[str] = (), remove: Sequence[str] = ()) -> None:
        session = self.session()
        profiles = session.profiles if session is not None else None
        if profiles is None:
            return
        ids, added, removed = list(customers), list(add), list(remove)
        self.runner.write(lambda: profiles.retag(ids, added, removed), lambda _after: self._done(ids, added),
                          self._failed)

    def _done(self, customers: list[int], added: list[str]) -> None:
        self.tell(self.tr("Tagged {count} customers.").format(count=len(customers)) if added
                  else self.tr("Tag removed from {count} customers.").format(count=len(customers)))
        self.changed()

    def _failed(self, error: BaseException) -> None:
        reason = problem_text(error.code) if isinstance(error, FieldError) else (
            str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__)
        self.tell(self.tr("The tags were not changed: {reason}").format(reason=reason))
