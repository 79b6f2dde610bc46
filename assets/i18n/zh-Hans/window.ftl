# The window: steps, buttons, questions and messages.

## The wizard

step-welcome = 欢迎
    .title = 欢迎使用 AV Switch
step-check = 检查
    .title = 检查这台电脑
step-deadlines = 期限
    .title = 各个期限，以及目前的情况
step-choose = 选择
    .title = 选择替代软件
step-checklist = 清单
    .title = 您的清单
step-export = 导出
    .title = 保存、打印或分享您的计划
wizard-step-count = 第 { $number } 步，共 { $total } 步
# The compact step row's menu, when the steps do not fit on one line.
wizard-steps-menu = 第 { $number } 步，共 { $total } 步：{ $name }
# What a screen reader says for that menu; $steps is its label.
wizard-steps-menu-name = 步骤：{ $steps }
# The window's name for screen readers; $page is the current page's title.
window-name = AV Switch - { $page }
# Regions a screen reader lists and jumps between.
region-steps = 步骤
region-actions = 上一步和下一步
region-notice = 消息
region-page-scroll = 滚动页面：{ $page }
region-notice-scroll = 滚动消息
# What a screen reader says for a step in the row at the top.
wizard-step-label = 第 { $number } 步：{ $name }，{ $state ->
        [current] 当前步骤
        [visited] 已访问
       *[unvisited] 尚未访问
    }
wizard-step-here = 您在这里
wizard-step-go-back = 返回这一步
wizard-step-later = 点击“下一步”可到达这一步
wizard-back = 上一步
wizard-next = 下一步
wizard-next-hint = 转到“{ $step }”
wizard-dismiss = 关闭
start-over-title = 重新开始？
start-over-body = 这会清除您的回答、您的选择和所有勾选，并回到开头。此操作无法撤消。
start-over-confirm = 是的，重新开始
start-over-cancel = 保留我的进度

## Display and language menus

display-menu = 显示
display-colours = 颜色
display-follow-system = 跟随系统
display-light = 浅色
display-dark = 深色
display-text-size = 文字大小：{ $percent }%
display-text-size-largest = 文字大小：{ $percent }%，最大
display-text-size-smallest = 文字大小：{ $percent }%，最小
display-smaller = 缩小文字
display-normal = 正常大小
display-larger = 放大文字
display-shortcuts = 也可以使用 Ctrl + 和 Ctrl -。
# What a screen reader says for the language menu.
language-menu = 语言：{ $language }
language-follow-system = 跟随系统（{ $language }）

## Messages

notice-no-store = 您的进度将不会被保存：{ $error }。
# The window was set to Chinese, but no font for Chinese letters was found on
# this computer, so it is shown in English (or in the language chosen after).
# $chinese is the same notice in Chinese, shown below it.
notice-no-chinese-font = 这台电脑上没有找到中文字体，因此 AV Switch 无法以中文显示。如需以中文阅读，请先安装中文字体（Debian 或 Ubuntu：sudo apt install fonts-noto-cjk），然后重新打开 AV Switch。

    { $chinese }
