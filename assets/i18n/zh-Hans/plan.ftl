# The checklist. Each item-* text is an item's title; .why says why it is on
# the list, .step-1, .step-2, ... are its steps in order, and .link labels the
# button that opens a page for it. Every text here may use:
#   $name     the replacement the person chose ("Bitdefender", "Microsoft Defender Antivirus")
#   $updates  why Kaspersky is being replaced, for this person (plan-updates-*)

plan-your-new-antivirus = 您的新防病毒软件
plan-updates-covered = Kaspersky 不得向身在美国的人发送更新，因此它的保护会越来越落后
plan-updates-covered-current = Kaspersky 不得向身在美国的人提供更新，因此它目前仍在收到的更新随时可能停止
plan-updates-unknown = 如果美国的禁令适用于您，Kaspersky 的更新已经停止，或随时可能停止
plan-updates-chosen = 您已决定停止使用 Kaspersky

## Sections

section-start = 首先
section-before = 删除任何东西之前
section-before-switching = 更换之前
section-payments = 停止付款
section-subscription = 您的订阅
section-remove = 删除 Kaspersky
section-left-behind = 清除残留项
section-protect = 开启保护并更新
section-keep = 保持防护
section-verify = 确认一切正常
section-device-android = 您的 Android 手机或平板电脑
section-device-iphone = 您的 iPhone 或 iPad
section-device-mac = 您的 Mac
section-device-windows-pc = 您的另一台 Windows 电脑
section-companions = Kaspersky 的其他应用

## First

item-check-computer = 检查这台电脑
    .why = 计划取决于目前是什么在保护这台电脑。检查只需几秒钟，不会做任何改动。
    .step-1 = 打开“检查”步骤（点击下面的按钮即可），等待结果。
    .link = 打开“检查”步骤
item-check-computer-failed = 再次检查这台电脑
    .why = 上一次检查无法运行，因此 AV Switch 不知道是什么在保护这台电脑。
    .step-1 = 打开“检查”步骤，点击“重新检查”。
    .step-2 = 如果仍然无法运行，原因会列在那里。
    .link = 打开“检查”步骤
item-switching-optional = 是否更换由您决定
    .why = 根据您的回答，美国的禁令不涉及您，而且 Kaspersky 表示其产品在美国以外会继续获得更新。
    .step-1 = 如果您对 Kaspersky 满意，请让它保持最新，有关选择和更换的事项可以不做。
    .step-2 = 如果您更愿意更换，请在“选择”步骤中选一个替代软件：这份清单随后会列出每一个步骤。
item-choose-replacement = 选择您要使用的保护
    .why = 之后的步骤取决于您的选择。系统自带的保护是免费的。
    .step-1 = 打开“选择”步骤，选择内置保护或其他产品。
    .step-2 = 独立实验室的测试结果有助于您比较；“选择”步骤中有它们的链接。
    .link = 选择替代软件

## Before removing anything

item-export-passwords = 从 Kaspersky Password Manager 导出您的密码
    .why = 它的备份只能在 Kaspersky Password Manager 中打开，而且它的主密码无法找回，所以请在卸载任何东西之前先导出。
    .step-1 = 打开 Kaspersky Password Manager，用您的主密码解锁。
    .step-2 = 打开它的设置，找到“导入/导出”（Import/Export），把数据导出为文本文件（.txt）。
    .step-3 = 把文件保存在您找得到的地方，例如 U 盘上，并且不要让别人看到：文件中的每个密码都是明文。
item-note-subscription = 记下您的 Kaspersky 订阅信息
    .why = 以后取消续订或询问退款时，您需要这些信息。
    .step-1 = 在 my.kaspersky.com 登录您的帐户，或者找出订单电子邮件。
    .step-2 = 记下帐户的电子邮件地址、产品、续订日期和价格。
item-download-replacement = 从开发商自己的网站下载 { $name }
    .why = 提前准备好安装程序，这台电脑就只会有几分钟没有保护。
    .step-1 = 请自己输入开发商的网址，或者搜索“{ $name }”并选择开发商自己的网站，不要点广告。
    .step-2 = 下载安装程序，但先不要运行：同时运行两个防病毒软件可能会冲突。
