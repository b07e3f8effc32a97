"""What an imported file's columns mean, and how a cell's text becomes a value.

Column headers are matched to the book's fields in English or Chinese (Simplified or Traditional) after
normalising (case, spaces, punctuation); the rep can change the mapping before importing. Cells are parsed by
small pure functions that raise `CellError` with a code the UI and the command line word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from telesales.domain.model import AnnualDate, BuyingRole, CalendarKind, CustomerKind, Tier
from telesales.domain.readings import normalise


class Sheet:
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    ORDERS = "orders"


# field name -> header spellings (normalised on use); the first English one is the export's header
FIELDS: dict[str, tuple[str, ...]] = {
    "customer_ref": ("Customer no", "customer id", "customer ref", "客户编号", "客戶編號", "客户号", "编号", "編號"),
    "name": ("Name", "customer", "customer name", "company", "company name", "客户名称", "客戶名稱", "客户", "客戶",
             "公司名称", "公司名稱", "公司", "单位名称", "單位名稱", "名称", "名稱", "姓名"),
    "kind": ("Kind", "type", "company or person", "类型", "類型", "客户类型", "客戶類型"),
    "industry": ("Industry", "行业", "行業", "產業"),
    "scale": ("Scale", "size", "employees", "规模", "規模", "公司规模", "公司規模"),
    "phone": ("Phone", "telephone", "tel", "mobile", "电话", "電話", "手机", "手機", "联系电话", "聯絡電話", "聯繫電話"),
    "email": ("Email", "e-mail", "mail", "邮箱", "郵箱", "电子邮件", "電子郵件", "電子信箱"),
    "wechat": ("WeChat", "微信", "微信号", "微信號"),
    "address": ("Address", "地址", "详细地址", "詳細地址"),
    "province": ("Province", "state", "省", "省份", "省市"),
    "city": ("City", "市", "城市"),
    "district": ("District", "county", "区", "區", "区县", "區縣", "县区", "鄉鎮市區"),
    "region": ("Region", "地区代码", "地區代碼"),
    "owner": ("Owner", "sales rep", "负责人", "負責人", "业务员", "業務員"),
    "credit_limit": ("Credit limit", "credit", "信用额度", "信用額度", "授信额度", "授信額度"),
    "payment_terms": ("Payment terms", "付款条件", "付款條件", "账期", "帳期"),
    "competitors": ("Competitors", "competitor", "竞争对手", "競爭對手", "竞品", "競品"),
    "preferences": ("Preferences", "偏好", "喜好"),
    "notes": ("Notes", "note", "remarks", "备注", "備註", "说明", "說明"),
    "founded_on": ("Founded", "founded on", "成立日期", "成立时间", "成立時間"),
    "tier": ("Tier", "客户等级", "客戶等級", "等级", "等級"),
    "tier_pin": ("Pinned tier", "固定等级", "固定等級"),
    "do_not_call": ("Do not call", "请勿致电", "請勿致電", "勿扰", "勿擾"),
    "contact_name": ("Contact", "contact name", "联系人", "聯絡人", "聯繫人", "联系人姓名", "聯絡人姓名"),
    "contact_title": ("Contact title", "title", "job title", "position", "职务", "職務", "职位", "職位", "职称", "職稱"),
    "contact_phone": ("Contact phone", "contact mobile", "联系人电话", "聯絡人電話", "联系人手机", "聯絡人手機"),
    "contact_email": ("Contact email", "联系人邮箱", "聯絡人郵箱", "聯絡人信箱"),
    "contact_wechat": ("Contact WeChat", "联系人微信", "聯絡人微信"),
    "contact_roles": ("Buying roles", "roles", "role", "角色", "采购角色", "採購角色", "购买角色", "購買角色"),
    "contact_birthday": ("Birthday", "生日", "出生日期"),
    "contact_notes": ("Contact notes", "联系人备注", "聯絡人備註"),
    "ordered_on": ("Order date", "ordered on", "date", "订单日期", "訂單日期", "下单日期", "下單日期", "日期"),
    "amount": ("Amount", "order amount", "total", "金额", "金額", "订单金额", "訂單金額"),
    "profit": ("Profit", "利润", "利潤", "毛利"),
    "paid": ("Paid", "amount paid", "回款", "已付", "已付金额", "已付金額"),
    "order_notes": ("Order notes", "订单备注", "訂單備註"),
}
CONTACT_FIELDS = frozenset(field for field in FIELDS if field.startswith("contact_"))
ORDER_FIELDS = frozenset({"ordered_on", "amount", "profit", "paid", "order_notes"})
CUSTOMER_ONLY = frozenset(FIELDS) - CONTACT_FIELDS - ORDER_FIELDS - {"customer_ref", "name"}
_SYNONYMS = {normalise(spelling): field for field, spellings in FIELDS.items() for spelling in spellings}


def export_header(field: str) -> str:
    return FIELDS[field][0]


def guess_field(header: str) -> str | None:
    return _SYNONYMS.get(normalise(header))


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field, each field at most once (the first column that names it)."""
    mapping: dict[int, str] = {}
    for column, header in enumerate(headers):
        field = guess_field(header)
        if field and field not in mapping.values():
            mapping[column] = field
    return mapping


