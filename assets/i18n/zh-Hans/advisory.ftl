# The ban, in the app's own words. Dates, sources and which fact rests on
# which source are in assets/advisory.toml; each fact-<id> and milestone-<id>
# here belongs to the entry with that id there.

# "29 September 2024, 12:00 a.m. EDT"
date-eastern = { $date } { $time } { $zone }
source-ongoing = 持续更新
source-not-linked = （文章未附链接）

## Where today stands

status-before-sales-ban = { $vendor } 在 { $sales_day }（{ $sales_when }）之前仍可购买，在 { $updates_day }之前仍会得到更新。
status-sales-banned = { $vendor } 已无法购买。它的更新将于 { $updates_day }（{ $updates_when }）停止。
status-updates-ended = { $vendor } 对美国客户的更新已于 { $updates_day }停止，至今已有 { $since }。
status-next-before-updates-end = 您有时间从容地更换。接下来的步骤会检查这台电脑，并帮助您在更新停止之前选好替代软件。
status-unknown = 根据美国的禁令，自 { $updates_day }（{ $updates_when }）起，所有身在美国的人，以及美国公民和美国永久居民（无论住在哪里），都不能再获得 { $vendor } 的更新。
status-next-unknown = { status-next-unknown-command-line }“检查”步骤会询问您在哪里使用这台电脑，以便 AV Switch 判断您属于哪种情况。
# The command line: its own way to answer follows.
status-next-unknown-command-line = { $vendor } 表示，在美国以外，其产品会继续获得更新。
status-not-covered = 美国对 { $vendor } 的禁令不适用于您：它涵盖的是身在美国的人，以及美国公民和美国永久居民（无论住在哪里）。
status-next-not-covered = { $vendor } 表示，在其他国家，其产品会继续获得更新和支持。Google Play 已在全球下架 { $vendor } 的应用，因此 Android 手机无法再从那里更新这些应用。是否更换由您决定：如果您想更换，AV Switch 仍可以检查这台电脑，并为您规划更换步骤。
status-next-after-updates-end = 如果这台电脑上仍有 Kaspersky，更换它是您能为电脑安全做的最有用的事。接下来的步骤会检查这台电脑，并和您一起制定计划。

## Milestones

milestone-announced = 美国宣布禁令
    .meaning = 美国商务部决定，Kaspersky 不得再在美国销售其防病毒软件或为其提供支持。正式公告随后于 2024年6月24日刊登在《联邦公报》上。那一天，您的电脑上没有发生任何变化。

milestone-sales_end = 在美国停止新销售
    .meaning = 从这一刻起，Kaspersky 不能再接纳新的美国客户，也不能再出售新的订阅。已经安装的软件照常运行，并继续获得更新。

milestone-updates_end = 在美国停止更新
    .meaning = 从这一刻起，Kaspersky 不得再向美国客户发送病毒库或程序更新。在这些客户的电脑上，Kaspersky 在此之后仍会运行，但没有更新就无法再获知新的威胁，因此时间越久，它的保护就越落后。


## Facts

fact-F1 = 2024年6月20日，美国商务部（工业和安全局）宣布了一项最终裁定，禁止向身在美国的人提供 Kaspersky 防病毒和安全产品及服务。其官方网页列出了所有被禁止的事项。

fact-F2 = 该裁定于 2024年6月24日刊登在《联邦公报》上（89 FR 52434，文件编号 2024-13532）。

fact-F3 = 自美国东部时间 2024年7月20日凌晨 0:00 起，Kaspersky 不得接纳新的美国客户，也不得出售新的订阅。

fact-F4 = 自美国东部时间 2024年9月29日凌晨 0:00 起，Kaspersky 不得向美国客户发送病毒库更新或程序更新，也不得转售其软件或授权他人使用其软件。有些报道写的是 9月28日或 9月30日；官方公告给出的是上面这个确切时刻。

fact-F5 = 这项禁令涵盖面向身在美国的人的所有 Kaspersky 安全或防病毒产品和服务，包括其他公司以自己的名义内置在其产品中的 Kaspersky 技术。住在国外的美国公民也在禁令范围内。

fact-F6 = 不在禁令范围内的有：Kaspersky 的威胁情报服务、安全培训，以及纯信息性或教育性的咨询。

fact-F7 = 根据美国的禁令，继续使用 Kaspersky 的人并不违法，也不会受到处罚。但美国政府表示，继续使用它的人要自行承担随之而来的所有安全风险。

fact-F8 = 美国政府建议 Kaspersky 的美国客户尽快换用其他产品，以免个人信息和敏感信息失去保护。美国商务部长敦促他们停止使用并更换软件。

