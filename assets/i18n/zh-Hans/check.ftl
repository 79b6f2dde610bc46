# Checking this computer: what was found, how AV Switch knows, and what a
# check could not do.

## Kinds of programs and their states

kind-antivirus = 防病毒软件
kind-password-manager = 密码管理器
kind-vpn = VPN
kind-parental-control = 家长控制
kind-endpoint-agent = 公司管理代理程序
check-leftover-certificate = Kaspersky 的受信任根证书
check-leftover-extension = Kaspersky Protection 浏览器扩展
check-leftover-service = 服务和驱动程序
check-leftover-registry = 注册表中的设置
check-leftover-folder = 文件夹
check-leftover-registration = Windows 仍在列出的已删除防病毒软件
state-on = 已开启
state-off = 已关闭
state-snoozed = 已暂停
state-expired = 已过期
state-installed = 已安装
# "A, B and C": $first is already joined with list-separator.
list-and = { $first }、{ $last }
# Between the names of a list but the last two: ", " (in quotes, to keep the space).
list-separator = { "、" }
# A system other than Windows, macOS and Linux.
os-other = 此系统

## The checks, as the person sees them

probe-all = 所有检查
probe-security-center = Windows 安全中心
probe-defender = Microsoft Defender Antivirus
probe-installed-programs = 已安装的程序
probe-kaspersky-update = Kaspersky 的上次更新
probe-kaspersky-settings = Kaspersky 的设置
probe-running-programs = 正在运行的程序
probe-applications = 应用程序
probe-background-services = 后台服务
probe-xprotect = XProtect
probe-packages = 已安装的软件包
probe-program-folders = 程序文件夹
probe-services = 服务
probe-clamav-database = ClamAV 病毒库
probe-kesl-state = Kaspersky Endpoint Security 自身的报告
probe-certificates = 受信任的证书
probe-browser-extensions = 浏览器扩展
probe-windows-services = 服务和驱动程序
probe-leftover-settings = 设置和文件夹

## What a check saw

evidence-security-center = 报告的状态：{ $state }；病毒库：{ $definitions }；最近一次报告：{ $reported }；程序：{ $program }
evidence-registration-left-behind = 安全中心仍列出 { $name }，但这台电脑上已没有它的任何程序、服务或卸载项
# Beside a Security Center entry that the order of evidence set aside.
evidence-outranked = 状态以安全中心里同一产品的另一条记录为准
signature-words-up-to-date = 最新
signature-words-out-of-date = 已过时
signature-words-missing = 缺失
signature-words-unknown = 未报告
value-not-known = （未知）
evidence-defender = { $source ->
        [registry] 根据它在注册表中的设置：
       *[report] 根据它自己的报告：
    }防病毒：{ $antivirus ->
        [yes] 已开启
        [no] 未开启
       *[unknown] 未知
    }；实时保护：{ $realtime ->
        [yes] 已开启
        [no] 未开启
       *[unknown] 未知
    }；模式：{ $mode }；病毒库版本 { $version }，更新于 { $updated }
# How Microsoft Defender runs (its AMRunningMode), in the evidence line above.
defender-mode-normal = 正常
defender-mode-passive = 被动
defender-mode-sxs-passive = 被动（并行）
defender-mode-edr-block = EDR 阻止
defender-mode-not-running = 未运行
evidence-installed-program = 在已安装的程序中显示为“{ $name }”
evidence-installed-program-by = 在已安装的程序中显示为“{ $name }”，发布者为 { $publisher }
evidence-kaspersky-update = 记录的上次成功更新：{ $at }
evidence-kaspersky-never-updated = Kaspersky 的设置显示，它从未完成过病毒库更新
evidence-kaspersky-password = 它的密码保护已开启（{ $key } 中的 { $value }）：卸载它时会要求输入该密码
evidence-defender-policy = 设置了一项会关闭它的策略（{ $key } 下的 { $values }）
evidence-running = { $program } 正在运行
evidence-package = 软件包 { $name } { $version }（{ $manager }）
evidence-folder = { $path } 存在
evidence-service = { $unit } { $running ->
        [yes] 正在运行
       *[no] 未在运行
    }