item-check-quarantine = 检查 Kaspersky 的隔离区里有没有您需要的文件
    .why = Kaspersky 删除后，隔离区中的文件将无法再取回。
    .step-1 = 打开 Kaspersky，找到“隔离区”（Quarantine），它通常在“更多工具”（More tools）或“保护”（Protection）下面。
    .step-2 = 如果里面有您认识并信任的文件，只有在确定它安全时才恢复它；否则就不要动它。

## Stop the payments

item-cancel-renewal = 关闭 Kaspersky 订阅的自动续订
    .why = 否则，您可能会为一个正在被替换的产品再次付费。
    .step-1 = 在 my.kaspersky.com 登录，打开“订阅”（Subscriptions）。
    .step-2 = 关闭自动续订，或者取消订阅。
    .step-3 = 如果您是通过商店或其他公司购买的，请改为联系他们取消。
    .step-4 = 如果无法登录，您的银行或发卡机构可以停止向 Kaspersky 付款。
    .link = 打开 my.kaspersky.com
item-stop-charges-us = 停止旧 Kaspersky 订阅的扣款
    .why = 2024年9月，美国客户的 Kaspersky 订阅按同样的收费周期转到了 UltraAV，因此现在的扣款可能来自 UltraAV、来自您购买时所用的商店，也可能仍来自 Kaspersky。
    .step-1 = 查看最近 12 个月的银行或信用卡对账单，找出 UltraAV、Pango 或 Kaspersky 的扣款，记下是谁在扣款、什么时候扣款。
    .step-2 = 对于您不想要的 UltraAV 扣款，请在您的 UltraAV 帐户中或通过 UltraAV 客服取消订阅。
    .step-3 = 如果您是通过商店或其他公司购买的，请联系他们取消。
    .step-4 = 对于 Kaspersky 的扣款，请在 my.kaspersky.com 关闭自动续订；如果在美国无法登录，您的银行或发卡机构可以停止付款。
    .link = 打开 my.kaspersky.com
item-check-ultraav-billing-keep = 查看银行或信用卡对账单中的 UltraAV 扣款
    .why = Kaspersky 订阅已按同样的收费周期转到了 UltraAV：请了解您要付多少钱、什么时候付。
    .step-1 = 查看最近 12 个月的对账单，找出 UltraAV 或 Pango 的扣款。
    .step-2 = 记下续订日期和价格，这样就不会有意外的扣款。
item-check-ultraav-billing-elsewhere = 查看 UltraAV 向您收取的费用
    .why = 这台电脑上有 UltraAV。如果它附带订阅，请了解它的费用和续订时间。
    .step-1 = 查看最近 12 个月的银行或信用卡对账单，找出 UltraAV 或 Pango 的扣款。
    .step-2 = 如果您不想要 UltraAV，请在您的 UltraAV 帐户中或通过 UltraAV 客服取消它的订阅。

## Remove Kaspersky

item-uninstall-kaspersky-windows = 从这台电脑上卸载 Kaspersky
    .why = { $updates }。
    .step-1 = 打开“已安装的应用”（“设置 > 应用 > 已安装的应用”），在每个 Kaspersky 程序旁选择“卸载”，先卸载防病毒软件。
    .step-2 = 按照它的步骤操作；询问是否保留许可证信息或设置时，您可以选择不保留。
    .step-3 = 如果它要求输入您不知道的 Kaspersky 密码，请改用 Kaspersky 的删除工具 kavremover（下一项）：它不需要安全模式。
    .step-4 = 只有在 kavremover 也不管用时：Kaspersky 的密码重置只能在安全模式下进行。在安全模式下，屏幕阅读器可能无法发声，因此这一部分请找一位看得见屏幕的人帮忙。
    .link = 打开“已安装的应用”
