<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="25" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="26" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="27" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="28" />
        <source>District</source>
        <translation>區</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="29" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="30" />
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="87" />
        <source>{tier} (pinned)</source>
        <translation>{tier}（已固定）</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="34" />
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="57" />
        <source>{count} customers, by name</source>
        <translation>共 {count} 位客戶，依名稱排序</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="116" />
        <source>Opening the book…</source>
        <translation>正在開啟客戶簿…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="132" />
        <source>The book was upgraded; a copy of the old one is at {path}</source>
        <translation>客戶簿已升級，舊版副本存放於 {path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="141" />
        <source>The book could not be opened: {reason}</source>
        <translation>無法開啟客戶簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="143" />
        <source>Cannot open the book</source>
        <translation>無法開啟客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="158" />
        <source>New book</source>
        <translation>新增客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="158" />
        <location filename="../../telesales/ui/main_window.py" line="164" />
        <source>Books ({patterns})</source>
        <translation>客戶簿 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="164" />
        <source>Open book</source>
        <translation>開啟客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="186" />
        <source>telesales {version}</source>
        <translation>telesales {version}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="188" />
        <source>Book: {path}</source>
        <translation>客戶簿：{path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="189" />
        <source>Schema revision: {revision}</source>
        <translation>資料結構版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="190" />
        <source>About telesales</source>
        <translation>關於 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="195" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="196" />
        <source>&amp;New book…</source>
        <translation>新增客戶簿(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="197" />
        <source>&amp;Open book…</source>
        <translation>開啟客戶簿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="198" />
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="199" />
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="200" />
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="201" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="202" />
        <source>&amp;About telesales</source>
        <translation>關於 telesales(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="209" />
        <source>No book open</source>
        <translation>未開啟客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="212" />
        <source>{book} — telesales</source>
        <translation>{book} — telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="215" />
        <source>{customers} customers · {calls} calls</source>
        <translation>{customers} 位客戶 · {calls} 通電話</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="53" />
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="68" />
        <source>Your book</source>
        <translation>我的客戶簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="70" />
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="71" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="72" />
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="73" />
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="74" />
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="75" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="83" />
        <source>Book: {path} · {size} · schema revision {revision}</source>
        <translation>客戶簿：{path} · {size} · 資料結構版本 {revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="86" />
        <source>Opening the book…</source>
        <translation>正在開啟客戶簿…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../telesales/domain/settings.py" line="53" />
        <source>Customer pyramid</source>
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="54" />
        <source>Call list</source>
        <translation>通話清單</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="55" />
        <source>Churn</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="56" />
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="57" />
        <source>Greetings</source>
        <translation>節日問候</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="59" />
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="62" />
        <source>My name (owner of my customers)</source>
        <translation>我的名字（名下客戶的負責人）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="63" />
        <source>Revenue look-back (months)</source>
        <translation>營收回溯期（月）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="65" />
        <source>Super customers (top %)</source>
        <translation>超級客戶（前 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="67" />
        <source>Big customers (next %)</source>
        <translation>大客戶（其後 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="69" />
        <source>Medium customers (next %)</source>
        <translation>中客戶（其後 %）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="72" />
        <source>Always at least one super customer</source>
        <translation>至少保留一位超級客戶</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="73" />
        <source>Calls per day</source>
        <translation>每日通話數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="74" />
        <source>Weight of expected demand</source>
        <translation>預期需求權重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="76" />
        <source>Weight of buying intent</source>
        <translation>成交意向權重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="78" />
        <source>Weight of tier</source>
        <translation>客戶等級權重</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="79" />
        <source>Call super customers every (days)</source>
        <translation>超級客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="81" />
        <source>Call big customers every (days)</source>
        <translation>大客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="84" />
        <source>Call medium customers every (days)</source>
        <translation>中客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="85" />
        <source>Call small customers every (days)</source>
        <translation>小客戶聯繫週期（天）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="88" />
        <source>Churn warning below this share of last year (%)</source>
        <translation>低於去年同期此比例時預警（%）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="89" />
        <source>Complaints that make a churn warning</source>
        <translation>觸發流失預警的客訴次數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="91" />
        <source>Visits per day</source>
        <translation>每日拜訪數</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="92" />
        <source>Hours for visits per day</source>
        <translation>每日拜訪時數（小時）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="94" />
        <source>Minutes per visit</source>
        <translation>每次拜訪時間（分鐘）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="95" />
        <source>Travel speed (km/h)</source>
        <translation>行車速度（公里/小時）</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="97" />
        <source>Festival region</source>
        <translation>節日地區</translation>
    </message>
    <message>
        <location filename="../../telesales/domain/settings.py" line="99" />
        <source>Remind this many days ahead</source>
        <translation>提前提醒天數</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="77" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="78" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="79" />
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
</TS>