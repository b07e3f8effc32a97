<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="70" />
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="70" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="71" />
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="71" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="71" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="72" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="72" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="72" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="74" />
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="75" />
        <source>Buying intent</source>
        <translation>成交意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="76" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="76" />
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="77" />
        <source>Competitors in place</source>
        <translation>现有竞争对手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="77" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="78" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="97" />
        <source>{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid</source>
        <translation>共 {count} 笔订单，合计 {amount}，已付 {paid}，未付 {unpaid}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="29" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="30" />
        <source>Tables and cards ({patterns})</source>
        <translation>表格和名片（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="54" />
        <location filename="../../telesales/ui/book_transfer.py" line="70" />
        <location filename="../../telesales/ui/book_transfer.py" line="74" />
        <source>Export the book</source>
        <translation>导出客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="70" />
        <source>Written: {files}</source>
        <translation>已写入：{files}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="74" />
        <source>The book could not be exported: {reason}</source>
        <translation>无法导出客户簿：{reason}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="25" />
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="26" />
        <source>Asked for</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="27" />
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="28" />
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="29" />
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="30" />
        <source>Damaged book, moved aside</source>
        <translation>已损坏的账本（已移开）</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <location filename="../../telesales/ui/behind_dialog.py" line="68" />
        <source>The first {shown} of {count} customers</source>
        <translation>前 {shown} 位客户（共 {count} 位）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/behind_dialog.py" line="71" />
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="346" />
        <source>Book the key customers of {date}</source>
        <translation>预约{date}的关键客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="347" />
        <source>The top of that day's call list and every due follow-up: tick who to book, as a call or a visit, at the time you pick.</source>
        <translation>当天通话名单的前几位和所有到期的跟进：勾选要预约的客户，选择致电或拜访以及时间。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="349" />
        <source>Skip this step for now</source>
        <translation>暂时跳过这一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="350" />
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="350" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="350" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="351" />
        <source>As</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="351" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="373" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="374" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="385" />
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="390" />
        <source>{count} key customers; {booked} booked already.</source>
        <translation>{count} 位关键客户；已预约 {booked} 位。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="392" />
        <source>Nobody to book: that day's list is empty.</source>
        <translation>无人可预约：那天的名单是空的。</translation>
    </message>
</context>
<context>
    <name>BookSafety</name>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="66" />
        <source>Today's backup of the book is made ({size}).</source>
        <translation>今天的账本备份已完成（{size}）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="74" />
        <source>The book could not be backed up: {reason}</source>
        <translation>账本无法备份：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="93" />
        <source>The book {path} is damaged: today's backup of it failed its integrity check. Stop working in it and restore a backup.</source>
        <translation>账本 {path} 已损坏：今天的备份未通过完整性检查。请停止在其中工作，并从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="95" />
        <source>The book is damaged</source>
        <translation>账本已损坏</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="97" />
        <source>The latest good backup is from {date} ({size}):
{path}

Restoring it keeps the damaged file among the backups; it is never overwritten.</source>
        <translation>最近一份完好的备份时间为 {date}（{size}）：
{path}

恢复时，损坏的文件会保留在备份中，绝不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="100" />
        <source>&amp;Restore this backup</source>
        <translation>恢复这份备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="101" />
        <source>&amp;Choose another backup…</source>
        <translation>选择其他备份(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="147" />
        <source>Restoring the book…</source>
        <translation>正在恢复账本…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="151" />
        <source>The backup is restored; the book as it was is kept among the backups.</source>
        <translation>备份已恢复；恢复前的账本已保留在备份中。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="153" />
        <source>The backup is restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="161" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="162" />
        <source>The backup could not be restored: {reason}</source>
        <translation>备份无法恢复：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="172" />
        <source>Restore from a &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>BookTransfer</name>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="17" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="17" />
        <source>Tables and cards ({patterns})</source>
        <translation>表格和名片（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="18" />
        <source>Export the book</source>
        <translation>导出客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="18" />
        <source>Written: {files}</source>
        <translation>已写入：{files}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="19" />
        <source>The book could not be exported: {reason}</source>
        <translation>无法导出客户簿：{reason}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="65" />
        <source>A desktop assistant for phone sales reps. Without a subcommand, opens the app.</source>
        <translation>电话销售助手。不带子命令时打开应用。</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="68" />
        <source>the book file to open (default: your own book)</source>
        <translation>要打开的客户簿文件（默认：你自己的客户簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="69" />
        <source>a shared book on a server (postgresql://rep@host/database), for the app and every subcommand</source>
        <translation>服务器上的共享客户簿（postgresql://销售员@主机/数据库），供应用和每个子命令使用</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="71" />
        <source>the app's language</source>
        <translation>应用的语言</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="72" />
        <source>start, show the first window, then quit (a check that the app starts)</source>
        <translation>启动并显示第一个窗口后退出（检查应用能否启动）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="19" />
        <source>back the book up now (SQLite's online backup, checked) or list its backups</source>
        <translation>立即备份账本（SQLite 在线备份，并经过检查），或列出它的备份</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="21" />
        <location filename="../../telesales/cli/backup_commands.py" line="29" />
        <location filename="../../telesales/cli/book_commands.py" line="17" />
        <location filename="../../telesales/cli/call_commands.py" line="24" />
        <location filename="../../telesales/cli/call_commands.py" line="33" />
        <location filename="../../telesales/cli/customer_commands.py" line="19" />
        <location filename="../../telesales/cli/customer_commands.py" line="43" />
        <location filename="../../telesales/cli/customer_commands.py" line="54" />
        <location filename="../../telesales/cli/day_commands.py" line="33" />
        <location filename="../../telesales/cli/day_commands.py" line="48" />
        <location filename="../../telesales/cli/reminder_commands.py" line="21" />
        <location filename="../../telesales/cli/stats_commands.py" line="35" />
        <location filename="../../telesales/cli/transfer_commands.py" line="21" />
        <location filename="../../telesales/cli/transfer_commands.py" line="37" />
        <location filename="../../telesales/cli/transfer_commands.py" line="47" />
        <location filename="../../telesales/cli/value_commands.py" line="27" />
        <location filename="../../telesales/cli/value_commands.py" line="39" />
        <location filename="../../telesales/cli/visit_commands.py" line="29" />
        <location filename="../../telesales/cli/visit_commands.py" line="47" />
        <source>the book file (default: your own book)</source>
        <translation>客户簿文件（默认：你自己的客户簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="23" />
        <source>list the book's backups, newest first, instead</source>
        <translation>改为列出账本的备份，最新的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="24" />
        <location filename="../../telesales/cli/backup_commands.py" line="32" />
        <location filename="../../telesales/cli/book_commands.py" line="18" />
        <location filename="../../telesales/cli/book_commands.py" line="34" />
        <location filename="../../telesales/cli/call_commands.py" line="29" />
        <location filename="../../telesales/cli/call_commands.py" line="52" />
        <location filename="../../telesales/cli/customer_commands.py" line="39" />
        <location filename="../../telesales/cli/customer_commands.py" line="44" />
        <location filename="../../telesales/cli/customer_commands.py" line="55" />
        <location filename="../../telesales/cli/day_commands.py" line="42" />
        <location filename="../../telesales/cli/day_commands.py" line="55" />
        <location filename="../../telesales/cli/desktop_commands.py" line="20" />
        <location filename="../../telesales/cli/reminder_commands.py" line="32" />
        <location filename="../../telesales/cli/reminder_commands.py" line="40" />
        <location filename="../../telesales/cli/reminder_commands.py" line="47" />
        <location filename="../../telesales/cli/stats_commands.py" line="44" />
        <location filename="../../telesales/cli/team_commands.py" line="29" />
        <location filename="../../telesales/cli/team_commands.py" line="55" />
        <location filename="../../telesales/cli/team_commands.py" line="72" />
        <location filename="../../telesales/cli/transfer_commands.py" line="30" />
        <location filename="../../telesales/cli/transfer_commands.py" line="41" />
        <location filename="../../telesales/cli/transfer_commands.py" line="49" />
        <location filename="../../telesales/cli/value_commands.py" line="34" />
        <location filename="../../telesales/cli/value_commands.py" line="48" />
        <location filename="../../telesales/cli/visit_commands.py" line="34" />
        <location filename="../../telesales/cli/visit_commands.py" line="42" />
        <location filename="../../telesales/cli/visit_commands.py" line="48" />
        <source>print JSON for scripts</source>
        <translation>输出 JSON，供脚本使用</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="27" />
        <source>put a backup in the book's place (a copy of the book as it was is kept first)</source>
        <translation>用备份替换账本（会先保留账本原来的副本）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="30" />
        <source>the backup file (a path, or a name from `telesales backup --list`)</source>
        <translation>备份文件（路径，或 `telesales backup --list` 列出的文件名）</translation>
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
        <location filename="../../telesales/cli/reminder_commands.py" line="19" />
        <source>what falls due: follow-ups, thank-you letters, greetings with their ready texts</source>
        <translation>到期事项：跟进、感谢信、附现成文字的问候</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="23" />
        <source>the first day (default today)</source>
        <translation>第一天（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="25" />
        <source>the last day (default a week after the first)</source>
        <translation>最后一天（默认：第一天之后一周）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="27" />
        <source>the day planning starts from (default today)</source>
        <translation>开始安排的日期（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="29" />
        <source>list only what is planned already (by default greetings up to --to are planned first, as the app does every morning)</source>
        <translation>只列出已安排的事项（默认先安排到 --to 为止的问候，与应用每天早上所做的相同）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="35" />
        <source>a year's festival calendar for a region</source>
        <translation>某个地区一年的节日日历</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="36" />
        <location filename="../../telesales/cli/reminder_commands.py" line="46" />
        <source>the year (default this year)</source>
        <translation>年份（默认：今年）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="37" />
        <source>mainland China, Hong Kong or Taiwan</source>
        <translation>中国大陆、香港或台湾</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="39" />
        <source>also these festivals (repeat: qixi, double_ninth, christmas)</source>
        <translation>另加这些节日（可重复：qixi、double_ninth、christmas）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="43" />
        <source>the solar date of a lunar birthday in a year</source>
        <translation>农历生日在某一年的公历日期</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="44" />
        <source>the lunar month and day, e.g. 08-15</source>
        <translation>农历月和日，例如 08-15</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="45" />
        <source>the day is in a leap month (闰月)</source>
        <translation>这一天在闰月</translation>
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
        <location filename="../../telesales/cli/transfer_commands.py" line="31" />
        <source>report each phase's progress on stderr even when it is not a terminal</source>
        <translation>即使 stderr 不是终端，也在 stderr 上报告各阶段进度</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="35" />
        <source>export the whole book to XLSX or CSV (or its contacts to vCard)</source>
        <translation>把整个客户簿导出为 XLSX 或 CSV（或把联系人导出为 vCard）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="38" />
        <source>xlsx: one workbook; csv: one file per sheet beside --out; vcf: contacts as vCards</source>
        <translation>xlsx：一个工作簿；csv：每张表一个文件，放在 --out 旁边；vcf：联系人名片</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="30" />
        <source>a day's plan for the field (calls with reasons and phones, visits in route order, reminders) as PDF, XLSX, CSV (a zip of three files) or ICS</source>
        <translation>外出用的一天计划（带原因和电话的通话、按路线排序的拜访、提醒），格式为 PDF、XLSX、CSV（三个文件的 zip）或 ICS</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="35" />
        <source>the day of the plan (YYYY-MM-DD, default: tomorrow)</source>
        <translation>计划的日期（YYYY-MM-DD，默认：明天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="36" />
        <source>pdf (A5, to read on a phone), xlsx (a sheet each), csv (a zip of calls.csv, visits.csv and reminders.csv, UTF-8 with BOM) or ics (visits and follow-ups as calendar events)</source>
        <translation>pdf（A5，便于手机阅读）、xlsx（每类一个工作表）、csv（calls.csv、visits.csv 和 reminders.csv 的 zip，带 BOM 的 UTF-8）或 ics（拜访和跟进作为日历事件）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="39" />
        <location filename="../../telesales/cli/transfer_commands.py" line="40" />
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="41" />
        <source>the language of the file (default: the app's)</source>
        <translation>文件的语言（默认：应用的语言）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="45" />
        <source>close the day: the day in numbers, what is still open, and the thank-you letters, bookings for the next working day and materials tasks closing it creates</source>
        <translation>每天梳理：今天的数字、尚未完成的事项，以及梳理会生成的感谢信、下一个工作日的预约和资料任务</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="50" />
        <source>the day to close (YYYY-MM-DD, default: today)</source>
        <translation>要梳理的日期（YYYY-MM-DD，默认：今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="51" />
        <source>close the day with the suggested choices (nothing is created twice)</source>
        <translation>按建议的选择完成梳理（不会重复创建）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="54" />
        <source>the language of the texts it creates (default: the app's)</source>
        <translation>所生成文字的语言（默认：应用的语言）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="44" />
        <source>find customers and contacts by name, pinyin, initials, phone digits or place, best first</source>
        <translation>按名称、拼音、首字母、电话号码或地区查找客户和联系人，最匹配的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="46" />
        <source>what to look for</source>
        <translation>要查找的内容</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="48" />
        <source>at most this many (default 20)</source>
        <translation>最多显示这么多条（默认 20）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="25" />
        <source>each customer's tier or band by a valuation method, with the figures behind it</source>
        <translation>按所选评估方法列出每位客户的等级或分档，并附依据数字</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="28" />
        <source>how to value customers (default pyramid)</source>
        <translation>客户价值评估方法（默认：金字塔）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="30" />
        <source>value the book as it was on this day (YYYY-MM-DD, default today); nothing is written</source>
        <translation>按该日的数据评估（YYYY-MM-DD，默认今天）；不写入任何数据</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="32" />
        <source>list only this many customers (the counts stay whole)</source>
        <translation>只列出这么多位客户（统计数仍为全部）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="37" />
        <source>pin a customer's tier by hand with a reason (the pin wins over the computation), or lift it</source>
        <translation>手动固定客户等级并注明原因（固定优先于计算结果），或取消固定</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="23" />
        <source>the day's call list, best first, with the reasons for each rank and who is left out</source>
        <translation>当天的通话名单：按先后排列，附每个排名的原因，以及未列入的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="26" />
        <source>rank as of 09:00 on this day in your time zone (YYYY-MM-DD, default: now)</source>
        <translation>按你所在时区这一天 09:00 排列（YYYY-MM-DD，默认：现在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="28" />
        <source>at most this many (due follow-ups and call-backs are always listed)</source>
        <translation>最多列出这么多位（到期的跟进和约定回电总会列出）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="32" />
        <source>log a call: outcome, need, intent, visit, materials, next step</source>
        <translation>记录一次通话：结果、需求、意向、拜访、资料、下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="34" />
        <location filename="../../telesales/cli/value_commands.py" line="40" />
        <source>the customer's id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="35" />
        <source>how the call went</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="36" />
        <source>the id of the contact reached</source>
        <translation>接听的联系人编号</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="37" />
        <source>when the call was made (default: now)</source>
        <translation>通话时间（默认：现在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="38" />
        <source>with --outcome call_back: when to call back</source>
        <translation>与 --outcome call_back 同用：何时回电</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="40" />
        <source>buying intent: A clear, B interested, C neutral, D not interested</source>
        <translation>成交意向：A 明确，B 有兴趣，C 一般，D 无意向</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="41" />
        <source>the customer's attitude</source>
        <translation>客户的态度</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="42" />
        <source>what the customer needs</source>
        <translation>客户的需求</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="43" />
        <source>the expected order value, e.g. 1234.50</source>
        <translation>预计订单金额，例如 1234.50</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="44" />
        <source>the next step agreed</source>
        <translation>约定的下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="45" />
        <source>when to follow up (YYYY-MM-DD)</source>
        <translation>何时跟进（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="46" />
        <source>a visit is possible (proposes one)</source>
        <translation>可以拜访（会建议一次拜访）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="47" />
        <source>with --visit-possible: when to visit</source>
        <translation>与 --visit-possible 同用：何时拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="48" />
        <source>product materials the customer asked for</source>
        <translation>客户索取的产品资料</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="49" />
        <source>free notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="51" />
        <source>with --outcome refused: mark the customer do-not-call (the rep's confirmation)</source>
        <translation>与 --outcome refused 同用：把客户标为不再致电（由你确认）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="41" />
        <source>the tier to pin</source>
        <translation>要固定的等级</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="43" />
        <source>why (required with --tier)</source>
        <translation>原因（使用 --tier 时必填）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="44" />
        <source>lift the pin: the computed tier applies again</source>
        <translation>取消固定：恢复使用计算出的等级</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="46" />
        <source>the day recorded for the change (YYYY-MM-DD, default today)</source>
        <translation>记录变动的日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="27" />
        <source>the day's visits grouped by area in route order, with times, distances and what does not fit</source>
        <translation>当天的拜访：按地区分组、按路线排序，含时间、距离和排不下的拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="31" />
        <source>the day to plan (YYYY-MM-DD, default: today)</source>
        <translation>要安排的日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="32" />
        <source>plan the five working days from --date instead, spreading visits over them by area</source>
        <translation>改为安排从 --date 起的五个工作日，按地区分配拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="37" />
        <source>read an address into province, city, district and coordinates, and say what was guessed</source>
        <translation>把地址解析为省、市、区和坐标，并说明哪些是推测的</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="39" />
        <source>the address, in Chinese or English</source>
        <translation>地址（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="40" />
        <source>a book whose start address settles district names several cities share</source>
        <translation>用其出发地址来判断多个城市同名的区的客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="45" />
        <source>fill customers' missing province, city and district from their addresses</source>
        <translation>根据地址补全客户缺少的省、市、区</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="32" />
        <source>the numbers a rep watches over a period: sales and its three factors, calls, intent, visits, deals, the pyramid, churn warnings</source>
        <translation>一段时间内要看的数字：销售业绩及其三个因素、通话、意向、拜访、成交、客户金字塔、流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="36" />
        <source>the period's first day (YYYY-MM-DD; default: this month so far)</source>
        <translation>期间的第一天（YYYY-MM-DD；默认：本月至今）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="38" />
        <source>the period's last day (YYYY-MM-DD)</source>
        <translation>期间的最后一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="40" />
        <source>compare with the previous period or the same period last year (default previous)</source>
        <translation>与上一期或去年同期比较（默认上一期）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="43" />
        <source>what kind of period the days are (default: read from them)</source>
        <translation>这些日期是哪种期间（默认：由日期判断）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/desktop_commands.py" line="15" />
        <source>add telesales to the system menu (Linux): menu entry and icons</source>
        <translation>把 telesales 加入系统菜单（Linux）：菜单项和图标</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/desktop_commands.py" line="16" />
        <source>install for every user under PREFIX/share (e.g. /usr/local) instead of your own ~/.local/share</source>
        <translation>为所有用户安装到 PREFIX/share（例如 /usr/local），而不是你自己的 ~/.local/share</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/desktop_commands.py" line="19" />
        <source>remove the menu entry and icons again</source>
        <translation>再次移除菜单项和图标</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="23" />
        <source>move a book file to a shared book on a server, every table's rows checked on both sides</source>
        <translation>把客户簿文件迁移到服务器上的共享客户簿，两边逐表核对行数</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="26" />
        <source>the book file to move</source>
        <translation>要迁移的客户簿文件</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="27" />
        <source>the shared book: postgresql://user@host/database, an empty database</source>
        <translation>共享客户簿：postgresql://用户@主机/数据库，须为空数据库</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="32" />
        <source>a team on a shared book: set it up, add reps, list them, reassign customers (with --db URL)</source>
        <translation>共享客户簿上的团队：初始化、添加销售员、列出成员、重新分配客户（配合 --db URL）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="35" />
        <source>make the database a shared book with roles and row-level security (the database's owner, once)</source>
        <translation>为数据库设置角色和行级安全，使其成为共享客户簿（由数据库所有者执行一次）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="37" />
        <source>let a rep (or with --lead, a team lead) log in</source>
        <translation>允许一名销售员（加 --lead 则为团队主管）登录</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="38" />
        <source>the rep's login: lower-case letters, digits and _</source>
        <translation>销售员的登录名：小写字母、数字和 _</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="39" />
        <source>a team lead: sees every customer and reassigns them</source>
        <translation>团队主管：可看到所有客户并重新分配</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="41" />
        <source>read the rep's password from the first line of standard input</source>
        <translation>从标准输入的第一行读取销售员的密码</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="43" />
        <source>who is on the team and how many customers each owns</source>
        <translation>团队成员及各自负责的客户数</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="44" />
        <source>give customers to another rep (the lead only); their "owner left" churn signal fires</source>
        <translation>把客户交给另一名销售员（仅限主管）；这些客户会出现“负责人离开”的流失信号</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="47" />
        <source>the rep who takes them</source>
        <translation>接手的销售员</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="49" />
        <source>a customer's id (repeat for more)</source>
        <translation>客户编号（可重复给出多个）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="51" />
        <source>every customer of this rep (one who left, say)</source>
        <translation>该销售员的全部客户（例如已离职的人）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="53" />
        <source>the day of the move (default today)</source>
        <translation>移交日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="58" />
        <source>take your part of a shared book along offline, and sync it when back</source>
        <translation>把共享客户簿中属于你的部分带走离线使用，回来后再同步</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="61" />
        <source>copy your customers and all that hangs off them from the shared book (--db) to a book file</source>
        <translation>把你的客户及其全部相关记录从共享客户簿（--db）复制到一个客户簿文件</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="64" />
        <source>the field copy to create (must not exist)</source>
        <translation>要创建的外勤副本（不能已存在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="65" />
        <source>send what you did offline up, take the team's changes down; conflicts are shown, never overwritten</source>
        <translation>上传离线时做的工作，下载团队的改动；冲突会列出，绝不覆盖</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="68" />
        <source>the field copy (it remembers its shared book)</source>
        <translation>外勤副本（它记得来自哪个共享客户簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="69" />
        <source>resolve the conflicts shown by the last sync: keep your values or the shared book's</source>
        <translation>解决上次同步列出的冲突：保留你的值或共享客户簿的值</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="17" />
        <source>the customer list: filter by tier, area, stage, intent or tag, sort, search</source>
        <translation>客户列表：按等级、地区、阶段、意向或标签筛选，排序，搜索</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="20" />
        <source>only customers this search finds (name, pinyin, initials, phone digits, place), best first</source>
        <translation>只列出这次搜索找到的客户（名称、拼音、首字母、电话数字、地点），最匹配的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="23" />
        <source>only this tier (repeat for several)</source>
        <translation>只看此等级（可重复给出多个）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="24" />
        <source>only this province</source>
        <translation>只看此省份</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="25" />
        <source>only this city</source>
        <translation>只看此城市</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="26" />
        <source>only this district</source>
        <translation>只看此区县</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="27" />
        <source>only this lifecycle stage (repeat for several; 'none' for no stage yet)</source>
        <translation>只看此生命周期阶段（可重复；'none' 表示尚无阶段）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="30" />
        <source>only this intent level (repeat; 'none' for never asked)</source>
        <translation>只看此意向等级（可重复；'none' 表示从未询问）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="31" />
        <source>only customers carrying this tag (repeat for any of several)</source>
        <translation>只看带有此标签的客户（可重复，带任一标签即可）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="33" />
        <source>also customers without tags</source>
        <translation>也包括没有标签的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="34" />
        <source>the order (default: the search's, else by name)</source>
        <translation>排序方式（默认：按搜索匹配度，否则按名称）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="36" />
        <source>the other way round</source>
        <translation>倒序</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="37" />
        <source>at most this many (default 50; 0 for all)</source>
        <translation>最多列出这么多（默认 50；0 表示全部）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="42" />
        <source>the book's tags, most used first</source>
        <translation>客户簿中的标签，用得最多的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="47" />
        <source>add or remove tags on customers</source>
        <translation>为客户添加或移除标签</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="49" />
        <source>the customers' ids</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="50" />
        <source>a tag to add (repeat, or separate with commas)</source>
        <translation>要添加的标签（可重复，或用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="52" />
        <source>a tag to remove, in any case (repeat, or separate with commas)</source>
        <translation>要移除的标签，不分大小写（可重复，或用逗号分隔）</translation>
    </message>
</context>
<context>
    <name>CallListTable</name>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="30" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="31" />
        <location filename="../../telesales/ui/models/call_list_table.py" line="176" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="32" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="33" />
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="34" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="177" />
        <source>Why not today</source>
        <translation>今天不打的原因</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="252" />
        <source>The expected value is not an amount.</source>
        <translation>预计金额不是有效的数字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="255" />
        <source>The call-back time has already passed.</source>
        <translation>回电时间已经过了。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="261" />
        <source>The follow-up date has already passed.</source>
        <translation>跟进日期已经过了。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="294" />
        <source>The call was not saved: {reason}</source>
        <translation>通话未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="305" />
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="306" />
        <source>{name} · {tier}</source>
        <translation>{name} · {tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="322" />
        <source>&amp;Do not call again</source>
        <translation>不再致电(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="323" />
        <source>possible, at</source>
        <translation>可以，时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="324" />
        <source>follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="326" />
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="326" />
        <source>&amp;Reached</source>
        <translation>接听人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="326" />
        <source>&amp;Need</source>
        <translation>需求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="329" />
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="327" />
        <source>&amp;Intent</source>
        <translation>意向(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="291" />
        <source>The call is still here: save it again when the book can be written.</source>
        <translation>这次通话记录仍保留在这里：账本可以写入时请再次保存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="327" />
        <source>Expected va&amp;lue</source>
        <translation>预计金额(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="327" />
        <source>&amp;Attitude</source>
        <translation>态度(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="328" />
        <source>&amp;Visit</source>
        <translation>拜访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="328" />
        <source>&amp;Materials asked for</source>
        <translation>索取资料(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="329" />
        <source>Next ste&amp;p</source>
        <translation>下一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="333" />
        <source>What do they need?</source>
        <translation>客户需要什么？</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="334" />
        <source>e.g. 12000</source>
        <translation>例如 12000</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="335" />
        <source>e.g. price list, samples</source>
        <translation>例如：价目表、样品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="336" />
        <source>e.g. send the quotation</source>
        <translation>例如：发送报价单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="337" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="338" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="339" />
        <source>Contact, need, value, attitude and intent come from the last call.</source>
        <translation>接听人、需求、金额、态度和意向沿用上次通话。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="350" />
        <source>intent {level}</source>
        <translation>意向 {level}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="356" />
        <source>next step {date}</source>
        <translation>下一步 {date}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="360" />
        <source>Earlier calls:</source>
        <translation>之前的通话：</translation>
    </message>
</context>
<context>
    <name>CallLogLauncher</name>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="386" />
        <source>Log a call…</source>
        <translation>记录通话…</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="34" />
        <source>Demand {amount}</source>
        <translation>需求 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="35" />
        <source>Intent {level}</source>
        <translation>意向 {level}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="36" />
        <source>Potential big customer</source>
        <translation>潜在大客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="37" />
        <source>Follow-up today</source>
        <translation>今日跟进</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="38" />
        <source>Follow-up overdue</source>
        <translation>跟进逾期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="39" />
        <source>Call back now</source>
        <translation>该回电了</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="40" />
        <source>Going quiet</source>
        <translation>久未联系</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="41" />
        <source>Due for a call</source>
        <translation>该联系了</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="42" />
        <source>Churn warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="43" />
        <location filename="../../telesales/ui/call_words.py" line="138" />
        <source>Special date</source>
        <translation>特殊日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="51" />
        <source>Marked “other”: never called</source>
        <translation>已标为“其他”：从不拨打</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="52" />
        <source>Do not call</source>
        <translation>不再致电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="53" />
        <source>Refused on the last call</source>
        <translation>上次通话被拒绝</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="54" />
        <source>Already reached today</source>
        <translation>今天已联系上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="55" />
        <source>Asked to be called back later</source>
        <translation>约好稍后回电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="59" />
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="60" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="61" />
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="62" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="63" />
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="64" />
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="68" />
        <source>Warm</source>
        <translation>热情</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="69" />
        <source>Neutral</source>
        <translation>平淡</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="70" />
        <source>Cold</source>
        <translation>冷淡</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="71" />
        <source>Hostile</source>
        <translation>抵触</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="77" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="78" />
        <source>Company anniversary</source>
        <translation>公司年庆</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="79" />
        <source>Anniversary of our first deal</source>
        <translation>合作纪念日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="80" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="81" />
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="167" />
        <source>Expected demand: {amount}</source>
        <translation>预计需求：{amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="169" />
        <source>Intent: {meaning}</source>
        <translation>意向：{meaning}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="171" />
        <source>Tier: {tier}</source>
        <translation>等级：{tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="173" />
        <source>Potential big customer: {tier} today, recent demand {amount}</source>
        <translation>潜在大客户：目前为{tier}，近期需求 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="176" />
        <source>Follow-up due today</source>
        <translation>今天应跟进</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="178" />
        <source>Follow-up overdue since {date} ({days} days)</source>
        <translation>跟进已逾期：自 {date} 起（{days} 天）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="181" />
        <source>Asked to be called back at {time}</source>
        <translation>约定 {time} 回电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="185" />
        <source>Key customer never reached</source>
        <translation>重点客户，从未联系上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="185" />
        <source>Never reached</source>
        <translation>从未联系上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="188" />
        <source>Key customer going quiet: not reached for {days} days</source>
        <translation>重点客户久未联系：已 {days} 天未联系上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="189" />
        <source>Not reached for {days} days</source>
        <translation>已 {days} 天未联系上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="193" />
        <source>Churn warning: {signals}</source>
        <translation>流失预警：{signals}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="193" />
        <location filename="../../telesales/ui/call_words.py" line="212" />
        <location filename="../../telesales/ui/call_words.py" line="244" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="196" />
        <source>{occasion} today</source>
        <translation>今天是{occasion}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="197" />
        <source>{occasion} on {date}</source>
        <translation>{date}是{occasion}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="204" />
        <source>{reason} (+{points})</source>
        <translation>{reason}（+{points}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="213" />
        <source>{time} {outcome}</source>
        <translation>{time} {outcome}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="216" />
        <source>Already reached today ({calls}). Call again only if you mean to.</source>
        <translation>今天已联系上（{calls}）。确有需要再拨打。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="217" />
        <source>Already called {count} times today without reaching them ({calls}).</source>
        <translation>今天已拨打 {count} 次，均未联系上（{calls}）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="223" />
        <source>intent {to}</source>
        <translation>意向 {to}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="224" />
        <source>intent {before} → {after}</source>
        <translation>意向 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="232" />
        <source>follow-up on {date}</source>
        <translation>{date} 跟进</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="234" />
        <source>visit proposed for {when}</source>
        <translation>已建议于 {when} 拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="235" />
        <source>visit proposed</source>
        <translation>已建议拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="237" />
        <source>materials to send: {what}</source>
        <translation>待寄资料：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="241" />
        <source>marked do-not-call</source>
        <translation>已标记为不再致电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="243" />
        <source>Call saved.</source>
        <translation>通话已保存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="244" />
        <source>Call saved: {what}.</source>
        <translation>通话已保存：{what}。</translation>
    </message>
</context>
<context>
    <name>CloseDayWizard</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="620" />
        <source>Something went wrong: {reason}</source>
        <translation>出错了：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="623" />
        <source>Close the day</source>
        <translation>每天梳理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="624" />
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="625" />
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="626" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="627" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="105" />
        <source>Changed on both sides</source>
        <translation>两边都改过</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="107" />
        <source>These fields were changed in your field copy and on the shared book since you took it. Nothing was overwritten: choose which to keep.</source>
        <translation>自你取出外勤副本以来，这些字段在副本和共享客户簿上都被改过。没有任何内容被覆盖：请选择保留哪一边。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>On the shared book</source>
        <translation>共享客户簿上的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="116" />
        <source>The whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="116" />
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="116" />
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="127" />
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="128" />
        <source>Keep &amp;theirs</source>
        <translation>保留共享的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="129" />
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="141" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="143" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="145" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="230" />
        <source>Edit {name}</source>
        <translation>修改{name}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="244" />
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="265" />
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="296" />
        <source>Add a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="271" />
        <source>Remove {name}</source>
        <translation>删除{name}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="282" />
        <source>Buying roles</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="282" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="282" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="289" />
        <source>No birthday</source>
        <translation>无生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="292" />
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="293" />
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="294" />
        <source> mo.</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="295" />
        <source> d.</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="297" />
        <source>Remove</source>
        <translation>删除</translation>
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
        <location filename="../../telesales/ui/models/customer_table.py" line="43" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="44" />
        <source>Rep</source>
        <translation>负责销售</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="117" />
        <source>{tier} (pinned)</source>
        <translation>{tier}（已固定）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="140" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CustomerWords</name>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="9" />
        <source>Acquisition</source>
        <translation>考察期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="10" />
        <source>Growth</source>
        <translation>形成期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="11" />
        <source>Stable</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="12" />
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="15" />
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="16" />
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="17" />
        <source>Decider</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="18" />
        <source>Approver</source>
        <translation>批准者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="19" />
        <source>Buyer</source>
        <translation>购买者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="20" />
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="23" />
        <source>buying far less than last year</source>
        <translation>采购额远低于去年</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="24" />
        <source>silent for longer than usual</source>
        <translation>沉默时间超出往常</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="25" />
        <source>their rep left</source>
        <translation>原负责销售已离职</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="26" />
        <source>a deal stalled on terms</source>
        <translation>交易卡在条款上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="27" />
        <source>asked for something we did not offer</source>
        <translation>提出了我们无法满足的需求</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="28" />
        <source>repeated complaints</source>
        <translation>多次投诉</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="31" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="32" />
        <source>Company anniversary</source>
        <translation>公司年庆</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="33" />
        <source>First deal</source>
        <translation>合作纪念日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="34" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="35" />
        <source>Other date</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="38" />
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="39" />
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="42" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="43" />
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="46" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="47" />
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="48" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="49" />
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="52" />
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="53" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="54" />
        <source>Send materials</source>
        <translation>寄送资料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="55" />
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="56" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="57" />
        <source>Close the day</source>
        <translation>每日梳理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="60" />
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="61" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="62" />
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="63" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="64" />
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="65" />
        <source>Call back</source>
        <translation>稍后回电</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="134" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="313" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="316" />
        <source>All areas</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="322" />
        <source>{area} ({count})</source>
        <translation>{area}（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="322" />
        <source>(no area)</source>
        <translation>（无地区）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="324" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="327" />
        <source>No stage yet</source>
        <translation>尚无阶段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="328" />
        <source>Any intent</source>
        <translation>任意意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="331" />
        <source>Intent not known</source>
        <translation>意向未知</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="332" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="334" />
        <source>{tag} ({count})</source>
        <translation>{tag}（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="336" />
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="343" />
        <source>Find by name, pinyin, initials, phone or place…</source>
        <translation>按名称、拼音、首字母、电话或地区查找…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="344" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="345" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="346" />
        <source>The whole book as Excel (XLSX)…</source>
        <translation>整个客户簿导出为 Excel（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="347" />
        <source>The whole book as CSV…</source>
        <translation>整个客户簿导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="348" />
        <source>Contacts as vCard…</source>
        <translation>联系人导出为 vCard…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="357" />
        <source>{shown} of {count} customers</source>
        <translation>{count} 位客户中的 {shown} 位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="360" />
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="18" />
        <source>Customers covered</source>
        <translation>覆盖客户数</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="19" />
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="20" />
        <source>Average deal</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="24" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="25" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="26" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="27" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="31" />
        <source>Buying far less than last year</source>
        <translation>采购额远低于去年</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="32" />
        <source>Gone quiet</source>
        <translation>长期未下单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="33" />
        <source>Owner left</source>
        <translation>原负责人已离职</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="34" />
        <source>Deal stalled</source>
        <translation>商谈停滞</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="35" />
        <source>Asked for what we do not offer</source>
        <translation>需求未能满足</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="36" />
        <source>Repeated complaints</source>
        <translation>多次投诉</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="40" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="41" />
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="42" />
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="43" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="47" />
        <source>MMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="48" />
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="49" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="50" />
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="51" />
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="46" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="47" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="49" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="50" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="52" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="53" />
        <source>Reached</source>
        <translation>接通</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="54" />
        <source>Moves</source>
        <translation>变化次数</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="55" />
        <source>Latest move</source>
        <translation>最近变化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="56" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="57" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="58" />
        <source>Revenue (look-back)</source>
        <translation>回顾期营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="59" />
        <source>Churn signals</source>
        <translation>流失信号</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="194" />
        <source>Dashboard</source>
        <translation>业绩看板</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="230" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="232" />
        <source>Reading the book…</source>
        <translation>正在读取客户资料…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="279" />
        <source>The figures could not be read: {reason}</source>
        <translation>无法读取数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="292" />
        <source>Against the previous period</source>
        <translation>与上一期比较</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="293" />
        <source>Against the same period last year</source>
        <translation>与去年同期比较</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="356" />
        <source>compared with {days}</source>
        <translation>对比 {days}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="377" />
        <source>Deals and amount</source>
        <translation>成交笔数与金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="389" />
        <source>{deals} deals from {buyers} customers; {other_deals} deals, {other_amount} before</source>
        <translation>{buyers} 位客户成交 {deals} 笔；对比期 {other_deals} 笔，{other_amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="395" />
        <source>No orders in this period</source>
        <translation>本期没有订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="398" />
        <source>Amount per day</source>
        <translation>每日金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="406" />
        <source>against {amount}</source>
        <translation>对比期 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="411" />
        <source>Sales = customers covered × active rate × average deal</source>
        <translation>销售业绩 = 覆盖客户数 × 活跃率 × 平均成交金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="438" />
        <source>Moved most: {factor}</source>
        <translation>变化最大：{factor}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="439" />
        <source>No sales to compare</source>
        <translation>没有可比较的销售</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="439" />
        <source>Nothing moved</source>
        <translation>各因素均无变化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="442" />
        <source>Sales in both periods are needed to split the change</source>
        <translation>两期都有销售才能拆分变化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="444" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="548" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="568" />
        <source>Before</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="449" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="548" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="568" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="455" />
        <source>Calls per day and reach rate</source>
        <translation>日均通话与接通率</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="465" />
        <source>a day on {days} calling days; {reach} reached; before {other_per_day} a day, {other_reach} reached</source>
        <translation>通/天（{days} 个通话日）；接通率 {reach}；对比期 {other_per_day} 通/天，接通率 {other_reach}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="472" />
        <source>No calls in these weeks</source>
        <translation>这几周没有通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="478" />
        <source>Calls per day, by week</source>
        <translation>每周日均通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="478" />
        <source>Reach rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="483" />
        <source>The pyramid: customers and revenue per tier</source>
        <translation>客户金字塔：各等级客户数与营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="485" />
        <source>80/20: revenue from the best customers</source>
        <translation>80/20：最佳客户贡献的营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="497" />
        <source>customers bought in the 12 months to {day}; revenue {amount}</source>
        <translation>位客户在截至 {day} 的 12 个月内购买；营业额 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="503" />
        <source>{count} · {amount}</source>
        <translation>{count} · {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="508" />
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="511" />
        <source>No revenue in the last 12 months</source>
        <translation>近 12 个月没有营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="515" />
        <source>of revenue comes from the best {share} of customers ({count})</source>
        <translation>的营业额来自最佳的 {share} 客户（{count} 位）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="517" />
        <source>customers, best first</source>
        <translation>客户（由高到低）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="517" />
        <source>revenue, cumulative</source>
        <translation>累计营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="518" />
        <source>{customers} of customers: {revenue} of revenue</source>
        <translation>{customers} 的客户：{revenue} 的营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="527" />
        <source>Intent moves</source>
        <translation>意向变化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="536" />
        <source>↑{up} ↓{down}</source>
        <translation>↑{up} ↓{down}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="537" />
        <source>calls that moved a customer's intent up or down a level or more; {customers_up} customers up, {customers_down} down</source>
        <translation>次通话使客户意向升降一级或以上；{customers_up} 位客户上升，{customers_down} 位下降</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="541" />
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="626" />
        <source>The customers covered</source>
        <translation>覆盖的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="430" />
        <source>{factor}: {value} · before {other} · {change}</source>
        <translation>{factor}：{value} · 对比期 {other} · {change}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="509" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="509" />
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="543" />
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="545" />
        <source>First intent</source>
        <translation>首次意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="552" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="630" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="562" />
        <source>visits done; {planned} planned, {total} in all; before {other} done</source>
        <translation>次拜访已完成；{planned} 次已安排，共 {total} 次；对比期完成 {other} 次</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="572" />
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="582" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="583" />
        <source>customers with a warning, {key} of them super or big; as the book was re-tiered on {day}</source>
        <translation>位客户有预警，其中 {key} 位为超级或大客户；依据 {day} 的等级重算</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="625" />
        <source>Customers who bought</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="627" />
        <source>Customers called</source>
        <translation>已致电的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="628" />
        <source>Customers whose intent went up</source>
        <translation>意向上升的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="629" />
        <source>Customers whose intent went down</source>
        <translation>意向下降的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="631" />
        <source>The best customers (super, big and medium)</source>
        <translation>最佳客户（超级、大、中客户）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="632" />
        <source>Customers with a churn warning</source>
        <translation>有流失预警的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="635" />
        <source>{tier} customers</source>
        <translation>{tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="664" />
        <source>The period before</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="665" />
        <source>The period after</source>
        <translation>下一期</translation>
    </message>
</context>
<context>
    <name>DatesEditor</name>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="47" />
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="47" />
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="47" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="144" />
        <source>Edit a date</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="174" />
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="200" />
        <source>Add a date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="179" />
        <source>Remove a date</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="195" />
        <source>label, e.g. annual meeting</source>
        <translation>说明，例如：年会</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="196" />
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="197" />
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="198" />
        <source> mo.</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="199" />
        <source> d.</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="201" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DayPlan</name>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="28" />
        <location filename="../../telesales/ui/day_plan_words.py" line="191" />
        <source>Follow-up call</source>
        <translation>跟进电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="29" />
        <location filename="../../telesales/ui/day_plan_words.py" line="179" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="30" />
        <source>Product material</source>
        <translation>产品资料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="31" />
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="32" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="33" />
        <source>Close the day</source>
        <translation>每天梳理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="52" />
        <location filename="../../telesales/ui/day_plan_words.py" line="106" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="53" />
        <location filename="../../telesales/ui/day_plan_words.py" line="111" />
        <location filename="../../telesales/ui/day_plan_words.py" line="145" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="54" />
        <location filename="../../telesales/ui/day_plan_words.py" line="115" />
        <location filename="../../telesales/ui/day_plan_words.py" line="147" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="55" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="56" />
        <source>Reasons in full</source>
        <translation>完整原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="57" />
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="58" />
        <location filename="../../telesales/ui/day_plan_words.py" line="62" />
        <source>Must call</source>
        <translation>必须致电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="59" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="60" />
        <location filename="../../telesales/ui/day_plan_words.py" line="119" />
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="72" />
        <source>Ranked as at 09:00; must-calls are always listed.</source>
        <translation>按 09:00 时的情况排序；必须致电的客户总会列出。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="74" />
        <source>{count} more customers beyond the day's target.</source>
        <translation>另有 {count} 位客户超出当天目标。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="77" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="78" />
        <source>Calls ({count})</source>
        <translation>通话（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="82" />
        <source>No calls on the list.</source>
        <translation>名单上没有要打的电话。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="91" />
        <source>(suggested: {date})</source>
        <translation>（建议：{date}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="95" />
        <source>Placed at the district centre</source>
        <translation>按区中心定位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="99" />
        <location filename="../../telesales/ui/day_plan_words.py" line="110" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="107" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="108" />
        <source>Starts at</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="109" />
        <source>Ends at</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="148" />
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="112" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="76" />
        <location filename="../../telesales/ui/day_plan_words.py" line="93" />
        <location filename="../../telesales/ui/day_plan_words.py" line="127" />
        <source>{first} {then}</source>
        <translation>{first}{then}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="113" />
        <location filename="../../telesales/ui/day_plan_words.py" line="146" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="114" />
        <source>Contact's phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="116" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="117" />
        <source>What to bring</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="118" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="120" />
        <source>Visit no.</source>
        <translation>拜访编号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="124" />
        <source>In route order by area: {km} km in all.</source>
        <translation>按地区和路线排序：共 {km} 公里。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="127" />
        <source>Starting from {address}.</source>
        <translation>从{address}出发。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="129" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="130" />
        <source>Visits ({count})</source>
        <translation>拜访（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="137" />
        <source>No visits planned.</source>
        <translation>没有计划拜访。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="143" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="144" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="149" />
        <source>Reminder no.</source>
        <translation>提醒编号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="153" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="154" />
        <source>Reminders ({count})</source>
        <translation>提醒（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="158" />
        <source>No reminders due.</source>
        <translation>没有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="169" />
        <source>Contact: {name} {phone}</source>
        <translation>联系人：{name} {phone}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="172" />
        <location filename="../../telesales/ui/day_plan_words.py" line="187" />
        <source>Phone: {phone}</source>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="174" />
        <source>Purpose: {purpose}</source>
        <translation>目的：{purpose}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="176" />
        <source>Bring: {what}</source>
        <translation>携带：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="177" />
        <source>Visit: {customer}</source>
        <translation>拜访：{customer}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="189" />
        <source>Call: {customer}</source>
        <translation>致电：{customer}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="201" />
        <source>{calls} calls · {visits} visits · {reminders} reminders · made {when}</source>
        <translation>{calls} 个电话 · {visits} 次拜访 · {reminders} 条提醒 · 生成于 {when}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="208" />
        <source>Plan for {date}</source>
        <translation>{date}的计划</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="210" />
        <source>Made by telesales from the book; phones are links you can tap.</source>
        <translation>由 telesales 根据客户簿生成；电话号码可直接点按拨打。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="211" />
        <source>telesales {date}</source>
        <translation>telesales {date}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="212" />
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
</context>
<context>
    <name>DayTools</name>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="167" />
        <source>Time to close the day: File → Close the day…, or the button on the Today screen.</source>
        <translation>该做每天梳理了：文件 → 每天梳理…，或点今日页面上的按钮。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="192" />
        <source>Export the day's plan</source>
        <translation>导出一天的计划</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="207" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="230" />
        <source>The day's plan could not be made: {reason}</source>
        <translation>无法生成一天的计划：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="236" />
        <source>&amp;Close the day…</source>
        <translation>每天梳理(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="237" />
        <source>&amp;Export the day's plan…</source>
        <translation>导出一天的计划(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="238" />
        <source>&amp;Print the day's plan…</source>
        <translation>打印一天的计划(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="491" />
        <source>Done for today</source>
        <translation>今天的工作完成了</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="492" />
        <source>Export the plan for the next working day…</source>
        <translation>导出下一个工作日的计划…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="493" />
        <source>Print the plan for the next working day…</source>
        <translation>打印下一个工作日的计划…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="499" />
        <source>The day is closed. Everything it created is in your reminders and visits.</source>
        <translation>今天已梳理完毕，生成的内容都在提醒和拜访中。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="501" />
        <source>{count} steps were skipped; open Close the day again to finish them.</source>
        <translation>有 {count} 个步骤尚未完成；再次打开每天梳理即可继续。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="49" />
        <source>PDF, to read on a phone</source>
        <translation>PDF，便于在手机上阅读</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="49" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="50" />
        <source>CSV, a zip of three files</source>
        <translation>CSV（三个文件打包为 zip）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="50" />
        <source>Calendar (ICS)</source>
        <translation>日历（ICS）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="53" />
        <source>The call list with reasons and phones, the visits in route order by area, and the day's reminders.</source>
        <translation>包括带原因和电话的通话名单、按地区和路线排序的拜访，以及当天的提醒。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="57" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="59" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="67" />
        <source>Print the day's plan</source>
        <translation>打印一天的计划</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="67" />
        <source>Export the day's plan</source>
        <translation>导出一天的计划</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="11" />
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="12" />
        <source>Not a valid phone number for {region}.</source>
        <translation>不是有效的{region}电话号码。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="13" />
        <source>Not an e-mail address.</source>
        <translation>不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="14" />
        <source>Not a date; write it as 2024-03-15.</source>
        <translation>不是日期，请写成 2024-03-15。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="15" />
        <source>This date does not exist.</source>
        <translation>这个日期不存在。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="16" />
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="17" />
        <source>Pick one of the choices.</source>
        <translation>请从选项中选择。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="18" />
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="19" />
        <source>A tag is at most 30 characters.</source>
        <translation>每个标签最多 30 个字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="22" />
        <source>mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="23" />
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="24" />
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="25" />
        <source>the region</source>
        <translation>本地区</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="53" />
        <source>Customer {id}</source>
        <translation>客户 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="54" />
        <source>Contact {id}</source>
        <translation>联系人 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="55" />
        <source>Visit {id}</source>
        <translation>拜访 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="56" />
        <source>Reminder {id}</source>
        <translation>提醒 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="59" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="59" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="60" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="60" />
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="61" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="61" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="62" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="62" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="63" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="63" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="64" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="64" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="65" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="65" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="66" />
        <source>Pinned tier</source>
        <translation>固定等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="67" />
        <source>Why pinned</source>
        <translation>固定原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="68" />
        <source>Do not call</source>
        <translation>不再致电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="69" />
        <source>Not a customer</source>
        <translation>非客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="70" />
        <source>Face</source>
        <translation>面孔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="71" />
        <source>Keeps Christmas</source>
        <translation>过圣诞节</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="72" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="73" />
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="74" />
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="75" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="75" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="76" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="76" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="77" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="78" />
        <source>Birthday calendar</source>
        <translation>生日历法</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="79" />
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="80" />
        <source>Birthday day</source>
        <translation>生日日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="81" />
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="82" />
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="83" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="83" />
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="84" />
        <source>Fixed time</source>
        <translation>固定时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="85" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="86" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="86" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="87" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="88" />
        <source>Place in the day</source>
        <translation>当天顺序</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="89" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="89" />
        <source>Snoozed until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="90" />
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="90" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="91" />
        <source>Due at</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="179" />
        <source>S&amp;ync with the shared book</source>
        <translation>与共享客户簿同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="182" />
        <source>Send your offline work to {server} and take the team's changes</source>
        <translation>把离线工作发送到 {server}，并取回团队的改动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="192" />
        <source>Syncing with {server}…</source>
        <translation>正在与 {server} 同步…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="205" />
        <source>{count} fields were changed on both sides: choose which to keep.</source>
        <translation>有 {count} 个字段两边都改过：请选择保留哪一边。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="211" />
        <source>In step with the shared book: {sent} records sent up, {got} edits taken down.</source>
        <translation>已与共享客户簿一致：上传 {sent} 条记录，取回 {got} 处改动。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="222" />
        <source>The sync did not happen, nothing was lost: {reason}</source>
        <translation>同步未完成，没有丢失任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="134" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="134" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="134" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="134" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="176" />
        <location filename="../../telesales/ui/import_dialog.py" line="214" />
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="184" />
        <source>Check how each column is read, then import. Nothing is changed until every line is right.</source>
        <translation>请核对每一列的含义，然后导入。所有行都正确之前，客户簿不会有任何改动。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="196" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="196" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="208" />
        <source>{phase} {done} of {total}</source>
        <translation>{phase} {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="214" />
        <source>Checking every line…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="215" />
        <source>Finding customers already in the book…</source>
        <translation>正在查找客户簿中已有的客户…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="215" />
        <source>Backing up the book…</source>
        <translation>正在备份客户簿…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="216" />
        <source>Writing customers, contacts and orders…</source>
        <translation>正在写入客户、联系人和订单…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="217" />
        <source>Writing calls, visits and other history…</source>
        <translation>正在写入通话、拜访等历史记录…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="218" />
        <source>Working out search keys…</source>
        <translation>正在生成搜索索引…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="218" />
        <source>Writing search keys…</source>
        <translation>正在写入搜索索引…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="225" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="231" />
        <source>Nothing was imported. Lines to fix: {count} (listed below).</source>
        <translation>未导入任何内容。需要修改的行：{count} 行（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="234" />
        <source>Ready: {customers} customers, {contacts} contacts and {orders} orders can be imported.</source>
        <translation>检查通过：可以导入 {customers} 位客户、{contacts} 位联系人和 {orders} 笔订单。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="237" />
        <source>Imported {customers} customers, {contacts} contacts and {orders} orders.</source>
        <translation>已导入 {customers} 位客户、{contacts} 位联系人和 {orders} 笔订单。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="240" />
        <source>With them: {calls} calls, {visits} visits, {dates} important dates, {custom_values} custom values and {tier_changes} tier changes.</source>
        <translation>另有：{calls} 条通话、{visits} 次拜访、{dates} 个重要日期、{custom_values} 个自定义字段值和 {tier_changes} 条等级变动。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="244" />
        <source>{count} already in the book ({why}): {merged} merged, {skipped} skipped.</source>
        <translation>{count} 位已在客户簿中（{why}）：合并 {merged} 位，跳过 {skipped} 位。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="248" />
        <source>Left out, as the customers already have them: {count} contacts, orders, calls or other records.</source>
        <translation>已跳过客户已有的记录：{count} 条联系人、订单、通话或其他记录。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="262" />
        <source>The files could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="268" />
        <source>Save the lines to fix</source>
        <translation>保存需要修改的行</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="274" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="278" />
        <source>Automatic (UTF-8, else GB18030)</source>
        <translation>自动（UTF-8，否则 GB18030）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="281" />
        <source>Encoding of CSV files</source>
        <translation>CSV 文件编码</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="282" />
        <source>Customers already in the book:</source>
        <translation>客户簿中已有的客户：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="283" />
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="284" />
        <source>Merge (fill what the book lacks)</source>
        <translation>合并（补全客户簿缺少的内容）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="285" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="286" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="287" />
        <source>Save problems…</source>
        <translation>保存问题列表…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="288" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="8" />
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="9" />
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="10" />
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="11" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="12" />
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="13" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="14" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="15" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="16" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="17" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="18" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="19" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="20" />
        <source>Region code</source>
        <translation>地区代码</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="21" />
        <source>Our rep</source>
        <translation>负责销售</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="22" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="23" />
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="24" />
        <source>Competitors in place</source>
        <translation>现有竞争对手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="25" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="26" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="27" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="28" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="29" />
        <source>Pinned tier</source>
        <translation>固定等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="30" />
        <source>Do not call</source>
        <translation>不再致电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="31" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="32" />
        <source>Contact's title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="33" />
        <source>Contact's phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="34" />
        <source>Contact's e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="35" />
        <source>Contact's WeChat</source>
        <translation>联系人微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="36" />
        <source>Buying roles</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="37" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="38" />
        <source>Contact's notes</source>
        <translation>联系人备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="39" />
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="40" />
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="41" />
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="42" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="43" />
        <source>Order notes</source>
        <translation>订单备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="44" />
        <source>Added to the book</source>
        <translation>加入客户簿的时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="45" />
        <source>Contact number</source>
        <translation>联系人编号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="46" />
        <source>Reason for the pin</source>
        <translation>固定等级的原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="47" />
        <source>Marked other (never called)</source>
        <translation>标为其他（不再致电）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="48" />
        <source>Face (red, black, white)</source>
        <translation>脸谱（红脸、黑脸、白脸）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="49" />
        <source>Keeps Christmas</source>
        <translation>过圣诞节</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="50" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="51" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="52" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="53" />
        <source>Call number</source>
        <translation>通话编号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="54" />
        <source>Called at</source>
        <translation>通话时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="55" />
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="56" />
        <source>Call back at</source>
        <translation>回电时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="57" />
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="58" />
        <source>Expected value</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="59" />
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="60" />
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="61" />
        <source>Visit possible</source>
        <translation>可以拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="62" />
        <source>Visit when</source>
        <translation>拜访时机</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="63" />
        <source>Materials requested</source>
        <translation>索取资料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="64" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="65" />
        <source>Next step on</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="66" />
        <source>Call notes</source>
        <translation>通话备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="67" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="68" />
        <source>Unmet request</source>
        <translation>未满足的需求</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="69" />
        <source>Visit date</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="70" />
        <source>Visit starts at</source>
        <translation>拜访开始时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="71" />
        <source>Fixed time</source>
        <translation>固定时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="72" />
        <source>Visit minutes</source>
        <translation>拜访时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="73" />
        <source>Visit status</source>
        <translation>拜访状态</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="74" />
        <source>Visit purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="75" />
        <source>Visit notes</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="76" />
        <source>From call number</source>
        <translation>来自通话编号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="77" />
        <source>Place in the day</source>
        <translation>当日顺序</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="78" />
        <source>Kind of date</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="79" />
        <source>Date (every year)</source>
        <translation>日期（每年）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="80" />
        <source>Date's label</source>
        <translation>日期说明</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="81" />
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="82" />
        <source>Custom field's kind</source>
        <translation>自定义字段类型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="83" />
        <source>Custom field's choices</source>
        <translation>自定义字段选项</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="84" />
        <source>Custom field's value</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="85" />
        <source>Tier changed on</source>
        <translation>等级变动日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="86" />
        <source>Tier before</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="87" />
        <source>Tier after</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="88" />
        <source>Reason for the change</source>
        <translation>变动原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="89" />
        <source>Why the tier was pinned</source>
        <translation>固定等级的原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="92" />
        <source>Customers (with contacts and orders on the same line)</source>
        <translation>客户（同一行可带联系人和订单）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="93" />
        <source>Contacts of customers</source>
        <translation>客户的联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="94" />
        <source>Orders of customers</source>
        <translation>客户的订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="95" />
        <source>Calls to customers</source>
        <translation>客户的通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="96" />
        <source>Visits to customers</source>
        <translation>客户的拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="97" />
        <source>Important dates of customers</source>
        <translation>客户的重要日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="98" />
        <source>Custom fields of customers</source>
        <translation>客户的自定义字段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="99" />
        <source>Tier history of customers</source>
        <translation>客户的等级变动记录</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="102" />
        <source>a value is required here</source>
        <translation>此处必须填写</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="103" />
        <source>“{value}” is not a valid phone number</source>
        <translation>“{value}”不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="104" />
        <source>“{value}” is not an e-mail address</source>
        <translation>“{value}”不是电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="105" />
        <source>“{value}” is not a date (write 2024-03-15)</source>
        <translation>“{value}”不是日期（请写成 2024-03-15）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="106" />
        <source>“{value}” is a date that does not exist</source>
        <translation>“{value}”这个日期不存在</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="107" />
        <source>“{value}” is not an amount</source>
        <translation>“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="108" />
        <source>“{value}” is not one of the known values</source>
        <translation>“{value}”不是可选的值</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="109" />
        <source>no customer “{value}” in the file or the book</source>
        <translation>文件和客户簿中都没有客户“{value}”</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="110" />
        <source>the text is too long</source>
        <translation>文字太长</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="111" />
        <source>a tag in “{value}” is over 30 characters</source>
        <translation>“{value}”中有标签超过 30 个字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="114" />
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="115" />
        <source>same name and city</source>
        <translation>名称和城市相同</translation>
    </message>
</context>
<context>
    <name>IntentWords</name>
    <message>
        <location filename="../../telesales/ui/intent_words.py" line="19" />
        <source>{level} — {name}</source>
        <translation>{level} — {name}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/intent_words.py" line="20" />
        <source>{level} · {name}</source>
        <translation>{level} · {name}</translation>
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
    <message>
        <location filename="../../telesales/ui/labels.py" line="28" />
        <source>{path} is read-only: nothing could be saved.</source>
        <translation>{path} 是只读的：没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="29" />
        <source>The disk is full: nothing could be saved in {path}.</source>
        <translation>磁盘已满：{path} 中没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="30" />
        <source>Another program kept {path} busy too long: nothing was saved. Try again.</source>
        <translation>另一个程序占用 {path} 太久：没有保存任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="32" />
        <source>The shared book {path} cannot be used: {detail}</source>
        <translation>无法使用共享客户簿 {path}：{detail}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="219" />
        <source>Thank-you letters</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="220" />
        <source>A letter to every customer who closed a deal today: copy it, print it, save it as PDF or open it in your mail program.</source>
        <translation>给今天成交的每位客户一封感谢信：可复制、打印、存为 PDF 或在邮件程序中打开。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="222" />
        <source>Skip this step for now</source>
        <translation>暂时跳过这一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="223" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="224" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="225" />
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="226" />
        <source>E-mail…</source>
        <translation>发邮件…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="227" />
        <source>Edit the template…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="246" />
        <source>Reading today's deals…</source>
        <translation>正在读取今天的成交…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="248" />
        <source>No deals today: there is no letter to write.</source>
        <translation>今天没有成交，无需写感谢信。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="251" />
        <source>{count} customers closed a deal today; {sent} letters marked sent.</source>
        <translation>今天有 {count} 位客户成交；{sent} 封信已标为发送。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="259" />
        <location filename="../../telesales/ui/close_day_wizard.py" line="271" />
        <source>Mark as sent</source>
        <translation>标为已发送</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="271" />
        <source>Mark as not sent</source>
        <translation>标为未发送</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="276" />
        <source>The letter is copied.</source>
        <translation>信件已复制。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="290" />
        <source>Save the letter as PDF</source>
        <translation>将信件存为 PDF</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="291" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="295" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="303" />
        <source>No mail program is set up; copy the letter instead.</source>
        <translation>没有设置邮件程序，请改为复制信件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="123" />
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="145" />
        <source>The book was upgraded; a copy of the old one is at {path}</source>
        <translation>客户簿已升级，旧版副本保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="158" />
        <source>The book could not be opened: {reason}</source>
        <translation>无法打开客户簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="162" />
        <source>Cannot open the book</source>
        <translation>无法打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="179" />
        <source>New book</source>
        <translation>新建客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="179" />
        <location filename="../../telesales/ui/main_window.py" line="185" />
        <source>Books ({patterns})</source>
        <translation>客户簿 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="185" />
        <source>Open book</source>
        <translation>打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="211" />
        <source>telesales {version}</source>
        <translation>telesales {version}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="213" />
        <source>Book: {path}</source>
        <translation>客户簿：{path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="214" />
        <source>Schema revision: {revision}</source>
        <translation>数据结构版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="215" />
        <source>About telesales</source>
        <translation>关于 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="220" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="221" />
        <source>&amp;New book…</source>
        <translation>新建客户簿(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="222" />
        <source>&amp;Open book…</source>
        <translation>打开客户簿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="223" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="224" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="225" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="226" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="227" />
        <source>&amp;About telesales</source>
        <translation>关于 telesales(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="235" />
        <source>No book open</source>
        <translation>未打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="238" />
        <source>{book} — telesales</source>
        <translation>{book} — telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="241" />
        <source>{customers} customers · {calls} calls</source>
        <translation>{customers} 位客户 · {calls} 次通话</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="434" />
        <source>Product material for interested customers</source>
        <translation>为有意向的客户提供产品资料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="435" />
        <source>Everyone who showed intent A or B today: tick whom to ask whether they want product material; a task is made for the next working day.</source>
        <translation>今天意向为 A 或 B 的客户：勾选要询问是否需要产品资料的客户，系统会在下一个工作日生成任务。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="437" />
        <source>Skip this step for now</source>
        <translation>暂时跳过这一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="443" />
        <source>{customer} ({contact}) · intent {intent}</source>
        <translation>{customer}（{contact}）· 意向 {intent}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="446" />
        <source>Asked for: {what}</source>
        <translation>已索取：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="448" />
        <source>A materials task exists already</source>
        <translation>已有寄送资料的任务</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="454" />
        <source>{count} interested customers today.</source>
        <translation>今天有 {count} 位有意向的客户。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="456" />
        <source>Nobody showed intent A or B today.</source>
        <translation>今天没有客户表现出 A 或 B 意向。</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="82" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="111" />
        <source>At a glance</source>
        <translation>一览</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="112" />
        <source>Today so far</source>
        <translation>今天到目前为止</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="113" />
        <source>Your book</source>
        <translation>我的客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="115" />
        <source>Customers called</source>
        <translation>已致电的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="116" />
        <source>Customers reached</source>
        <translation>已联系上客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="117" />
        <source>Reminders due now</source>
        <translation>现在到期的提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="118" />
        <source>Reminders in the next 7 days</source>
        <translation>未来 7 天内的提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="124" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="125" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="126" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="127" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="128" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="129" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="137" />
        <source>Book: {path} · {size} · schema revision {revision}</source>
        <translation>客户簿：{path} · {size} · 数据结构版本 {revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="140" />
        <source>Opening the book…</source>
        <translation>正在打开客户簿…</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="156" />
        <source>Say why you pin this tier: the reason stays with the pin.</source>
        <translation>请说明固定此等级的原因：原因会随固定一起保存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="165" />
        <source>Pin a tier</source>
        <translation>固定等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="168" />
        <source>Now: {tier}, as the book computed it</source>
        <translation>当前：{tier}（系统计算）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="170" />
        <source>Now: {tier} · computed tier: {computed}</source>
        <translation>当前：{tier} · 计算等级：{computed}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="176" />
        <source>Tier to pin</source>
        <translation>固定为</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="177" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="178" />
        <source>e.g. buys for the whole group; serve as a big customer</source>
        <translation>例如：负责整个集团的采购，按大客户维护</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="179" />
        <source>A pinned tier wins over the computed one at every re-tiering until you lift the pin. The change is kept in the customer's tier history.</source>
        <translation>每次重新分级时，固定的等级都优先于计算结果，直到您取消固定。此次变动会记入该客户的等级变动记录。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="181" />
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="182" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="157" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="157" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="157" />
        <location filename="../../telesales/ui/screens/profile.py" line="159" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="158" />
        <source>Last bought</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="159" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="159" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="159" />
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="160" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="184" />
        <location filename="../../telesales/ui/screens/profile.py" line="186" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="184" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="184" />
        <location filename="../../telesales/ui/screens/profile.py" line="186" />
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="185" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="186" />
        <source>Move</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="187" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="187" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="187" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="188" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="188" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="188" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="277" />
        <source>This customer is no longer in the book.</source>
        <translation>客户簿中已没有这位客户。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="358" />
        <location filename="../../telesales/ui/screens/profile.py" line="370" />
        <location filename="../../telesales/ui/screens/profile.py" line="472" />
        <source>Change {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="528" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="537" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="560" />
        <source>Print the profile sheet</source>
        <translation>打印客户概况表</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="571" />
        <source>Printed to {path}</source>
        <translation>已打印到 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="578" />
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="578" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="578" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="579" />
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="579" />
        <source>Our rep</source>
        <translation>负责销售</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="579" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="580" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="580" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="580" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="581" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="581" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="581" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="582" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="582" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="583" />
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="583" />
        <source>Competitors in place</source>
        <translation>现有竞争对手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="584" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="584" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="584" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="585" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="586" />
        <source>Calling</source>
        <translation>致电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="586" />
        <location filename="../../telesales/ui/screens/profile.py" line="613" />
        <source>Do not call</source>
        <translation>不再致电</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="587" />
        <source>Never needs us (“other”)</source>
        <translation>永远不需要我们（“其他”）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="596" />
        <source>{name} — profile sheet</source>
        <translation>{name} — 客户概况表</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="600" />
        <source>{tier} (pinned)</source>
        <translation>{tier}（已固定）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="601" />
        <source>Tier: {tier}</source>
        <translation>等级：{tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="603" />
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="605" />
        <source>Last call: {date}</source>
        <translation>上次通话：{date}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="608" />
        <source>Intent: {intent}</source>
        <translation>意向：{intent}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="610" />
        <source>Follow up on {date}</source>
        <translation>{date} 跟进</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="615" />
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="311" />
        <location filename="../../telesales/ui/screens/profile.py" line="615" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="618" />
        <source>Churn warning: {signals}</source>
        <translation>流失预警：{signals}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="624" />
        <source>(no area yet: fill in province, city and district)</source>
        <translation>（尚无地区：请填写省、市、区）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="629" />
        <source>Decider: {names}</source>
        <translation>决策者：{names}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="632" />
        <source>No decider known yet: find out who decides.</source>
        <translation>尚不知道决策者：请弄清楚谁说了算。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="641" />
        <source>{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid</source>
        <translation>共 {count} 笔订单，合计 {amount}，已付 {paid}，未付 {unpaid}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="664" />
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="669" />
        <source>Up by {steps}</source>
        <translation>上升 {steps} 级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="671" />
        <source>Down by {steps}</source>
        <translation>下降 {steps} 级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="672" />
        <source>First recorded</source>
        <translation>首次记录</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="676" />
        <source>Undo {edit}</source>
        <translation>撤销：{edit}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="676" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="693" />
        <source>e.g. 50000</source>
        <translation>例如 50000</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="695" />
        <source>e.g. VIP, trade show, referral</source>
        <translation>如：VIP、展会客户、老客户介绍</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="696" />
        <source>New field's name</source>
        <translation>新字段名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="697" />
        <source>choices, separated by commas</source>
        <translation>选项，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="698" />
        <source>Add a field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="699" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="699" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="699" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="700" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="700" />
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="700" />
        <source>Tier and its history</source>
        <translation>等级与变动记录</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="701" />
        <source>Calls and visits</source>
        <translation>通话与拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="703" />
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="704" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="706" />
        <source>Intent moves</source>
        <translation>意向变化</translation>
    </message>
</context>
<context>
    <name>ProfileSheet</name>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="24" />
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="24" />
        <source>Customer profile sheet</source>
        <translation>客户概况表</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="25" />
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="25" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="26" />
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="26" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="27" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="27" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="28" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="28" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="29" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="29" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="30" />
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="30" />
        <source>Buying intent</source>
        <translation>成交意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="31" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="31" />
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="32" />
        <source>Competitors in place</source>
        <translation>现有竞争对手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="32" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="33" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="33" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="34" />
        <source>No decider known yet: find out who decides.</source>
        <translation>尚不知道决策者：请弄清楚谁说了算。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="35" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="35" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="36" />
        <source>Buying roles</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="36" />
        <source>WeChat / e-mail</source>
        <translation>微信 / 电子邮件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="37" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="37" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="38" />
        <source>{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid</source>
        <translation>共 {count} 笔订单，合计 {amount}，已付 {paid}，未付 {unpaid}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="39" />
        <source>Products bought</source>
        <translation>购买过的产品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="39" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="40" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="40" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="41" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="41" />
        <source>Important dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="42" />
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="42" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="43" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PyramidChart</name>
    <message>
        <location filename="../../telesales/ui/widgets/pyramid_chart.py" line="142" />
        <source>Outside the pyramid</source>
        <translation>金字塔之外</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/pyramid_chart.py" line="173" />
        <source>{customers}% of customers · {revenue}% of revenue</source>
        <translation>占客户 {customers}% · 占营业额 {revenue}%</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/pyramid_chart.py" line="175" />
        <source>Revenue {amount}</source>
        <translation>营业额 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/pyramid_chart.py" line="177" />
        <location filename="../../telesales/ui/widgets/pyramid_chart.py" line="204" />
        <source>{count} pinned</source>
        <translation>{count} 位已固定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/pyramid_chart.py" line="202" />
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
</context>
<context>
    <name>PyramidScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="161" />
        <source>Pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="255" />
        <source>Change the pin…</source>
        <translation>更改固定…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="255" />
        <source>Pin a tier…</source>
        <translation>固定等级…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="258" />
        <source>Lift the pin (back to {tier})…</source>
        <translation>取消固定（恢复为{tier}）…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="295" />
        <source>The pyramid could not be read: {reason}</source>
        <translation>无法读取客户金字塔：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="300" />
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="301" />
        <source>Re-tiering…</source>
        <translation>正在重新分级…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="301" />
        <source>Re-tier now</source>
        <translation>立即重新分级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="304" />
        <source>Recompute every customer's tier from the orders now (the book does it once a day by itself)</source>
        <translation>根据订单立即重新计算每位客户的等级（系统每天也会自动计算一次）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="305" />
        <source>Customers in {tier}</source>
        <translation>{tier}名单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="306" />
        <source>Moved up or down</source>
        <translation>升降变动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="307" />
        <source>Churn warnings ({count})</source>
        <translation>流失预警（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="308" />
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="309" />
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="314" />
        <source>Reading the pyramid…</source>
        <translation>正在读取客户金字塔…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="318" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="320" />
        <source>Revenue of the {months} months up to {day} · {existing} customers in the pyramid · re-tiered {tiered}</source>
        <translation>截至 {day} 的 {months} 个月营业额 · 金字塔内 {existing} 位客户 · 上次分级：{tiered}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="326" />
        <source>{count} customers moved just now</source>
        <translation>刚才有 {count} 位客户等级变动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="331" />
        <source>{count} customers in {tier}, most revenue first</source>
        <translation>{tier}共 {count} 位，按营业额从高到低</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="336" />
        <source>{up} moved up, {down} moved down, {new} tiered for the first time</source>
        <translation>上升 {up} 位，下降 {down} 位，首次分级 {new} 位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="341" />
        <source>{customers} customers show a churn signal; the highest tiers first. Each line is one signal and the numbers that made it fire.</source>
        <translation>{customers} 位客户出现流失信号，按等级从高到低排列。每行是一个信号及触发它的数字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="344" />
        <source>Reading every customer's orders for churn signals…</source>
        <translation>正在读取每位客户的订单以查找流失信号…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="354" />
        <source>No revenue in the look-back window yet.</source>
        <translation>统计期内还没有营业额。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="355" />
        <source>80/20: the top {customers}% of your customers (super, big and medium) bring {revenue}% of the revenue.</source>
        <translation>二八法则：前 {customers}% 的客户（超级、大、中客户）带来 {revenue}% 的营业额。</translation>
    </message>
</context>
<context>
    <name>ReassignMenu</name>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="50" />
        <source>Give to another rep…</source>
        <translation>交给另一名销售员…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="58" />
        <source>Give to another rep</source>
        <translation>交给另一名销售员</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="59" />
        <source>The rep who takes customer {id}:</source>
        <translation>接手客户 {id} 的销售员：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="68" />
        <source>{count} customer now belongs to {rep}.</source>
        <translation>{count} 位客户现归 {rep} 负责。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="72" />
        <source>The customer could not be given away: {reason}</source>
        <translation>无法移交该客户：{reason}</translation>
    </message>
</context>
<context>
    <name>ReminderAlerts</name>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="23" />
        <source>A reminder is due: {what}</source>
        <translation>有一条提醒到期：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="24" />
        <source>{count} reminders are due, the first: {what}</source>
        <translation>{count} 条提醒到期，第一条：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="25" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="26" />
        <source>Reminders could not be checked: {reason}</source>
        <translation>无法检查提醒：{reason}</translation>
    </message>
</context>
<context>
    <name>ReminderTable</name>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="26" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="27" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="28" />
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="29" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="30" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="31" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="32" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="36" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="37" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="38" />
        <source>Send material</source>
        <translation>寄送资料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="39" />
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="40" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="41" />
        <source>Close the day</source>
        <translation>每天梳理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="45" />
        <source>Done {date}</source>
        <translation>{date} 已完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="46" />
        <source>Dismissed {date}</source>
        <translation>{date} 已忽略</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="47" />
        <source>Snoozed until {date}</source>
        <translation>推迟到 {date}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="48" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="49" />
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="50" />
        <source>Coming</source>
        <translation>即将到来</translation>
    </message>
</context>
<context>
    <name>RemindersScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="264" />
        <location filename="../../telesales/ui/screens/reminders.py" line="513" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="324" />
        <source>Something went wrong: {reason}</source>
        <translation>出错了：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="343" />
        <source>The text is on the clipboard.</source>
        <translation>文字已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="348" />
        <source>Done: {what}</source>
        <translation>已完成：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="352" />
        <source>Dismissed: {what}</source>
        <translation>已忽略：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="357" />
        <source>Snoozed for {days} days: {what}</source>
        <translation>已推迟 {days} 天：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="386" />
        <source>{count} new reminders planned.</source>
        <translation>新安排了 {count} 条提醒。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="448" />
        <source>A template cannot be empty.</source>
        <translation>模板不能为空。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="452" />
        <source>Write placeholders as a name in braces, such as {contact}; for a brace itself write two: {{ or }}.</source>
        <translation>占位符请写成花括号中的名称，例如 {contact}；要写花括号本身，请连写两个：{{ 或 }}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="456" />
        <source>Unknown placeholder {names}.</source>
        <translation>未知的占位符 {names}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="469" />
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="486" />
        <source>Saved. New reminders use this text.</source>
        <translation>已保存。之后新建的提醒会使用这段文字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="498" />
        <source>The original text is back.</source>
        <translation>已恢复原始文字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="514" />
        <source>Show the next</source>
        <translation>显示未来</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="515" />
        <location filename="../../telesales/ui/screens/reminders.py" line="524" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="516" />
        <source>Plan greetings now</source>
        <translation>立即安排问候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="517" />
        <source>Due and coming</source>
        <translation>到期与即将到来</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="518" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="519" />
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="520" />
        <source>Ready text (touch it up here, then copy it):</source>
        <translation>现成文字（可在这里修改，然后复制）：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="521" />
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="522" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="523" />
        <source>Snooze for</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="525" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="528" />
        <source>Greetings are signed with your name: set it in File → Settings (My name).</source>
        <translation>问候语以你的名字署名：请在「文件 → 设置」中填写「我的名字」。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="533" />
        <source>No book open</source>
        <translation>未打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="535" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="537" />
        <source>{due} due now · {coming} in the next {days} days</source>
        <translation>现在到期 {due} 条 · 未来 {days} 天内 {coming} 条</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="541" />
        <source>showing the first {count}</source>
        <translation>仅显示前 {count} 条</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="549" />
        <source>Templates in</source>
        <translation>模板语言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="550" />
        <source>Placeholders: {names}</source>
        <translation>占位符：{names}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="552" />
        <source>Preview with sample names:</source>
        <translation>用示例姓名预览：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="553" />
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="554" />
        <source>Restore the original</source>
        <translation>恢复原始文字</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="88" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="89" />
        <source>Choose the backup to put in place of {book}. A copy of the book as it is now is kept first, among the backups.</source>
        <translation>选择要替换 {book} 的备份。恢复前会先把账本现在的样子另存一份，放在备份中。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="91" />
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="91" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="91" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="100" />
        <source>There are no backups of this book yet. The app makes one each day it opens the book, and one before every import.</source>
        <translation>这个账本还没有备份。应用每天打开账本时会备份一次，每次导入前也会备份。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="102" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="108" />
        <source>No visits to show on the map</source>
        <translation>地图上没有拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="182" />
        <source>Start</source>
        <translation>出发点</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="183" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="184" />
        <source>District centre</source>
        <translation>区中心</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="185" />
        <source>Does not fit</source>
        <translation>排不下</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="274" />
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../telesales/domain/settings.py" line="64" />
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="65" />
        <source>Call list</source>
        <translation>通话清单</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="66" />
        <source>Churn</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="67" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="68" />
        <source>Greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="69" />
        <source>Closing the day</source>
        <translation>每天梳理</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="71" />
        <source>Buying intent</source>
        <translation>成交意向</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="72" />
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="73" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="76" />
        <source>My name (owner of my customers)</source>
        <translation>我的名字（名下客户的负责人）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="78" />
        <source>My time zone (e.g. Asia/Shanghai; empty: the computer's)</source>
        <translation>我的时区（如 Asia/Shanghai；留空则用电脑的时区）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="79" />
        <source>Revenue look-back (months)</source>
        <translation>营收回溯期（月）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="81" />
        <source>Super customers (top %)</source>
        <translation>超级客户（前 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="83" />
        <source>Big customers (next %)</source>
        <translation>大客户（其后 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="85" />
        <source>Medium customers (next %)</source>
        <translation>中客户（其后 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="88" />
        <source>Always at least one super customer</source>
        <translation>至少保留一位超级客户</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="89" />
        <source>Calls per day</source>
        <translation>每日通话数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="90" />
        <source>Weight of expected demand</source>
        <translation>预期需求权重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="92" />
        <source>Weight of buying intent</source>
        <translation>成交意向权重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="94" />
        <source>Weight of tier</source>
        <translation>客户等级权重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="95" />
        <source>Call super customers every (days)</source>
        <translation>超级客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="97" />
        <source>Call big customers every (days)</source>
        <translation>大客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="100" />
        <source>Call medium customers every (days)</source>
        <translation>中客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="101" />
        <source>Call small customers every (days)</source>
        <translation>小客户联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="105" />
        <source>Name of intent level A</source>
        <translation>A 级意向的名称</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="106" />
        <source>clear intent to buy</source>
        <translation>明确购买意向</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="107" />
        <source>Name of intent level B</source>
        <translation>B 级意向的名称</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="108" />
        <source>interested</source>
        <translation>有兴趣</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="109" />
        <source>Name of intent level C</source>
        <translation>C 级意向的名称</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="110" />
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="111" />
        <source>Name of intent level D</source>
        <translation>D 级意向的名称</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="112" />
        <source>not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="114" />
        <source>Churn warning below this share of last year (%)</source>
        <translation>低于去年同期该比例时预警（%）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="115" />
        <source>Complaints that make a churn warning</source>
        <translation>触发流失预警的投诉次数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="117" />
        <source>Visits per day</source>
        <translation>每日拜访数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="118" />
        <source>Hours for visits per day</source>
        <translation>每日拜访时长（小时）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="120" />
        <source>Minutes per visit</source>
        <translation>每次拜访时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="121" />
        <source>Travel speed (km/h)</source>
        <translation>行程速度（公里/小时）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="123" />
        <source>Visits start at (HH:MM)</source>
        <translation>拜访开始时间（时:分）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="125" />
        <source>Where my visits start (home or office address, or latitude, longitude)</source>
        <translation>拜访出发地（家或办公室地址，或纬度, 经度）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="127" />
        <source>Festival region</source>
        <translation>节日地区</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="129" />
        <source>Remind this many days ahead</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="132" />
        <source>Remind of festivals this many days ahead</source>
        <translation>节日提前提醒天数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="134" />
        <source>Remind of anniversaries and events this many days ahead</source>
        <translation>纪念日和活动提前提醒天数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="137" />
        <source>Greetings only for key customers (super and big)</source>
        <translation>只问候关键客户（超级客户和大客户）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="138" />
        <source>Offer to close the day at (HH:MM)</source>
        <translation>提醒每天梳理的时间（时:分）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="141" />
        <source>Key customers to book for the next working day</source>
        <translation>为下一个工作日预约的关键客户数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="142" />
        <source>Daily backups to keep</source>
        <translation>保留的每日备份数</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="143" />
        <source>Weekly backups to keep</source>
        <translation>保留的每周备份数</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="81" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="82" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="83" />
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="105" />
        <source>This sheet holds</source>
        <translation>此工作表内容</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="106" />
        <source>{lines} lines · {encoding}</source>
        <translation>{lines} 行 · {encoding}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="108" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="108" />
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="109" />
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="135" />
        <source>Close the day</source>
        <translation>每天梳理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="137" />
        <source>Reading the day…</source>
        <translation>正在读取今天的情况…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="152" />
        <source>Calls made</source>
        <translation>拨打的电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="153" />
        <source>Customers called</source>
        <translation>已致电的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="154" />
        <source>Customers reached</source>
        <translation>已接通的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="155" />
        <source>Intent moves</source>
        <translation>意向变化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="155" />
        <source>{up} up · {down} down · {new} new</source>
        <translation>上升 {up} · 下降 {down} · 新增 {new}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="157" />
        <source>Visits made</source>
        <translation>完成的拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="158" />
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="159" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="162" />
        <source>Customers on today's list not called</source>
        <translation>今日名单中尚未致电的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="162" />
        <source>{left} (must call: {must})</source>
        <translation>{left}（必须致电：{must}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="164" />
        <source>Visits not recorded</source>
        <translation>未记录结果的拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="165" />
        <source>Reminders due</source>
        <translation>到期的提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="166" />
        <source>Thank-you letters not sent</source>
        <translation>未发送的感谢信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="167" />
        <source>1. Thank-you letters</source>
        <translation>1. 感谢信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="168" />
        <source>2. Book the key customers of {date}</source>
        <translation>2. 预约{date}的关键客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="170" />
        <source>3. Ask interested customers about product material</source>
        <translation>3. 询问有意向的客户是否需要产品资料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="171" />
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="171" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="172" />
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>TagMenu</name>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="26" />
        <source>Add a tag to {count} customers…</source>
        <translation>为 {count} 位客户添加标签…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="27" />
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="29" />
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="34" />
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="35" />
        <source>Tag for {count} customers (pick one or type a new one):</source>
        <translation>给 {count} 位客户的标签（选一个，或输入新标签）：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="50" />
        <source>Tagged {count} customers.</source>
        <translation>已为 {count} 位客户添加标签。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="51" />
        <source>Tag removed from {count} customers.</source>
        <translation>已从 {count} 位客户移除标签。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="57" />
        <source>The tags were not changed: {reason}</source>
        <translation>标签未更改：{reason}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="646" />
        <source>The thank-you letter's template</source>
        <translation>感谢信模板</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="648" />
        <source>Placeholders: {contact} {customer} {date} {year} {sender}</source>
        <translation>占位符：{contact} {customer} {date} {year} {sender}</translation>
    </message>
</context>
<context>
    <name>TierPanel</name>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="258" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="258" />
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="258" />
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="258" />
        <source>Moved</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="259" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="312" />
        <source>The tier history could not be read: {reason}</source>
        <translation>无法读取等级变动记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="341" />
        <source>Pinned to {tier}.</source>
        <translation>已固定为{tier}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="345" />
        <source>Pin lifted: {tier} again, as the book computed it.</source>
        <translation>已取消固定：恢复为系统计算的{tier}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="357" />
        <source>{why}: {reason}</source>
        <translation>{why}：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="377" />
        <source>Tier: {tier}, as the book computed it</source>
        <translation>等级：{tier}（系统计算）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="381" />
        <source>Tier: {tier} · computed tier: {computed}</source>
        <translation>等级：{tier} · 计算等级：{computed}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="383" />
        <source>Why pinned: {reason}</source>
        <translation>固定原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="386" />
        <source>Change the pin…</source>
        <translation>更改固定…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="386" />
        <source>Pin a tier…</source>
        <translation>固定等级…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="388" />
        <source>Lift the pin…</source>
        <translation>取消固定…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="392" />
        <source>Tier history, newest first</source>
        <translation>等级变动记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="394" />
        <source>Reading the tier history…</source>
        <translation>正在读取等级变动记录…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="396" />
        <source>No tier change recorded yet: the book records one at each re-tiering that moves this customer, and at each pin.</source>
        <translation>尚无等级变动记录：每次重新分级使该客户等级变动时，以及每次固定等级时，都会记录一条。</translation>
    </message>
</context>
<context>
    <name>TierPin</name>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="105" />
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="159" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="216" />
        <source>The call list could not be ranked: {reason}</source>
        <translation>无法排出通话名单：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="273" />
        <source>Copied {phone}</source>
        <translation>已复制 {phone}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="296" />
        <source>Select a customer to see why they are on the list.</source>
        <translation>选择一位客户，查看其上榜原因。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="308" />
        <source>Rank {rank} · score {score} · {tier}</source>
        <translation>第 {rank} 位 · {score} 分 · {tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="311" />
        <source>Last call: {when}, {outcome}</source>
        <translation>上次通话：{when}，{outcome}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="314" />
        <source>Why now</source>
        <translation>为何现在打</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="322" />
        <source>Log a call… (F2)</source>
        <translation>记录通话…（F2）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="323" />
        <location filename="../../telesales/ui/screens/today.py" line="325" />
        <source>Copy phone</source>
        <translation>复制电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="324" />
        <source>Close the day…</source>
        <translation>每天梳理…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="332" />
        <source>Today's calls</source>
        <translation>今日通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="333" />
        <source>Ranking the call list…</source>
        <translation>正在排列通话名单…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="334" />
        <source>Show who is left out</source>
        <translation>显示未列入名单的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="336" />
        <source>Calls for {date}</source>
        <translation>{date} 通话名单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="338" />
        <source>Called {called} · reached {reached} · {left} left</source>
        <translation>已拨打 {called} · 已联系上 {reached} · 剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="342" />
        <source> · {more} more beyond today's target</source>
        <translation> · 另有 {more} 位超出今日目标</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="345" />
        <source>Show who is left out ({count})</source>
        <translation>显示未列入名单的客户（{count}）</translation>
    </message>
</context>
<context>
    <name>UnpinDialog</name>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="212" />
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="218" />
        <source>Lift the pin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="214" />
        <source>Pinned to {tier} by hand. Why: {reason}</source>
        <translation>已手动固定为{tier}。原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="216" />
        <source>Without the pin the computed tier applies again: {computed} (as of the last re-tiering).</source>
        <translation>取消固定后，恢复为系统计算的等级：{computed}（以最近一次重新分级为准）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="219" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ValueTables</name>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="91" />
        <location filename="../../telesales/ui/models/value_tables.py" line="109" />
        <location filename="../../telesales/ui/models/value_tables.py" line="128" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="92" />
        <location filename="../../telesales/ui/models/value_tables.py" line="129" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="93" />
        <source>Computed tier</source>
        <translation>计算等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="95" />
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="96" />
        <location filename="../../telesales/ui/models/value_tables.py" line="131" />
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="97" />
        <source>Churn signals</source>
        <translation>流失信号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="98" />
        <source>Why pinned</source>
        <translation>固定原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="108" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="110" />
        <source>Moved</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="111" />
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="112" />
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="113" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="132" />
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="133" />
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>ValueWords</name>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="21" />
        <source>Buying far less than last year</source>
        <translation>采购额远低于去年</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="22" />
        <source>Gone quiet</source>
        <translation>长期未下单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="23" />
        <source>Owner left</source>
        <translation>原负责人已离职</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="24" />
        <source>Deal stalled</source>
        <translation>商谈停滞</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="25" />
        <source>Asked for what we do not offer</source>
        <translation>需求未能满足</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="26" />
        <source>Repeated complaints</source>
        <translation>多次投诉</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="30" />
        <source>{this} this year vs {last} by this day last year: {share}% (alert below {threshold}%)</source>
        <translation>今年至今 {this}，去年同期 {last}：仅 {share}%（低于 {threshold}% 即预警）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="32" />
        <source>No order for {days} days; usually one every {gap} days</source>
        <translation>已 {days} 天未下单；平时约每 {gap} 天一单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="34" />
        <source>Owned by {owner}, who is not you</source>
        <translation>负责人为 {owner}，不是您本人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="35" />
        <source>An open deal has not moved for {days} days</source>
        <translation>在谈的生意已 {days} 天没有进展</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="37" />
        <source>{count} request(s) we could not meet, the latest {days} days ago</source>
        <translation>有 {count} 项需求未能满足，最近一次在 {days} 天前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="39" />
        <source>{count} complaints in the last {window} days</source>
        <translation>近 {window} 天内投诉 {count} 次</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="44" />
        <source>Trial</source>
        <translation>考察期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="45" />
        <source>Growth</source>
        <translation>形成期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="46" />
        <source>Stable</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="47" />
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="51" />
        <source>▲ Up</source>
        <translation>▲ 上升</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="52" />
        <source>▼ Down</source>
        <translation>▼ 下降</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="53" />
        <source>● New</source>
        <translation>● 首次分级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="57" />
        <source>First tiering</source>
        <translation>首次分级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="58" />
        <source>Revenue changed</source>
        <translation>营业额变化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="59" />
        <source>Pinned by hand</source>
        <translation>手动固定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="60" />
        <source>Pin lifted</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="94" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="137" />
        <source>{pin} (pinned)</source>
        <translation>{pin}（已固定）</translation>
    </message>
</context>
<context>
    <name>VisitOutcomeDialog</name>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="72" />
        <source>How did the visit go?</source>
        <translation>拜访结果如何？</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="73" />
        <source>Met</source>
        <translation>见到了</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="74" />
        <source>Not met</source>
        <translation>未见到</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="75" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="76" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="77" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="78" />
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="79" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="80" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VisitPlanTable</name>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="34" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="35" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="36" />
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="231" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="37" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="38" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="39" />
        <source>Intent · status</source>
        <translation>意向 · 状态</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="148" />
        <source>{area} · 1 visit · {km}</source>
        <translation>{area} · 1 次拜访 · {km}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="148" />
        <source>{area} · {count} visits · {km}</source>
        <translation>{area} · {count} 次拜访 · {km}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="173" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="232" />
        <source>Why it does not fit</source>
        <translation>排不下的原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="233" />
        <source>Suggested day</source>
        <translation>建议日期</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="13" />
        <source>More visits than the day holds</source>
        <translation>超出当天可拜访数</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="14" />
        <source>Does not fit in the day's hours</source>
        <translation>当天时间不够</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="15" />
        <source>Clashes with an appointment</source>
        <translation>与预约时间冲突</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="16" />
        <source>Its appointment is on another day</source>
        <translation>预约在另一天</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="20" />
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="21" />
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="22" />
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="23" />
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="27" />
        <source>Exact location</source>
        <translation>精确位置</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="28" />
        <source>Placed at the district centre</source>
        <translation>按区中心定位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="29" />
        <source>Placed at the city centre</source>
        <translation>按市中心定位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="30" />
        <source>Placed at the province centre</source>
        <translation>按省中心定位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="31" />
        <source>Not on the map: the address could not be read</source>
        <translation>未上地图：无法识别地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="35" />
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="36" />
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="37" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="38" />
        <source>Not met</source>
        <translation>未见到</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="62" />
        <source>Area unknown</source>
        <translation>地区不明</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="66" />
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="73" />
        <source>Guessed: {parts} — check the address</source>
        <translation>推测：{parts}——请核对地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="77" />
        <source>Missing from the address: {parts}</source>
        <translation>地址缺少：{parts}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="79" />
        <source>Could also be: {areas}</source>
        <translation>也可能是：{areas}</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="183" />
        <location filename="../../telesales/ui/screens/visits.py" line="450" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="233" />
        <source>The visits could not be planned: {reason}</source>
        <translation>无法安排拜访：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="325" />
        <source>No address</source>
        <translation>没有地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="331" />
        <source>Intent {intent}</source>
        <translation>意向 {intent}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="333" />
        <source>Expected {amount}</source>
        <translation>预计 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="336" />
        <source>Purpose: {purpose}</source>
        <translation>目的：{purpose}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="348" />
        <source>Your order is kept for this day.</source>
        <translation>已保留你为这一天排的顺序。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="356" />
        <source>The route is planned again.</source>
        <translation>已重新规划路线。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="365" />
        <source>Moved to {date}.</source>
        <translation>已移到 {date}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="425" />
        <source>Saved; a follow-up is set for {date}.</source>
        <translation>已保存；已设定 {date} 跟进。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="428" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="435" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="436" />
        <source>The day before</source>
        <translation>前一天</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="437" />
        <source>The next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="438" />
        <source>Plan the route</source>
        <translation>重新规划路线</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="439" />
        <source>Record outcome…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="440" />
        <source>Confirm visit</source>
        <translation>确认拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="441" />
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="442" />
        <source>Move to suggested day</source>
        <translation>移到建议日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="443" />
        <source>Drag a visit to change the order; double-click to record how it went.</source>
        <translation>拖动拜访可调整顺序；双击记录拜访结果。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="452" />
        <source>Visits on {date}</source>
        <translation>{date} 的拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="455" />
        <source>Planning the visits…</source>
        <translation>正在安排拜访…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="458" />
        <source>Does not fit</source>
        <translation>排不下</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="463" />
        <source>No visits planned on this day.</source>
        <translation>这一天没有安排拜访。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="465" />
        <source>{count} visits in {areas} areas · {start}–{end} · {km} (in list order {list_km})</source>
        <translation>{count} 次拜访，{areas} 个地区 · {start}–{end} · {km}（按列表顺序 {list_km}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="471" />
        <source> · {count} done</source>
        <translation> · 已完成 {count} 次</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="475" />
        <source>In your own order.</source>
        <translation>按你自己排的顺序。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="477" />
        <source>Grouped by area, in route order; drag a visit to change it.</source>
        <translation>按地区分组、按路线排序；拖动拜访可调整。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="478" />
        <source>Areas cross each other here: in route order.</source>
        <translation>这些地区彼此交错：按路线排序。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="480" />
        <source>No start address: the route starts in the middle of the visits (set it in Settings).</source>
        <translation>未设出发地址：路线从拜访的中心出发（可在设置中填写）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="484" />
        <source>Does not fit ({count})</source>
        <translation>排不下（{count}）</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../telesales/ui/first_run.py" line="145" />
        <source>Show &amp;welcome…</source>
        <translation>显示欢迎页(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>WelcomeBookPage</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="169" />
        <source>Your book</source>
        <translation>你的客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="170" />
        <source>A book holds your customers, calls, orders, visits and reminders.</source>
        <translation>客户簿里保存你的客户、通话、订单、拜访和提醒。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="171" />
        <source>Look around in a demo book</source>
        <translation>先在演示客户簿里看看</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="173" />
        <source>300 made-up customers with two years of calls and orders, in your language. Your own book stays apart; Help → Show welcome brings you back here.</source>
        <translation>300 个虚构的客户，带两年的通话和订单，使用你的语言。你自己的客户簿与它分开保存；“帮助 → 显示欢迎页”可以回到这里。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="176" />
        <source>Open my own book</source>
        <translation>打开我自己的客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="177" />
        <source>The book you have been keeping on this computer.</source>
        <translation>你一直在这台电脑上使用的客户簿。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="179" />
        <source>Start my own book</source>
        <translation>开始我自己的客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="180" />
        <source>An empty book for your customers: type them in or bring them in from a spreadsheet (next page).</source>
        <translation>一个空的客户簿：可以逐个录入客户，也可以从电子表格导入（下一页）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="182" />
        <source>Your own book is kept at {path}</source>
        <translation>你自己的客户簿保存在 {path}</translation>
    </message>
</context>
<context>
    <name>WelcomeImportPage</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="217" />
        <source>Customers to import</source>
        <translation>要导入的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="218" />
        <source>Spreadsheets and contact cards ({patterns})</source>
        <translation>电子表格和名片（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="232" />
        <source>Bring in your customers</source>
        <translation>导入你的客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="233" />
        <source>Optional: you can also start typing them in.</source>
        <translation>可以跳过：你也可以直接开始录入客户。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="235" />
        <source>Have your customers in a spreadsheet (Excel, CSV) or as contact cards (vCard)? Choose the files: when the book opens you see each column's meaning and a check of every line before anything is written.</source>
        <translation>客户资料在电子表格（Excel、CSV）或名片（vCard）里？选择这些文件：客户簿打开后，你会先看到每一列的含义和每一行的检查结果，确认之后才会写入。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="237" />
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="237" />
        <source>Choose other files…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="238" />
        <source>Import nothing</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="239" />
        <source>Later: Customers → Import…</source>
        <translation>以后也可以：客户 → 导入…</translation>
    </message>
</context>
<context>
    <name>WelcomeStartPage</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="112" />
        <source>Welcome to telesales</source>
        <translation>欢迎使用 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="113" />
        <source>Your calls, customers, visits and reminders, in one book on this computer.</source>
        <translation>你的通话、客户、拜访和提醒，都在这台电脑上的一个客户簿里。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="115" />
        <source>Three short questions and you can start. Everything here can be changed later in File → Settings.</source>
        <translation>回答三个简单的问题就可以开始了。这里的每一项以后都可以在“文件 → 设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="116" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="117" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="118" />
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="119" />
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="120" />
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="122" />
        <source>Greetings follow this region's festivals and public holidays, and customers you add or import are placed in it.</source>
        <translation>节日问候按这个地区的节日和公众假期安排；你新增或导入的客户也归入这个地区。</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="276" />
        <source>Welcome to telesales</source>
        <translation>欢迎使用 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="277" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="278" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="279" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="280" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
</context>
</TS>