item-uninstall-kaspersky-windows-password = 从这台电脑上卸载 Kaspersky
    .why = { $updates }。检查发现 Kaspersky 的密码保护已开启，因此卸载时会要求输入该密码。
    .step-1 = 开始之前先找到 Kaspersky 密码：它是当初在这台电脑上安装 Kaspersky 的人设置的。
    .step-2 = 打开“已安装的应用”（“设置 > 应用 > 已安装的应用”），在每个 Kaspersky 程序旁选择“卸载”，先卸载防病毒软件，并在要求时输入密码。
    .step-3 = 按照它的步骤操作；询问是否保留许可证信息或设置时，您可以选择不保留。
    .step-4 = 如果没有人知道密码，请改用 Kaspersky 的删除工具 kavremover（下一项）：它不需要安全模式。
    .step-5 = 只有在 kavremover 也不管用时：Kaspersky 的密码重置只能在安全模式下进行。在安全模式下，屏幕阅读器可能无法发声，因此这一部分请找一位看得见屏幕的人帮忙。
    .link = 打开“已安装的应用”
item-uninstall-kaspersky-mac = 从这台 Mac 上卸载 Kaspersky
    .why = { $updates }。
    .step-1 = 在“应用程序”中打开 Kaspersky 应用的文件夹，运行它的卸载程序（“Uninstall Kaspersky”）。
    .step-2 = 按照它的步骤操作，在要求时输入您的 Mac 密码。
item-uninstall-kaspersky-linux = 从这台电脑上删除 Kaspersky Endpoint Security
    .why = { $updates }。
    .step-1 = 如果这台电脑由您的雇主管理，请先询问他们：他们可能会统一删除。
    .step-2 = 否则，请用您的软件包管理器删除这些软件包，例如：sudo apt remove kesl kesl-gui（或 sudo dnf remove kesl）。
item-restart = 重新启动电脑
    .why = 删除要在重新启动后才会完成。
    .step-1 = 保存您的工作，然后重新启动电脑。
item-kavremover = 仅在常规删除失败时：使用 Kaspersky 的删除工具
    .why = 常规卸载不管用时，kavremover 可以删除 Kaspersky。
    .step-1 = 从 Kaspersky 的支持网站下载 kavremover（点击链接即可打开该页面）。
    .step-2 = 运行它，从列表中选择您的 Kaspersky 产品，然后点击“删除”（Remove）。
    .step-3 = 完成后重新启动电脑。
    .link = 打开 kavremover 页面
item-remove-ultraav = 用 UltraAV 自带的卸载程序删除它
    .why = 有些人用其他方法删除 UltraAV 后，它又重新出现了。
    .step-1 = 用下面的按钮启动 UltraAV 自带的卸载程序，或者打开“已安装的应用”，找到 UltraAV 并选择“卸载”。
    .step-2 = 如果电脑上有 UltraVPN 而您不用它，也请用同样的方法删除。
    .link = 打开“已安装的应用”

## Turn on your new protection

item-keep-ultraav = 确认 UltraAV 已开启并保持最新
    .why = 您选择了继续使用 UltraAV；请确认它确实在保护这台电脑。
    .step-1 = 打开 UltraAV，确认保护已开启，并且最近有过更新。
item-confirm-defender = 确认 Microsoft Defender Antivirus 已开启
    .why = 它内置于 Windows，而且免费。一旦没有其他防病毒软件在工作，Windows 应该会自动开启它，但也可能不会，所以请检查一下。
    .step-1 = 打开 Windows 安全中心，选择“病毒和威胁防护”。
    .step-2 = 如果显示保护已关闭，请点击“打开”。
    .link = 打开 Windows 安全中心
item-confirm-defender-policy = 确认 Microsoft Defender Antivirus 已开启
    .why = 它内置于 Windows，而且免费。检查发现这台电脑上有一项设置可能使它一直处于关闭状态：这时 Windows 安全中心会显示某些设置由组织管理，“打开”按钮也可能是灰色的。
    .step-1 = 打开 Windows 安全中心，选择“病毒和威胁防护”。如果显示保护已关闭，并且可以点击“打开”，请点击它。
    .step-2 = 如果显示设置由组织管理，而实际上并没有人替您管理这台电脑，那么这项设置可能是某个优化工具或旧的防病毒软件做的：请用当初做出这项更改的工具把它改回来。
    .step-3 = 如果这台电脑由雇主或学校管理，请让他们开启 Microsoft Defender Antivirus。
    .step-4 = 然后再次检查这台电脑：Microsoft Defender Antivirus 开启后，检查会予以确认。
    .link = 打开 Windows 安全中心