fact-F11 = 2024年7月15日，Kaspersky 宣布自 2024年7月20日起逐步结束其在美国的业务。

fact-F12 = Kaspersky 曾向其剩余的美国客户提供六个月免费使用 Kaspersky Standard、Plus、Password Manager、Safe Kids 和 VPN Secure Connection 的机会。

fact-F13 = 2024年9月19日前后，一次更新在没有另外征求同意的情况下，从美国客户的 Windows 电脑上删除了 Kaspersky，改为安装 UltraAV（Pango Group 出品），还为部分 VPN 订阅用户安装了 UltraVPN。Mac、Android 和 iPhone 用户则需要自己安装 UltraAV。收费按原来的周期转到了 UltraAV。

fact-F14 = 有些人发现，UltraAV 只能用它自带的卸载程序删除；用其他方法删除后，它又会重新出现。

fact-F15 = 2024年10月，Google 从 Google Play 下架了 Kaspersky 的应用，因此 Android 手机无法再从那里更新或重新安装这些应用。

fact-F16 = Kaspersky 的家用产品有 Kaspersky Basic、Standard、Plus 和 Premium；较早的产品有 Anti-Virus、Internet Security、Total Security、Security Cloud 和 Free。它的配套应用有 Password Manager、VPN Secure Connection 和 Safe Kids。

fact-F17 = Kaspersky Password Manager 可以把您的密码导出到一个文件中，但它自己的备份只能用 Kaspersky Password Manager 打开，而且它的主密码无法找回。所以请在卸载它之前导出密码，然后再导入您的新密码管理器。

fact-F18 = Kaspersky 自己的删除工具 kavremover 用于常规卸载失败的情况。Kaspersky 删除后，其隔离区中的文件将无法再取回。

fact-F19 = 在 Windows 上，Microsoft Defender Antivirus 是内置的免费软件，当没有其他防病毒软件在工作时，它会自行开启。无需购买。

fact-F20 = 有两家独立实验室定期发布家用防病毒产品的对比测试：AV-TEST 和 AV-Comparatives。可以参考它们的测试结果来比较各种产品。

fact-F21 = 这项禁令涵盖所有身在美国的人、无论住在哪里的美国公民和美国永久居民（绿卡持有者），以及美国公司及其海外分支机构。它既看人，也看地点。

fact-F22 = 身在美国以外、既不是美国公民也不是美国永久居民的人，不在禁令范围内。Kaspersky 表示，美国的限制不会改变其在其他国家的产品和支持，其病毒库也会继续更新；一位 Kaspersky 研究人员对印度尼西亚媒体表示，亚太地区（包括印度尼西亚）没有类似的限制。

fact-F23 = Google 在全球范围内（不只是在美国）从 Google Play 下架了 Kaspersky 的应用，因此任何地方的 Android 用户都无法再从那里安装或更新这些应用。

fact-F24 = 电脑的语言或区域格式并不代表使用者的国家：美式英语是全世界常见的设置。Windows 和 macOS 另有单独的地区设置，AV Switch 只用它来建议一个答案，由您确认。国籍则完全无法检测。

fact-F25 = 2024年9月29日之后，美国的一些电脑仍在收到 Kaspersky 的更新。Kaspersky 不得向美国客户提供更新，因此这类更新随时可能停止。

fact-F26 = 为了检查安全（HTTPS）连接，Kaspersky 会把它自己的根证书加入 Windows 和 macOS 信任的证书中（在 Windows 上名为“Kaspersky Anti-Virus Personal Root Certificate”，在 Mac 上名为“Kaspersky Web Anti-Virus Certification Authority”）。Firefox 也可能被设置为信任这些证书。Kaspersky 删除后，就不再有任何程序更新这个证书，因此值得把它删除。

fact-F27 = Kaspersky 会在 Chrome、Edge 和 Firefox 中安装一个浏览器扩展：Kaspersky Protection。AV-Comparatives 在 2022 年的卸载测试中发现，Kaspersky 的卸载程序会把它留下。