notice-replaying = 此窗口显示的是 { $folder } 中记录的电脑：它的计划只来自这份记录，您自己保存的进度既不会被读取，也不会被更改。
notice-save-failed = { $error }AV Switch 会继续工作；在您关闭它之前，您的选择都会保留。
notice-open-missing = 无法打开 { $target }：它已经不在了。
notice-open-no-program = 无法打开 { $target }：在这台电脑上没有找到能打开它的程序。它仍在原处：您可以自己从文件中打开它。
notice-open-link-failed = 无法打开网页：没有找到网络浏览器。您可以自己把网址复制到浏览器中：{ $address }
notice-open-page-failed = 无法打开“{ $page }”：{ $reason }
notice-page-windows-only = 这是 Windows 的页面，而这台电脑运行的不是 Windows。
notice-page-mac-only = 这是 macOS 的页面，而这台电脑运行的不是 macOS。
notice-page-no-program-windows = 系统没有打开它。您可以从“开始”菜单打开它：键入它的名称即可。
notice-page-no-program-mac = 系统没有打开它。您可以从“系统设置”中打开它。
page-installed-apps = 已安装的应用
page-windows-security = Windows 安全中心
page-software-update = 软件更新
notice-copy-address = 复制网址
notice-details = 详细信息
store-no-data-dir = 在这台电脑上没有找到用于保存数据的文件夹
store-folder-read-only = 无法在 { $folder } 中保存您的进度（该文件夹是只读的）。
store-write-failed = 无法在 { $folder } 中保存您的进度。
store-saving-off = 您的进度目前不会保存，以免替换那个无法读取的文件。
store-unopenable = 无法打开 { $path } 中保存的进度。AV Switch 已重新开始，不会更改那个文件。
store-set-aside = { $problem }AV Switch 已重新开始，并把旧文件保留在 { $aside }。
store-set-aside-failed = { $problem }无法把它移到别处，因此 AV Switch 已重新开始，不会保存您的进度，并让那个文件保持原样：{ $path }。
store-left-as-is = { $problem }它保持原样，位于 { $path }；这次导出不使用任何已保存的进度。
store-problem-damaged = 无法读取您保存的进度：文件已损坏。
store-problem-no-version = 无法读取您保存的进度：这个文件不是 AV Switch 生成的。
store-left-out = { $count ->
       *[other] 有 { $count } 个已保存的值（勾选或回答）无法读取，已被略去；其他内容都已保留。
    }
store-left-out-kept = { $count ->
       *[other] 有 { $count } 个已保存的值（勾选或回答）无法读取，已被略去；其他内容都已保留。您可能需要重新勾选或回答。
    }原来的文件保留在 { $kept }。
store-newer-kept = { $newer } 中保存的进度是由较新版本的 AV Switch 生成的。它将保持原样，留给那个版本使用；此版本会把自己的进度保存在 { $own }。
store-two-notices = { $first }{ $second }
cli-window-failed = 无法打开 AV Switch 的窗口。
cli-output-failed = 无法写入输出：{ $detail }
cli-recorded = 检查读取到的内容已保存在 { $path }。分享之前请先看一遍：其中可能会显示您的用户名、您的文件夹和您安装的程序。
cli-about = 从容、安全地换掉 Kaspersky 防病毒软件。
cli-usage = 用法
cli-commands = 命令
cli-options = 选项
cli-help = 显示帮助
cli-version = 显示版本
cli-check = 检查这台电脑有哪些安全程序，并输出一份报告。美国的禁令是否适用于您，取决于您住在哪里以及您的国籍：请用 --region 和 --us-person 回答。
cli-check-json = 输出 JSON 文档，而不是文本。
cli-check-quiet = 不输出任何内容：只用退出状态表示发现了什么（请参阅文档）。
cli-export = 导出您的清单，包括您保存的进度。
cli-export-format = 文件格式：md、txt、html、json 或 ics。
cli-export-out = 写入这个文件，而不是标准输出（- 也表示标准输出）。
cli-export-no-scan = 只使用已保存的进度：不先检查这台电脑。
cli-region = 您大部分时间在哪里使用这台电脑：us、elsewhere 或 unknown（默认：窗口中保存的回答；如果没有，则为 unknown）。
cli-us-person = 您是否为美国公民或美国永久居民：yes 或 no（地区为 elsewhere 时才有影响）。
cli-bad-lang = “{ $code }”不是 { $known } 之一
cli-check-record = 同时把检查读取到的内容保存在这个新文件夹中，以便查看或分享（请参阅 docs/command-line.md）。
cli-replay = 检查这个文件夹中记录的电脑，而不是这台电脑。

## Welcome

welcome-lead = 自从美国实施禁令以来，Kaspersky 不得再向身在美国的人发送更新。AV Switch 会一步一步地帮助您检查这台电脑、了解各个期限，并安全地替换 Kaspersky。
welcome-lead-unknown = 2024年，美国禁止向身在美国的人，以及住在国外的美国公民和美国永久居民提供 Kaspersky 防病毒软件：从 { $updates_day }起，Kaspersky 不得再为他们更新。AV Switch 会帮助您检查这台电脑、了解禁令对您意味着什么，并在您愿意时安全地替换 Kaspersky。
welcome-lead-not-covered = 根据您的回答，美国对 Kaspersky 的禁令不涉及您。AV Switch 仍然可以检查这台电脑、解释这项禁令，并在您决定更换时帮助您从容地更换防病毒软件。
welcome-privacy = 它完全在这台电脑上运行：不会向任何地方发送任何内容，也不需要帐户；除非您点击写明会做更改的按钮，否则它不会更改您电脑上的任何东西。
welcome-begin = 开始
welcome-begin-hint = 先检查这台电脑
sources-label = { $count ->
       *[other] 来源：
    }