item-update-defender = 更新 Microsoft Defender Antivirus
    .why = 防病毒软件只有病毒库是最新的，才能识别新的威胁。
    .step-1 = 在 Windows 安全中心的“病毒和威胁防护”中，找到“保护更新”，点击“检查更新”。
    .step-2 = 等到它显示保护已是最新。
    .link = 打开 Windows 安全中心
item-macos-updates = 让 macOS 保持最新
    .why = macOS 内置的保护 XProtect 由 Apple 保持最新：随系统更新一起更新；在 macOS 15 及更高版本上，还会通过 iCloud 在后台更新。
    .step-1 = 打开“系统设置 > 通用 > 软件更新”，开启自动更新，包括“安全响应和系统文件”。
    .link = 打开“软件更新”
item-install-clamav = 安装 ClamAV 及其病毒库
    .why = ClamAV 是免费的，来自您系统自己的软件包。
    .step-1 = 安装它，例如：sudo apt install clamav clamav-freshclam（或 sudo dnf install clamav clamav-update）。
    .step-2 = 然后更新它的病毒库：下一项会说明怎么做。
item-install-replacement = 安装 { $name } 并开启它
    .why = 请在旧的防病毒软件删除之后再安装，这样就不会有两个防病毒软件同时运行。
    .step-1 = 运行您下载的安装程序，按照它的步骤操作。
    .step-2 = 打开这个程序，确认它的保护已开启。
item-install-replacement-linux = 安装 { $name } 并开启它
    .why = 请在旧的防病毒软件删除之后再安装，这样就不会有两个防病毒软件同时运行。
    .step-1 = 按照开发商针对您的 Linux 发行版说明的方法安装，通常是从其网站下载软件包，或使用它自己的软件包仓库。
    .step-2 = 确认它的保护已开启。
item-get-protection = 安装或开启您选择的防病毒软件
    .why = 请在旧的防病毒软件删除之后再进行，这样就不会有两个防病毒软件同时运行。
    .step-1 = 内置保护：按照“选择”步骤中的说明开启它。
    .step-2 = 其他产品：从开发商自己的网站安装，然后开启它。
item-install-replacement-now = 安装 { $name } 并开启它
    .why = 检查没有在这台电脑上发现其他防病毒软件，因此不需要先删除任何东西。
    .step-1 = 从开发商自己的网站下载：请自己输入网址，或者搜索“{ $name }”并选择开发商自己的网站，不要点广告。
    .step-2 = 运行安装程序，然后打开这个程序，确认它的保护已开启。
item-install-replacement-linux-now = 安装 { $name } 并开启它
    .why = 检查没有在这台电脑上发现其他防病毒软件，因此不需要先删除任何东西。
    .step-1 = 按照开发商针对您的 Linux 发行版说明的方法安装，通常是从其网站下载软件包，或使用它自己的软件包仓库。
    .step-2 = 确认它的保护已开启。
item-get-protection-now = 安装或开启您选择的防病毒软件
    .why = 检查没有在这台电脑上发现其他防病毒软件，因此不需要先删除任何东西。
    .step-1 = 内置保护：按照“选择”步骤中的说明开启它。
    .step-2 = 其他产品：从开发商自己的网站安装，然后开启它。
item-turn-on-protection = 确认 { $name } 已开启
    .why = 它已经在这台电脑上，但只有在运行时才能提供保护。
    .step-1 = 打开 { $name }，确认它的保护已开启；如果已关闭，请开启它。
item-update-definitions = 更新 { $name } 的病毒库
    .why = 防病毒软件只有病毒库是最新的，才能识别新的威胁。
    .step-1 = 打开 { $name }，开始更新（通常叫作“更新”或“检查更新”）。
    .step-2 = 确认它显示病毒库已是最新，并且自动更新已开启。
