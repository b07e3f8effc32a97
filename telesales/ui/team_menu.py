"""On a shared book, the team lead gives a customer to another rep from the customer list (issue 12).

Offered to a lead only; the server refuses anyone else anyway (row-level security). The customer's "owner left"
churn signal then fires until the new owner reaches them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu, QTableView

from telesales.services.book_session import BookSession
from telesales.services.team import Member
from telesales.ui.workers import Runner


class ReassignMenu(QObject):
    """What the customer list's context menu offers on a shared book: Give to another rep…"""

    def __init__(self, table: QTableView, runner: Runner, session: Callable[[], BookSession | None],
                 changed: Callable[[], None], tell: Callable[[str], None]) -> None:
        super().__init__(table)
        self.table, self.runner = table, runner
        self.session, self.changed, self.tell = session, changed, tell
        self.members: list[Member] = []
        self.me = ""

    def load(self, session: BookSession | None) -> None:
        """Who is on the team (read once per book): the menu shows for a lead only."""
        self.members, self.me = [], ""
        if session is None or session.team is None:
            return
        team = session.team
        self.runner.read(lambda: (team.me(), team.members()), self._loaded, lambda _error: None)

    def _loaded(self, found: tuple[str, list[Member]]) -> None:
        self.me, self.members = found

    def is_lead(self) -> bool:
        return any(member.login == self.me and member.lead for member in self.members)

    def add_to(self, menu: QMenu, customer: int) -> None:
        """Offer the customer to another rep, when this login leads a shared book's team."""
        session = self.session()
        if session is not None and session.team is not None and self.is_lead():
            menu.addSeparator()
            menu.addAction(self.tr("Give to another rep…"), lambda: self.reassign(customer))

    def reassign(self, customer: int, login: str | None = None) -> None:
        session = self.session()
        if session is None or session.team is None:
            return
        if login is None:
            logins = [member.login for member in self.members if member.login != self.me]
            login, chosen = QInputDialog.getItem(self.table, self.tr("Give to another rep"),
                                                 self.tr("The rep who takes customer {id}:").format(id=customer),
                                                 logins, 0, False)
            if not chosen or not login:
                return
        team = session.team
        self.runner.write(lambda: team.reassign(date.today(), login, [customer]),
                          lambda moved: self._done(login, moved), self._failed)

    def _done(self, login: str, moved: list[int]) -> None:
        self.tell(self.tr("{count} customer now belongs to {rep}.").format(count=len(moved), rep=login))
        self.changed()

    def _failed(self, error: BaseException) -> None:
        self.tell(self.tr("The customer could not be given away: {reason}").format(
            reason=str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__))