## Check

check-lead = AV Switch 会查看这台电脑的安全设置和已安装的程序。它只读取，不做任何更改。
check-start = 检查这台电脑
check-again = 重新检查
check-running = 正在检查这台电脑……
check-running-body = 通常只需几秒钟。在此期间，您可以继续阅读，或者转到其他步骤。
check-running-hint = 检查已在进行中
check-checked-at = 检查时间：{ $time }（{ $seconds ->
        [0] 用时不到 1 秒
        [1] 用时 1 秒
       *[other] 用时 { $seconds } 秒
    }）
check-found = 发现的内容
check-failures = 无法运行的检查
check-failures-body = 其他检查发现的内容见上方。
check-left-behind = 残留项
check-left-behind-body = 以下是已不在这台电脑上的程序仍然留下的部分。它们已经没有任何用处；清单会说明如何删除每一项。
check-left-behind-clean = 没有发现 Kaspersky 或 UltraAV 的残留项。
# "Anti-virus by Kaspersky"
check-kind-by = { $vendor } 的{ $kind }
check-with-version = { $text }，版本 { $version }
check-status = 状态：{ $state }。
check-definitions = 病毒库：{ $words }。
check-how-known = AV Switch 是如何知道的
check-questions = 几个检查无法回答的问题
check-question-region = 您大部分时间在哪里使用这台电脑？
check-question-region-why = 美国的禁令既看所在地点，也看国籍和永久居留身份，所以 AV Switch 需要问您。您的回答只保存在这台电脑上。
check-question-us-person = 您是美国公民或美国永久居民（绿卡持有者）吗？
check-region-suggested = 这台电脑的地区设置是 { $country }，由此推测答案是“{ $answer }”。在您选择之前，这还不是您的答案。
check-region-confirm = 确认：{ $answer }
region-us = 在美国
region-elsewhere = 在其他国家
answer-prefer-not = 不想回答
check-question-devices = 您的其他哪些设备上有 Kaspersky？
check-question-apps = 您在使用哪些 Kaspersky 应用？
check-question-apps-hint = 检查在这台电脑上发现的应用已预先勾选。
check-question-renewal = 您的 Kaspersky 订阅是否会自动续订，每年向您收费？
device-android = Android 手机或平板电脑
device-iphone = iPhone 或 iPad
device-mac = Mac
device-windows-pc = 另一台 Windows 电脑
answer-yes = 是
answer-no = 否
answer-not-sure = 不确定

## Deadlines

deadlines-lead = 禁令分两个阶段实施。下面说明每个日期对您意味着什么，以及目前的情况。
deadlines-meanings = 每个日期的含义
deadlines-official-time = 官方时间：{ $time }
deadlines-local-time = 按这台电脑的时钟：{ $time }
deadlines-date = 日期：{ $date }
deadlines-topic-legal = 继续使用 Kaspersky 违法吗？
deadlines-topic-scope = 禁令的范围
deadlines-topic-advice = 美国政府的建议
deadlines-topic-after = 禁令之后发生了什么
deadlines-sources = 来源
deadlines-sources-body = AV Switch 关于禁令的每一项说法都来自以下来源之一。链接会在您的网络浏览器中打开。
timeline-today = 今天：{ $date }
timeline-milestone = { $title }，{ $date }（{ $state ->
        [past] 已过去
       *[future] 即将到来
    }）
timeline-label = 时间线：{ $parts }

## Choose