item-update-clamav = 更新 ClamAV 的病毒库，并让它持续更新
    .why = ClamAV 只有病毒库是最新的，才能识别新的威胁；而且除非有服务去获取，否则病毒库不会更新。
    .step-1 = Debian 或 Ubuntu：先运行一次 sudo freshclam，然后让 clamav-freshclam 服务保持开启，让它每天获取新的病毒库：sudo systemctl enable --now clamav-freshclam
    .step-2 = Fedora：安装 clamav-update 软件包（sudo dnf install clamav-update），然后运行 sudo freshclam。
    .step-3 = 随时都可以扫描某个文件夹，例如：clamscan -r ~/Downloads
item-keep-updating = 让 { $name } 保持最新
    .why = 上次检查发现它已开启，病毒库也是最新的。只有持续获得更新，它才能一直提供良好的保护。
    .step-1 = 不时打开 { $name }，确认它最近有过更新。
    .step-2 = 不时在 AV Switch 中再次检查这台电脑。
item-keep-updating-defender = 让 Microsoft Defender Antivirus 保持最新
    .why = 上次检查发现它已开启，病毒库也是最新的。只有持续获得更新，它才能一直提供良好的保护。
    .step-1 = 不时打开 Windows 安全中心，选择“病毒和威胁防护”，在“保护更新”中确认最近有过更新；点击“检查更新”可以获取新的更新。
    .step-2 = 不时在 AV Switch 中再次检查这台电脑。
    .link = 打开 Windows 安全中心

## Make sure it worked

item-check-again = 在 AV Switch 中再次检查这台电脑
    .why = 检查可以确认只有一个防病毒软件在工作、它是最新的，并且没有留下任何 Kaspersky 程序。
    .step-1 = 在 AV Switch 中转到“检查”步骤，点击“重新检查”。在您用过卸载程序或设置页面之后，只要 AV Switch 的窗口回到最前面，它也会自动再检查一次。
    .link = 打开“检查”步骤

item-check-again-keeping = 在 AV Switch 中再次检查这台电脑
    .why = 检查可以确认只有一个防病毒软件在工作，并且它是最新的。
    .step-1 = 在您的保护开启并更新之后，转到“检查”步骤，点击“重新检查”。
    .link = 打开“检查”步骤

## Other devices

item-android-remove = 从 Android 设备上卸载 Kaspersky
    .why = { $updates }。Google Play 在全球都不再提供 Kaspersky 的应用，因此无法从那里更新或重新安装这些应用。
    .step-1 = 打开“设置 > 应用”，选择每个 Kaspersky 应用，然后点按“卸载”。
    .step-2 = 如果 Android 不允许卸载，请先打开“设置 > 安全 > 设备管理应用”，在那里关闭 Kaspersky。
item-android-check = 看看 Android 设备上的 Kaspersky 如何获得更新
    .why = Google Play 已在全球下架 Kaspersky 的应用，因此无法再从那里更新或重新安装这些应用。在美国以外，Kaspersky 表示已经安装的应用会继续运行并更新病毒库，并建议用户使用其他应用商店或它自己的网站。
    .step-1 = 打开 Kaspersky 应用，查看它上次更新的时间。
    .step-2 = 如果它已不再更新，请在“设置 > 应用”中卸载它，并确认 Google Play 保护机制已开启（“Play 商店 > 您的个人资料图标 > Play 保护机制”）。
item-android-protect = 为 Android 设备选择保护
    .why = Android 内置了 Google Play 保护机制；Google Play 中的安全应用可以在此基础上增加保护。
    .step-1 = 打开 Play 商店，点按您的个人资料图标，选择“Play 保护机制”，确认扫描已开启。
item-iphone-remove = 从 iPhone 或 iPad 上删除 Kaspersky 应用
    .why = { $updates }。
    .step-1 = 按住每个 Kaspersky 应用的图标，选择“移除 App”，然后选择“删除 App”。
    .step-2 = 在“设置 > 您的姓名 > 订阅”中取消所有 Kaspersky 订阅。
item-mac-remove = 从 Mac 上卸载 Kaspersky
    .why = { $updates }。
    .step-1 = 打开“应用程序”中的 Kaspersky 文件夹，运行“Uninstall Kaspersky”。
    .step-2 = 也在那台 Mac 上运行 AV Switch，获取专为它制作的清单。
