<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CLI</name>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="43" />
        <source>A desktop assistant for phone sales reps. Without a subcommand, opens the app.</source>
        <translation>电话销售助手。不带子命令时打开应用。</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="46" />
        <source>the book file to open (default: your own book)</source>
        <translation>要打开的客户簿文件（默认：你自己的客户簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="47" />
        <source>the app's language</source>
        <translation>应用的语言</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="17" />
        <location filename="../../telesales/cli/transfer_commands.py" line="21" />
        <location filename="../../telesales/cli/transfer_commands.py" line="35" />
        <location filename="../../telesales/cli/transfer_commands.py" line="45" />
        <source>the book file (default: your own book)</source>
        <translation>客户簿文件（默认：你自己的客户簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="18" />
        <location filename="../../telesales/cli/book_commands.py" line="34" />
        <location filename="../../telesales/cli/transfer_commands.py" line="30" />
        <location filename="../../telesales/cli/transfer_commands.py" line="39" />
        <location filename="../../telesales/cli/transfer_commands.py" line="47" />
        <source>print JSON for scripts</source>
        <translation>输出 JSON，供脚本使用</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="22" />
        <source>what a book holds: counts per table, schema revision</source>
        <translation>客户簿的内容：各表的数量、数据结构版本</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="26" />
        <source>create a demo book with realistic customers, calls and orders</source>
        <translation>创建一个包含逼真客户、通话和订单的演示客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="27" />
        <source>where to create the demo book (must not exist)</source>
        <translation>演示客户簿的位置（不能已存在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="28" />
        <source>how many customers (default 300)</source>
        <translation>客户数量（默认 300）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="29" />
        <source>the same seed gives the same book (default 1)</source>
        <translation>相同的种子生成相同的客户簿（默认 1）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="31" />
        <source>names, places and phones of this locale (default zh_CN)</source>
        <translation>使用该地区的姓名、地点和电话（默认 zh_CN）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="33" />
        <source>the day the demo's history ends (YYYY-MM-DD, default today)</source>
        <translation>演示历史数据的截止日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="37" />
        <source>show or change the book's rules (tier cut-offs, cadences…)</source>
        <translation>查看或修改客户簿的规则（等级比例、联系周期…）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="39" />
        <source>change one rule</source>
        <translation>修改一条规则</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="17" />
        <source>import customers, contacts and orders from CSV, XLSX or vCard files (all or nothing)</source>
        <translation>从 CSV、XLSX 或 vCard 文件导入客户、联系人和订单（要么全部导入，要么都不导入）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="20" />
        <source>CSV (UTF-8 or GB18030), XLSX/XLS/ODS or .vcf files</source>
        <translation>CSV（UTF-8 或 GB18030）、XLSX/XLS/ODS 或 .vcf 文件</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="23" />
        <source>check the files and report, without changing the book</source>
        <translation>只检查文件并报告，不修改客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="24" />
        <source>what to do with a customer already in the book (same phone, or same company and city)</source>
        <translation>客户簿中已有的客户（电话相同，或公司和城市相同）如何处理</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="26" />
        <source>the CSV files' encoding (default: UTF-8, else GB18030)</source>
        <translation>CSV 文件的编码（默认 UTF-8，否则 GB18030）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="29" />
        <source>write the bad rows (line, column, reason) to this file</source>
        <translation>把有问题的行（行号、列、原因）写入此文件</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="33" />
        <source>export the whole book to XLSX or CSV (or its contacts to vCard)</source>
        <translation>把整个客户簿导出为 XLSX 或 CSV（或把联系人导出为 vCard）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="36" />
        <source>xlsx: one workbook; csv: one file per sheet beside --out; vcf: contacts as vCards</source>
        <translation>xlsx：一个工作簿；csv：每张表一个文件，放在 --out 旁边；vcf：联系人名片</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="38" />
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="42" />
        <source>find customers and contacts by name, pinyin, initials, phone digits or place, best first</source>
        <translation>按名称、拼音、首字母、电话号码或地区查找客户和联系人，最匹配的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="44" />
        <source>what to look for</source>
        <translation>要查找的内容</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="46" />
        <source>at most this many (default 20)</source>
        <translation>最多显示这么多条（默认 20）</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="34" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="35" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="36" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="37" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="38" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="39" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="40" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="41" />
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="42" />
        <source>Last call</source>
        <translation>上次通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="115" />
        <source>{tier} (pinned)</source>
        <translation>{tier}（已固定）</translation>
    </message>
