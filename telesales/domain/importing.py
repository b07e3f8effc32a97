"""What an imported file's columns mean, and how a cell's text becomes a value.

Column headers are matched to the book's fields in English or Chinese (Simplified or Traditional) after
normalising (case, spaces, punctuation); the rep can change the mapping before importing. Cells are parsed by
small pure functions that raise `CellError` with a code the UI and the command line word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from telesales.domain.model import (
    AnnualDate,
    Attitude,
    BuyingRole,
    CalendarKind,
    CallOutcome,
    CustomerKind,
    DateKind,
    Face,
    Intent,
    Tier,
    VisitStatus,
)
from telesales.domain.profile import FieldKind
from telesales.domain.readings import normalise


class Sheet:
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    ORDERS = "orders"
    CALLS = "calls"
    VISITS = "visits"
    DATES = "dates"
    CUSTOM = "custom"
    TIERS = "tiers"


# what the export names each sheet (the XLSX's sheet, the CSV's file after the book's name)
SHEET_NAMES = {Sheet.CUSTOMERS: "customers", Sheet.CONTACTS: "contacts", Sheet.ORDERS: "orders",
               Sheet.CALLS: "calls", Sheet.VISITS: "visits", Sheet.DATES: "important-dates",
               Sheet.CUSTOM: "custom-fields", Sheet.TIERS: "tier-history"}


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
    # the rest of a customer: what the rep set by hand, and when the customer came into the book
    "added_at": ("Added", "添加时间", "新增時間"),
    "contact_ref": ("Contact no", "联系人编号", "聯絡人編號"),
    "tier_pin_reason": ("Pin reason", "固定原因", "固定等级原因", "固定等級原因"),
    "marked_other": ("Marked other", "标为其他", "標為其他"),
    "face": ("Face", "脸谱", "臉譜", "客户脸谱", "客戶臉譜"),
    "keeps_christmas": ("Keeps Christmas", "过圣诞", "過聖誕"),
    "latitude": ("Latitude", "纬度", "緯度"),
    "longitude": ("Longitude", "经度", "經度"),
    "tags": ("Tags", "tag", "labels", "标签", "標籤", "客户标签", "客戶標籤"),
    # calls
    "call_ref": ("Call no", "通话编号", "通話編號"),
    "called_at": ("Called at", "call time", "通话时间", "通話時間"),
    "outcome": ("Outcome", "通话结果", "通話結果"),
    "call_back_at": ("Call back at", "回电时间", "回電時間"),
    "need": ("Need", "需求"),
    "expected_value": ("Expected value", "预计金额", "預計金額"),
    "attitude": ("Attitude", "态度", "態度"),
    "intent": ("Intent", "意向", "成交意向"),
    "visit_possible": ("Visit possible", "可拜访", "可拜訪"),
    "visit_when": ("Visit when", "拜访时机", "拜訪時機"),
    "materials_requested": ("Materials requested", "索取资料", "索取資料"),
    "next_step": ("Next step", "下一步"),
    "next_step_on": ("Next step on", "下一步日期"),
    "call_notes": ("Call notes", "通话备注", "通話備註"),
    "complaint": ("Complaint", "投诉", "投訴"),
    "unmet_request": ("Unmet request", "未满足需求", "未滿足需求"),
    # visits
    "planned_on": ("Visit date", "拜访日期", "拜訪日期"),
    "starts_at": ("Starts at", "开始时间", "開始時間"),
    "fixed_time": ("Fixed time", "固定时间", "固定時間"),
    "duration": ("Minutes", "时长", "時長"),
    "visit_status": ("Visit status", "拜访状态", "拜訪狀態"),
    "purpose": ("Purpose", "拜访目的", "拜訪目的"),
    "visit_notes": ("Visit notes", "拜访结果", "拜訪結果"),
    "from_call": ("From call no", "来自通话", "來自通話"),
    "sequence": ("Place in the day", "当日顺序", "當日順序"),
    # important dates (a contact's birthday is the contacts' sheet's)
    "date_kind": ("Date kind", "日期类型", "日期類型"),
    "annual_date": ("Annual date", "纪念日", "紀念日"),
    "date_label": ("Date label", "日期说明", "日期說明"),
    # custom fields
    "custom_field": ("Custom field", "自定义字段", "自訂欄位"),
    "custom_kind": ("Field kind", "字段类型", "欄位類型"),
    "custom_choices": ("Field choices", "字段选项", "欄位選項"),
    "custom_value": ("Value", "字段值", "欄位值"),
    # tier history
    "changed_on": ("Changed on", "变更日期", "變更日期"),
    "from_tier": ("From tier", "原等级", "原等級"),
    "to_tier": ("To tier", "新等级", "新等級"),
    "change_reason": ("Change reason", "变更原因", "變更原因"),
    "change_note": ("Pin note", "固定说明", "固定說明"),
}
CONTACT_FIELDS = frozenset(field for field in FIELDS if field.startswith("contact_"))
ORDER_FIELDS = frozenset({"ordered_on", "amount", "profit", "paid", "order_notes"})
# a sheet of the book's history: the fields only it has (a sheet with one of them is of that kind)
HISTORY_FIELDS = {
    Sheet.CALLS: frozenset({"call_ref", "called_at", "outcome", "call_back_at", "need", "expected_value", "attitude",
                            "intent", "visit_possible", "visit_when", "materials_requested", "next_step",
                            "next_step_on", "call_notes", "complaint", "unmet_request"}),
    Sheet.VISITS: frozenset({"planned_on", "starts_at", "fixed_time", "duration", "visit_status", "purpose",
                             "visit_notes", "from_call", "sequence"}),
    Sheet.DATES: frozenset({"date_kind", "annual_date", "date_label"}),
    Sheet.CUSTOM: frozenset({"custom_field", "custom_kind", "custom_choices", "custom_value"}),
    Sheet.TIERS: frozenset({"changed_on", "from_tier", "to_tier", "change_reason", "change_note"}),
}
CUSTOMER_ONLY = (frozenset(FIELDS) - CONTACT_FIELDS - ORDER_FIELDS - {"customer_ref", "name"}
                 - frozenset().union(*HISTORY_FIELDS.values()))
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
    sheet_name = re.sub(r"\s+\d+$", "", sheet_name)  # the export's "contacts 2" goes on from "contacts"
    named = normalise(sheet_name)
    exported = sheet_name.rsplit(".", 1)[-1] if "." in sheet_name else ""  # the export's book.contacts.csv
    for kind, name in SHEET_NAMES.items():
        if exported == name:
            return kind
    for kind, only in HISTORY_FIELDS.items():  # by the fields only such a sheet has
        if fields & only and not fields & CUSTOMER_ONLY:
            return kind
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


def parse_moment(text: str) -> datetime:
    """2024-03-05 14:30, 2024/3/5 14:30:15, an ISO date-time with or without its UTC offset (the export writes one);
    without an offset the caller says in which time zone it was meant."""
    value = text.strip()
    parts = _MOMENT.match(value)
    try:
        if parts is None:
            raise ValueError(value)
        year, month, day, hour, minute, second, fraction, offset = parts.groups()
        found = datetime.fromisoformat(f"{year}-{int(month):02d}-{int(day):02d} {int(hour or 0):02d}:{minute or '00'}"
                                       f":{second or '00'}{fraction or ''}{offset or ''}")
    except ValueError as error:
        parse_date(re.split(r"[ T]", value, maxsplit=1)[0])  # an impossible day is named so
        raise CellError("bad_date", value) from error
    if not 1901 <= found.year <= 2099:
        raise CellError("impossible_date", value)
    return found


_MOMENT = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?)?"
                     r"\s*(Z|[+-]\d{2}:?\d{2})?$")


def format_moment(when: datetime) -> str:
    """The text parse_moment reads back: the moment to the microsecond with its offset."""
    return when.isoformat(sep=" ")


def parse_count(text: str) -> int:
    """A whole number of minutes or a place in a list: 0 to 100,000."""
    value = text.strip()
    if not re.fullmatch(r"\d{1,6}(\.0+)?", value) or float(value) > 100_000:
        raise CellError("bad_number", value)
    return int(float(value))


def parse_degrees(text: str) -> float:
    """A latitude or longitude in decimal degrees (-180 to 180)."""
    value = text.strip()
    try:
        degrees = float(value)
    except ValueError as error:
        raise CellError("bad_number", value) from error
    if not -180.0 <= degrees <= 180.0:  # also refuses nan and inf
        raise CellError("bad_number", value)
    return degrees


def _choices(enum: type[StrEnum], **words: tuple[str, ...]) -> Callable[[str], Any]:
    """A parser of one of `enum`'s values: its own spelling (what the export writes) or the words given for it."""
    known = {normalise(member.value): member for member in enum}
    known.update({normalise(word): enum(value) for value, spellings in words.items() for word in spellings})

    def parse(text: str) -> Any:
        found = known.get(normalise(text))
        if found is None:
            raise CellError("bad_choice", text)
        return found

    return parse