evidence-clamav-missing = 在 { $folder } 中没有找到病毒库
evidence-clamav = { $path }：版本 { $version }，{ $count } 条病毒特征，生成于 { $built }
evidence-bundle = { $path }
evidence-launch-daemon = { $path } 会在 Mac 启动时启动它
evidence-xprotect = XProtect 版本 { $version }（{ $path }）
evidence-kesl = 病毒库发布于 { $released }；已加载：{ $loaded ->
        [yes] 是
        [no] 否
       *[unknown] 未报告
    }
evidence-launch-agent = { $path } 会在有人登录时启动它
evidence-leftover-extension = { $browser } 中的 Kaspersky Protection，配置文件“{ $profile }”：{ $path }
evidence-leftover-certificate = { $subject }，位于 { $store } 存储区，指纹 { $thumbprint }，有效期至 { $until }
evidence-leftover-keychain = { $name }，位于 { $keychain }（SHA-1 { $sha1 }）
evidence-firefox-system-roots = Firefox 被设置为信任 Windows 或 macOS 所信任的证书，包括 Kaspersky 的证书（{ $path }）
evidence-leftover-service = { $driver ->
        [yes] 驱动程序
       *[no] 服务
    } { $name }{ $named ->
        [yes] （“{ $shown }”）
       *[no] {" "}
    }会启动 { $file }{ $gone ->
        [yes] （该文件已不存在：这是一个孤立项）
       *[no] （该文件仍在）
    }
evidence-leftover-key = 注册表项 { $key }

## Why a check could not run

failure-stopped-unexpectedly = 这项检查意外停止了。
failure-unsupported-system = AV Switch 暂时无法检查这个系统；目前只支持 Windows、macOS 和 Linux。
failure-no-security-center = 这台电脑上没有 Windows 安全中心：某些 Windows 版本（如 Windows Server）没有这个功能。其他检查照常进行了。
failure-unavailable = 这台电脑上没有这一项，因此无法检查。其他检查照常进行了。
failure-denied = AV Switch 没有获得查看的权限，因此无法检查。其他检查照常进行了。
failure-no-answer = Windows 没有响应，因此无法检查。其他检查照常进行了。
failure-running-programs-silent = Windows 没有列出任何正在运行的程序，因此无法检查。其他检查照常进行了。
failure-skipped = { $count ->
   *[other] Windows 的列表中有 { $count } 个条目无法读取，因此没有在这里显示。列表中的其余条目已经检查，其他检查也照常进行了。
}
failure-unreadable = 无法读取 { $path }：{ $detail }
failure-damaged = { $path } 已损坏：{ $detail }
failure-kesl-permission = kesl-control 没有报告 Kaspersky Endpoint Security 的状态（“{ $detail }”）。读取该状态需要管理员权限（sudo）或 keslaudit 组的成员身份；其他检查照常进行了。
failure-scan-crashed = 检查意外停止了。这台电脑上没有任何改动；请点击“重新检查”再试一次。
recording-unreadable = 无法读取或写入 { $path }：{ $detail }
recording-damaged = { $path } 不是 AV Switch 能读取的记录：{ $detail }
recording-none-here = { $path } 中没有记录的电脑：记录是由 avswitch check --record 生成的文件夹，里面有一个 index.json 文件。
recording-folder-not-empty = { $path } 中已经有文件。请为记录选择一个新的或空的文件夹。
command-not-found = 这台电脑上没有 { $program }。
command-timed-out = { $program } 在 { $seconds } 秒内没有响应。
command-failed = 无法启动 { $program }：{ $reason }
parse-security-center-json = 安全中心的回答不是有效的 JSON（{ $detail }）。
parse-security-center-not-list = 安全中心的回答不是产品列表。
parse-security-center-no-name = 安全中心列出的某个产品没有名称。
parse-security-center-no-state = { $name } 没有有效的 productState。
parse-clamav-missing = 缺少 ClamAV 病毒库的文件头
parse-clamav-no-build-time = ClamAV 病毒库的文件头中没有生成时间
parse-clamav-bad-build-time = ClamAV 病毒库文件头中的生成时间无法读取
parse-clamav-no-version = ClamAV 病毒库的文件头中没有版本
parse-clamav-no-count = ClamAV 病毒库的文件头中没有病毒特征数量
parse-plist-unreadable = 该应用的 Info.plist 无法读取（{ $detail }）
parse-plist-not-dictionary = 该应用的 Info.plist 不是字典
parse-certificates-json = 证书列表不是有效的 JSON（{ $detail }）
parse-certificates-not-list = 证书列表不是一个列表
parse-extensions-json = 浏览器的附加组件列表不是有效的 JSON（{ $detail }）