choose-lead = 任何一款保持更新的知名防病毒软件，都远比一款不再获得更新的软件保护得好。以下是您的选择；AV Switch 不推荐任何品牌，也不会从您的选择中获得任何收益。
choose-question = 从现在起，用什么来保护这台电脑？
choose-built-in = 您的电脑上已经有的
choose-built-in-packages = 免费，来自您系统的软件包
choose-built-in-windows = 使用 { $name }（Windows 内置，免费）
    .explained = 无需购买或下载：一旦没有其他防病毒软件在工作，它就会自行开启，Windows 更新会让它保持最新。
    .explained-stale = 无需购买或下载。这台电脑上它的病毒库已过时：清单会告诉您怎么更新。
choose-built-in-mac = 使用 { $name }（macOS 内置，免费）
    .explained = 无需购买或下载：它是 macOS 的一部分，会随 macOS 一起更新。许多 Mac 用户只用它。
choose-built-in-linux = 使用 { $name }（免费，来自您系统的软件包）
    .explained = 许多家用 Linux 电脑不装防病毒软件。如果您想装一个，ClamAV 是常见的免费选择。
choose-ultraav = 取代了 Kaspersky 的 UltraAV
choose-ultraav-body = UltraAV 在没有事先另外征求同意的情况下，被安装到许多美国的 Windows 电脑上，取代了 Kaspersky；Kaspersky 订阅也按同样的收费方式转给了它。有些人发现它只能用自带的卸载程序删除。
choose-ultraav-keep-or-switch = 如果您对它满意，可以继续使用；也可以换成您自己选择的软件。
choose-keep-ultraav = 继续使用 UltraAV
choose-products = 其他产品
choose-products-body = 按字母顺序排列。无论选哪一款，都请只从开发商自己的网站下载。
choose-products-linux = 大多数商业家用防病毒产品只为 Windows 和 macOS 开发。以下产品也有 Linux 版：
choose-other = 其他产品：
choose-other-hint = 产品名称
choose-other-name = 其他产品的名称
choose-other-kaspersky = { $name } 是 Kaspersky 的产品，所以它不能替代 Kaspersky：请输入其他开发商的产品，或者在上面选择一个。
choose-guide = 如何选择
choose-guide-labs = 参考独立测试结果
choose-guide-labs-body = 与其听信卖家的说法，不如参考独立实验室定期发布的测试来比较产品。下方有它们的测试结果链接。
choose-guide-devices = 数一数需要保护的设备
choose-guide-devices-none = 您没有提到其他装有 Kaspersky 的设备，因此只保护这台电脑就够了。您可以在“检查”步骤中添加设备。
choose-guide-devices-some = 这台电脑，再加上：{ $devices }。许多付费产品一份订阅可以保护多台设备；内置保护只保护它所在的设备。
choose-guide-companions = 同时替换 Kaspersky 的其他应用

choose-guide-one-at-a-time = 不要同时运行两个防病毒软件
choose-guide-one-at-a-time-body = 两个都在监视每个文件的程序会让电脑变慢，还可能互相阻挡。所以清单始终按同一个顺序进行：在旧的保护仍在运行时下载您需要的东西，删除旧的，重新启动，然后安装或开启新的保护并更新它。

## Checklist

checklist-lead = 这是您安全更换的步骤，按顺序排列，根据检查的发现和您告诉 AV Switch 的情况制定。完成一项就勾选一项：分几天完成也没关系。您的勾选会被保存。
progress-done = 已完成 { $done } 项，共 { $total } 项
checklist-all-done = 全部完成。
checklist-all-done-body = 您清单上的每一步都已勾选。如果还没有做，请再检查一次这台电脑，确认它受到保护。
checklist-how = 怎么做
checklist-start-over = 重新开始
checklist-start-over-hint = 清除所有回答和勾选（会先询问您）
checklist-finish-by = 在 { $day }之前完成（{ $days ->
        [0] 今天
        [1] 明天
       *[other] { $days } 天后
    }）
checklist-finish-by-past = 在 { $day }之前完成（{ $days ->
        [1] 昨天
       *[other] { $days } 天前
    }）
checklist-pick-day = 选择完成日期
checklist-in-days = { $days ->
        [7] 一周后
        [14] 两周后
       *[other] { $days } 天后
    }
checklist-no-date = 不设日期

## Export

export-lead = 把您的计划放在看得见的地方：打印出来放在电脑旁边、在日历中添加提醒，或者发给帮助您的人。
export-choose-format = 选择格式
format-markdown = Markdown
    .purpose = 适用于笔记应用和在线分享；勾选会显示为复选框。