item-pc-remove = 在另一台电脑上也换掉 Kaspersky
    .why = { $updates }。每台电脑都是如此。
    .step-1 = 在那台电脑上运行 AV Switch：它会检查那台电脑，并为它制作一份清单。

## Kaspersky's other apps

item-import-passwords = 把密码导入您的新密码管理器
    .why = Kaspersky Password Manager 也是 Kaspersky 的产品；在删除任何东西之前，您的密码应该已经安全地保存在新的密码管理器中。
    .step-1 = 选择一个密码管理器；网络浏览器内置的密码管理器就是一个免费的选择。
    .step-2 = 找到它的导入页面：页面会说明它能读取哪些文件，有些可以直接读取 Kaspersky 的文本文件。
    .step-3 = 导入文件，然后检查几条登录信息。

## What removed programs left behind (one item per kind the check found)

item-leftover-certificate-windows = 从受信任列表中删除 Kaspersky 的证书
    .why = Kaspersky 添加了自己的根证书，以便查看安全（HTTPS）连接的内容。Kaspersky 删除后，就不再有任何程序更新这个证书，但 Windows 仍然信任它。
    .step-1 = 按 Windows 键，键入“管理计算机证书”并打开它。Windows 会请求管理员权限。
    .step-2 = 打开“受信任的根证书颁发机构”，然后打开“证书”。
    .step-3 = 找到“Kaspersky Anti-Virus Personal Root Certificate”，右键单击它，选择“删除”，然后点击“是”确认。
    .step-4 = 如果“管理用户证书”中也列出了这个证书，请在那里执行同样的操作。
    .step-5 = 如果列出了 Firefox：它信任 Windows 所信任的证书，证书从 Windows 中删除后，Firefox 也就不再信任它了。
item-leftover-certificate-mac = 从“系统”钥匙串中删除 Kaspersky 的证书
    .why = Kaspersky 添加了自己的根证书，以便查看安全（HTTPS）连接的内容。Kaspersky 删除后，就不再有任何程序更新这个证书，但 Mac 仍然信任它。
    .step-1 = 打开“钥匙串访问”（位于“应用程序 > 实用工具”）。
    .step-2 = 在左侧选择“系统”钥匙串，然后选择“证书”标签。
    .step-3 = 找到“Kaspersky Web Anti-Virus Certification Authority”，按住 Control 键点按它，选择“删除”，并在要求时输入您的密码。
item-leftover-extension = 从浏览器中删除 Kaspersky Protection 扩展
    .why = Kaspersky 的卸载程序可能会留下它的浏览器扩展。没有 Kaspersky，这个扩展起不了任何作用，也不会再获得更新。
    .step-1 = 对“检查”步骤中“残留项”下列出的每个浏览器，打开它的扩展页面：Google Chrome 中是 chrome://extensions，Microsoft Edge 中是 edge://extensions，Firefox 中是 about:addons。
    .step-2 = 找到 Kaspersky Protection，点击“移除”。
    .step-3 = 在那里列出的每个配置文件中都这样做，然后再检查一次。
item-leftover-services-windows = 用 kavremover 删除 Kaspersky 残留的服务和驱动程序
    .why = 据报告，Kaspersky 删除后仍然留下的服务和驱动程序（尤其是文件已经不存在的那些）会阻止 Windows 功能更新。
    .step-1 = 从 Kaspersky 的支持网站下载 kavremover（点击链接即可打开该页面）。
    .step-2 = 运行它，选择您以前用过的 Kaspersky 产品，然后点击“删除”（Remove）。
    .step-3 = 重新启动电脑。
    .link = 打开 kavremover 页面
item-leftover-services-mac = 删除 Kaspersky 残留的后台项目
    .why = 每当 Mac 启动或有人登录时，这些文件都会去启动已经不存在的 Kaspersky 组件。
    .step-1 = 在访达中，选取“前往 > 前往文件夹”，打开“检查”步骤中“残留项”下列出的每个文件夹（例如 /Library/LaunchAgents）。
    .step-2 = 把名称以“com.kaspersky”开头的文件移到废纸篓；如有要求，请输入您的密码。
    .step-3 = 重新启动 Mac。