parse_outcome = _choices(CallOutcome, connected=("接通", "已接通"), no_answer=("未接", "无人接听", "無人接聽"),
                         busy=("占线", "佔線", "忙"), wrong_number=("错号", "錯號", "空号", "空號"),
                         refused=("拒绝", "拒絕"), call_back=("稍后回电", "稍後回電", "回电", "回電"))
parse_attitude = _choices(Attitude, warm=("热情", "熱情"), neutral=("一般", "中立"), cold=("冷淡",),
                          hostile=("敌对", "敵對"))
parse_intent = _choices(Intent)
parse_visit_status = _choices(VisitStatus, proposed=("建议", "建議"), planned=("已计划", "已計劃", "计划", "計劃"),
                              done=("完成", "已完成"), cancelled=("取消", "已取消"))
parse_date_kind = _choices(DateKind, birthday=("生日",), company_anniversary=("公司年庆", "公司年慶"),
                           first_deal=("合作纪念日", "合作紀念日"), event=("活动", "活動"), other=("其他",))
parse_face = _choices(Face, red=("红脸", "紅臉"), black=("黑脸", "黑臉"), white=("白脸", "白臉"))
parse_field_kind = _choices(FieldKind, text=("文本", "文字"), number=("数字", "數字"), date=("日期",),
                            choice=("选项", "選項"))


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
    "tag_too_long": "a tag in {value!r} is over 30 characters",
}
