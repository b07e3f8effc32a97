"""Words for the demo book, per locale: industries, products, streets, what customers say on calls."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vocabulary:
    faker_locale: str
    phone_region: str
    industries: tuple[str, ...]
    scales: tuple[str, ...]
    products: tuple[tuple[str, int], ...]  # name, unit price in cents
    streets: tuple[str, ...]
    needs: tuple[str, ...]
    next_steps: tuple[str, ...]
    materials: tuple[str, ...]
    titles: tuple[str, ...]
    payment_terms: tuple[str, ...]
    competitors: tuple[str, ...]
    tags: tuple[str, ...] = ()  # the rep's own labels, a few per customer


_ZH_CN = Vocabulary(
    faker_locale="zh_CN",
    phone_region="CN",
    industries=("制造业", "零售", "餐饮", "物流", "医疗器械", "教育培训", "建筑工程", "电子元件", "食品加工",
                "汽车配件", "酒店", "物业管理"),
    scales=("1-10人", "11-50人", "51-200人", "201-1000人", "1000人以上"),
    products=(("A4复印纸(箱)", 16_000), ("激光打印机", 189_900), ("硒鼓", 45_000), ("办公椅", 69_900),
              ("文件柜", 120_000), ("碎纸机", 88_000), ("投影仪", 359_900), ("会议平板", 1_299_900),
              ("收银机", 259_900), ("条码扫描枪", 39_900), ("标签打印机", 99_900), ("办公套装", 2_990_000)),
    streets=("人民路", "中山路", "解放路", "建设路", "和平路", "新华路", "胜利路", "文化路", "青年路", "朝阳路",
             "科技园路", "工业大道", "滨河路", "东风路", "长江路", "花园路"),
    needs=("更换全部打印设备", "年度办公用品采购", "新办公室开业采购", "会议室升级", "门店收银系统更新",
           "比较报价后决定", "预算待批"),
    next_steps=("发送报价单", "约见采购经理", "安排演示", "寄送样品", "跟进预算审批", "确认合同条款"),
    materials=("产品目录", "报价单", "案例介绍", "样品"),
    titles=("总经理", "采购经理", "行政主管", "财务总监", "店长", "IT经理", "前台"),
    payment_terms=("月结30天", "月结60天", "款到发货", "货到付款"),
    competitors=("得力", "齐心", "晨光", "本地经销商"),
    tags=("VIP", "展会客户", "老客户介绍", "政府采购", "连锁", "需开专票", "价格敏感"),
)

_ZH_TW = Vocabulary(
    faker_locale="zh_TW",
    phone_region="TW",
    industries=("製造業", "零售", "餐飲", "物流", "醫療器材", "教育訓練", "營建工程", "電子零件", "食品加工",
                "汽車零件", "飯店", "物業管理"),
    scales=("1-10人", "11-50人", "51-200人", "201-1000人", "1000人以上"),
    products=(("A4影印紙(箱)", 60_000), ("雷射印表機", 890_000), ("碳粉匣", 210_000), ("辦公椅", 320_000),
              ("檔案櫃", 550_000), ("碎紙機", 400_000), ("投影機", 1_690_000), ("會議觸控螢幕", 5_990_000),
              ("收銀機", 1_190_000), ("條碼掃描器", 180_000), ("標籤印表機", 460_000), ("辦公整套方案", 13_800_000)),
    streets=("中正路", "中山路", "民生路", "民權路", "忠孝東路", "仁愛路", "信義路", "復興路", "光復路", "建國路",
             "和平東路", "成功路", "自強路", "文化路", "三民路", "博愛路"),
    needs=("汰換全部印表機", "年度辦公用品採購", "新辦公室開幕採購", "會議室升級", "門市收銀系統更新",
           "比價後再決定", "預算待核准"),
    next_steps=("寄送報價單", "約採購經理見面", "安排產品展示", "寄送樣品", "追蹤預算核准", "確認合約條款"),
    materials=("產品型錄", "報價單", "案例介紹", "樣品"),
    titles=("總經理", "採購經理", "行政主管", "財務長", "店長", "資訊經理", "總機"),
    payment_terms=("月結30天", "月結60天", "款到出貨", "貨到付款"),
    competitors=("三多", "文具批發商", "本地經銷商"),
    tags=("VIP", "展覽客戶", "老客戶介紹", "政府採購", "連鎖", "需開三聯發票", "價格敏感"),
)

_EN_US = Vocabulary(
    faker_locale="en_US",
    phone_region="US",
    industries=("Manufacturing", "Retail", "Restaurants", "Logistics", "Medical devices", "Education",
                "Construction", "Electronics", "Food processing", "Auto parts", "Hospitality", "Property management"),
    scales=("1-10", "11-50", "51-200", "201-1000", "1000+"),
    products=(("Copy paper (case)", 4_999), ("Laser printer", 32_900), ("Toner cartridge", 8_900),
              ("Office chair", 24_900), ("File cabinet", 19_900), ("Shredder", 15_900), ("Projector", 64_900),
              ("Meeting display", 249_900), ("POS terminal", 79_900), ("Barcode scanner", 12_900),
              ("Label printer", 19_900), ("Office suite package", 499_900)),
    streets=("Main St", "Oak Ave", "Maple St", "Washington Ave", "Lake St", "Park Ave", "Elm St", "Broadway",
             "Market St", "Pine St", "Cedar Rd", "Hill St"),
    needs=("Replace all printers", "Yearly office supplies", "New office opening", "Meeting room upgrade",
           "New POS at the stores", "Comparing quotes", "Budget awaiting approval"),
    next_steps=("Send the quote", "Meet the purchasing manager", "Arrange a demo", "Send samples",
                "Follow up on budget approval", "Agree the contract terms"),
    materials=("Catalogue", "Quote", "Case studies", "Samples"),
    titles=("CEO", "Purchasing manager", "Office manager", "CFO", "Store manager", "IT manager", "Receptionist"),
    payment_terms=("Net 30", "Net 60", "Prepaid", "Cash on delivery"),
    competitors=("Staples", "Office Depot", "a local dealer"),
    tags=("VIP", "Trade show", "Referral", "Government", "Chain", "Tax exempt", "Price sensitive"),
)

VOCABULARIES = {"zh_CN": _ZH_CN, "zh_TW": _ZH_TW, "en_US": _EN_US}