def sheet_kind(fields: set[str], sheet_name: str = "") -> str:
    """What a sheet holds, from its mapped fields (or its name when it is one of the export's sheets)."""
    named = normalise(sheet_name)
    if named in ("orders", "订单", "訂單") or (fields & {"ordered_on", "amount"} and not fields & CUSTOMER_ONLY):
        return Sheet.ORDERS
    if named in ("contacts", "联系人", "聯絡人") or ("contact_name" in fields and "name" not in fields
                                                    and not fields & CUSTOMER_ONLY):
        return Sheet.CONTACTS
    return Sheet.CUSTOMERS


# -- cells


class CellError(ValueError):
    """A cell that cannot be read; `code` says why (the UI and the command line word it)."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.value = value


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula (OWASP's list)


def unescape(text: str) -> str:
    """A cell as typed: the export's protective apostrophe before = + - @ is dropped."""
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START else text


def escape(text: str) -> str:
    """A cell that a spreadsheet must never run as a formula (CSV/XLSX injection)."""
    return "'" + text if text.startswith(FORMULA_START) else text


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号號]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(text: str) -> date:
    """YYYY-MM-DD, YYYY/M/D, YYYY.M.D, 2024年3月5日, 20240305, an ISO date-time or an Excel day number."""
    value = text.strip()
    for pattern in _DATE_PATTERNS:
        found = pattern.match(value)
        if found:
            try:
                return date(int(found[1]), int(found[2]), int(found[3]))
            except ValueError as error:
                raise CellError("impossible_date", value) from error
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    if re.fullmatch(r"\d{5}(\.0+)?", value):
        return _EXCEL_EPOCH + timedelta(days=int(float(value)))
    raise CellError("bad_date", value)


MAX_CENTS = 10**13  # 100,000,000,000.00: more than any order or credit line, and sums stay inside SQLite's integers


def parse_cents(text: str) -> int:
    """¥12,345.60 / 12345.6 / 1.2万 / -3 → integer cents (exact; never through float). At most MAX_CENTS either way."""
    value = re.sub(r"[\s,，¥￥$元圆]|NT\$|RMB|CNY|TWD|HKD|USD", "", text.strip(), flags=re.IGNORECASE)
    factor = Decimal(1)
    if value.endswith(("万", "萬")):
        value, factor = value[:-1], Decimal(10_000)
    try:
        amount = Decimal(value) * factor
        if not amount.is_finite() or abs(amount) > MAX_CENTS // 100:
            raise CellError("bad_number", text)
        return int((amount * 100).to_integral_value())
    except ArithmeticError as error:  # InvalidOperation, Overflow (1e999999)
        raise CellError("bad_number", text) from error


_KINDS = {"company": CustomerKind.COMPANY, "公司": CustomerKind.COMPANY, "企业": CustomerKind.COMPANY,
          "企業": CustomerKind.COMPANY, "单位": CustomerKind.COMPANY, "單位": CustomerKind.COMPANY,
          "person": CustomerKind.PERSON, "个人": CustomerKind.PERSON, "個人": CustomerKind.PERSON,
          "individual": CustomerKind.PERSON}


def parse_kind(text: str) -> CustomerKind:
    kind = _KINDS.get(normalise(text))
    if kind is None:
        raise CellError("bad_choice", text)
    return kind


_ROLES = {"user": BuyingRole.USER, "使用者": BuyingRole.USER, "用户": BuyingRole.USER, "用戶": BuyingRole.USER,
          "influencer": BuyingRole.INFLUENCER, "影响者": BuyingRole.INFLUENCER, "影響者": BuyingRole.INFLUENCER,
          "decider": BuyingRole.DECIDER, "决策者": BuyingRole.DECIDER, "決策者": BuyingRole.DECIDER,
          "decisionmaker": BuyingRole.DECIDER, "approver": BuyingRole.APPROVER, "批准者": BuyingRole.APPROVER,
          "审批者": BuyingRole.APPROVER, "審批者": BuyingRole.APPROVER, "buyer": BuyingRole.BUYER,
          "购买者": BuyingRole.BUYER, "購買者": BuyingRole.BUYER, "采购": BuyingRole.BUYER, "採購": BuyingRole.BUYER,
          "gatekeeper": BuyingRole.GATEKEEPER, "把关者": BuyingRole.GATEKEEPER, "把關者": BuyingRole.GATEKEEPER}