</context>
<context>
    <name>CustomerWords</name>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="8" />
        <source>Acquisition</source>
        <translation>考察期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="9" />
        <source>Growth</source>
        <translation>形成期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="10" />
        <source>Stable</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="11" />
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="14" />
        <source>A · clear intent</source>
        <translation>A · 意向明确</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="15" />
        <source>B · interested</source>
        <translation>B · 有兴趣</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="16" />
        <source>C · neutral</source>
        <translation>C · 一般</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="17" />
        <source>D · not interested</source>
        <translation>D · 无兴趣</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="20" />
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="21" />
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="22" />
        <source>Decider</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="23" />
        <source>Approver</source>
        <translation>批准者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="24" />
        <source>Buyer</source>
        <translation>购买者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="25" />
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="28" />
        <source>buying far less than last year</source>
        <translation>采购额远低于去年</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="29" />
        <source>silent for longer than usual</source>
        <translation>沉默时间超出往常</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="30" />
        <source>their rep left</source>
        <translation>原负责销售已离职</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="31" />
        <source>a deal stalled on terms</source>
        <translation>交易卡在条款上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="32" />
        <source>asked for something we did not offer</source>
        <translation>提出了我们无法满足的需求</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="33" />
        <source>repeated complaints</source>
        <translation>多次投诉</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="36" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="37" />
        <source>Company anniversary</source>
        <translation>公司年庆</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="38" />
        <source>First deal</source>
        <translation>合作纪念日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="39" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="40" />
        <source>Other date</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="43" />
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="44" />
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="47" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="48" />
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="51" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="52" />
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="53" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="54" />
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="57" />
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="58" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="59" />
        <source>Send materials</source>
        <translation>寄送资料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="60" />
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="61" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="62" />
        <source>Close the day</source>
        <translation>每日梳理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="65" />
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="66" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="67" />
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="68" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="69" />
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="70" />
        <source>Call back</source>
        <translation>稍后回电</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="94" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="179" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="182" />
        <source>All areas</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="188" />
        <source>{area} ({count})</source>
        <translation>{area}（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="188" />
        <source>(no area)</source>
        <translation>（无地区）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="190" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="193" />
        <source>No stage yet</source>
        <translation>尚无阶段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="194" />
        <source>Any intent</source>
        <translation>任意意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="197" />
        <source>Intent not known</source>
        <translation>意向未知</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="205" />
        <source>Find by name, pinyin, initials, phone or place…</source>
        <translation>按名称、拼音、首字母、电话或地区查找…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="214" />
        <source>{shown} of {count} customers</source>
        <translation>{count} 位客户中的 {shown} 位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="217" />
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../telesales/ui/labels.py" line="11" />
        <source>Super</source>
        <translation>超级客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="12" />
        <source>Big</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="13" />
        <source>Medium</source>
        <translation>中客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="14" />
        <source>Small</source>
        <translation>小客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="15" />
        <source>Inactive</source>
        <translation>非积极客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="16" />
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="17" />
        <source>Suspect</source>
        <translation>疑虑者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="18" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="22" />
        <source>There is no book at {path}.</source>
        <translation>{path} 处没有客户簿。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="23" />
        <source>{path} is not a telesales book. The file was not changed.</source>
        <translation>{path} 不是 telesales 客户簿，文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="24" />
        <source>{path} is damaged and cannot be read. The file was not changed.</source>
        <translation>{path} 已损坏，无法读取，文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="25" />
        <source>{path} was made by a newer version of telesales. Update the app to open it.</source>
        <translation>{path} 由更新版本的 telesales 创建，请先升级应用再打开。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="27" />
        <source>{path} already exists; choose another name.</source>
        <translation>{path} 已存在，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="116" />
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="132" />
        <source>The book was upgraded; a copy of the old one is at {path}</source>
        <translation>客户簿已升级，旧版副本保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="141" />
        <source>The book could not be opened: {reason}</source>
        <translation>无法打开客户簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="143" />
        <source>Cannot open the book</source>
        <translation>无法打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="160" />
        <source>New book</source>
        <translation>新建客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="160" />
        <location filename="../../telesales/ui/main_window.py" line="166" />
        <source>Books ({patterns})</source>
        <translation>客户簿 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="166" />
        <source>Open book</source>
        <translation>打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="188" />
        <source>telesales {version}</source>
        <translation>telesales {version}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="190" />
        <source>Book: {path}</source>
        <translation>客户簿：{path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="191" />
        <source>Schema revision: {revision}</source>
        <translation>数据结构版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="192" />
        <source>About telesales</source>
        <translation>关于 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="197" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="198" />
        <source>&amp;New book…</source>
        <translation>新建客户簿(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="199" />
        <source>&amp;Open book…</source>
        <translation>打开客户簿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="200" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="201" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="202" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="203" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="204" />
        <source>&amp;About telesales</source>
        <translation>关于 telesales(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="211" />
        <source>No book open</source>
        <translation>未打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="214" />
        <source>{book} — telesales</source>
        <translation>{book} — telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="217" />
        <source>{customers} customers · {calls} calls</source>
        <translation>{customers} 位客户 · {calls} 次通话</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="53" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="65" />
        <source>Your book</source>
        <translation>我的客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="67" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="68" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="69" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="70" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="71" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="72" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="80" />
        <source>Book: {path} · {size} · schema revision {revision}</source>
        <translation>客户簿：{path} · {size} · 数据结构版本 {revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="83" />
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../telesales/domain/settings.py" line="53" />
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="54" />
        <source>Call list</source>
        <translation>通话清单</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="55" />
        <source>Churn</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="56" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="57" />
        <source>Greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="59" />
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="62" />
        <source>My name (owner of my customers)</source>
        <translation>我的名字（名下客户的负责人）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="63" />
        <source>Revenue look-back (months)</source>
        <translation>营收回溯期（月）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="65" />
        <source>Super customers (top %)</source>
        <translation>超级客户（前 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="67" />
        <source>Big customers (next %)</source>
        <translation>大客户（其后 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="69" />
        <source>Medium customers (next %)</source>
        <translation>中客户（其后 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="72" />
        <source>Always at least one super customer</source>
        <translation>至少保留一位超级客户</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="73" />
        <source>Calls per day</source>
        <translation>每日通话数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="74" />
        <source>Weight of expected demand</source>
        <translation>预期需求权重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="76" />
        <source>Weight of buying intent</source>
        <translation>成交意向权重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="78" />
        <source>Weight of tier</source>
        <translation>客户等级权重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="79" />
        <source>Call super customers every (days)</source>
        <translation>超级客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="81" />
        <source>Call big customers every (days)</source>
        <translation>大客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="84" />
        <source>Call medium customers every (days)</source>
        <translation>中客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="85" />
        <source>Call small customers every (days)</source>
        <translation>小客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="88" />
        <source>Churn warning below this share of last year (%)</source>
        <translation>低于去年同期该比例时预警（%）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="89" />
        <source>Complaints that make a churn warning</source>
        <translation>触发流失预警的投诉次数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="91" />
        <source>Visits per day</source>
        <translation>每日拜访数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="92" />
        <source>Hours for visits per day</source>
        <translation>每日拜访时长（小时）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="94" />
        <source>Minutes per visit</source>
        <translation>每次拜访时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="95" />
        <source>Travel speed (km/h)</source>
        <translation>行程速度（公里/小时）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="97" />
        <source>Festival region</source>
        <translation>节日地区</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="99" />
        <source>Remind this many days ahead</source>
        <translation>提前提醒天数</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="78" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="79" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="80" />
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
</TS>