item-leftover-registry = 用 kavremover 删除 Kaspersky 残留的设置
    .why = Kaspersky 删除后，它在注册表中的设置可能会残留，据报告会妨碍 Windows 升级。kavremover 可以安全地清除这些设置；手动修改注册表有风险。
    .step-1 = 按照有关服务的那一项所说的方法运行 kavremover，或者现在用链接下载它，选择您以前用过的 Kaspersky 产品，然后点击“删除”（Remove）。
    .step-2 = 重新启动电脑。
    .link = 打开 kavremover 页面
item-leftover-folders-windows = 删除 Kaspersky 残留的文件夹
    .why = 这些文件夹保存着 Kaspersky 的旧文件和设置。它们占用空间，已经没有任何用处。
    .step-1 = 如果您的清单中有 kavremover，请先运行它：它会删除其中的大部分。
    .step-2 = 如果“检查”步骤中“残留项”下列出的某个文件夹仍然存在，请打开文件资源管理器，找到它并删除。Windows 会请求管理员权限。
item-leftover-folders-mac = 删除 Kaspersky 残留的文件夹
    .why = 这些文件夹保存着 Kaspersky 的旧文件和设置。它们占用空间，已经没有任何用处。
    .step-1 = 在访达中，选取“前往 > 前往文件夹”，输入“检查”步骤中“残留项”下显示的文件夹位置。
    .step-2 = 把“Kaspersky Lab”文件夹移到废纸篓，如有要求，请输入您的密码，然后清倒废纸篓。
item-leftover-registration = 无需卸载：Windows 仍列出一个已删除的防病毒软件
    .why = Windows 安全中心仍显示一个已不再安装的 Kaspersky 或 UltraAV 防病毒软件。这是残留的注册记录，不是程序：再次卸载没有帮助，它也不会保护这台电脑。
    .step-1 = 不要尝试再次卸载它，也不要为了删除它而重新安装它。
    .step-2 = 如果这里还列出了 Kaspersky 的其他部分，请先用下面的各项删除它们，然后重新启动电脑。
    .step-3 = 如果之后 Windows 安全中心仍显示它，下面的来源说明了如何清除这类条目；如果这台电脑由别人管理，请询问他们。
    .step-4 = 再次检查这台电脑：一旦安全中心不再列出它，这一项就会得到确认。
section-remove-ultraav = 删除 UltraAV
section-remove-both = 删除 Kaspersky 和 UltraAV
section-windows-10 = 这台电脑的 Windows
action-uninstall = 打开 { $name } 的卸载程序
action-open-uninstaller-mac = 打开 Kaspersky 的卸载程序
action-show-applications = 在访达中显示“应用程序”
action-copy-command = 复制命令
item-ask-it = 删除任何东西之前，先询问管理这台电脑的人
    .why = { $updates }。这台电脑上的 Kaspersky 由雇主或其 IT 部门管理（是面向机构的版本，或者只有管理员才能删除），他们可能会自己替换它。
    .step-1 = 请询问您雇主的 IT 部门，或者当初设置这台电脑的人：他们是否会替换 Kaspersky，您应该怎么做。
    .step-2 = 除非他们让您自己删除，否则不要删除任何东西，并按照他们的指示操作。
    .step-3 = 之后，在 AV Switch 中再次检查这台电脑：Kaspersky 删除后，检查会予以确认。
item-uninstall-managed = 按照管理这台电脑的人的指示删除 Kaspersky
    .why = { $updates }。
    .step-1 = 请按照您雇主的 IT 部门的指示操作：他们可能会统一删除，或者告诉您具体步骤。
item-delete-export = 删除导出的密码文件
    .why = 文件中的每个密码都是明文，任何打开它的人都能读到。
    .step-1 = 确认导入成功后，删除这个文件，清空回收站或清倒废纸篓，并删除所有副本，例如 U 盘上的副本。