_TIERS = {"super": Tier.SUPER, "超级客户": Tier.SUPER, "超級客戶": Tier.SUPER, "big": Tier.BIG, "大客户": Tier.BIG,
          "大客戶": Tier.BIG, "medium": Tier.MEDIUM, "中客户": Tier.MEDIUM, "中客戶": Tier.MEDIUM,
          "small": Tier.SMALL, "小客户": Tier.SMALL, "小客戶": Tier.SMALL, "inactive": Tier.INACTIVE,
          "非积极客户": Tier.INACTIVE, "非積極客戶": Tier.INACTIVE, "prospect": Tier.PROSPECT,
          "潜在客户": Tier.PROSPECT, "潛在客戶": Tier.PROSPECT, "suspect": Tier.SUSPECT, "疑虑者": Tier.SUSPECT,
          "疑慮者": Tier.SUSPECT, "other": Tier.OTHER, "其他": Tier.OTHER}
_YES = {"1", "yes", "y", "true", "是", "x", "✓"}
_NO = {"0", "no", "n", "false", "否", ""}


def parse_tier(text: str) -> Tier:
    tier = _TIERS.get(normalise(text))
    if tier is None:
        raise CellError("bad_choice", text)
    return tier


def parse_flag(text: str) -> bool:
    value = normalise(text)
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise CellError("bad_choice", text)


def parse_roles(text: str) -> frozenset[BuyingRole]:
    roles = set()
    for part in re.split(r"[;,，；、/|]+", text):
        if not part.strip():
            continue
        role = _ROLES.get(normalise(part))
        if role is None:
            raise CellError("bad_choice", part.strip())
        roles.add(role)
    return frozenset(roles)


_LUNAR = re.compile(r"^(?:农历|農曆|阴历|陰曆|lunar)\s*(闰|閏|leap)?\s*(?:(\d{4})[-/.年])?\s*(\d{1,2})[-/.月](\d{1,2})[日号號]?$",
                    re.IGNORECASE)
_MONTH_DAY = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})[日号號]?$")


def parse_annual(text: str) -> AnnualDate:
    """A birthday or anniversary: 1980-03-15, 03-15, 3月15日, 农历 3-15, 农历闰4月2日, lunar 1980/8/15."""
    value = text.strip()
    lunar = _LUNAR.match(value)
    try:
        if lunar:
            if lunar[2] and int(lunar[2]) == 0:
                raise CellError("impossible_date", value)  # there is no year 0
            return AnnualDate(CalendarKind.LUNAR, int(lunar[3]), int(lunar[4]), leap=bool(lunar[1]),
                              year=int(lunar[2]) if lunar[2] else None)
        month_day = _MONTH_DAY.match(value)
        if month_day:
            month, day = int(month_day[1]), int(month_day[2])
            date(2000, month, day)  # a leap year: 2/29 is a birthday
            return AnnualDate(CalendarKind.SOLAR, month, day)
        full = parse_date(value)
        return AnnualDate(CalendarKind.SOLAR, full.month, full.day, year=full.year)
    except CellError:
        raise
    except ValueError as error:
        raise CellError("impossible_date", value) from error


def format_annual(when: AnnualDate) -> str:
    """The text parse_annual reads back (the export's form)."""
    core = f"{when.month:02d}-{when.day:02d}"
    if when.calendar is CalendarKind.LUNAR:
        year = f"{when.year}-" if when.year else ""
        return f"lunar {'leap ' if when.leap else ''}{year}{core}"
    return f"{when.year}-{core}" if when.year else core


@dataclass(frozen=True, slots=True)
class Problem:
    """A bad cell: its line in the file (1 = the header line), the column's header, and why."""

    line: int
    column: str
    code: str
    value: str = ""
    sheet: str = ""

    def reason(self) -> str:
        """In English, for the command line and error files (the app words `code` itself)."""
        return REASONS.get(self.code, self.code).format(value=self.value)


REASONS = {
    "required": "a value is required here",
    "bad_phone": "{value!r} is not a valid phone number for the region",
    "bad_email": "{value!r} is not an e-mail address",
    "bad_date": "{value!r} is not a date (write 2024-03-15)",
    "impossible_date": "{value!r} is a date that does not exist",
    "bad_number": "{value!r} is not an amount",
    "bad_choice": "{value!r} is not one of the known values",
    "unknown_customer": "no customer {value!r} in the file or the book",
    "too_long": "the text is too long",
}
