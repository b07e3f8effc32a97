<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="25" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="26" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="27" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="28" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="29" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/models/customer_table.py" line="30" />
        <source>Industry</source>
        <translation>行业</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/customers.py" line="57" />
        <source>{count} customers, by name</source>
        <translation>共 {count} 位客户，按名称排序</translation>
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
        <location filename="../../telesales/ui/main_window.py" line="158" />
        <source>New book</source>
        <translation>新建客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="158" />
        <location filename="../../telesales/ui/main_window.py" line="164" />
        <source>Books ({patterns})</source>
        <translation>客户簿 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="164" />
        <source>Open book</source>
        <translation>打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="186" />
        <source>telesales {version}</source>
        <translation>telesales {version}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="188" />
        <source>Book: {path}</source>
        <translation>客户簿：{path}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="189" />
        <source>Schema revision: {revision}</source>
        <translation>数据结构版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="190" />
        <source>About telesales</source>
        <translation>关于 telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="195" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="196" />
        <source>&amp;New book…</source>
        <translation>新建客户簿(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="197" />
        <source>&amp;Open book…</source>
        <translation>打开客户簿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="198" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="199" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="200" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="201" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="202" />
        <source>&amp;About telesales</source>
        <translation>关于 telesales(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="209" />
        <source>No book open</source>
        <translation>未打开客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="212" />
        <source>{book} — telesales</source>
        <translation>{book} — telesales</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/main_window.py" line="215" />
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
        <location filename="../../telesales/ui/screens/overview.py" line="68" />
        <source>Your book</source>
        <translation>我的客户簿</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="70" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="71" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="72" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="73" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="74" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="75" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="83" />
        <source>Book: {path} · {size} · schema revision {revision}</source>
        <translation>客户簿：{path} · {size} · 数据结构版本 {revision}</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/screens/overview.py" line="86" />
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
        <location filename="../../telesales/ui/settings_dialog.py" line="77" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="78" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../telesales/ui/settings_dialog.py" line="79" />
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
</TS>