## The result in plain words

summary-kaspersky-running = { $name } 已安装在这台电脑上，并且正在运行。
summary-kaspersky-running-stale-since = { $name } 正在运行，但它的病毒库上次更新是在 { $when }，因此无法防范新的威胁。
summary-kaspersky-running-stale = { $name } 正在运行，但它的病毒库已过时，因此无法防范新的威胁。
summary-kaspersky-running-never = { $name } 正在运行，但它从未完成过病毒库更新，因此无法防范新的威胁。
summary-kaspersky-running-next = Kaspersky 不得向身在美国的人发送更新。清单会帮助您选择替代软件，并按安全的顺序更换，不会让这台电脑失去保护。
summary-kaspersky-running-current-next = Kaspersky 不得向身在美国的人提供更新，因此它目前仍在收到的更新随时可能停止。清单会帮助您选择替代软件，并按安全的顺序更换。
summary-kaspersky-running-unknown-next = 如果您身在美国，或者是美国公民或美国永久居民，Kaspersky 不得为您提供更新；其他情况下，Kaspersky 表示其产品会继续获得更新。您属于哪种情况，决定了您的计划。
summary-kaspersky-running-not-covered-next = 美国的禁令不涉及您，而且 Kaspersky 表示其产品在美国以外会继续获得更新。是否更换由您决定；如果您决定更换，清单会告诉您怎么做。
summary-kaspersky-update-next = 请打开 { $name } 并更新它。如果它已无法更新，请选择其他防病毒软件：“选择”步骤可以帮您。
summary-definitions-recent = 它的病毒库上次更新是在 { $when }。
summary-kaspersky-not-running = { $name } 已安装在这台电脑上，但没有在运行。
summary-kaspersky-present = 这台电脑上有 { $name }。
summary-kaspersky-several = 这台电脑上有以下 Kaspersky 程序：{ $names }。
summary-nothing-protects = 目前没有任何软件在保护这台电脑。
summary-kaspersky-unprotected-next = 清单会按安全的顺序带您完成：删除 Kaspersky，重新启动电脑，然后开启您选择的保护并更新它。
summary-kaspersky-unprotected-not-covered-next = 请重新开启 { $name } 并更新它，或者选择其他防病毒软件：清单会告诉您怎么做。
summary-replacement = 这台电脑上有 { $name }。2024年9月，它被安装到许多美国客户的电脑上，取代了 Kaspersky，当时并没有另外征求他们的同意。
summary-replacement-next = 您可以继续使用它，也可以换用其他软件：“选择”步骤对两种做法都有说明。如果要删除它，请使用它自带的卸载程序。
summary-protected = 没有发现 Kaspersky 程序。{ $name } 正在保护这台电脑。
summary-protected-next = 禁令对您其他设备的影响，请看“期限”步骤；其余的事情，清单都会照顾到。
summary-idle = 没有发现 Kaspersky 程序。{ $name } 已安装，但目前似乎没有在保护这台电脑。
summary-idle-next-linux = 如果您依靠 { $name }，请确保它在运行，并让它的病毒库保持最新。“选择”步骤中有更多说明。
summary-idle-next = 请开启 { $name }，或者{ $turn_on }
summary-none-linux = 在这台电脑上没有发现 Kaspersky 程序，也没有发现防病毒软件。
summary-none-linux-next = 许多家用 Linux 电脑不装防病毒软件。如果您想装一个，ClamAV 是免费的；“选择”步骤中有更多说明。
summary-none = 在这台电脑上没有发现正在工作的防病毒软件。
summary-no-definitions = { $name } 还没有病毒库，因此无法识别威胁。
summary-incomplete = 有些检查无法运行，因此这个结果可能不完整。详细信息见下方。
summary-definitions-old = 它的病毒库已过时：上次更新是在 { $when }。
summary-definitions-out-of-date = 它的病毒库已过时。
summary-definitions-missing = 它没有病毒库。
summary-turn-on-defender = 打开 Windows 安全中心，开启 Microsoft Defender Antivirus：它内置于 Windows，而且免费。
summary-update-macos = 让 macOS 保持最新：它内置的保护 XProtect 会随系统一起更新。
summary-install-antivirus = 安装一款您信任的防病毒软件；“选择”步骤可以帮您。