item-replace-vpn-covered = 替换 Kaspersky VPN Secure Connection
    .why = Kaspersky 的 VPN 也在禁令范围内。
    .step-1 = 想一想您是否还需要 VPN；很多人只在公共 Wi-Fi 上使用 VPN。
    .step-2 = 如果需要，请另选一个，然后在每台设备上卸载 Kaspersky VPN，并取消它的订阅。
item-replace-vpn-unknown = 替换 Kaspersky VPN Secure Connection
    .why = 如果美国的禁令适用于您，Kaspersky 的 VPN 也在禁令范围内。
    .step-1 = 想一想您是否还需要 VPN；很多人只在公共 Wi-Fi 上使用 VPN。
    .step-2 = 如果需要，请另选一个，然后在每台设备上卸载 Kaspersky VPN，并取消它的订阅。
item-replace-vpn-chosen = 替换 Kaspersky VPN Secure Connection
    .why = 您要停止使用 Kaspersky，而它的 VPN 也是 Kaspersky 的产品。
    .step-1 = 想一想您是否还需要 VPN；很多人只在公共 Wi-Fi 上使用 VPN。
    .step-2 = 如果需要，请另选一个，然后在每台设备上卸载 Kaspersky VPN，并取消它的订阅。
item-replace-safe-kids-covered = 替换 Kaspersky Safe Kids
    .why = Kaspersky Safe Kids 也在禁令范围内。
    .step-1 = 设置设备内置的家长控制功能（Android 上的 Family Link、iPhone 和 Mac 上的“屏幕使用时间”、Windows 上的 Microsoft Family Safety）。
    .step-2 = 然后从您孩子的设备和您自己的设备上卸载 Kaspersky Safe Kids。
item-replace-safe-kids-unknown = 替换 Kaspersky Safe Kids
    .why = 如果美国的禁令适用于您，Kaspersky Safe Kids 也在禁令范围内。
    .step-1 = 设置设备内置的家长控制功能（Android 上的 Family Link、iPhone 和 Mac 上的“屏幕使用时间”、Windows 上的 Microsoft Family Safety）。
    .step-2 = 然后从您孩子的设备和您自己的设备上卸载 Kaspersky Safe Kids。
item-replace-safe-kids-chosen = 替换 Kaspersky Safe Kids
    .why = 您要停止使用 Kaspersky，而 Safe Kids 也是 Kaspersky 的产品。
    .step-1 = 设置设备内置的家长控制功能（Android 上的 Family Link、iPhone 和 Mac 上的“屏幕使用时间”、Windows 上的 Microsoft Family Safety）。
    .step-2 = 然后从您孩子的设备和您自己的设备上卸载 Kaspersky Safe Kids。
item-leftover-registry-with-services = 同时删除 Kaspersky 残留的设置
    .why = Kaspersky 删除后，它在注册表中的设置可能会残留，据报告会妨碍 Windows 升级。手动修改注册表有风险。
    .step-1 = 为删除上面的服务和驱动程序而运行的 kavremover 也会清除这些设置：不需要再手动做什么。
item-windows-10 = 让 Windows 10 继续获得安全更新
    .why = 这台电脑运行的是 Windows 10，它的支持已于 { $support_end }结束。只有注册了扩展安全更新（ESU），它才能获得安全更新；Microsoft 已将面向家庭用户的 ESU 延长至 { $esu_end }。在 Windows 10 上，Microsoft Defender Antivirus 会继续获得新的病毒库，直到 2028年10月，但 Microsoft 表示，即使有这些更新，Windows 10 电脑面临的风险也更大。
    .step-1 = 打开“设置 > Windows 更新”。它会显示这台电脑是否已注册扩展安全更新；如果已注册，在 { $esu_end }之前无需再做什么。
    .step-2 = 如果尚未注册，而 Windows 更新提供了注册，请按照它的步骤操作（需要 Microsoft 帐户）。注册开放至 { $esu_end }，但并非在所有地区都提供。
    .step-3 = 如果这台电脑可以运行 Windows 11，Microsoft 建议升级到 Windows 11：Windows 更新也会显示它能否升级。
    .step-4 = 如果两样都做不到，请让它的防病毒软件保持最新，小心对待电子邮件附件和下载的文件，并计划在 { $esu_end }之前更换这台电脑。