fact-F28 = Windows 上的 Kaspersky 会运行一些服务和驱动程序（如 AVP21.3、klif 和 klhk），并把设置保存在注册表和 Kaspersky Lab 下的文件夹中。据报告，卸载后会有驱动程序和设置残留，并会阻碍 Windows 功能更新；kavremover 是 Kaspersky 用来删除它们的工具。
fact-F19-mac = Mac 内置了 XProtect，这是 Apple 的恶意软件防护功能。无需购买。
fact-F31 = Windows 10 的支持已于 { $support_end }结束。此后，Windows 10 电脑只有注册了扩展安全更新（ESU）才能获得安全更新；Microsoft 已将面向家庭用户的 ESU 延长至 { $esu_end }。“设置 > Windows 更新”会显示这台电脑是否已注册，并在可以注册时提供注册。Microsoft 会继续在 Windows 10 上为 Microsoft Defender Antivirus 提供新的安全智能（病毒库），直到 2028年10月，但表示即使有这些更新，Windows 10 电脑也更容易受到攻击，并建议在电脑条件允许时升级到 Windows 11。Windows 11 是指内部版本 22000 及更高版本。
fact-F32 = 安装了其他防病毒软件时，Microsoft Defender Antivirus 会自动关闭。Microsoft 表示，当那个产品过期、被卸载或停止保护时，它可以自行重新开启；因此它是否开启，需要检查确认，不能想当然。
fact-F33 = Windows“设置”中的页面有官方文档记载的地址：ms-settings:appsfeatures 打开“已安装的应用”，ms-settings:windowsdefender 打开“Windows 安全中心”。
fact-F34 = 在 macOS 15（Sequoia）及更高版本上，正在使用的 XProtect 数据位于 /var/protected/xprotect，并通过 iCloud 更新；从 macOS 15.2 起，/Library/Apple/System/Library/CoreServices 中的旧副本不再为它提供数据，因此那里的版本可能已经过时。
fact-F35 = Kaspersky Password Manager 会把数据导出为纯文本文件（.txt）；它的加密备份只能在 Kaspersky Password Manager 中打开。其他密码管理器会在各自的导入页面上说明能读取哪些文件。导出的文件里所有密码都是明文，任何人都能读到，因此导入完成后应将其删除。
fact-F36 = Google Play 在全球下架其应用后，Kaspersky 表示，已经安装的应用会继续运行，并继续更新病毒库；它还建议用户使用其他应用商店，或从它自己提供的渠道下载。这是 Kaspersky 针对美国以外用户的说法，并不改变美国的禁令。
fact-F37 = Kaspersky 为美国客户提供的六个月免费使用期始于 2024年7月，因此已于 2025年初结束，现在已无法获得。截至 2026年11月，未发现美国的禁令有任何变化。
fact-F38 = Kaspersky 的 Windows 产品可以设置密码保护，防止被卸载、关闭或更改设置。忘记的密码只能在安全模式下用 Kaspersky 的密码重置工具重置；如果重置后仍要求输入密码，Kaspersky 建议用 kavremover 删除该产品。
fact-F39 = 在安全模式下，Windows 可能不会加载声音驱动程序，因此讲述人、NVDA 和 JAWS 等屏幕阅读器可能无法发声。需要安全模式的步骤应当说明这一点，并先提供其他方法。
fact-F41 = 系统优化工具、旧的防病毒软件或雇主留下的策略设置，可能使 Microsoft Defender Antivirus 一直处于关闭状态。这时 Windows 安全中心会显示某些设置由组织管理，“打开”按钮也可能是灰色的。开启“篡改防护”时，Windows 会忽略这类设置，因此看到这类设置只说明它可能是原因，并不能证明就是原因。
fact-F42 = Kaspersky 曾告知其美国客户：已无法再从其美国网站（usa.kaspersky.com、my.kaspersky.com）下载其应用，也无法再从浏览器扩展商店下载 Kaspersky Protection 扩展；其他国家不受影响。如果 Kaspersky 网站帮不上忙，仍然可以停止续订：银行或发卡机构可以停止付款。
fact-F40 = Windows 安全中心可能会一直列出已经删除的防病毒软件：它的程序、服务和进程都已不在，但安全中心仍显示它的名字。这是残留的注册记录，而不是已安装的产品，所以再次卸载解决不了问题。
status-next-after-updates-end-found = 更换这台电脑上的 Kaspersky，是您能为电脑安全做的最有用的事。接下来的步骤会帮助您选择替代软件，并和您一起制定计划。
status-next-after-updates-end-not-found = 检查没有在这台电脑上发现 Kaspersky 程序。接下来的步骤会确认电脑的保护已开启并保持最新，并照顾到您的其他设备。
facts-checked = 事实核查时间：{ $month }。
facts-checked-on = 事实核查日期：{ $day }。
facts-may-be-old = 那已是六个多月以前，部分内容可能已经过时：AV Switch 从不上网查询。较新版本的 AV Switch 可能了解更多情况；请到您获取本版本的地方查找新版本。
