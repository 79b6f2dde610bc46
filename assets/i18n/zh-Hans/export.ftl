# The exported plan (Markdown, text, web page, JSON, calendar) and the
# report of `avswitch check`.

export-title = AV Switch：您更换防病毒软件的计划
export-made-on = 制作时间：{ $when }。
# A deadline in an export: "Sales end in the U.S.: 20 July 2024 (2 years ago). What it means."
# $title, $when, $relative, $meaning.
export-milestone = { $title }：{ $when }（{ $relative }）。{ $meaning }
export-where-things-stand = 目前的情况
coverage-covered = 根据您的回答，美国的禁令涉及您：它适用于身在美国的人，以及无论身在何处的美国公民和美国永久居民。
coverage-not-covered = 根据您的回答，美国的禁令不涉及您：您在美国以外使用这台电脑，而且不是美国公民或美国永久居民。
coverage-unknown = { coverage-unknown-command-line }您可以在“检查”步骤中回答。
# The command line: its own way to answer follows.
coverage-unknown-command-line = 目前还不知道美国的禁令是否涉及您：它适用于身在美国的人，以及无论身在何处的美国公民和美国永久居民。
export-this-computer = 这台电脑
export-not-checked = 制作这份清单时，没有检查这台电脑。
export-next = 下一步：{ $step }
export-checklist = 您的清单
export-finish-by = 在 { $day }之前完成。
export-finish-by-suggested = 尚未选择完成日期；从今天算起一周后是 { $day }。
export-replacement = 替代软件：{ $name }。
export-replacement-none = 替代软件：尚未选择。
export-confirmed = 已由检查确认
export-sources = 来源
calendar-event = 完成防病毒软件的更换
calendar-reminder = 明天：完成防病毒软件的更换
calendar-still-to-do = 尚未完成：

## A finding in one line

flag-affected = 受美国禁令影响
flag-affected-if-covered = 如果美国的禁令涉及您，则受其影响
flag-made-by-kaspersky = Kaspersky 的产品
flag-replacement = 为取代 Kaspersky 而安装
flag-built-in = 系统内置
state-words-on = 已开启
state-words-off = 已关闭
state-words-snoozed = 已暂停（暂时停止工作）
state-words-expired = 已过期（其许可证或订阅已到期）
state-words-installed = 已安装（不知道是否在运行）
finding-definitions = 病毒库：{ $words }
definitions-up-to-date = 最新
definitions-out-of-date = 已过时
definitions-missing = 未安装
definitions-unknown = 未报告
definitions-age = 上次更新：{ $when }
definitions-version = 版本 { $version }
# A product in a report: "Kaspersky Standard (Anti-virus, affected by the U.S. ban): on."
# $tags are its kind and flags, joined with list-separator.
finding-line = { $name }（{ $tags }）：{ $state }。
# The same for an anti-virus, with $definitions: "virus definitions: out of date, last updated 2 years ago".
finding-line-antivirus = { $name }（{ $tags }）：{ $state }；{ $definitions }。
# The definitions' $status ("out of date") and $age ("last updated 2 years ago").
definitions-with-age = { $status }，{ $age }
# The definitions' $words with their own $version ("up to date (version 1.389.0)").
definitions-with-version = { $words }（{ $version }）

## avswitch check

report-title = AV Switch：这台电脑的检查结果（{ $system }），{ $date }
report-source = 来源：{ $publisher }，“{ $title }”，{ $url }
report-nothing-found = 没有发现安全程序。
report-found = 发现：
report-failures = 无法运行的检查：
report-left-behind = 残留项（已删除程序留下的部分）：
report-left-behind-clean = 残留项：没有发现 Kaspersky 或 UltraAV 的残留项。
report-version = 版本：{ $version }
report-seen-by = 由“{ $probe }”查到：{ $detail }
report-ban = 禁令：{ $status }
report-next = 下一步：{ $step }
definitions-never-updated = 从未更新：它显示自己从未完成过更新
export-seen-by = { $probe }：{ $detail }
report-nothing-found-partly = 能够运行的检查没有发现安全程序；无法运行的检查列在下方。
report-answer-coverage = 要说明您在哪里使用这台电脑，请再检查一次，并加上 --region us，或者加上 --region elsewhere 以及 --us-person yes 或 no。
export-command = 在终端中输入这个命令
