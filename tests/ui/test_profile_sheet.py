"""The customer profile sheet as the rep uses it: every field saved at once and read back, validation at the
field, undo with Ctrl+Z, contacts with roles and birthdays, dates, custom fields, printing, both Chinese scripts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from telesales.app import open_session
from telesales.domain.listing import ListQuery
from telesales.domain.model import AnnualDate, BuyingRole, CalendarKind, CustomerKind, DateKind
from telesales.domain.profile import FieldKind
from telesales.i18n.qt import LanguageSwitcher
from telesales.services.book_session import BookSession
from telesales.ui.profile_print import money
from telesales.ui.screens.profile import ProfileDialog
from telesales.ui.workers import Runner

CUSTOMER = 3


@pytest.fixture
def session(demo_path: Path) -> Iterator[BookSession]:
    opened = open_session(demo_path)
    yield opened
    opened.close()


def settle(qapp: QApplication, dialog: ProfileDialog) -> None:
    for _ in range(6):
        dialog.runner.wait()
        qapp.processEvents()


def open_sheet(qtbot: QtBot, qapp: QApplication, session: BookSession, language: str = "en",
               customer: int = CUSTOMER) -> ProfileDialog:
    runner = Runner()
    dialog = ProfileDialog(session, runner, customer, language)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qapp, dialog)
    assert dialog.profile is not None
    return dialog


def type_into(dialog: ProfileDialog, name: str, text: str) -> None:
    widget = dialog.lines.get(name) or dialog.texts[name]
    widget.setText(text)  # Chinese through setText: keyClicks with CJK aborts Qt
    widget.editingFinished.emit()


FIELDS = {
    "name": "深圳市华强电子有限公司", "industry": "电子元件", "scale": "200-500人", "owner": "王小明",
    "phone": "0755 8888 6666", "email": "buy@huaqiang.cn", "wechat": "hq_buyer", "address": "深圳市福田区华强北路1号",
    "province": "广东省", "city": "深圳市", "district": "福田区", "credit_limit": "¥50,000.50",
    "founded_on": "1998-06-18", "payment_terms": "月结60天",
    "competitors": "华为、中兴", "preferences": "喜欢下午来电", "notes": "老板姓陈",
}


def test_every_field_of_the_company_round_trips(qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    dialog = open_sheet(qtbot, qapp, session)
    for name, text in FIELDS.items():
        type_into(dialog, name, text)
    dialog.kind.setCurrentIndex(1)
    dialog.do_not_call.setChecked(True)
    dialog.marked_other.setChecked(True)
    settle(qapp, dialog)
    assert session.profiles is not None
    saved = session.profiles.load(CUSTOMER)
    assert saved is not None
    c = saved.customer
    assert (c.name, c.industry, c.scale, c.owner, c.email, c.wechat, c.address) == (
        "深圳市华强电子有限公司", "电子元件", "200-500人", "王小明", "buy@huaqiang.cn", "hq_buyer", "深圳市福田区华强北路1号")
    assert c.phone == "+8675588886666"
    assert (c.area.province, c.area.city, c.area.district) == ("广东省", "深圳市", "福田区")
    assert c.credit_limit_cents == 5_000_050 and str(c.founded_on) == "1998-06-18"
    assert (c.payment_terms, c.competitors, c.preferences, c.notes) == ("月结60天", "华为、中兴", "喜欢下午来电", "老板姓陈")
    assert (c.kind, c.do_not_call, c.marked_other) == (CustomerKind.PERSON, True, True)  # pins: test_tier_pin.py
    assert session.find("huaqiang")[0].customer_id == CUSTOMER  # the search follows the new name

    again = open_sheet(qtbot, qapp, session)  # and a fresh sheet shows it all
    assert again.lines["phone"].text() == "0755 8888 6666"
    assert again.lines["credit_limit"].text() == money(5_000_050)  # in the language's own digits
    assert again.area.text() == "广东省 · 深圳市 · 福田区"
    assert again.texts["notes"].text() == "老板姓陈"
    assert "Do not call" in again.glance.text()


@pytest.mark.parametrize(("name", "text", "message"), [
    ("phone", "12345", "Not a valid phone number for mainland China."),
    ("email", "chen at huaqiang", "Not an e-mail address."),
    ("credit_limit", "lots", "Not a number."),
    ("founded_on", "2023-02-30", "Not a date; write it as 2024-03-15."),
    ("name", "  ", "This cannot be empty."),
    ("tags", "VIP, " + "长" * 31, "A tag is at most 30 characters."),
])
def test_a_bad_value_is_refused_at_its_field(qtbot: QtBot, qapp: QApplication, session: BookSession, name: str,
                                             text: str, message: str) -> None:
    dialog = open_sheet(qtbot, qapp, session)
    before = session.profiles.load(CUSTOMER)  # type: ignore[union-attr]
    type_into(dialog, name, text)
    settle(qapp, dialog)
    assert dialog.errors[name].text() == message and dialog.errors[name].isVisible()
    assert session.profiles.load(CUSTOMER) == before  # type: ignore[union-attr]
    assert dialog.undo_stack.count() == 0


def test_ctrl_z_undoes_the_last_edits_one_by_one(qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    dialog = open_sheet(qtbot, qapp, session)
    original = dialog.lines["industry"].text()
    type_into(dialog, "industry", "软件")
    type_into(dialog, "industry", "硬件")
    dialog.do_not_call.setChecked(True)
    settle(qapp, dialog)
    assert dialog.undo_button.text() == "Undo Change Do not call"
    load = session.profiles.load  # type: ignore[union-attr]
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qapp, dialog)
    assert load(CUSTOMER).customer.do_not_call is False  # type: ignore[union-attr]
    dialog.undo_action.trigger()
    settle(qapp, dialog)
    assert load(CUSTOMER).customer.industry == "软件" and dialog.lines["industry"].text() == "软件"  # type: ignore[union-attr]
    dialog.undo()
    settle(qapp, dialog)
    assert load(CUSTOMER).customer.industry == original  # type: ignore[union-attr]
    assert not dialog.undo_button.isEnabled()


def test_tags_are_typed_in_one_line_saved_listed_and_undone(qtbot: QtBot, qapp: QApplication,
                                                            session: BookSession) -> None:
    dialog = open_sheet(qtbot, qapp, session)
    before = dialog.profile.customer.tags  # type: ignore[union-attr]
    type_into(dialog, "tags", "VIP、展会客户; vip ,  老客户  介绍")
    settle(qapp, dialog)
    load = session.profiles.load  # type: ignore[union-attr]
    assert load(CUSTOMER).customer.tags == ("VIP", "展会客户", "老客户 介绍")  # type: ignore[union-attr]
    assert dialog.lines["tags"].text() == "VIP, 展会客户, 老客户 介绍"
    assert "Tags: VIP, 展会客户, 老客户 介绍" in dialog.glance.text()
    assert session.listing is not None
    assert [row.id for row in session.customer_listing(ListQuery(tags=frozenset({"展会客户"}))).page(0, 500)
            if row.id == CUSTOMER] == [CUSTOMER]
    dialog.undo()
    settle(qapp, dialog)
    assert load(CUSTOMER).customer.tags == before  # type: ignore[union-attr]
    assert dialog.lines["tags"].text() == ", ".join(before)


def test_contacts_with_roles_birthdays_and_the_decider(qtbot: QtBot, qapp: QApplication,
                                                       session: BookSession) -> None:
    assert session.profiles is not None
    customer = next(number for number in range(1, 121)
                    if not session.profiles.load(number).deciders)  # type: ignore[union-attr]
    dialog = open_sheet(qtbot, qapp, session, customer=customer)
    editor = dialog.contacts
    before = len(editor.contacts)
    assert dialog.decider.text() == "⚠ No decider known yet: find out who decides."
    editor.add_button.click()
    settle(qapp, dialog)
    assert len(editor.contacts) == before + 1 and editor.current().name == "New contact"  # type: ignore[union-attr]
    for name, text in (("name", "陈大文"), ("title", "总经理"), ("phone", "13812345678"), ("email", "chen@hq.cn"),
                       ("wechat", "chendawen")):
        editor.edits[name].setText(text)
        editor.edits[name].editingFinished.emit()
    editor.notes.setText("只在上午接电话")
    editor.notes.editingFinished.emit()
    editor.roles[BuyingRole.DECIDER].setChecked(True)
    editor.roles[BuyingRole.APPROVER].setChecked(True)
    editor.calendar.setCurrentIndex(2)  # lunar
    editor.month.setValue(2)
    editor.day.setValue(30)  # lunar 2/30: kept (the month's last day in a short year)
    editor.day.editingFinished.emit()
    settle(qapp, dialog)
    assert dialog.decider.text() == "★ Decider: 陈大文"
    saved = [c for c in session.profiles.load(customer).contacts if c.name == "陈大文"]  # type: ignore[union-attr]
    assert len(saved) == 1
    contact = saved[0]
    assert (contact.title, contact.phone, contact.email, contact.wechat, contact.notes) == (
        "总经理", "+8613812345678", "chen@hq.cn", "chendawen", "只在上午接电话")
    assert contact.roles == {BuyingRole.DECIDER, BuyingRole.APPROVER}
    assert contact.birthday == AnnualDate(CalendarKind.LUNAR, 2, 30)
    assert session.find("chendawen")[0].contact_id == contact.id or session.find("陈大文")[0].contact_id == contact.id

    editor.calendar.setCurrentIndex(1)  # solar 2/30 does not exist
    settle(qapp, dialog)
    assert editor.errors["birthday"].text() == "This date does not exist."
    editor.edits["phone"].setText("999")
    editor.edits["phone"].editingFinished.emit()
    assert editor.errors["phone"].text() == "Not a valid phone number for mainland China."
    settle(qapp, dialog)
    assert [c for c in session.profiles.load(customer).contacts if c.id == contact.id][0] == contact  # type: ignore[union-attr]

    editor.calendar.setCurrentIndex(2)
    editor.edits["phone"].setText("13812345678")
    editor.edits["phone"].editingFinished.emit()
    editor.remove_button.click()
    settle(qapp, dialog)
    assert all(c.id != contact.id for c in session.profiles.load(customer).contacts)  # type: ignore[union-attr]
    assert dialog.decider.text().startswith("⚠")
    dialog.undo()  # the removed contact comes back whole
    settle(qapp, dialog)
    back = [c for c in session.profiles.load(customer).contacts if c.id == contact.id]  # type: ignore[union-attr]
    assert back == [contact] and dialog.decider.text() == "★ Decider: 陈大文"


def test_important_dates_solar_or_lunar(qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    dialog = open_sheet(qtbot, qapp, session)
    before = session.profiles.load(CUSTOMER).dates  # type: ignore[union-attr]
    dates = dialog.dates
    dates.add_button.click()
    settle(qapp, dialog)
    dates.kind.setCurrentIndex(list(DateKind).index(DateKind.FIRST_DEAL))
    dates.label.setText("第一单")
    dates.label.editingFinished.emit()
    dates.calendar.setCurrentIndex(1)
    dates.month.setValue(8)
    dates.day.setValue(15)
    dates.day.editingFinished.emit()
    settle(qapp, dialog)
    stored = session.profiles.load(CUSTOMER).dates  # type: ignore[union-attr]
    assert [(d.kind, d.label, d.when) for d in stored if d not in before] == [
        (DateKind.FIRST_DEAL, "第一单", AnnualDate(CalendarKind.LUNAR, 8, 15))]
    assert all(d in stored for d in before)  # the customer's other dates are kept
    dates.month.setValue(13)
    dates.month.editingFinished.emit()
    assert dates.error.text() == "This date does not exist."
    settle(qapp, dialog)
    assert session.profiles.load(CUSTOMER).dates == stored  # type: ignore[union-attr]


def test_custom_fields_of_every_kind(qtbot: QtBot, qapp: QApplication, session: BookSession) -> None:
    dialog = open_sheet(qtbot, qapp, session)
    for name, kind, choices in (("采购周期", FieldKind.TEXT, ""), ("员工人数", FieldKind.NUMBER, ""),
                                ("下次招标", FieldKind.DATE, ""), ("付款方式", FieldKind.CHOICE, "现金，转账, 承兑")):
        dialog.new_field_name.setText(name)
        dialog.new_field_kind.setCurrentIndex(list(FieldKind).index(kind))
        dialog.new_field_choices.setText(choices)
        dialog.new_field_button.click()
        settle(qapp, dialog)
    fields = {field.name: field for field in dialog.profile.fields}  # type: ignore[union-attr]
    assert fields["付款方式"].choices == ("现金", "转账", "承兑")
    editors = dialog.custom_editors
    editors[fields["员工人数"].id].setText("many")  # type: ignore[union-attr]
    editors[fields["员工人数"].id].editingFinished.emit()  # type: ignore[union-attr]
    assert dialog.custom_errors[fields["员工人数"].id].text() == "Not a number."
    for name, text in (("采购周期", "每季度"), ("员工人数", "1,200"), ("下次招标", "2027-03-01")):
        editors[fields[name].id].setText(text)  # type: ignore[union-attr]
        editors[fields[name].id].editingFinished.emit()  # type: ignore[union-attr]
    choice = editors[fields["付款方式"].id]
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(2)
    settle(qapp, dialog)
    values = session.profiles.load(CUSTOMER).values  # type: ignore[union-attr]
    assert {name: values.get(field.id) for name, field in fields.items()} == {
        "采购周期": "每季度", "员工人数": "1200", "下次招标": "2027-03-01", "付款方式": "转账"}
    dialog.new_field_kind.setCurrentIndex(list(FieldKind).index(FieldKind.CHOICE))
    dialog.new_field_name.setText("等级")
    dialog.new_field_button.click()
    assert dialog.new_field_error.text() == "A choice field needs at least one choice."


def test_orders_products_totals_and_activity(qtbot: QtBot, qapp: QApplication, session: BookSession,
                                             qtmodeltester: object) -> None:
    dialog = open_sheet(qtbot, qapp, session)
    profile = dialog.profile
    assert profile is not None and profile.totals.orders == dialog.orders_model.rowCount() > 0
    assert dialog.totals.text().startswith(f"{profile.totals.orders} orders, ")
    assert dialog.products_model.rowCount() == len(profile.products) > 0
    assert dialog.calls_model.rowCount() == len(profile.calls)
    for model in (dialog.orders_model, dialog.products_model, dialog.calls_model, dialog.dates.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("language", "words"), [("zh_CN", ("客户概况表", "联系人", "订单")),
                                               ("zh_TW", ("客戶概況表", "聯絡人", "訂單"))])
def test_the_sheet_prints_to_pdf_in_the_reps_language(qtbot: QtBot, qapp: QApplication, session: BookSession,
                                                      tmp_path: Path, language: str, words: tuple[str, ...]) -> None:
    from telesales.ui.profile_print import sheet_html

    switcher = LanguageSwitcher(qapp)
    switcher.apply(language)
    try:
        dialog = open_sheet(qtbot, qapp, session, language)
        html = sheet_html(dialog.profile)  # type: ignore[arg-type]
        assert all(word in html for word in words) and "Customer profile sheet" not in html
        path = dialog.print_to(tmp_path / "sheet.pdf")
        assert path is not None and path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 10_000
    finally:
        switcher.apply("en")


LATIN = re.compile(r"[A-Za-z]{2,}")


def _visible(dialog: ProfileDialog) -> list[str]:
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
    return texts


@pytest.mark.parametrize(("language", "tab"), [("zh_CN", "联系人"), ("zh_TW", "聯絡人")])
def test_the_sheet_speaks_both_chinese_scripts(qtbot: QtBot, qapp: QApplication, session: BookSession,
                                               language: str, tab: str) -> None:
    switcher = LanguageSwitcher(qapp)
    switcher.apply(language)
    try:
        dialog = open_sheet(qtbot, qapp, session, language)
        assert dialog.tabs.tabText(1) == tab
        data = {c.email for c in dialog.profile.contacts} | {dialog.profile.customer.email}  # type: ignore[union-attr]
        untranslated = [text for text in _visible(dialog)
                        if LATIN.search(text.replace("PDF", "")) and not any(value and value in text for value in data)]
        assert untranslated == []
        assert all("{" not in text for text in _visible(dialog))
    finally:
        switcher.apply("en")
