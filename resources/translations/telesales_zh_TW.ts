<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name />
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="70" />
        <source>Company or person</source>
        <translation>公司或個人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="70" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="71" />
        <source>Scale</source>
        <translation>規模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="71" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="71" />
        <source>Area</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="72" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="72" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="72" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="73" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="74" />
        <source>Churn warnings</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="75" />
        <source>Buying intent</source>
        <translation>成交意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="76" />
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="76" />
        <source>Payment terms</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="77" />
        <source>Competitors in place</source>
        <translation>現有競爭對手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="77" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="78" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="97" />
        <source>{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid</source>
        <translation>共 {count} 筆訂單，合計 {amount}，已付 {paid}，未付 {unpaid}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="29" />
        <source>Import customers</source>
        <translation>匯入客戶</translation>
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
        <translation>匯出客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="70" />
        <source>Written: {files}</source>
        <translation>已寫入：{files}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="74" />
        <source>The book could not be exported: {reason}</source>
        <translation>無法匯出客戶簿：{reason}</translation>
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
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="27" />
        <source>Before an import</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="28" />
        <source>Before an upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="29" />
        <source>Before a restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="30" />
        <source>Damaged book, moved aside</source>
        <translation>已損壞的帳本（已移開）</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <location filename="../../telesales/ui/behind_dialog.py" line="68" />
        <source>The first {shown} of {count} customers</source>
        <translation>前 {shown} 位客戶（共 {count} 位）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/behind_dialog.py" line="71" />
        <source>{count} customers</source>
        <translation>{count} 位客戶</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="346" />
        <source>Book the key customers of {date}</source>
        <translation>預約{date}的關鍵客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="347" />
        <source>The top of that day's call list and every due follow-up: tick who to book, as a call or a visit, at the time you pick.</source>
        <translation>當天通話名單的前幾位和所有到期的追蹤：勾選要預約的客戶，選擇致電或拜訪以及時間。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="349" />
        <source>Skip this step for now</source>
        <translation>暫時略過這一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="350" />
        <source>Book</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="350" />
        <source>Customer</source>
        <translation>客戶</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="373" />
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="374" />
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="385" />
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="390" />
        <source>{count} key customers; {booked} booked already.</source>
        <translation>{count} 位關鍵客戶；已預約 {booked} 位。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="392" />
        <source>Nobody to book: that day's list is empty.</source>
        <translation>無人可預約：那天的名單是空的。</translation>
    </message>
</context>
<context>
    <name>BookSafety</name>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="66" />
        <source>Today's backup of the book is made ({size}).</source>
        <translation>今天的帳本備份已完成（{size}）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="74" />
        <source>The book could not be backed up: {reason}</source>
        <translation>帳本無法備份：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="93" />
        <source>The book {path} is damaged: today's backup of it failed its integrity check. Stop working in it and restore a backup.</source>
        <translation>帳本 {path} 已損壞：今天的備份未通過完整性檢查。請停止在其中工作，並從備份還原。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="95" />
        <source>The book is damaged</source>
        <translation>帳本已損壞</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="97" />
        <source>The latest good backup is from {date} ({size}):
{path}

Restoring it keeps the damaged file among the backups; it is never overwritten.</source>
        <translation>最近一份完好的備份時間為 {date}（{size}）：
{path}

還原時，損壞的檔案會保留在備份中，絕不會被覆寫。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="100" />
        <source>&amp;Restore this backup</source>
        <translation>還原這份備份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="101" />
        <source>&amp;Choose another backup…</source>
        <translation>選擇其他備份(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="147" />
        <source>Restoring the book…</source>
        <translation>正在還原帳本…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="151" />
        <source>The backup is restored; the book as it was is kept among the backups.</source>
        <translation>備份已還原；還原前的帳本已保留在備份中。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="153" />
        <source>The backup is restored.</source>
        <translation>備份已還原。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="161" />
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="162" />
        <source>The backup could not be restored: {reason}</source>
        <translation>備份無法還原：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_safety.py" line="172" />
        <source>Restore from a &amp;backup…</source>
        <translation>從備份還原(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>BookTransfer</name>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="17" />
        <source>Import customers</source>
        <translation>匯入客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="17" />
        <source>Tables and cards ({patterns})</source>
        <translation>表格和名片（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="18" />
        <source>Export the book</source>
        <translation>匯出客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="18" />
        <source>Written: {files}</source>
        <translation>已寫入：{files}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/book_transfer.py" line="19" />
        <source>The book could not be exported: {reason}</source>
        <translation>無法匯出客戶簿：{reason}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="65" />
        <source>A desktop assistant for phone sales reps. Without a subcommand, opens the app.</source>
        <translation>電話銷售助理。不帶子命令時開啟程式。</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="68" />
        <source>the book file to open (default: your own book)</source>
        <translation>要開啟的客戶簿檔案（預設：你自己的客戶簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="69" />
        <source>a shared book on a server (postgresql://rep@host/database), for the app and every subcommand</source>
        <translation>伺服器上的共用客戶簿（postgresql://業務@主機/資料庫），供應用程式和每個子命令使用</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="71" />
        <source>the app's language</source>
        <translation>程式的語言</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/__init__.py" line="72" />
        <source>start, show the first window, then quit (a check that the app starts)</source>
        <translation>啟動並顯示第一個視窗後結束（檢查應用程式能否啟動）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="19" />
        <source>back the book up now (SQLite's online backup, checked) or list its backups</source>
        <translation>立即備份帳本（SQLite 線上備份，並經過檢查），或列出它的備份</translation>
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
        <translation>客戶簿檔案（預設：你自己的客戶簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="23" />
        <source>list the book's backups, newest first, instead</source>
        <translation>改為列出帳本的備份，最新的在前</translation>
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
        <translation>輸出 JSON，供腳本使用</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="27" />
        <source>put a backup in the book's place (a copy of the book as it was is kept first)</source>
        <translation>用備份取代帳本（會先保留帳本原來的副本）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/backup_commands.py" line="30" />
        <source>the backup file (a path, or a name from `telesales backup --list`)</source>
        <translation>備份檔案（路徑，或 `telesales backup --list` 列出的檔名）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="22" />
        <source>what a book holds: counts per table, schema revision</source>
        <translation>客戶簿的內容：各表的數量、資料結構版本</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="26" />
        <source>create a demo book with realistic customers, calls and orders</source>
        <translation>建立一個包含擬真客戶、通話與訂單的示範客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="27" />
        <source>where to create the demo book (must not exist)</source>
        <translation>示範客戶簿的位置（不可已存在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="28" />
        <source>how many customers (default 300)</source>
        <translation>客戶數量（預設 300）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="29" />
        <source>the same seed gives the same book (default 1)</source>
        <translation>相同的種子產生相同的客戶簿（預設 1）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="31" />
        <source>names, places and phones of this locale (default zh_CN)</source>
        <translation>使用該地區的姓名、地點與電話（預設 zh_CN）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="33" />
        <source>the day the demo's history ends (YYYY-MM-DD, default today)</source>
        <translation>示範歷史資料的截止日期（YYYY-MM-DD，預設今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="37" />
        <source>show or change the book's rules (tier cut-offs, cadences…)</source>
        <translation>檢視或修改客戶簿的規則（等級比例、聯繫週期…）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/book_commands.py" line="39" />
        <source>change one rule</source>
        <translation>修改一條規則</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="19" />
        <source>what falls due: follow-ups, thank-you letters, greetings with their ready texts</source>
        <translation>到期事項：後續追蹤、感謝函、附現成文字的問候</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="23" />
        <source>the first day (default today)</source>
        <translation>第一天（預設：今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="25" />
        <source>the last day (default a week after the first)</source>
        <translation>最後一天（預設：第一天之後一週）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="27" />
        <source>the day planning starts from (default today)</source>
        <translation>開始排定的日期（預設：今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="29" />
        <source>list only what is planned already (by default greetings up to --to are planned first, as the app does every morning)</source>
        <translation>只列出已排定的事項（預設先排定到 --to 為止的問候，與應用程式每天早上所做的相同）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="35" />
        <source>a year's festival calendar for a region</source>
        <translation>某個地區一年的節日行事曆</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="36" />
        <location filename="../../telesales/cli/reminder_commands.py" line="46" />
        <source>the year (default this year)</source>
        <translation>年份（預設：今年）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="37" />
        <source>mainland China, Hong Kong or Taiwan</source>
        <translation>中國大陸、香港或臺灣</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="39" />
        <source>also these festivals (repeat: qixi, double_ninth, christmas)</source>
        <translation>另加這些節日（可重複：qixi、double_ninth、christmas）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="43" />
        <source>the solar date of a lunar birthday in a year</source>
        <translation>農曆生日在某一年的國曆日期</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="44" />
        <source>the lunar month and day, e.g. 08-15</source>
        <translation>農曆月和日，例如 08-15</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/reminder_commands.py" line="45" />
        <source>the day is in a leap month (闰月)</source>
        <translation>這一天在閏月</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="17" />
        <source>import customers, contacts and orders from CSV, XLSX or vCard files (all or nothing)</source>
        <translation>從 CSV、XLSX 或 vCard 檔案匯入客戶、聯絡人和訂單（要麼全部匯入，要麼都不匯入）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="20" />
        <source>CSV (UTF-8 or GB18030), XLSX/XLS/ODS or .vcf files</source>
        <translation>CSV（UTF-8 或 GB18030）、XLSX/XLS/ODS 或 .vcf 檔案</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="23" />
        <source>check the files and report, without changing the book</source>
        <translation>只檢查檔案並報告，不修改客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="24" />
        <source>what to do with a customer already in the book (same phone, or same company and city)</source>
        <translation>客戶簿中已有的客戶（電話相同，或公司和城市相同）如何處理</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="26" />
        <source>the CSV files' encoding (default: UTF-8, else GB18030)</source>
        <translation>CSV 檔案的編碼（預設 UTF-8，否則 GB18030）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="29" />
        <source>write the bad rows (line, column, reason) to this file</source>
        <translation>把有問題的列（行號、欄、原因）寫入此檔案</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="31" />
        <source>report each phase's progress on stderr even when it is not a terminal</source>
        <translation>即使 stderr 不是終端機，也在 stderr 上回報各階段進度</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="35" />
        <source>export the whole book to XLSX or CSV (or its contacts to vCard)</source>
        <translation>把整個客戶簿匯出為 XLSX 或 CSV（或把聯絡人匯出為 vCard）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="38" />
        <source>xlsx: one workbook; csv: one file per sheet beside --out; vcf: contacts as vCards</source>
        <translation>xlsx：一個活頁簿；csv：每張表一個檔案，放在 --out 旁邊；vcf：聯絡人名片</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="30" />
        <source>a day's plan for the field (calls with reasons and phones, visits in route order, reminders) as PDF, XLSX, CSV (a zip of three files) or ICS</source>
        <translation>外出用的一天計畫（附原因與電話的通話、依路線排序的拜訪、提醒），格式為 PDF、XLSX、CSV（三個檔案的 zip）或 ICS</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="35" />
        <source>the day of the plan (YYYY-MM-DD, default: tomorrow)</source>
        <translation>計畫的日期（YYYY-MM-DD，預設：明天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="36" />
        <source>pdf (A5, to read on a phone), xlsx (a sheet each), csv (a zip of calls.csv, visits.csv and reminders.csv, UTF-8 with BOM) or ics (visits and follow-ups as calendar events)</source>
        <translation>pdf（A5，方便手機閱讀）、xlsx（每類一個工作表）、csv（calls.csv、visits.csv 與 reminders.csv 的 zip，含 BOM 的 UTF-8）或 ics（拜訪與追蹤作為行事曆事件）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="39" />
        <location filename="../../telesales/cli/transfer_commands.py" line="40" />
        <source>the file to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="41" />
        <source>the language of the file (default: the app's)</source>
        <translation>檔案的語言（預設：應用程式的語言）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="45" />
        <source>close the day: the day in numbers, what is still open, and the thank-you letters, bookings for the next working day and materials tasks closing it creates</source>
        <translation>每日整理：今天的數字、尚未完成的事項，以及整理會建立的感謝函、下一個工作日的預約與資料任務</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="50" />
        <source>the day to close (YYYY-MM-DD, default: today)</source>
        <translation>要整理的日期（YYYY-MM-DD，預設：今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="51" />
        <source>close the day with the suggested choices (nothing is created twice)</source>
        <translation>依建議的選擇完成整理（不會重複建立）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/day_commands.py" line="54" />
        <source>the language of the texts it creates (default: the app's)</source>
        <translation>所建立文字的語言（預設：應用程式的語言）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="44" />
        <source>find customers and contacts by name, pinyin, initials, phone digits or place, best first</source>
        <translation>依名稱、拼音、首字母、電話號碼或地區搜尋客戶和聯絡人，最相符的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="46" />
        <source>what to look for</source>
        <translation>要搜尋的內容</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/transfer_commands.py" line="48" />
        <source>at most this many (default 20)</source>
        <translation>最多顯示這麼多筆（預設 20）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="25" />
        <source>each customer's tier or band by a valuation method, with the figures behind it</source>
        <translation>依所選評估方法列出每位客戶的等級或分檔，並附依據數字</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="28" />
        <source>how to value customers (default pyramid)</source>
        <translation>客戶價值評估方法（預設：金字塔）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="30" />
        <source>value the book as it was on this day (YYYY-MM-DD, default today); nothing is written</source>
        <translation>依該日的資料評估（YYYY-MM-DD，預設今天）；不寫入任何資料</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="32" />
        <source>list only this many customers (the counts stay whole)</source>
        <translation>只列出這麼多位客戶（統計數仍為全部）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="37" />
        <source>pin a customer's tier by hand with a reason (the pin wins over the computation), or lift it</source>
        <translation>手動固定客戶等級並註明原因（固定優先於計算結果），或取消固定</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="23" />
        <source>the day's call list, best first, with the reasons for each rank and who is left out</source>
        <translation>當天的通話名單：依先後排列，附每個排名的原因，以及未列入的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="26" />
        <source>rank as of 09:00 on this day in your time zone (YYYY-MM-DD, default: now)</source>
        <translation>依你所在時區這一天 09:00 排列（YYYY-MM-DD，預設：現在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="28" />
        <source>at most this many (due follow-ups and call-backs are always listed)</source>
        <translation>最多列出這麼多位（到期的追蹤和約定回電一律列出）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="32" />
        <source>log a call: outcome, need, intent, visit, materials, next step</source>
        <translation>記錄一次通話：結果、需求、意願、拜訪、資料、下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="34" />
        <location filename="../../telesales/cli/value_commands.py" line="40" />
        <source>the customer's id</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="35" />
        <source>how the call went</source>
        <translation>通話結果</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="36" />
        <source>the id of the contact reached</source>
        <translation>接聽的聯絡人編號</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="37" />
        <source>when the call was made (default: now)</source>
        <translation>通話時間（預設：現在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="38" />
        <source>with --outcome call_back: when to call back</source>
        <translation>與 --outcome call_back 併用：何時回電</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="40" />
        <source>buying intent: A clear, B interested, C neutral, D not interested</source>
        <translation>成交意願：A 明確，B 有興趣，C 普通，D 沒有意願</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="41" />
        <source>the customer's attitude</source>
        <translation>客戶的態度</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="42" />
        <source>what the customer needs</source>
        <translation>客戶的需求</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="43" />
        <source>the expected order value, e.g. 1234.50</source>
        <translation>預計訂單金額，例如 1234.50</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="44" />
        <source>the next step agreed</source>
        <translation>約定的下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="45" />
        <source>when to follow up (YYYY-MM-DD)</source>
        <translation>何時追蹤（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="46" />
        <source>a visit is possible (proposes one)</source>
        <translation>可以拜訪（會建議一次拜訪）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="47" />
        <source>with --visit-possible: when to visit</source>
        <translation>與 --visit-possible 併用：何時拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="48" />
        <source>product materials the customer asked for</source>
        <translation>客戶索取的產品資料</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="49" />
        <source>free notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/call_commands.py" line="51" />
        <source>with --outcome refused: mark the customer do-not-call (the rep's confirmation)</source>
        <translation>與 --outcome refused 併用：把客戶標為不再致電（由你確認）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="41" />
        <source>the tier to pin</source>
        <translation>要固定的等級</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="43" />
        <source>why (required with --tier)</source>
        <translation>原因（使用 --tier 時必填）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="44" />
        <source>lift the pin: the computed tier applies again</source>
        <translation>取消固定：恢復使用計算出的等級</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/value_commands.py" line="46" />
        <source>the day recorded for the change (YYYY-MM-DD, default today)</source>
        <translation>記錄變動的日期（YYYY-MM-DD，預設今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="27" />
        <source>the day's visits grouped by area in route order, with times, distances and what does not fit</source>
        <translation>當天的拜訪：依地區分組、依路線排序，含時間、距離和排不下的拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="31" />
        <source>the day to plan (YYYY-MM-DD, default: today)</source>
        <translation>要安排的日期（YYYY-MM-DD，預設今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="32" />
        <source>plan the five working days from --date instead, spreading visits over them by area</source>
        <translation>改為安排從 --date 起的五個工作日，依地區分配拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="37" />
        <source>read an address into province, city, district and coordinates, and say what was guessed</source>
        <translation>把地址解析為省、市、區和座標，並說明哪些是推測的</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="39" />
        <source>the address, in Chinese or English</source>
        <translation>地址（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="40" />
        <source>a book whose start address settles district names several cities share</source>
        <translation>用其出發地址來判斷多個城市同名之區的客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/visit_commands.py" line="45" />
        <source>fill customers' missing province, city and district from their addresses</source>
        <translation>依地址補全客戶缺少的省、市、區</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="32" />
        <source>the numbers a rep watches over a period: sales and its three factors, calls, intent, visits, deals, the pyramid, churn warnings</source>
        <translation>一段期間內要看的數字：銷售業績及其三個因素、通話、意向、拜訪、成交、客戶金字塔、流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="36" />
        <source>the period's first day (YYYY-MM-DD; default: this month so far)</source>
        <translation>期間的第一天（YYYY-MM-DD；預設：本月至今）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="38" />
        <source>the period's last day (YYYY-MM-DD)</source>
        <translation>期間的最後一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="40" />
        <source>compare with the previous period or the same period last year (default previous)</source>
        <translation>與上一期或去年同期比較（預設上一期）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/stats_commands.py" line="43" />
        <source>what kind of period the days are (default: read from them)</source>
        <translation>這些日期是哪種期間（預設：由日期判斷）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/desktop_commands.py" line="15" />
        <source>add telesales to the system menu (Linux): menu entry and icons</source>
        <translation>把 telesales 加入系統選單（Linux）：選單項目與圖示</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/desktop_commands.py" line="16" />
        <source>install for every user under PREFIX/share (e.g. /usr/local) instead of your own ~/.local/share</source>
        <translation>為所有使用者安裝到 PREFIX/share（例如 /usr/local），而不是你自己的 ~/.local/share</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/desktop_commands.py" line="19" />
        <source>remove the menu entry and icons again</source>
        <translation>再次移除選單項目與圖示</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="23" />
        <source>move a book file to a shared book on a server, every table's rows checked on both sides</source>
        <translation>把客戶簿檔案遷移到伺服器上的共用客戶簿，兩邊逐表核對列數</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="26" />
        <source>the book file to move</source>
        <translation>要遷移的客戶簿檔案</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="27" />
        <source>the shared book: postgresql://user@host/database, an empty database</source>
        <translation>共用客戶簿：postgresql://使用者@主機/資料庫，須為空資料庫</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="32" />
        <source>a team on a shared book: set it up, add reps, list them, reassign customers (with --db URL)</source>
        <translation>共用客戶簿上的團隊：初始化、新增業務、列出成員、重新分配客戶（搭配 --db URL）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="35" />
        <source>make the database a shared book with roles and row-level security (the database's owner, once)</source>
        <translation>為資料庫設定角色和列層級安全性，使其成為共用客戶簿（由資料庫擁有者執行一次）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="37" />
        <source>let a rep (or with --lead, a team lead) log in</source>
        <translation>允許一名業務（加 --lead 則為團隊主管）登入</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="38" />
        <source>the rep's login: lower-case letters, digits and _</source>
        <translation>業務的登入名稱：小寫字母、數字和 _</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="39" />
        <source>a team lead: sees every customer and reassigns them</source>
        <translation>團隊主管：可看到所有客戶並重新分配</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="41" />
        <source>read the rep's password from the first line of standard input</source>
        <translation>從標準輸入的第一行讀取業務的密碼</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="43" />
        <source>who is on the team and how many customers each owns</source>
        <translation>團隊成員及各自負責的客戶數</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="44" />
        <source>give customers to another rep (the lead only); their "owner left" churn signal fires</source>
        <translation>把客戶交給另一名業務（僅限主管）；這些客戶會出現「負責人離開」的流失訊號</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="47" />
        <source>the rep who takes them</source>
        <translation>接手的業務</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="49" />
        <source>a customer's id (repeat for more)</source>
        <translation>客戶編號（可重複給出多個）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="51" />
        <source>every customer of this rep (one who left, say)</source>
        <translation>該業務的全部客戶（例如已離職的人）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="53" />
        <source>the day of the move (default today)</source>
        <translation>移交日期（預設今天）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="58" />
        <source>take your part of a shared book along offline, and sync it when back</source>
        <translation>把共用客戶簿中屬於你的部分帶走離線使用，回來後再同步</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="61" />
        <source>copy your customers and all that hangs off them from the shared book (--db) to a book file</source>
        <translation>把你的客戶及其全部相關紀錄從共用客戶簿（--db）複製到一個客戶簿檔案</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="64" />
        <source>the field copy to create (must not exist)</source>
        <translation>要建立的外勤副本（不可已存在）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="65" />
        <source>send what you did offline up, take the team's changes down; conflicts are shown, never overwritten</source>
        <translation>上傳離線時做的工作，下載團隊的變更；衝突會列出，絕不覆蓋</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="68" />
        <source>the field copy (it remembers its shared book)</source>
        <translation>外勤副本（它記得來自哪個共用客戶簿）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/team_commands.py" line="69" />
        <source>resolve the conflicts shown by the last sync: keep your values or the shared book's</source>
        <translation>解決上次同步列出的衝突：保留你的值或共用客戶簿的值</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="17" />
        <source>the customer list: filter by tier, area, stage, intent or tag, sort, search</source>
        <translation>客戶列表：依等級、地區、階段、意向或標籤篩選，排序，搜尋</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="20" />
        <source>only customers this search finds (name, pinyin, initials, phone digits, place), best first</source>
        <translation>只列出這次搜尋找到的客戶（名稱、拼音、首字母、電話數字、地點），最符合的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="23" />
        <source>only this tier (repeat for several)</source>
        <translation>只看此等級（可重複給出多個）</translation>
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
        <translation>只看此區縣</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="27" />
        <source>only this lifecycle stage (repeat for several; 'none' for no stage yet)</source>
        <translation>只看此生命週期階段（可重複；'none' 表示尚無階段）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="30" />
        <source>only this intent level (repeat; 'none' for never asked)</source>
        <translation>只看此意向等級（可重複；'none' 表示從未詢問）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="31" />
        <source>only customers carrying this tag (repeat for any of several)</source>
        <translation>只看帶有此標籤的客戶（可重複，帶任一標籤即可）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="33" />
        <source>also customers without tags</source>
        <translation>也包括沒有標籤的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="34" />
        <source>the order (default: the search's, else by name)</source>
        <translation>排序方式（預設：依搜尋符合度，否則依名稱）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="36" />
        <source>the other way round</source>
        <translation>倒序</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="37" />
        <source>at most this many (default 50; 0 for all)</source>
        <translation>最多列出這麼多（預設 50；0 表示全部）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="42" />
        <source>the book's tags, most used first</source>
        <translation>客戶簿中的標籤，用得最多的在前</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="47" />
        <source>add or remove tags on customers</source>
        <translation>為客戶新增或移除標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="49" />
        <source>the customers' ids</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="50" />
        <source>a tag to add (repeat, or separate with commas)</source>
        <translation>要新增的標籤（可重複，或用逗號分隔）</translation>
    </message>
    <message>
        <location filename="../../telesales/cli/customer_commands.py" line="52" />
        <source>a tag to remove, in any case (repeat, or separate with commas)</source>
        <translation>要移除的標籤，不分大小寫（可重複，或用逗號分隔）</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="32" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/call_list_table.py" line="33" />
        <source>Score</source>
        <translation>分數</translation>
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
        <translation>預計金額不是有效的數字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="255" />
        <source>The call-back time has already passed.</source>
        <translation>回電時間已經過了。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="261" />
        <source>The follow-up date has already passed.</source>
        <translation>追蹤日期已經過了。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="294" />
        <source>The call was not saved: {reason}</source>
        <translation>通話未儲存：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="305" />
        <source>Log a call</source>
        <translation>記錄通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="306" />
        <source>{name} · {tier}</source>
        <translation>{name} · {tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="322" />
        <source>&amp;Do not call again</source>
        <translation>不再致電(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="323" />
        <source>possible, at</source>
        <translation>可以，時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="324" />
        <source>follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="326" />
        <source>&amp;Outcome</source>
        <translation>結果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="326" />
        <source>&amp;Reached</source>
        <translation>接聽人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="326" />
        <source>&amp;Need</source>
        <translation>需求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="329" />
        <source>Not&amp;es</source>
        <translation>備註(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="327" />
        <source>&amp;Intent</source>
        <translation>意願(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="291" />
        <source>The call is still here: save it again when the book can be written.</source>
        <translation>這次通話記錄仍保留在這裡：帳本可以寫入時請再次儲存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="327" />
        <source>Expected va&amp;lue</source>
        <translation>預計金額(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="327" />
        <source>&amp;Attitude</source>
        <translation>態度(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="328" />
        <source>&amp;Visit</source>
        <translation>拜訪(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="328" />
        <source>&amp;Materials asked for</source>
        <translation>索取資料(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="329" />
        <source>Next ste&amp;p</source>
        <translation>下一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="333" />
        <source>What do they need?</source>
        <translation>客戶需要什麼？</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="334" />
        <source>e.g. 12000</source>
        <translation>例如 12000</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="335" />
        <source>e.g. price list, samples</source>
        <translation>例如：價目表、樣品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="336" />
        <source>e.g. send the quotation</source>
        <translation>例如：寄送報價單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="337" />
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="338" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="339" />
        <source>Contact, need, value, attitude and intent come from the last call.</source>
        <translation>接聽人、需求、金額、態度和意願沿用上次通話。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="350" />
        <source>intent {level}</source>
        <translation>意願 {level}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="356" />
        <source>next step {date}</source>
        <translation>下一步 {date}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="360" />
        <source>Earlier calls:</source>
        <translation>先前的通話：</translation>
    </message>
</context>
<context>
    <name>CallLogLauncher</name>
    <message>
        <location filename="../../telesales/ui/call_log_dialog.py" line="386" />
        <source>Log a call…</source>
        <translation>記錄通話…</translation>
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
        <translation>意願 {level}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="36" />
        <source>Potential big customer</source>
        <translation>潛在大客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="37" />
        <source>Follow-up today</source>
        <translation>今日追蹤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="38" />
        <source>Follow-up overdue</source>
        <translation>追蹤逾期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="39" />
        <source>Call back now</source>
        <translation>該回電了</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="40" />
        <source>Going quiet</source>
        <translation>久未聯繫</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="41" />
        <source>Due for a call</source>
        <translation>該聯繫了</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="42" />
        <source>Churn warning</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="43" />
        <location filename="../../telesales/ui/call_words.py" line="138" />
        <source>Special date</source>
        <translation>特別日子</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="51" />
        <source>Marked “other”: never called</source>
        <translation>已標為「其他」：不撥打</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="52" />
        <source>Do not call</source>
        <translation>不再致電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="53" />
        <source>Refused on the last call</source>
        <translation>上次通話遭拒絕</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="54" />
        <source>Already reached today</source>
        <translation>今天已聯繫上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="55" />
        <source>Asked to be called back later</source>
        <translation>約好稍後回電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="59" />
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="60" />
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="61" />
        <source>Busy</source>
        <translation>忙線</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="62" />
        <source>Wrong number</source>
        <translation>號碼錯誤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="63" />
        <source>Refused</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="64" />
        <source>Call back later</source>
        <translation>稍後回電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="68" />
        <source>Warm</source>
        <translation>熱情</translation>
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
        <translation>排斥</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="77" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="78" />
        <source>Company anniversary</source>
        <translation>公司週年慶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="79" />
        <source>Anniversary of our first deal</source>
        <translation>合作紀念日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="80" />
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="81" />
        <source>Festival</source>
        <translation>節日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="167" />
        <source>Expected demand: {amount}</source>
        <translation>預計需求：{amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="169" />
        <source>Intent: {meaning}</source>
        <translation>意願：{meaning}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="171" />
        <source>Tier: {tier}</source>
        <translation>等級：{tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="173" />
        <source>Potential big customer: {tier} today, recent demand {amount}</source>
        <translation>潛在大客戶：目前為{tier}，近期需求 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="176" />
        <source>Follow-up due today</source>
        <translation>今天應追蹤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="178" />
        <source>Follow-up overdue since {date} ({days} days)</source>
        <translation>追蹤已逾期：自 {date} 起（{days} 天）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="181" />
        <source>Asked to be called back at {time}</source>
        <translation>約定 {time} 回電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="185" />
        <source>Key customer never reached</source>
        <translation>重點客戶，從未聯繫上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="185" />
        <source>Never reached</source>
        <translation>從未聯繫上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="188" />
        <source>Key customer going quiet: not reached for {days} days</source>
        <translation>重點客戶久未聯繫：已 {days} 天未聯繫上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="189" />
        <source>Not reached for {days} days</source>
        <translation>已 {days} 天未聯繫上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="193" />
        <source>Churn warning: {signals}</source>
        <translation>流失預警：{signals}</translation>
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
        <translation>今天已聯繫上（{calls}）。確有需要再撥打。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="217" />
        <source>Already called {count} times today without reaching them ({calls}).</source>
        <translation>今天已撥打 {count} 次，均未聯繫上（{calls}）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="223" />
        <source>intent {to}</source>
        <translation>意願 {to}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="224" />
        <source>intent {before} → {after}</source>
        <translation>意願 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="232" />
        <source>follow-up on {date}</source>
        <translation>{date} 追蹤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="234" />
        <source>visit proposed for {when}</source>
        <translation>已建議於 {when} 拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="235" />
        <source>visit proposed</source>
        <translation>已建議拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="237" />
        <source>materials to send: {what}</source>
        <translation>待寄資料：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="241" />
        <source>marked do-not-call</source>
        <translation>已標記為不再致電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="243" />
        <source>Call saved.</source>
        <translation>通話已儲存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/call_words.py" line="244" />
        <source>Call saved: {what}.</source>
        <translation>通話已儲存：{what}。</translation>
    </message>
</context>
<context>
    <name>CloseDayWizard</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="620" />
        <source>Something went wrong: {reason}</source>
        <translation>發生錯誤：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="623" />
        <source>Close the day</source>
        <translation>每日整理</translation>
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
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="105" />
        <source>Changed on both sides</source>
        <translation>兩邊都改過</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="107" />
        <source>These fields were changed in your field copy and on the shared book since you took it. Nothing was overwritten: choose which to keep.</source>
        <translation>自你取出外勤副本以來，這些欄位在副本和共用客戶簿上都被改過。沒有任何內容被覆蓋：請選擇保留哪一邊。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="112" />
        <source>On the shared book</source>
        <translation>共用客戶簿上的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="116" />
        <source>The whole record</source>
        <translation>整筆紀錄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="116" />
        <source>Deleted</source>
        <translation>已刪除</translation>
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
        <translation>保留共用的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="129" />
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
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
        <translation>新聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="265" />
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="296" />
        <source>Add a contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="271" />
        <source>Remove {name}</source>
        <translation>刪除{name}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="281" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="282" />
        <source>Buying roles</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="282" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="282" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="289" />
        <source>No birthday</source>
        <translation>無生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/contacts_editor.py" line="292" />
        <source>leap month</source>
        <translation>閏月</translation>
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
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="34" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="35" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="36" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="37" />
        <source>District</source>
        <translation>區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="38" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="39" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="40" />
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="41" />
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="42" />
        <source>Last call</source>
        <translation>上次通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="43" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="44" />
        <source>Rep</source>
        <translation>負責業務</translation>
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
        <translation>穩定期</translation>
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
        <translation>影響者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="17" />
        <source>Decider</source>
        <translation>決策者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="18" />
        <source>Approver</source>
        <translation>批准者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="19" />
        <source>Buyer</source>
        <translation>購買者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="20" />
        <source>Gatekeeper</source>
        <translation>把關者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="23" />
        <source>buying far less than last year</source>
        <translation>採購額遠低於去年</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="24" />
        <source>silent for longer than usual</source>
        <translation>沉默時間超出往常</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="25" />
        <source>their rep left</source>
        <translation>原負責業務已離職</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="26" />
        <source>a deal stalled on terms</source>
        <translation>交易卡在條款上</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="27" />
        <source>asked for something we did not offer</source>
        <translation>提出了我們無法滿足的需求</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="28" />
        <source>repeated complaints</source>
        <translation>多次客訴</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="31" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="32" />
        <source>Company anniversary</source>
        <translation>公司週年慶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="33" />
        <source>First deal</source>
        <translation>合作紀念日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="34" />
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="35" />
        <source>Other date</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="38" />
        <source>Solar</source>
        <translation>國曆</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="39" />
        <source>Lunar</source>
        <translation>農曆</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="42" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="43" />
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="46" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="47" />
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="48" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="49" />
        <source>Choice</source>
        <translation>選項</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="52" />
        <source>Follow up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="53" />
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="54" />
        <source>Send materials</source>
        <translation>寄送資料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="55" />
        <source>Thank-you letter</source>
        <translation>感謝信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="56" />
        <source>Greeting</source>
        <translation>問候</translation>
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
        <translation>無人接聽</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="62" />
        <source>Busy</source>
        <translation>忙線</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="63" />
        <source>Wrong number</source>
        <translation>號碼錯誤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="64" />
        <source>Refused</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/customer_words.py" line="65" />
        <source>Call back</source>
        <translation>稍後回電</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="134" />
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="313" />
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="316" />
        <source>All areas</source>
        <translation>全部地區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="322" />
        <source>{area} ({count})</source>
        <translation>{area}（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="322" />
        <source>(no area)</source>
        <translation>（無地區）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="324" />
        <source>All stages</source>
        <translation>全部階段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="327" />
        <source>No stage yet</source>
        <translation>尚無階段</translation>
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
        <translation>全部標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="334" />
        <source>{tag} ({count})</source>
        <translation>{tag}（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="336" />
        <source>No tags</source>
        <translation>無標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="343" />
        <source>Find by name, pinyin, initials, phone or place…</source>
        <translation>依名稱、拼音、首字母、電話或地區搜尋…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="344" />
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="345" />
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="346" />
        <source>The whole book as Excel (XLSX)…</source>
        <translation>整個客戶簿匯出為 Excel（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="347" />
        <source>The whole book as CSV…</source>
        <translation>整個客戶簿匯出為 CSV…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="348" />
        <source>Contacts as vCard…</source>
        <translation>聯絡人匯出為 vCard…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="357" />
        <source>{shown} of {count} customers</source>
        <translation>{count} 位客戶中的 {shown} 位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="360" />
        <source>{count} customers</source>
        <translation>{count} 位客戶</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="18" />
        <source>Customers covered</source>
        <translation>覆蓋客戶數</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="19" />
        <source>Active rate</source>
        <translation>活躍率</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="20" />
        <source>Average deal</source>
        <translation>平均成交金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="24" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="25" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="26" />
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="27" />
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="31" />
        <source>Buying far less than last year</source>
        <translation>採購額遠低於去年</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="32" />
        <source>Gone quiet</source>
        <translation>長期未下單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="33" />
        <source>Owner left</source>
        <translation>原負責人已離職</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="34" />
        <source>Deal stalled</source>
        <translation>商談停滯</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="35" />
        <source>Asked for what we do not offer</source>
        <translation>需求未能滿足</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/dashboard_words.py" line="36" />
        <source>Repeated complaints</source>
        <translation>多次客訴</translation>
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
        <translation>建議</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="47" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="49" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="50" />
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="52" />
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="53" />
        <source>Reached</source>
        <translation>接通</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="54" />
        <source>Moves</source>
        <translation>變化次數</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="55" />
        <source>Latest move</source>
        <translation>最近變化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="56" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="57" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="58" />
        <source>Revenue (look-back)</source>
        <translation>回顧期營業額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/behind_table.py" line="59" />
        <source>Churn signals</source>
        <translation>流失訊號</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="194" />
        <source>Dashboard</source>
        <translation>業績看板</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="230" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="232" />
        <source>Reading the book…</source>
        <translation>正在讀取客戶資料…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="279" />
        <source>The figures could not be read: {reason}</source>
        <translation>無法讀取資料：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="292" />
        <source>Against the previous period</source>
        <translation>與上一期比較</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="293" />
        <source>Against the same period last year</source>
        <translation>與去年同期比較</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="356" />
        <source>compared with {days}</source>
        <translation>對比 {days}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="377" />
        <source>Deals and amount</source>
        <translation>成交筆數與金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="389" />
        <source>{deals} deals from {buyers} customers; {other_deals} deals, {other_amount} before</source>
        <translation>{buyers} 位客戶成交 {deals} 筆；對比期 {other_deals} 筆，{other_amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="395" />
        <source>No orders in this period</source>
        <translation>本期沒有訂單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="398" />
        <source>Amount per day</source>
        <translation>每日金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="406" />
        <source>against {amount}</source>
        <translation>對比期 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="411" />
        <source>Sales = customers covered × active rate × average deal</source>
        <translation>銷售業績 = 覆蓋客戶數 × 活躍率 × 平均成交金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="438" />
        <source>Moved most: {factor}</source>
        <translation>變化最大：{factor}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="439" />
        <source>No sales to compare</source>
        <translation>沒有可比較的銷售</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="439" />
        <source>Nothing moved</source>
        <translation>各因素均無變化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="442" />
        <source>Sales in both periods are needed to split the change</source>
        <translation>兩期都有銷售才能拆分變化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="444" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="548" />
        <location filename="../../telesales/ui/screens/dashboard.py" line="568" />
        <source>Before</source>
        <translation>對比期</translation>
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
        <translation>日均通話與接通率</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="465" />
        <source>a day on {days} calling days; {reach} reached; before {other_per_day} a day, {other_reach} reached</source>
        <translation>通/天（{days} 個通話日）；接通率 {reach}；對比期 {other_per_day} 通/天，接通率 {other_reach}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="472" />
        <source>No calls in these weeks</source>
        <translation>這幾週沒有通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="478" />
        <source>Calls per day, by week</source>
        <translation>每週日均通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="478" />
        <source>Reach rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="483" />
        <source>The pyramid: customers and revenue per tier</source>
        <translation>客戶金字塔：各等級客戶數與營業額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="485" />
        <source>80/20: revenue from the best customers</source>
        <translation>80/20：最佳客戶貢獻的營業額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="497" />
        <source>customers bought in the 12 months to {day}; revenue {amount}</source>
        <translation>位客戶在截至 {day} 的 12 個月內購買；營業額 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="503" />
        <source>{count} · {amount}</source>
        <translation>{count} · {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="508" />
        <source>No customers yet</source>
        <translation>還沒有客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="511" />
        <source>No revenue in the last 12 months</source>
        <translation>近 12 個月沒有營業額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="515" />
        <source>of revenue comes from the best {share} of customers ({count})</source>
        <translation>的營業額來自最佳的 {share} 客戶（{count} 位）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="517" />
        <source>customers, best first</source>
        <translation>客戶（由高到低）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="517" />
        <source>revenue, cumulative</source>
        <translation>累計營業額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="518" />
        <source>{customers} of customers: {revenue} of revenue</source>
        <translation>{customers} 的客戶：{revenue} 的營業額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="527" />
        <source>Intent moves</source>
        <translation>意向變化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="536" />
        <source>↑{up} ↓{down}</source>
        <translation>↑{up} ↓{down}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="537" />
        <source>calls that moved a customer's intent up or down a level or more; {customers_up} customers up, {customers_down} down</source>
        <translation>次通話使客戶意向升降一級或以上；{customers_up} 位客戶上升，{customers_down} 位下降</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="541" />
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="626" />
        <source>The customers covered</source>
        <translation>覆蓋的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="430" />
        <source>{factor}: {value} · before {other} · {change}</source>
        <translation>{factor}：{value} · 對比期 {other} · {change}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="509" />
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="509" />
        <source>Revenue</source>
        <translation>營業額</translation>
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
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="562" />
        <source>visits done; {planned} planned, {total} in all; before {other} done</source>
        <translation>次拜訪已完成；{planned} 次已安排，共 {total} 次；對比期完成 {other} 次</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="572" />
        <source>Churn warnings</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="582" />
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="583" />
        <source>customers with a warning, {key} of them super or big; as the book was re-tiered on {day}</source>
        <translation>位客戶有預警，其中 {key} 位為超級或大客戶；依據 {day} 的等級重算</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="625" />
        <source>Customers who bought</source>
        <translation>成交客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="627" />
        <source>Customers called</source>
        <translation>已致電的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="628" />
        <source>Customers whose intent went up</source>
        <translation>意向上升的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="629" />
        <source>Customers whose intent went down</source>
        <translation>意向下降的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="631" />
        <source>The best customers (super, big and medium)</source>
        <translation>最佳客戶（超級、大、中客戶）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/dashboard.py" line="632" />
        <source>Customers with a churn warning</source>
        <translation>有流失預警的客戶</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="47" />
        <source>Label</source>
        <translation>說明</translation>
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
        <translation>新增日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="179" />
        <source>Remove a date</source>
        <translation>刪除日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="195" />
        <source>label, e.g. annual meeting</source>
        <translation>說明，例如：尾牙</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/dates_editor.py" line="196" />
        <source>leap month</source>
        <translation>閏月</translation>
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
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>DayPlan</name>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="28" />
        <location filename="../../telesales/ui/day_plan_words.py" line="191" />
        <source>Follow-up call</source>
        <translation>追蹤電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="29" />
        <location filename="../../telesales/ui/day_plan_words.py" line="179" />
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="30" />
        <source>Product material</source>
        <translation>產品資料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="31" />
        <source>Thank-you letter</source>
        <translation>感謝函</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="32" />
        <source>Greeting</source>
        <translation>問候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="33" />
        <source>Close the day</source>
        <translation>每日整理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="52" />
        <location filename="../../telesales/ui/day_plan_words.py" line="106" />
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="53" />
        <location filename="../../telesales/ui/day_plan_words.py" line="111" />
        <location filename="../../telesales/ui/day_plan_words.py" line="145" />
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="54" />
        <location filename="../../telesales/ui/day_plan_words.py" line="115" />
        <location filename="../../telesales/ui/day_plan_words.py" line="147" />
        <source>Phone</source>
        <translation>電話</translation>
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
        <translation>分數</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="58" />
        <location filename="../../telesales/ui/day_plan_words.py" line="62" />
        <source>Must call</source>
        <translation>必須致電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="59" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="60" />
        <location filename="../../telesales/ui/day_plan_words.py" line="119" />
        <source>Customer no.</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="72" />
        <source>Ranked as at 09:00; must-calls are always listed.</source>
        <translation>依 09:00 時的情況排序；必須致電的客戶一定會列出。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="74" />
        <source>{count} more customers beyond the day's target.</source>
        <translation>另有 {count} 位客戶超出當天目標。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="77" />
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="78" />
        <source>Calls ({count})</source>
        <translation>通話（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="82" />
        <source>No calls on the list.</source>
        <translation>名單上沒有要打的電話。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="91" />
        <source>(suggested: {date})</source>
        <translation>（建議：{date}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="95" />
        <source>Placed at the district centre</source>
        <translation>按區中心定位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="99" />
        <location filename="../../telesales/ui/day_plan_words.py" line="110" />
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="107" />
        <source>Area</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="108" />
        <source>Starts at</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="109" />
        <source>Ends at</source>
        <translation>結束</translation>
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
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="114" />
        <source>Contact's phone</source>
        <translation>聯絡人電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="116" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="117" />
        <source>What to bring</source>
        <translation>攜帶物品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="118" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="120" />
        <source>Visit no.</source>
        <translation>拜訪編號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="124" />
        <source>In route order by area: {km} km in all.</source>
        <translation>依地區與路線排序：共 {km} 公里。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="127" />
        <source>Starting from {address}.</source>
        <translation>從{address}出發。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="129" />
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="130" />
        <source>Visits ({count})</source>
        <translation>拜訪（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="137" />
        <source>No visits planned.</source>
        <translation>沒有計畫拜訪。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="143" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="144" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="149" />
        <source>Reminder no.</source>
        <translation>提醒編號</translation>
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
        <translation>沒有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="169" />
        <source>Contact: {name} {phone}</source>
        <translation>聯絡人：{name} {phone}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="172" />
        <location filename="../../telesales/ui/day_plan_words.py" line="187" />
        <source>Phone: {phone}</source>
        <translation>電話：{phone}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="174" />
        <source>Purpose: {purpose}</source>
        <translation>目的：{purpose}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="176" />
        <source>Bring: {what}</source>
        <translation>攜帶：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="177" />
        <source>Visit: {customer}</source>
        <translation>拜訪：{customer}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="189" />
        <source>Call: {customer}</source>
        <translation>致電：{customer}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="201" />
        <source>{calls} calls · {visits} visits · {reminders} reminders · made {when}</source>
        <translation>{calls} 通電話 · {visits} 次拜訪 · {reminders} 則提醒 · 產生於 {when}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="208" />
        <source>Plan for {date}</source>
        <translation>{date}的計畫</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_plan_words.py" line="210" />
        <source>Made by telesales from the book; phones are links you can tap.</source>
        <translation>由 telesales 依客戶簿產生；電話號碼可直接點按撥打。</translation>
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
        <translation>該做每日整理了：檔案 → 每日整理…，或按今日頁面上的按鈕。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="192" />
        <source>Export the day's plan</source>
        <translation>匯出一天的計畫</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="207" />
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="230" />
        <source>The day's plan could not be made: {reason}</source>
        <translation>無法產生一天的計畫：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="236" />
        <source>&amp;Close the day…</source>
        <translation>每日整理(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="237" />
        <source>&amp;Export the day's plan…</source>
        <translation>匯出一天的計畫(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="238" />
        <source>&amp;Print the day's plan…</source>
        <translation>列印一天的計畫(&amp;P)…</translation>
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
        <translation>匯出下一個工作日的計畫…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="493" />
        <source>Print the plan for the next working day…</source>
        <translation>列印下一個工作日的計畫…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="499" />
        <source>The day is closed. Everything it created is in your reminders and visits.</source>
        <translation>今天已整理完畢，建立的內容都在提醒與拜訪中。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="501" />
        <source>{count} steps were skipped; open Close the day again to finish them.</source>
        <translation>有 {count} 個步驟尚未完成；再次開啟每日整理即可繼續。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="49" />
        <source>PDF, to read on a phone</source>
        <translation>PDF，方便在手機上閱讀</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="49" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 活頁簿（XLSX）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="50" />
        <source>CSV, a zip of three files</source>
        <translation>CSV（三個檔案壓縮為 zip）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="50" />
        <source>Calendar (ICS)</source>
        <translation>行事曆（ICS）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="53" />
        <source>The call list with reasons and phones, the visits in route order by area, and the day's reminders.</source>
        <translation>包括附原因與電話的通話名單、依地區與路線排序的拜訪，以及當天的提醒。</translation>
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
        <translation>列印一天的計畫</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/day_tools.py" line="67" />
        <source>Export the day's plan</source>
        <translation>匯出一天的計畫</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="11" />
        <source>This cannot be empty.</source>
        <translation>此項不能為空。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="12" />
        <source>Not a valid phone number for {region}.</source>
        <translation>不是有效的{region}電話號碼。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="13" />
        <source>Not an e-mail address.</source>
        <translation>不是電子郵件地址。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="14" />
        <source>Not a date; write it as 2024-03-15.</source>
        <translation>不是日期，請寫成 2024-03-15。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="15" />
        <source>This date does not exist.</source>
        <translation>這個日期不存在。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="16" />
        <source>Not a number.</source>
        <translation>不是數字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="17" />
        <source>Pick one of the choices.</source>
        <translation>請從選項中選擇。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="18" />
        <source>A choice field needs at least one choice.</source>
        <translation>選項欄位至少需要一個選項。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="19" />
        <source>A tag is at most 30 characters.</source>
        <translation>每個標籤最多 30 個字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="22" />
        <source>mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="23" />
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="24" />
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/field_editors.py" line="25" />
        <source>the region</source>
        <translation>本地區</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="53" />
        <source>Customer {id}</source>
        <translation>客戶 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="54" />
        <source>Contact {id}</source>
        <translation>聯絡人 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="55" />
        <source>Visit {id}</source>
        <translation>拜訪 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="56" />
        <source>Reminder {id}</source>
        <translation>提醒 {id}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="59" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="59" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="60" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="60" />
        <source>Scale</source>
        <translation>規模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="61" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="61" />
        <source>Email</source>
        <translation>電子郵件</translation>
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
        <translation>區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="64" />
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="65" />
        <source>Longitude</source>
        <translation>經度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="65" />
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="66" />
        <source>Pinned tier</source>
        <translation>固定等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="67" />
        <source>Why pinned</source>
        <translation>固定原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="68" />
        <source>Do not call</source>
        <translation>不再致電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="69" />
        <source>Not a customer</source>
        <translation>非客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="70" />
        <source>Face</source>
        <translation>面孔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="71" />
        <source>Keeps Christmas</source>
        <translation>過聖誕節</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="72" />
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="73" />
        <source>Payment terms</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="74" />
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="75" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="75" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="76" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="76" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="77" />
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="78" />
        <source>Birthday calendar</source>
        <translation>生日曆法</translation>
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
        <translation>閏月</translation>
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
        <translation>開始時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="84" />
        <source>Fixed time</source>
        <translation>固定時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="85" />
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="86" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="86" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="87" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="88" />
        <source>Place in the day</source>
        <translation>當天順序</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="89" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="89" />
        <source>Snoozed until</source>
        <translation>延後到</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="90" />
        <source>Closed</source>
        <translation>關閉時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="90" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="91" />
        <source>Due at</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="179" />
        <source>S&amp;ync with the shared book</source>
        <translation>與共用客戶簿同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="182" />
        <source>Send your offline work to {server} and take the team's changes</source>
        <translation>把離線工作傳送到 {server}，並取回團隊的變更</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="192" />
        <source>Syncing with {server}…</source>
        <translation>正在與 {server} 同步…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="205" />
        <source>{count} fields were changed on both sides: choose which to keep.</source>
        <translation>有 {count} 個欄位兩邊都改過：請選擇保留哪一邊。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="211" />
        <source>In step with the shared book: {sent} records sent up, {got} edits taken down.</source>
        <translation>已與共用客戶簿一致：上傳 {sent} 筆紀錄，取回 {got} 處變更。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/field_sync.py" line="222" />
        <source>The sync did not happen, nothing was lost: {reason}</source>
        <translation>同步未完成，沒有遺失任何內容：{reason}</translation>
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
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="134" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="176" />
        <location filename="../../telesales/ui/import_dialog.py" line="214" />
        <source>Reading the files…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="184" />
        <source>Check how each column is read, then import. Nothing is changed until every line is right.</source>
        <translation>請核對每一欄的含義，然後匯入。所有列都正確之前，客戶簿不會有任何變動。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="196" />
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="196" />
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="208" />
        <source>{phase} {done} of {total}</source>
        <translation>{phase} {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="214" />
        <source>Checking every line…</source>
        <translation>正在檢查每一行…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="215" />
        <source>Finding customers already in the book…</source>
        <translation>正在查找客戶簿中已有的客戶…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="215" />
        <source>Backing up the book…</source>
        <translation>正在備份客戶簿…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="216" />
        <source>Writing customers, contacts and orders…</source>
        <translation>正在寫入客戶、聯絡人和訂單…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="217" />
        <source>Writing calls, visits and other history…</source>
        <translation>正在寫入通話、拜訪等歷史紀錄…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="218" />
        <source>Working out search keys…</source>
        <translation>正在產生搜尋索引…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="218" />
        <source>Writing search keys…</source>
        <translation>正在寫入搜尋索引…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="225" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="231" />
        <source>Nothing was imported. Lines to fix: {count} (listed below).</source>
        <translation>未匯入任何內容。需要修改的列：{count} 列（見下方列表）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="234" />
        <source>Ready: {customers} customers, {contacts} contacts and {orders} orders can be imported.</source>
        <translation>檢查通過：可以匯入 {customers} 位客戶、{contacts} 位聯絡人和 {orders} 筆訂單。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="237" />
        <source>Imported {customers} customers, {contacts} contacts and {orders} orders.</source>
        <translation>已匯入 {customers} 位客戶、{contacts} 位聯絡人和 {orders} 筆訂單。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="240" />
        <source>With them: {calls} calls, {visits} visits, {dates} important dates, {custom_values} custom values and {tier_changes} tier changes.</source>
        <translation>另有：{calls} 筆通話、{visits} 次拜訪、{dates} 個重要日期、{custom_values} 個自訂欄位值和 {tier_changes} 筆等級變動。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="244" />
        <source>{count} already in the book ({why}): {merged} merged, {skipped} skipped.</source>
        <translation>{count} 位已在客戶簿中（{why}）：合併 {merged} 位，略過 {skipped} 位。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="248" />
        <source>Left out, as the customers already have them: {count} contacts, orders, calls or other records.</source>
        <translation>已略過客戶已有的紀錄：{count} 筆聯絡人、訂單、通話或其他紀錄。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="262" />
        <source>The files could not be read: {reason}</source>
        <translation>無法讀取檔案：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="268" />
        <source>Save the lines to fix</source>
        <translation>儲存需要修改的列</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="274" />
        <source>Import customers</source>
        <translation>匯入客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="278" />
        <source>Automatic (UTF-8, else GB18030)</source>
        <translation>自動（UTF-8，否則 GB18030）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="281" />
        <source>Encoding of CSV files</source>
        <translation>CSV 檔案編碼</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="282" />
        <source>Customers already in the book:</source>
        <translation>客戶簿中已有的客戶：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="283" />
        <source>Skip them</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="284" />
        <source>Merge (fill what the book lacks)</source>
        <translation>合併（補齊客戶簿缺少的內容）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="285" />
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="286" />
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="287" />
        <source>Save problems…</source>
        <translation>儲存問題清單…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="288" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="8" />
        <source>Customer number</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="9" />
        <source>Customer name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="10" />
        <source>Company or person</source>
        <translation>公司或個人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="11" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="12" />
        <source>Scale</source>
        <translation>規模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="13" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="14" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
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
        <translation>區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="20" />
        <source>Region code</source>
        <translation>地區代碼</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="21" />
        <source>Our rep</source>
        <translation>負責業務</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="22" />
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="23" />
        <source>Payment terms</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="24" />
        <source>Competitors in place</source>
        <translation>現有競爭對手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="25" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="26" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="27" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="28" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="29" />
        <source>Pinned tier</source>
        <translation>固定等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="30" />
        <source>Do not call</source>
        <translation>不再致電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="31" />
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="32" />
        <source>Contact's title</source>
        <translation>聯絡人職稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="33" />
        <source>Contact's phone</source>
        <translation>聯絡人電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="34" />
        <source>Contact's e-mail</source>
        <translation>聯絡人電子郵件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="35" />
        <source>Contact's WeChat</source>
        <translation>聯絡人微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="36" />
        <source>Buying roles</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="37" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="38" />
        <source>Contact's notes</source>
        <translation>聯絡人備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="39" />
        <source>Order date</source>
        <translation>訂單日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="40" />
        <source>Order amount</source>
        <translation>訂單金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="41" />
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="42" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="43" />
        <source>Order notes</source>
        <translation>訂單備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="44" />
        <source>Added to the book</source>
        <translation>加入客戶簿的時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="45" />
        <source>Contact number</source>
        <translation>聯絡人編號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="46" />
        <source>Reason for the pin</source>
        <translation>固定等級的原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="47" />
        <source>Marked other (never called)</source>
        <translation>標為其他（不再致電）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="48" />
        <source>Face (red, black, white)</source>
        <translation>臉譜（紅臉、黑臉、白臉）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="49" />
        <source>Keeps Christmas</source>
        <translation>過聖誕節</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="50" />
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="51" />
        <source>Longitude</source>
        <translation>經度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="52" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="53" />
        <source>Call number</source>
        <translation>通話編號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="54" />
        <source>Called at</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="55" />
        <source>Call outcome</source>
        <translation>通話結果</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="56" />
        <source>Call back at</source>
        <translation>回電時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="57" />
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="58" />
        <source>Expected value</source>
        <translation>預計金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="59" />
        <source>Attitude</source>
        <translation>態度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="60" />
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="61" />
        <source>Visit possible</source>
        <translation>可以拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="62" />
        <source>Visit when</source>
        <translation>拜訪時機</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="63" />
        <source>Materials requested</source>
        <translation>索取資料</translation>
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
        <translation>通話備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="67" />
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="68" />
        <source>Unmet request</source>
        <translation>未滿足的需求</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="69" />
        <source>Visit date</source>
        <translation>拜訪日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="70" />
        <source>Visit starts at</source>
        <translation>拜訪開始時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="71" />
        <source>Fixed time</source>
        <translation>固定時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="72" />
        <source>Visit minutes</source>
        <translation>拜訪時長（分鐘）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="73" />
        <source>Visit status</source>
        <translation>拜訪狀態</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="74" />
        <source>Visit purpose</source>
        <translation>拜訪目的</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="75" />
        <source>Visit notes</source>
        <translation>拜訪結果</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="76" />
        <source>From call number</source>
        <translation>來自通話編號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="77" />
        <source>Place in the day</source>
        <translation>當日順序</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="78" />
        <source>Kind of date</source>
        <translation>日期類型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="79" />
        <source>Date (every year)</source>
        <translation>日期（每年）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="80" />
        <source>Date's label</source>
        <translation>日期說明</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="81" />
        <source>Custom field</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="82" />
        <source>Custom field's kind</source>
        <translation>自訂欄位類型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="83" />
        <source>Custom field's choices</source>
        <translation>自訂欄位選項</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="84" />
        <source>Custom field's value</source>
        <translation>自訂欄位值</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="85" />
        <source>Tier changed on</source>
        <translation>等級變動日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="86" />
        <source>Tier before</source>
        <translation>原等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="87" />
        <source>Tier after</source>
        <translation>新等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="88" />
        <source>Reason for the change</source>
        <translation>變動原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="89" />
        <source>Why the tier was pinned</source>
        <translation>固定等級的原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="92" />
        <source>Customers (with contacts and orders on the same line)</source>
        <translation>客戶（同一列可帶聯絡人和訂單）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="93" />
        <source>Contacts of customers</source>
        <translation>客戶的聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="94" />
        <source>Orders of customers</source>
        <translation>客戶的訂單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="95" />
        <source>Calls to customers</source>
        <translation>客戶的通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="96" />
        <source>Visits to customers</source>
        <translation>客戶的拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="97" />
        <source>Important dates of customers</source>
        <translation>客戶的重要日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="98" />
        <source>Custom fields of customers</source>
        <translation>客戶的自訂欄位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="99" />
        <source>Tier history of customers</source>
        <translation>客戶的等級變動紀錄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="102" />
        <source>a value is required here</source>
        <translation>此處必須填寫</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="103" />
        <source>“{value}” is not a valid phone number</source>
        <translation>「{value}」不是有效的電話號碼</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="104" />
        <source>“{value}” is not an e-mail address</source>
        <translation>「{value}」不是電子郵件地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="105" />
        <source>“{value}” is not a date (write 2024-03-15)</source>
        <translation>「{value}」不是日期（請寫成 2024-03-15）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="106" />
        <source>“{value}” is a date that does not exist</source>
        <translation>「{value}」這個日期不存在</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="107" />
        <source>“{value}” is not an amount</source>
        <translation>「{value}」不是金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="108" />
        <source>“{value}” is not one of the known values</source>
        <translation>「{value}」不是可選的值</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="109" />
        <source>no customer “{value}” in the file or the book</source>
        <translation>檔案和客戶簿中都沒有客戶「{value}」</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="110" />
        <source>the text is too long</source>
        <translation>文字太長</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="111" />
        <source>a tag in “{value}” is over 30 characters</source>
        <translation>「{value}」中有標籤超過 30 個字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="114" />
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_words.py" line="115" />
        <source>same name and city</source>
        <translation>名稱和城市相同</translation>
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
        <translation>超級客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="12" />
        <source>Big</source>
        <translation>大客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="13" />
        <source>Medium</source>
        <translation>中客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="14" />
        <source>Small</source>
        <translation>小客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="15" />
        <source>Inactive</source>
        <translation>非積極客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="16" />
        <source>Prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="17" />
        <source>Suspect</source>
        <translation>疑慮者</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="18" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="22" />
        <source>There is no book at {path}.</source>
        <translation>{path} 沒有客戶簿。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="23" />
        <source>{path} is not a telesales book. The file was not changed.</source>
        <translation>{path} 不是 telesales 客戶簿，檔案未被更動。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="24" />
        <source>{path} is damaged and cannot be read. The file was not changed.</source>
        <translation>{path} 已損毀，無法讀取，檔案未被更動。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="25" />
        <source>{path} was made by a newer version of telesales. Update the app to open it.</source>
        <translation>{path} 由較新版本的 telesales 建立，請先更新程式再開啟。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="27" />
        <source>{path} already exists; choose another name.</source>
        <translation>{path} 已存在，請換一個名稱。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="28" />
        <source>{path} is read-only: nothing could be saved.</source>
        <translation>{path} 是唯讀的：沒有儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="29" />
        <source>The disk is full: nothing could be saved in {path}.</source>
        <translation>磁碟已滿：{path} 中沒有儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="30" />
        <source>Another program kept {path} busy too long: nothing was saved. Try again.</source>
        <translation>另一個程式佔用 {path} 太久：沒有儲存任何內容。請再試一次。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/labels.py" line="32" />
        <source>The shared book {path} cannot be used: {detail}</source>
        <translation>無法使用共用客戶簿 {path}：{detail}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="219" />
        <source>Thank-you letters</source>
        <translation>感謝函</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="220" />
        <source>A letter to every customer who closed a deal today: copy it, print it, save it as PDF or open it in your mail program.</source>
        <translation>給今天成交的每位客戶一封感謝函：可複製、列印、存成 PDF 或在郵件程式中開啟。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="222" />
        <source>Skip this step for now</source>
        <translation>暫時略過這一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="223" />
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="224" />
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="225" />
        <source>Save as PDF…</source>
        <translation>存成 PDF…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="226" />
        <source>E-mail…</source>
        <translation>寄電子郵件…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="227" />
        <source>Edit the template…</source>
        <translation>編輯範本…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="246" />
        <source>Reading today's deals…</source>
        <translation>正在讀取今天的成交…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="248" />
        <source>No deals today: there is no letter to write.</source>
        <translation>今天沒有成交，不需要寫感謝函。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="251" />
        <source>{count} customers closed a deal today; {sent} letters marked sent.</source>
        <translation>今天有 {count} 位客戶成交；{sent} 封信已標為寄出。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="259" />
        <location filename="../../telesales/ui/close_day_wizard.py" line="271" />
        <source>Mark as sent</source>
        <translation>標為已寄出</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="271" />
        <source>Mark as not sent</source>
        <translation>標為未寄出</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="276" />
        <source>The letter is copied.</source>
        <translation>信件已複製。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="290" />
        <source>Save the letter as PDF</source>
        <translation>將信件存成 PDF</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="291" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="295" />
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="303" />
        <source>No mail program is set up; copy the letter instead.</source>
        <translation>沒有設定郵件程式，請改為複製信件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="123" />
        <source>Opening the book…</source>
        <translation>正在開啟客戶簿…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="145" />
        <source>The book was upgraded; a copy of the old one is at {path}</source>
        <translation>客戶簿已升級，舊版副本存放於 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="158" />
        <source>The book could not be opened: {reason}</source>
        <translation>無法開啟客戶簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="162" />
        <source>Cannot open the book</source>
        <translation>無法開啟客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="179" />
        <source>New book</source>
        <translation>新增客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="179" />
        <location filename="../../telesales/ui/main_window.py" line="185" />
        <source>Books ({patterns})</source>
        <translation>客戶簿 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="185" />
        <source>Open book</source>
        <translation>開啟客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="211" />
        <source>telesales {version}</source>
        <translation>telesales {version}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="213" />
        <source>Book: {path}</source>
        <translation>客戶簿：{path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="214" />
        <source>Schema revision: {revision}</source>
        <translation>資料結構版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="215" />
        <source>About telesales</source>
        <translation>關於 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="220" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="221" />
        <source>&amp;New book…</source>
        <translation>新增客戶簿(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="222" />
        <source>&amp;Open book…</source>
        <translation>開啟客戶簿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="223" />
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="224" />
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="225" />
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="226" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="227" />
        <source>&amp;About telesales</source>
        <translation>關於 telesales(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="235" />
        <source>No book open</source>
        <translation>未開啟客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="238" />
        <source>{book} — telesales</source>
        <translation>{book} — telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="241" />
        <source>{customers} customers · {calls} calls</source>
        <translation>{customers} 位客戶 · {calls} 通電話</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="434" />
        <source>Product material for interested customers</source>
        <translation>為有意願的客戶提供產品資料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="435" />
        <source>Everyone who showed intent A or B today: tick whom to ask whether they want product material; a task is made for the next working day.</source>
        <translation>今天意願為 A 或 B 的客戶：勾選要詢問是否需要產品資料的客戶，系統會在下一個工作日建立任務。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="437" />
        <source>Skip this step for now</source>
        <translation>暫時略過這一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="443" />
        <source>{customer} ({contact}) · intent {intent}</source>
        <translation>{customer}（{contact}）· 意願 {intent}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="446" />
        <source>Asked for: {what}</source>
        <translation>已索取：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="448" />
        <source>A materials task exists already</source>
        <translation>已有寄送資料的任務</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="454" />
        <source>{count} interested customers today.</source>
        <translation>今天有 {count} 位有意願的客戶。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="456" />
        <source>Nobody showed intent A or B today.</source>
        <translation>今天沒有客戶表現出 A 或 B 意願。</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="82" />
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="111" />
        <source>At a glance</source>
        <translation>一覽</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="112" />
        <source>Today so far</source>
        <translation>今天到目前為止</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="113" />
        <source>Your book</source>
        <translation>我的客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="115" />
        <source>Customers called</source>
        <translation>已致電的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="116" />
        <source>Customers reached</source>
        <translation>已聯繫上客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="117" />
        <source>Reminders due now</source>
        <translation>現在到期的提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="118" />
        <source>Reminders in the next 7 days</source>
        <translation>未來 7 天內的提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="124" />
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="125" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="126" />
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="127" />
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="128" />
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="129" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="137" />
        <source>Book: {path} · {size} · schema revision {revision}</source>
        <translation>客戶簿：{path} · {size} · 資料結構版本 {revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="140" />
        <source>Opening the book…</source>
        <translation>正在開啟客戶簿…</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="156" />
        <source>Say why you pin this tier: the reason stays with the pin.</source>
        <translation>請說明固定此等級的原因：原因會隨固定一起保存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="165" />
        <source>Pin a tier</source>
        <translation>固定等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="168" />
        <source>Now: {tier}, as the book computed it</source>
        <translation>目前：{tier}（系統計算）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="170" />
        <source>Now: {tier} · computed tier: {computed}</source>
        <translation>目前：{tier} · 計算等級：{computed}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="176" />
        <source>Tier to pin</source>
        <translation>固定為</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="177" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="178" />
        <source>e.g. buys for the whole group; serve as a big customer</source>
        <translation>例如：負責整個集團的採購，按大客戶維護</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="179" />
        <source>A pinned tier wins over the computed one at every re-tiering until you lift the pin. The change is kept in the customer's tier history.</source>
        <translation>每次重新分級時，固定的等級都優先於計算結果，直到您取消固定。此次變動會記入該客戶的等級變動紀錄。</translation>
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
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="157" />
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="157" />
        <location filename="../../telesales/ui/screens/profile.py" line="159" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="158" />
        <source>Last bought</source>
        <translation>最近購買</translation>
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
        <translation>利潤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="160" />
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="184" />
        <location filename="../../telesales/ui/screens/profile.py" line="186" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="184" />
        <source>Outcome</source>
        <translation>結果</translation>
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
        <translation>變化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="187" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="187" />
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="277" />
        <source>This customer is no longer in the book.</source>
        <translation>客戶簿中已沒有這位客戶。</translation>
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
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="537" />
        <source>Not saved: {reason}</source>
        <translation>未儲存：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="560" />
        <source>Print the profile sheet</source>
        <translation>列印客戶概況表</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="571" />
        <source>Printed to {path}</source>
        <translation>已列印到 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="578" />
        <source>Company or person</source>
        <translation>公司或個人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="578" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="578" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="579" />
        <source>Scale</source>
        <translation>規模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="579" />
        <source>Our rep</source>
        <translation>負責業務</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="579" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="580" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
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
        <translation>區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="582" />
        <source>Area</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="582" />
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="583" />
        <source>Payment terms</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="583" />
        <source>Competitors in place</source>
        <translation>現有競爭對手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="584" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="584" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="584" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="585" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="586" />
        <source>Calling</source>
        <translation>致電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="586" />
        <location filename="../../telesales/ui/screens/profile.py" line="613" />
        <source>Do not call</source>
        <translation>不再致電</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="587" />
        <source>Never needs us (“other”)</source>
        <translation>永遠不需要我們（「其他」）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="596" />
        <source>{name} — profile sheet</source>
        <translation>{name} — 客戶概況表</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="600" />
        <source>{tier} (pinned)</source>
        <translation>{tier}（已固定）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="601" />
        <source>Tier: {tier}</source>
        <translation>等級：{tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="603" />
        <source>Stage: {stage}</source>
        <translation>階段：{stage}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="605" />
        <source>Last call: {date}</source>
        <translation>上次通話：{date}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="608" />
        <source>Intent: {intent}</source>
        <translation>意向：{intent}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="610" />
        <source>Follow up on {date}</source>
        <translation>{date} 跟進</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="615" />
        <source>Tags: {tags}</source>
        <translation>標籤：{tags}</translation>
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
        <translation>流失預警：{signals}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="624" />
        <source>(no area yet: fill in province, city and district)</source>
        <translation>（尚無地區：請填寫縣市、區）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="629" />
        <source>Decider: {names}</source>
        <translation>決策者：{names}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="632" />
        <source>No decider known yet: find out who decides.</source>
        <translation>尚不知道決策者：請弄清楚誰說了算。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="641" />
        <source>{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid</source>
        <translation>共 {count} 筆訂單，合計 {amount}，已付 {paid}，未付 {unpaid}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="664" />
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="669" />
        <source>Up by {steps}</source>
        <translation>上升 {steps} 級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="671" />
        <source>Down by {steps}</source>
        <translation>下降 {steps} 級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="672" />
        <source>First recorded</source>
        <translation>首次記錄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="676" />
        <source>Undo {edit}</source>
        <translation>復原：{edit}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="676" />
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="693" />
        <source>e.g. 50000</source>
        <translation>例如 50000</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="695" />
        <source>e.g. VIP, trade show, referral</source>
        <translation>如：VIP、展覽客戶、老客戶介紹</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="696" />
        <source>New field's name</source>
        <translation>新欄位名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="697" />
        <source>choices, separated by commas</source>
        <translation>選項，用逗號分隔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="698" />
        <source>Add a field</source>
        <translation>新增欄位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="699" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="699" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="699" />
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="700" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="700" />
        <source>Custom fields</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="700" />
        <source>Tier and its history</source>
        <translation>等級與變動紀錄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="701" />
        <source>Calls and visits</source>
        <translation>通話與拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="703" />
        <source>Print to PDF…</source>
        <translation>列印為 PDF…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="704" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/profile.py" line="706" />
        <source>Intent moves</source>
        <translation>意向變化</translation>
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
        <translation>客戶概況表</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="25" />
        <source>Company or person</source>
        <translation>公司或個人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="25" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="26" />
        <source>Scale</source>
        <translation>規模</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="26" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="27" />
        <source>Area</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="27" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="28" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="28" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="29" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="29" />
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="30" />
        <source>Churn warnings</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="30" />
        <source>Buying intent</source>
        <translation>成交意向</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="31" />
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="31" />
        <source>Payment terms</source>
        <translation>付款條件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="32" />
        <source>Competitors in place</source>
        <translation>現有競爭對手</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="32" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="33" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="33" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="34" />
        <source>No decider known yet: find out who decides.</source>
        <translation>尚不知道決策者：請弄清楚誰說了算。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="35" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="35" />
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="36" />
        <source>Buying roles</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="36" />
        <source>WeChat / e-mail</source>
        <translation>微信 / 電子郵件</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="37" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="37" />
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="38" />
        <source>{count} orders, {amount} in total, {paid} paid, {unpaid} not yet paid</source>
        <translation>共 {count} 筆訂單，合計 {amount}，已付 {paid}，未付 {unpaid}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="39" />
        <source>Products bought</source>
        <translation>購買過的產品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="39" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="40" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="40" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="41" />
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="41" />
        <source>Important dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="42" />
        <source>Custom fields</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/profile_print.py" line="42" />
        <source>Tags</source>
        <translation>標籤</translation>
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
        <translation>占客戶 {customers}% · 占營業額 {revenue}%</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/pyramid_chart.py" line="175" />
        <source>Revenue {amount}</source>
        <translation>營業額 {amount}</translation>
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
        <translation>{count} 位客戶</translation>
    </message>
</context>
<context>
    <name>PyramidScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="161" />
        <source>Pyramid</source>
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="255" />
        <source>Change the pin…</source>
        <translation>變更固定…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="255" />
        <source>Pin a tier…</source>
        <translation>固定等級…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="258" />
        <source>Lift the pin (back to {tier})…</source>
        <translation>取消固定（恢復為{tier}）…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="295" />
        <source>The pyramid could not be read: {reason}</source>
        <translation>無法讀取客戶金字塔：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="300" />
        <source>Customer pyramid</source>
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="301" />
        <source>Re-tiering…</source>
        <translation>正在重新分級…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="301" />
        <source>Re-tier now</source>
        <translation>立即重新分級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="304" />
        <source>Recompute every customer's tier from the orders now (the book does it once a day by itself)</source>
        <translation>根據訂單立即重新計算每位客戶的等級（系統每天也會自動計算一次）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="305" />
        <source>Customers in {tier}</source>
        <translation>{tier}名單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="306" />
        <source>Moved up or down</source>
        <translation>升降變動</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="307" />
        <source>Churn warnings ({count})</source>
        <translation>流失預警（{count}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="308" />
        <source>Churn warnings</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="309" />
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="314" />
        <source>Reading the pyramid…</source>
        <translation>正在讀取客戶金字塔…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="318" />
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="320" />
        <source>Revenue of the {months} months up to {day} · {existing} customers in the pyramid · re-tiered {tiered}</source>
        <translation>截至 {day} 的 {months} 個月營業額 · 金字塔內 {existing} 位客戶 · 上次分級：{tiered}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="326" />
        <source>{count} customers moved just now</source>
        <translation>剛才有 {count} 位客戶等級變動</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="331" />
        <source>{count} customers in {tier}, most revenue first</source>
        <translation>{tier}共 {count} 位，依營業額由高到低</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="336" />
        <source>{up} moved up, {down} moved down, {new} tiered for the first time</source>
        <translation>上升 {up} 位，下降 {down} 位，首次分級 {new} 位</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="341" />
        <source>{customers} customers show a churn signal; the highest tiers first. Each line is one signal and the numbers that made it fire.</source>
        <translation>{customers} 位客戶出現流失訊號，依等級由高到低排列。每列是一個訊號及觸發它的數字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="344" />
        <source>Reading every customer's orders for churn signals…</source>
        <translation>正在讀取每位客戶的訂單以查找流失訊號…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="354" />
        <source>No revenue in the look-back window yet.</source>
        <translation>統計期間內還沒有營業額。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/pyramid.py" line="355" />
        <source>80/20: the top {customers}% of your customers (super, big and medium) bring {revenue}% of the revenue.</source>
        <translation>二八法則：前 {customers}% 的客戶（超級、大、中客戶）帶來 {revenue}% 的營業額。</translation>
    </message>
</context>
<context>
    <name>ReassignMenu</name>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="50" />
        <source>Give to another rep…</source>
        <translation>交給另一名業務…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="58" />
        <source>Give to another rep</source>
        <translation>交給另一名業務</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="59" />
        <source>The rep who takes customer {id}:</source>
        <translation>接手客戶 {id} 的業務：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="68" />
        <source>{count} customer now belongs to {rep}.</source>
        <translation>{count} 位客戶現歸 {rep} 負責。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/team_menu.py" line="72" />
        <source>The customer could not be given away: {reason}</source>
        <translation>無法移交該客戶：{reason}</translation>
    </message>
</context>
<context>
    <name>ReminderAlerts</name>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="23" />
        <source>A reminder is due: {what}</source>
        <translation>有一則提醒到期：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="24" />
        <source>{count} reminders are due, the first: {what}</source>
        <translation>{count} 則提醒到期，第一則：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="25" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/reminder_alerts.py" line="26" />
        <source>Reminders could not be checked: {reason}</source>
        <translation>無法檢查提醒：{reason}</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="28" />
        <source>Occasion</source>
        <translation>場合</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="29" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="30" />
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="31" />
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="32" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="36" />
        <source>Follow-up</source>
        <translation>後續追蹤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="37" />
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="38" />
        <source>Send material</source>
        <translation>寄送資料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="39" />
        <source>Thank-you letter</source>
        <translation>感謝函</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="40" />
        <source>Greeting</source>
        <translation>問候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="41" />
        <source>Close the day</source>
        <translation>每日整理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="45" />
        <source>Done {date}</source>
        <translation>{date} 已完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="46" />
        <source>Dismissed {date}</source>
        <translation>{date} 已略過</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/reminder_table.py" line="47" />
        <source>Snoozed until {date}</source>
        <translation>延後到 {date}</translation>
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
        <translation>即將到來</translation>
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
        <translation>發生錯誤：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="343" />
        <source>The text is on the clipboard.</source>
        <translation>文字已複製到剪貼簿。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="348" />
        <source>Done: {what}</source>
        <translation>已完成：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="352" />
        <source>Dismissed: {what}</source>
        <translation>已略過：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="357" />
        <source>Snoozed for {days} days: {what}</source>
        <translation>已延後 {days} 天：{what}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="386" />
        <source>{count} new reminders planned.</source>
        <translation>新排定了 {count} 則提醒。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="448" />
        <source>A template cannot be empty.</source>
        <translation>範本不能空白。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="452" />
        <source>Write placeholders as a name in braces, such as {contact}; for a brace itself write two: {{ or }}.</source>
        <translation>預留位置請寫成大括號中的名稱，例如 {contact}；要寫大括號本身，請連寫兩個：{{ 或 }}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="456" />
        <source>Unknown placeholder {names}.</source>
        <translation>未知的預留位置 {names}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="469" />
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="486" />
        <source>Saved. New reminders use this text.</source>
        <translation>已儲存。之後新建的提醒會使用這段文字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="498" />
        <source>The original text is back.</source>
        <translation>已還原原始文字。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="514" />
        <source>Show the next</source>
        <translation>顯示未來</translation>
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
        <translation>立即排定問候</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="517" />
        <source>Due and coming</source>
        <translation>到期與即將到來</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="518" />
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="519" />
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="520" />
        <source>Ready text (touch it up here, then copy it):</source>
        <translation>現成文字（可在這裡修改，然後複製）：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="521" />
        <source>Copy text</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="522" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="523" />
        <source>Snooze for</source>
        <translation>延後</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="525" />
        <source>Dismiss</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="528" />
        <source>Greetings are signed with your name: set it in File → Settings (My name).</source>
        <translation>問候語以你的名字署名：請在「檔案 → 設定」中填寫「我的名字」。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="533" />
        <source>No book open</source>
        <translation>未開啟客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="535" />
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="537" />
        <source>{due} due now · {coming} in the next {days} days</source>
        <translation>現在到期 {due} 則 · 未來 {days} 天內 {coming} 則</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="541" />
        <source>showing the first {count}</source>
        <translation>僅顯示前 {count} 則</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="549" />
        <source>Templates in</source>
        <translation>範本語言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="550" />
        <source>Placeholders: {names}</source>
        <translation>預留位置：{names}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="552" />
        <source>Preview with sample names:</source>
        <translation>以範例姓名預覽：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="553" />
        <source>Save template</source>
        <translation>儲存範本</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/reminders.py" line="554" />
        <source>Restore the original</source>
        <translation>還原原始文字</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="88" />
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="89" />
        <source>Choose the backup to put in place of {book}. A copy of the book as it is now is kept first, among the backups.</source>
        <translation>選擇要取代 {book} 的備份。還原前會先把帳本現在的樣子另存一份，放在備份中。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="91" />
        <source>Made</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="91" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="91" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="100" />
        <source>There are no backups of this book yet. The app makes one each day it opens the book, and one before every import.</source>
        <translation>這個帳本還沒有備份。應用程式每天開啟帳本時會備份一次，每次匯入前也會備份。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/restore_dialog.py" line="102" />
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
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
        <translation>地圖上沒有拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="182" />
        <source>Start</source>
        <translation>出發點</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="183" />
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/route_map.py" line="184" />
        <source>District centre</source>
        <translation>區中心</translation>
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
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="65" />
        <source>Call list</source>
        <translation>通話清單</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="66" />
        <source>Churn</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="67" />
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="68" />
        <source>Greetings</source>
        <translation>節日問候</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="69" />
        <source>Closing the day</source>
        <translation>每日整理</translation>
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
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="76" />
        <source>My name (owner of my customers)</source>
        <translation>我的名字（名下客戶的負責人）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="78" />
        <source>My time zone (e.g. Asia/Shanghai; empty: the computer's)</source>
        <translation>我的時區（例如 Asia/Taipei；留空則用電腦的時區）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="79" />
        <source>Revenue look-back (months)</source>
        <translation>營收回溯期（月）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="81" />
        <source>Super customers (top %)</source>
        <translation>超級客戶（前 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="83" />
        <source>Big customers (next %)</source>
        <translation>大客戶（其後 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="85" />
        <source>Medium customers (next %)</source>
        <translation>中客戶（其後 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="88" />
        <source>Always at least one super customer</source>
        <translation>至少保留一位超級客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="89" />
        <source>Calls per day</source>
        <translation>每日通話數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="90" />
        <source>Weight of expected demand</source>
        <translation>預期需求權重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="92" />
        <source>Weight of buying intent</source>
        <translation>成交意向權重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="94" />
        <source>Weight of tier</source>
        <translation>客戶等級權重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="95" />
        <source>Call super customers every (days)</source>
        <translation>超級客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="97" />
        <source>Call big customers every (days)</source>
        <translation>大客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="100" />
        <source>Call medium customers every (days)</source>
        <translation>中客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="101" />
        <source>Call small customers every (days)</source>
        <translation>小客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="105" />
        <source>Name of intent level A</source>
        <translation>A 級意願的名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="106" />
        <source>clear intent to buy</source>
        <translation>明確購買意願</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="107" />
        <source>Name of intent level B</source>
        <translation>B 級意願的名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="108" />
        <source>interested</source>
        <translation>有興趣</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="109" />
        <source>Name of intent level C</source>
        <translation>C 級意願的名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="110" />
        <source>neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="111" />
        <source>Name of intent level D</source>
        <translation>D 級意願的名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="112" />
        <source>not interested</source>
        <translation>沒有意願</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="114" />
        <source>Churn warning below this share of last year (%)</source>
        <translation>低於去年同期此比例時預警（%）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="115" />
        <source>Complaints that make a churn warning</source>
        <translation>觸發流失預警的客訴次數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="117" />
        <source>Visits per day</source>
        <translation>每日拜訪數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="118" />
        <source>Hours for visits per day</source>
        <translation>每日拜訪時數（小時）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="120" />
        <source>Minutes per visit</source>
        <translation>每次拜訪時間（分鐘）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="121" />
        <source>Travel speed (km/h)</source>
        <translation>行車速度（公里/小時）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="123" />
        <source>Visits start at (HH:MM)</source>
        <translation>拜訪開始時間（時:分）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="125" />
        <source>Where my visits start (home or office address, or latitude, longitude)</source>
        <translation>拜訪出發地（住家或辦公室地址，或緯度, 經度）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="127" />
        <source>Festival region</source>
        <translation>節日地區</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="129" />
        <source>Remind this many days ahead</source>
        <translation>提前提醒天數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="132" />
        <source>Remind of festivals this many days ahead</source>
        <translation>節日提前提醒天數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="134" />
        <source>Remind of anniversaries and events this many days ahead</source>
        <translation>紀念日和活動提前提醒天數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="137" />
        <source>Greetings only for key customers (super and big)</source>
        <translation>只問候關鍵客戶（超級客戶和大客戶）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="138" />
        <source>Offer to close the day at (HH:MM)</source>
        <translation>提醒每日整理的時間（時:分）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="141" />
        <source>Key customers to book for the next working day</source>
        <translation>為下一個工作日預約的關鍵客戶數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="142" />
        <source>Daily backups to keep</source>
        <translation>保留的每日備份數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="143" />
        <source>Weekly backups to keep</source>
        <translation>保留的每週備份數</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="81" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="82" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="83" />
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="105" />
        <source>This sheet holds</source>
        <translation>此工作表內容</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="106" />
        <source>{lines} lines · {encoding}</source>
        <translation>{lines} 列 · {encoding}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="108" />
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="108" />
        <source>Means</source>
        <translation>含義</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/import_dialog.py" line="109" />
        <source>First value</source>
        <translation>第一個值</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="135" />
        <source>Close the day</source>
        <translation>每日整理</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="137" />
        <source>Reading the day…</source>
        <translation>正在讀取今天的情況…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="152" />
        <source>Calls made</source>
        <translation>撥打的電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="153" />
        <source>Customers called</source>
        <translation>已致電的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="154" />
        <source>Customers reached</source>
        <translation>已接通的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="155" />
        <source>Intent moves</source>
        <translation>意向變化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="155" />
        <source>{up} up · {down} down · {new} new</source>
        <translation>上升 {up} · 下降 {down} · 新增 {new}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="157" />
        <source>Visits made</source>
        <translation>完成的拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="158" />
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="159" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="162" />
        <source>Customers on today's list not called</source>
        <translation>今日名單中尚未致電的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="162" />
        <source>{left} (must call: {must})</source>
        <translation>{left}（必須致電：{must}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="164" />
        <source>Visits not recorded</source>
        <translation>未記錄結果的拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="165" />
        <source>Reminders due</source>
        <translation>到期的提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="166" />
        <source>Thank-you letters not sent</source>
        <translation>未寄出的感謝函</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="167" />
        <source>1. Thank-you letters</source>
        <translation>1. 感謝函</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="168" />
        <source>2. Book the key customers of {date}</source>
        <translation>2. 預約{date}的關鍵客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="170" />
        <source>3. Ask interested customers about product material</source>
        <translation>3. 詢問有意願的客戶是否需要產品資料</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="171" />
        <source>to do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="171" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="172" />
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
</context>
<context>
    <name>TagMenu</name>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="26" />
        <source>Add a tag to {count} customers…</source>
        <translation>為 {count} 位客戶新增標籤…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="27" />
        <source>Add a tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="29" />
        <source>Remove a tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="34" />
        <source>Add a tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="35" />
        <source>Tag for {count} customers (pick one or type a new one):</source>
        <translation>給 {count} 位客戶的標籤（選一個，或輸入新標籤）：</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="50" />
        <source>Tagged {count} customers.</source>
        <translation>已為 {count} 位客戶新增標籤。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="51" />
        <source>Tag removed from {count} customers.</source>
        <translation>已從 {count} 位客戶移除標籤。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/tag_menu.py" line="57" />
        <source>The tags were not changed: {reason}</source>
        <translation>標籤未變更：{reason}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="646" />
        <source>The thank-you letter's template</source>
        <translation>感謝函範本</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/close_day_wizard.py" line="648" />
        <source>Placeholders: {contact} {customer} {date} {year} {sender}</source>
        <translation>預留位置：{contact} {customer} {date} {year} {sender}</translation>
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
        <translation>原等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="258" />
        <source>To</source>
        <translation>新等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="258" />
        <source>Moved</source>
        <translation>變動</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="259" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="312" />
        <source>The tier history could not be read: {reason}</source>
        <translation>無法讀取等級變動紀錄：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="341" />
        <source>Pinned to {tier}.</source>
        <translation>已固定為{tier}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="345" />
        <source>Pin lifted: {tier} again, as the book computed it.</source>
        <translation>已取消固定：恢復為系統計算的{tier}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="357" />
        <source>{why}: {reason}</source>
        <translation>{why}：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="377" />
        <source>Tier: {tier}, as the book computed it</source>
        <translation>等級：{tier}（系統計算）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="381" />
        <source>Tier: {tier} · computed tier: {computed}</source>
        <translation>等級：{tier} · 計算等級：{computed}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="383" />
        <source>Why pinned: {reason}</source>
        <translation>固定原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="386" />
        <source>Change the pin…</source>
        <translation>變更固定…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="386" />
        <source>Pin a tier…</source>
        <translation>固定等級…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="388" />
        <source>Lift the pin…</source>
        <translation>取消固定…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="392" />
        <source>Tier history, newest first</source>
        <translation>等級變動紀錄（最新在前）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="394" />
        <source>Reading the tier history…</source>
        <translation>正在讀取等級變動紀錄…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="396" />
        <source>No tier change recorded yet: the book records one at each re-tiering that moves this customer, and at each pin.</source>
        <translation>尚無等級變動紀錄：每次重新分級使該客戶等級變動時，以及每次固定等級時，都會記錄一筆。</translation>
    </message>
</context>
<context>
    <name>TierPin</name>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="105" />
        <source>Not saved: {reason}</source>
        <translation>未儲存：{reason}</translation>
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
        <translation>無法排出通話名單：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="273" />
        <source>Copied {phone}</source>
        <translation>已複製 {phone}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="296" />
        <source>Select a customer to see why they are on the list.</source>
        <translation>選擇一位客戶，查看其上榜原因。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="308" />
        <source>Rank {rank} · score {score} · {tier}</source>
        <translation>第 {rank} 位 · {score} 分 · {tier}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="311" />
        <source>Last call: {when}, {outcome}</source>
        <translation>上次通話：{when}，{outcome}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="314" />
        <source>Why now</source>
        <translation>為何現在打</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="322" />
        <source>Log a call… (F2)</source>
        <translation>記錄通話…（F2）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="323" />
        <location filename="../../telesales/ui/screens/today.py" line="325" />
        <source>Copy phone</source>
        <translation>複製電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="324" />
        <source>Close the day…</source>
        <translation>每日整理…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="332" />
        <source>Today's calls</source>
        <translation>今日通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="333" />
        <source>Ranking the call list…</source>
        <translation>正在排列通話名單…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="334" />
        <source>Show who is left out</source>
        <translation>顯示未列入名單的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="336" />
        <source>Calls for {date}</source>
        <translation>{date} 通話名單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="338" />
        <source>Called {called} · reached {reached} · {left} left</source>
        <translation>已撥打 {called} · 已聯繫上 {reached} · 剩餘 {left}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="342" />
        <source> · {more} more beyond today's target</source>
        <translation> · 另有 {more} 位超出今日目標</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/today.py" line="345" />
        <source>Show who is left out ({count})</source>
        <translation>顯示未列入名單的客戶（{count}）</translation>
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
        <translation>已手動固定為{tier}。原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/widgets/tier_pin.py" line="216" />
        <source>Without the pin the computed tier applies again: {computed} (as of the last re-tiering).</source>
        <translation>取消固定後，恢復為系統計算的等級：{computed}（以最近一次重新分級為準）。</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="92" />
        <location filename="../../telesales/ui/models/value_tables.py" line="129" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="93" />
        <source>Computed tier</source>
        <translation>計算等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="95" />
        <source>Revenue</source>
        <translation>營業額</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="96" />
        <location filename="../../telesales/ui/models/value_tables.py" line="131" />
        <source>Lifecycle stage</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="97" />
        <source>Churn signals</source>
        <translation>流失訊號</translation>
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
        <translation>變動</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="111" />
        <source>From</source>
        <translation>原等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="112" />
        <source>To</source>
        <translation>新等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="113" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="132" />
        <source>Signal</source>
        <translation>訊號</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/value_tables.py" line="133" />
        <source>Evidence</source>
        <translation>依據</translation>
    </message>
</context>
<context>
    <name>ValueWords</name>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="21" />
        <source>Buying far less than last year</source>
        <translation>採購額遠低於去年</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="22" />
        <source>Gone quiet</source>
        <translation>長期未下單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="23" />
        <source>Owner left</source>
        <translation>原負責人已離職</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="24" />
        <source>Deal stalled</source>
        <translation>商談停滯</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="25" />
        <source>Asked for what we do not offer</source>
        <translation>需求未能滿足</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="26" />
        <source>Repeated complaints</source>
        <translation>多次客訴</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="30" />
        <source>{this} this year vs {last} by this day last year: {share}% (alert below {threshold}%)</source>
        <translation>今年至今 {this}，去年同期 {last}：僅 {share}%（低於 {threshold}% 即預警）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="32" />
        <source>No order for {days} days; usually one every {gap} days</source>
        <translation>已 {days} 天未下單；平時約每 {gap} 天一單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="34" />
        <source>Owned by {owner}, who is not you</source>
        <translation>負責人為 {owner}，不是您本人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="35" />
        <source>An open deal has not moved for {days} days</source>
        <translation>洽談中的生意已 {days} 天沒有進展</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="37" />
        <source>{count} request(s) we could not meet, the latest {days} days ago</source>
        <translation>有 {count} 項需求未能滿足，最近一次在 {days} 天前</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="39" />
        <source>{count} complaints in the last {window} days</source>
        <translation>近 {window} 天內客訴 {count} 次</translation>
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
        <translation>穩定期</translation>
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
        <translation>● 首次分級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="57" />
        <source>First tiering</source>
        <translation>首次分級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="58" />
        <source>Revenue changed</source>
        <translation>營業額變化</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/value_words.py" line="59" />
        <source>Pinned by hand</source>
        <translation>手動固定</translation>
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
        <translation>拜訪結果如何？</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="73" />
        <source>Met</source>
        <translation>見到了</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="74" />
        <source>Not met</source>
        <translation>未見到</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="75" />
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="76" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="77" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="78" />
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_outcome_dialog.py" line="79" />
        <source>Save</source>
        <translation>儲存</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="36" />
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="231" />
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="37" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="38" />
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="39" />
        <source>Intent · status</source>
        <translation>意願 · 狀態</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="148" />
        <source>{area} · 1 visit · {km}</source>
        <translation>{area} · 1 次拜訪 · {km}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="148" />
        <source>{area} · {count} visits · {km}</source>
        <translation>{area} · {count} 次拜訪 · {km}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="173" />
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="232" />
        <source>Why it does not fit</source>
        <translation>排不下的原因</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/visit_plan_table.py" line="233" />
        <source>Suggested day</source>
        <translation>建議日期</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="13" />
        <source>More visits than the day holds</source>
        <translation>超出當天可拜訪數</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="14" />
        <source>Does not fit in the day's hours</source>
        <translation>當天時間不夠</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="15" />
        <source>Clashes with an appointment</source>
        <translation>與預約時間衝突</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="16" />
        <source>Its appointment is on another day</source>
        <translation>預約在另一天</translation>
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
        <translation>區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="23" />
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="27" />
        <source>Exact location</source>
        <translation>精確位置</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="28" />
        <source>Placed at the district centre</source>
        <translation>按區中心定位</translation>
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
        <translation>未上地圖：無法辨識地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="35" />
        <source>Proposed</source>
        <translation>建議</translation>
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
        <translation>未見到</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="62" />
        <source>Area unknown</source>
        <translation>地區不明</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="66" />
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/visit_words.py" line="73" />
        <source>Guessed: {parts} — check the address</source>
        <translation>推測：{parts}——請核對地址</translation>
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
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="233" />
        <source>The visits could not be planned: {reason}</source>
        <translation>無法安排拜訪：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="325" />
        <source>No address</source>
        <translation>沒有地址</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="331" />
        <source>Intent {intent}</source>
        <translation>意願 {intent}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="333" />
        <source>Expected {amount}</source>
        <translation>預計 {amount}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="336" />
        <source>Purpose: {purpose}</source>
        <translation>目的：{purpose}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="348" />
        <source>Your order is kept for this day.</source>
        <translation>已保留你為這一天排的順序。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="356" />
        <source>The route is planned again.</source>
        <translation>已重新規劃路線。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="365" />
        <source>Moved to {date}.</source>
        <translation>已移到 {date}。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="425" />
        <source>Saved; a follow-up is set for {date}.</source>
        <translation>已儲存；已設定 {date} 追蹤。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="428" />
        <source>Saved.</source>
        <translation>已儲存。</translation>
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
        <translation>後一天</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="438" />
        <source>Plan the route</source>
        <translation>重新規劃路線</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="439" />
        <source>Record outcome…</source>
        <translation>記錄結果…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="440" />
        <source>Confirm visit</source>
        <translation>確認拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="441" />
        <source>Open customer</source>
        <translation>開啟客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="442" />
        <source>Move to suggested day</source>
        <translation>移到建議日期</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="443" />
        <source>Drag a visit to change the order; double-click to record how it went.</source>
        <translation>拖曳拜訪可調整順序；按兩下記錄拜訪結果。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="452" />
        <source>Visits on {date}</source>
        <translation>{date} 的拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="455" />
        <source>Planning the visits…</source>
        <translation>正在安排拜訪…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="458" />
        <source>Does not fit</source>
        <translation>排不下</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="463" />
        <source>No visits planned on this day.</source>
        <translation>這一天沒有安排拜訪。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="465" />
        <source>{count} visits in {areas} areas · {start}–{end} · {km} (in list order {list_km})</source>
        <translation>{count} 次拜訪，{areas} 個地區 · {start}–{end} · {km}（依清單順序 {list_km}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="471" />
        <source> · {count} done</source>
        <translation> · 已完成 {count} 次</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="475" />
        <source>In your own order.</source>
        <translation>依你自己排的順序。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="477" />
        <source>Grouped by area, in route order; drag a visit to change it.</source>
        <translation>依地區分組、依路線排序；拖曳拜訪可調整。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="478" />
        <source>Areas cross each other here: in route order.</source>
        <translation>這些地區彼此交錯：依路線排序。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/visits.py" line="480" />
        <source>No start address: the route starts in the middle of the visits (set it in Settings).</source>
        <translation>未設出發地址：路線從拜訪的中心出發（可在設定中填寫）。</translation>
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
        <translation>顯示歡迎頁(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>WelcomeBookPage</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="169" />
        <source>Your book</source>
        <translation>你的客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="170" />
        <source>A book holds your customers, calls, orders, visits and reminders.</source>
        <translation>客戶簿裡保存你的客戶、通話、訂單、拜訪與提醒。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="171" />
        <source>Look around in a demo book</source>
        <translation>先在示範客戶簿裡看看</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="173" />
        <source>300 made-up customers with two years of calls and orders, in your language. Your own book stays apart; Help → Show welcome brings you back here.</source>
        <translation>300 位虛構的客戶，附兩年的通話與訂單，使用你的語言。你自己的客戶簿與它分開保存；「說明 → 顯示歡迎頁」可以回到這裡。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="176" />
        <source>Open my own book</source>
        <translation>開啟我自己的客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="177" />
        <source>The book you have been keeping on this computer.</source>
        <translation>你一直在這台電腦上使用的客戶簿。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="179" />
        <source>Start my own book</source>
        <translation>開始我自己的客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="180" />
        <source>An empty book for your customers: type them in or bring them in from a spreadsheet (next page).</source>
        <translation>一本空的客戶簿：可以逐筆輸入客戶，也可以從試算表匯入（下一頁）。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="182" />
        <source>Your own book is kept at {path}</source>
        <translation>你自己的客戶簿儲存在 {path}</translation>
    </message>
</context>
<context>
    <name>WelcomeImportPage</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="217" />
        <source>Customers to import</source>
        <translation>要匯入的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="218" />
        <source>Spreadsheets and contact cards ({patterns})</source>
        <translation>試算表與名片（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="232" />
        <source>Bring in your customers</source>
        <translation>匯入你的客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="233" />
        <source>Optional: you can also start typing them in.</source>
        <translation>可以略過：你也可以直接開始輸入客戶。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="235" />
        <source>Have your customers in a spreadsheet (Excel, CSV) or as contact cards (vCard)? Choose the files: when the book opens you see each column's meaning and a check of every line before anything is written.</source>
        <translation>客戶資料在試算表（Excel、CSV）或名片（vCard）裡？選擇這些檔案：客戶簿開啟後，你會先看到每一欄的含義與每一列的檢查結果，確認之後才會寫入。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="237" />
        <source>Choose files…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="237" />
        <source>Choose other files…</source>
        <translation>選擇其他檔案…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="238" />
        <source>Import nothing</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="239" />
        <source>Later: Customers → Import…</source>
        <translation>以後也可以：客戶 → 匯入…</translation>
    </message>
</context>
<context>
    <name>WelcomeStartPage</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="112" />
        <source>Welcome to telesales</source>
        <translation>歡迎使用 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="113" />
        <source>Your calls, customers, visits and reminders, in one book on this computer.</source>
        <translation>你的通話、客戶、拜訪與提醒，都在這台電腦上的一本客戶簿裡。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="115" />
        <source>Three short questions and you can start. Everything here can be changed later in File → Settings.</source>
        <translation>回答三個簡單的問題就可以開始了。這裡的每一項以後都可以在「檔案 → 設定」中修改。</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="116" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="117" />
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="118" />
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="119" />
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="120" />
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="122" />
        <source>Greetings follow this region's festivals and public holidays, and customers you add or import are placed in it.</source>
        <translation>節日問候依這個地區的節日與國定假日安排；你新增或匯入的客戶也歸入這個地區。</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="276" />
        <source>Welcome to telesales</source>
        <translation>歡迎使用 telesales</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/welcome.py" line="280" />
        <source>Not now</source>
        <translation>以後再說</translation>
    </message>
</context>
</TS>