format-text = 纯文本
    .purpose = 在任何地方都能打开，即使是最简单的编辑器；打印效果也不错。
format-html = 用于打印的网页
    .purpose = 最适合打印：字体大，并留有可以手动勾选的空框。
format-json = JSON 数据
    .purpose = 供其他程序使用，或供帮助您的人用他们自己的工具处理。
format-calendar = 日历提醒
    .purpose = 在您的日历中，为您想完成的那一天添加提醒。
export-save = 保存…
export-saving = 正在保存……
export-save-hint = 选择保存文件的位置
export-copy = 复制为文本
export-copy-hint = 把计划放到剪贴板上，以便粘贴到电子邮件中
export-print = 打印
export-print-hint = 在网络浏览器中打开可打印的页面
export-waiting = 正在等待您在保存窗口中选择位置……
export-open = 打开
export-show-in-folder = 在文件夹中显示
export-copied = 已复制为纯文本。您可以把它粘贴到电子邮件或文档中。
export-printing = 可打印的页面已在您的网络浏览器中打开。请使用浏览器的“打印”命令（Ctrl+P，在 Mac 上是 Cmd+P）。
export-not-saved = 未保存。
export-no-dialog = 这台电脑上无法显示保存窗口，所以 AV Switch 为文件选择了这个位置。
export-read-only = { $path } 是只读的，所以没有替换它。
export-replace = 仍然替换
export-keep = 保留
export-not-a-file = { $path } 是文件夹或设备，而不是文件，所以没有向那里写入任何内容。请选择一个文件名。
export-write-failed = 无法写入 { $path }。那里没有任何改动。请尝试其他文件夹，例如“文档”。
export-dialog-crashed = 保存窗口意外停止了。没有保存任何内容。
export-print-no-program = 可打印的页面已保存在 { $path }，但没有找到能打开它的程序。请在网络浏览器中打开它来打印。
export-print-write-failed = 无法写入可打印的页面。
export-dialog-title = 保存您的 AV Switch 计划
checklist-copied = 已复制。请把它粘贴到终端中，并在那里运行。
checklist-just-confirmed = 已重新检查。检查现已确认以下各项：{ $items }。
uninstall-question-title = 启动卸载程序？
uninstall-question-body = 检查没有发现其他已开启且保持最新的防病毒软件，因此从 Kaspersky 被删除起，直到新的保护开启为止，这台电脑将没有正在工作的防病毒软件。“选择”步骤可以帮助您先选好新的保护。
uninstall-question-body-defender = 检查没有发现其他已开启且保持最新的防病毒软件，因此在 Microsoft Defender Antivirus 开启之前，这台电脑将没有正在工作的防病毒软件。Kaspersky 删除后，Windows 应该会自动开启它；清单随后会确认这一点。
uninstall-question-body-chosen = 检查没有发现其他已开启且保持最新的防病毒软件，因此从 Kaspersky 被删除起，直到 { $name } 开启为止，这台电脑将没有正在工作的防病毒软件。请先准备好它的安装程序。
uninstall-question-confirm = 启动卸载程序
uninstall-question-cancel = 以后再说
notice-uninstaller-failed = 无法启动卸载程序。请打开“设置 > 应用 > 已安装的应用”，改为在那里卸载这个程序。
choose-guide-companions-covered = 您在使用 { $apps }。美国的禁令也涵盖它们，清单中包括替换它们的步骤。有些安全套件包含密码管理器或 VPN。
choose-guide-companions-unknown = 您在使用 { $apps }。如果美国的禁令适用于您，它也涵盖这些应用，清单中包括替换它们的步骤。有些安全套件包含密码管理器或 VPN。
choose-guide-companions-chosen = 您在使用 { $apps }。如果您停止使用 Kaspersky，也请替换它们：一旦您选好替代软件，清单中就会包括它们。有些安全套件包含密码管理器或 VPN。

## Printing privately, and writing off the window's thread

export-writing = 正在写入文件……
export-write-crashed = 写入 { $path } 时意外停止，所以没有替换它。
notice-print-clean-failed = 无法从 { $folder } 中删除之前使用时留下的可打印页面。这些页面包含您的回答：您可以自己删除它们。