## This computer's Kaspersky updates, beside the ban's dates

machine-kaspersky-updated = 这台电脑上的 { $name } 上次更新病毒库是在 { $when }。
machine-kaspersky-may-stop = Kaspersky 不得向身在美国的人提供更新，因此这些更新随时可能停止。
machine-kaspersky-may-stop-unknown = 如果美国的禁令适用于您，这些更新随时可能停止。
machine-kaspersky-out-of-date = 病毒库已过时。
signature-words-never-updated = 从未更新
evidence-uninstaller = { $path }：它的卸载程序
summary-kaspersky-expired = 这台电脑上有 { $name }，但它的许可证已到期：它已不再保护这台电脑。
summary-stale = { $name } 已开启，但它的病毒库已过时，因此无法防范新的威胁。
summary-protects = { $name } 正在保护这台电脑。
summary-kaspersky-remove-next = 清单会告诉您如何安全地删除 Kaspersky 程序。
summary-kaspersky-remove-not-covered-next = 如果您不再使用 Kaspersky，清单会告诉您如何删除它。
summary-stale-since = { $name } 已开启，但它的病毒库上次更新是在 { $when }，因此无法防范新的威胁。
summary-not-protecting = { $name } { $state }，因此没有在保护这台电脑。
summary-stale-next = 请更新 { $name } 的病毒库（清单会告诉您怎么做），或者选择其他防病毒软件。
summary-unknown = AV Switch 无法判断是否有防病毒软件在保护这台电脑。
summary-unknown-detail = 无法检查是否有其他防病毒软件在保护这台电脑：请看下方无法运行的检查。
summary-unknown-next-windows = 请打开 Windows 安全中心，查看“病毒和威胁防护”：那里会显示哪个防病毒软件已开启。然后再检查一次。
summary-unknown-next-mac = macOS 用 XProtect 保护自己，XProtect 会随系统更新一起更新：请在“系统设置 > 通用 > 软件更新”中安装所有等待安装的更新，然后再检查一次。
summary-unknown-next-linux = 请再检查一次；如果某个部分仍无法检查，原因会显示在它下方。
summary-idle-expired = 没有发现 Kaspersky 程序。{ $name } 已安装，但它的许可证或订阅已到期。
summary-definitions-never = 它从未完成过病毒库更新。
summary-definitions-unknown = 检查无法得知它的病毒库上次更新是在什么时候。
summary-kaspersky-password = { $name } 受密码保护：卸载它时会要求输入该密码。如果没有人知道这个密码，清单会告诉您怎么办。
summary-defender-policy = 这台电脑上的某项设置可能使 { $name } 一直处于关闭状态：这时 Windows 安全中心会显示某些设置由组织管理。清单会告诉您怎么办。
summary-managed = { $name } 由雇主或其 IT 部门管理：它是面向机构的版本，或者只有管理员才能删除它。
summary-managed-next = 在删除任何东西之前，请先询问管理这台电脑的人（您的雇主或其 IT 部门）：他们可能会自己替换它。清单介绍了禁令，以及您可以询问的事项。
summary-left-behind = 一些已不再安装的程序仍有部分内容残留在电脑上（列在“残留项”下）。清单会告诉您如何清除它们。
evidence-xprotect-old-copy = 来自旧副本（{ $path }）的 XProtect 版本 { $version }：从 macOS 15.2 起，这个副本不再更新，因此正在使用的 XProtect 可能比这个版本新
recording-detail-version = 它是“{ $format }”第 { $version } 版，而这个 AV Switch 只能读取“{ $expected }”第 1 至 { $latest } 版
recording-detail-outside = “{ $name }”位于记录的文件夹之外
recording-detail-either = “{ $entry }”必须有 { $one } 和 { $other } 中的一个，且只能有一个
recording-detail-command-error = “{ $kind }”不是 AV Switch 认识的命令错误