## Words once put together in code

# A source whose exact article address is not known; $name is its title or publisher.
source-named-not-linked = { $name }（文章未附链接）
# The number before a source in the Deadlines step's list.
deadlines-source-number = { $number }.
# Below a source's title: who published it, and when.
deadlines-source-about = { $publisher }，{ $date }
# Under Details, for a progress file from a newer AV Switch.
store-detail-format = 进度格式 { $found }；此版本的 AV Switch 读取格式 { $read }

## What screen readers hear

# Said once when a file is saved; $path is where.
export-saved-at = 已保存为 { $path }。
# What screen readers hear for "How AV Switch knows" on a card; $name is the card's product or what was left behind.
check-how-known-name = AV Switch 是如何知道的：{ $name }
# What screen readers hear for "How to do it" on a checklist card; $item is the card's title.
checklist-how-name = 怎么做：{ $item }
# What screen readers hear for a card's button; $link is the button's words, $item the card's title.
checklist-link-name = { $link }：{ $item }
# What a card's button opens, said instead of its address; $site is a web site's name, such as support.kaspersky.com.
checklist-link-web = 在您的网络浏览器中打开 { $site } 的一个页面。
checklist-link-step = 打开 AV Switch 的那个步骤。
checklist-link-system = 打开电脑设置中的那个页面。在您自己更改之前，不会有任何改变。

## The command line, in plain words

# $codes is the languages' codes, joined as a list: "en, id or es".
cli-lang = 窗口、报告或文件使用的语言：{ $codes }（默认：窗口中选择的语言；如果没有，则为系统的语言）。
cli-window = 不带任何命令、只运行 avswitch，即可打开窗口。
# The parts of a command line as the help writes them: avswitch [OPTIONS] [COMMAND].
cli-placeholder-options = 选项
cli-placeholder-command = 命令
# What each option's value is called in the help: --format <FORMAT>.
cli-value-language = 语言
cli-value-folder = 文件夹
cli-value-format = 格式
cli-value-file = 文件
cli-value-region = 地区
cli-value-answer = 回答
# A mistake on the command line. $command is "avswitch" or "avswitch check"; $argument what was typed.
cli-error-unknown-argument = “{ $argument }”不是 { $command } 的选项。
cli-error-did-you-mean = 您是不是想输入 { $suggestion }？
cli-error-unknown-command = “{ $command }”不是命令。可用的命令是 check 和 export；只运行 avswitch 会打开窗口。
cli-error-invalid-value = “{ $value }”不能用于 { $argument }：请使用 { $values }。
# $arguments names what is missing, $count how many.
cli-error-missing = 必须提供 { $arguments }。
cli-error-conflict = { $first } 和 { $second } 不能同时使用。
cli-error-value-form = { $argument } 的写法不对：请参阅帮助。
cli-error-other = 无法理解这个命令行。
# $help is the command that shows the help, such as "avswitch check --help".
cli-error-help = 要了解更多，请运行：{ $help }
# "A, B or C": $first is already joined with list-separator.
list-or = { $first } 或 { $last }
cli-folder-missing = 文件夹 { $path } 不存在。
cli-no-display = AV Switch 的窗口需要桌面环境，但这里没有找到。在终端中，“avswitch check”会检查这台电脑，“avswitch export --format txt”会写出您的清单；“avswitch --help”会提供更多说明。
cli-no-window = 这个版本的 AV Switch 没有窗口：它是专为命令行构建的。请运行 avswitch check，或者 avswitch export --format html --out plan.html。
cli-record-replaying = AVSWITCH_REPLAY 指定了一台记录的电脑，因此不能同时记录这台电脑。请取消设置 AVSWITCH_REPLAY，以便记录这台电脑。
checklist-link-file = 在这台电脑上打开它，就像双击它一样。
checklist-uninstall-hint = 启动这个程序自带的卸载程序，与“已安装的应用”启动的是同一个。AV Switch 自己不会删除任何东西。
checklist-copy-hint = 把上面的命令放到剪贴板上，供您粘贴到终端中。AV Switch 不会运行它。
