# Checking this computer: what was found, how AV Switch knows, and what a
# check could not do.

## Kinds of programs and their states

kind-antivirus = Anti-virus
kind-password-manager = Password manager
kind-vpn = VPN
kind-parental-control = Parental control
kind-endpoint-agent = Company management agent
check-leftover-certificate = Kaspersky's trusted root certificate
check-leftover-extension = The Kaspersky Protection browser extension
check-leftover-service = Services and drivers
check-leftover-registry = Settings in the registry
check-leftover-folder = Folders
check-leftover-registration = A removed anti-virus that Windows still lists
state-on = On
state-off = Off
state-snoozed = Snoozed
state-expired = Expired
state-installed = Installed
# "A, B and C": $first is already joined with list-separator.
list-and = { $first } and { $last }
# Between the names of a list but the last two: ", " (in quotes, to keep the space).
list-separator = { ", " }
# A system other than Windows, macOS and Linux.
os-other = this system

## The checks, as the person sees them

probe-all = All checks
probe-security-center = Windows Security Center
probe-defender = Microsoft Defender Antivirus
probe-installed-programs = Installed programs
probe-kaspersky-update = Kaspersky's last update
probe-kaspersky-settings = Kaspersky settings
probe-running-programs = Running programs
probe-applications = Applications
probe-background-services = Background services
probe-xprotect = XProtect
probe-packages = Installed packages
probe-program-folders = Program folders
probe-services = Services
probe-clamav-database = ClamAV database
probe-kesl-state = Kaspersky Endpoint Security's own report
probe-certificates = Trusted certificates
probe-browser-extensions = Browser extensions
probe-windows-services = Services and drivers
probe-leftover-settings = Settings and folders

## What a check saw

evidence-security-center = Reported as { $state }, virus definitions { $definitions }, last report { $reported }, program { $program }
evidence-registration-left-behind = Security Center still lists { $name }, but none of its programs, services or uninstall entries is on this computer
# Beside a Security Center entry that the order of evidence set aside.
evidence-outranked = another Security Center entry for the same product decides its state
signature-words-up-to-date = up to date
signature-words-out-of-date = out of date
signature-words-missing = missing
signature-words-unknown = not reported
value-not-known = (not known)
evidence-defender = { $source ->
        [registry] From its settings in the registry:
       *[report] By its own report:
    } anti-virus on: { $antivirus ->
        [yes] yes
        [no] no
       *[unknown] not known
    }; real-time protection on: { $realtime ->
        [yes] yes
        [no] no
       *[unknown] not known
    }; running mode: { $mode }; virus definitions { $version }, updated { $updated }
# How Microsoft Defender runs (its AMRunningMode), in the evidence line above.
defender-mode-normal = normal
defender-mode-passive = passive
defender-mode-sxs-passive = passive (side by side)
defender-mode-edr-block = EDR block
defender-mode-not-running = not running
evidence-installed-program = Listed in installed programs as "{ $name }"
evidence-installed-program-by = Listed in installed programs as "{ $name }" by { $publisher }
evidence-kaspersky-update = Last successful update recorded: { $at }
evidence-kaspersky-never-updated = Kaspersky's settings say it has never completed an update of its virus definitions
evidence-kaspersky-password = Its password protection is on ({ $value } in { $key }): uninstalling it asks for that password
evidence-defender-policy = A policy setting that turns it off is set ({ $values } under { $key })
evidence-running = { $program } is running
evidence-package = Package { $name } { $version } ({ $manager })
evidence-folder = { $path } exists
evidence-service = { $unit } is { $running ->
        [yes] running
       *[no] not running
    }
evidence-clamav-missing = No virus definitions found in { $folder }
evidence-clamav = { $path }: version { $version }, { $count } signatures, built { $built }
evidence-bundle = { $path }
evidence-launch-daemon = { $path } starts it when the Mac starts
evidence-xprotect = XProtect version { $version } ({ $path })
evidence-kesl = Virus databases released { $released }; loaded: { $loaded ->
        [yes] yes
        [no] no
       *[unknown] not reported
    }
evidence-launch-agent = { $path } starts it when someone logs in
evidence-leftover-extension = Kaspersky Protection in { $browser }, profile "{ $profile }": { $path }
evidence-leftover-certificate = { $subject }, in the { $store } store, thumbprint { $thumbprint }, valid until { $until }
evidence-leftover-keychain = { $name }, in { $keychain } (SHA-1 { $sha1 })
evidence-firefox-system-roots = Firefox is set to trust the certificates Windows or macOS trusts, Kaspersky's included ({ $path })
evidence-leftover-service = { $driver ->
        [yes] Driver
       *[no] Service
    } { $name }{ $named ->
        [yes] {" "}("{ $shown }")
       *[no] {""}
    } starts { $file } { $gone ->
        [yes] (that file is gone: it is an orphan)
       *[no] (that file is still there)
    }
evidence-leftover-key = Registry key { $key }

## Why a check could not run

failure-stopped-unexpectedly = This check stopped unexpectedly.
failure-unsupported-system = AV Switch cannot check this system yet; only Windows, macOS and Linux are supported.
failure-no-security-center = Windows Security Center is not available on this computer: some editions of Windows, such as Windows Server, do not have it. The other checks still ran.
failure-unavailable = Not available on this computer, so this could not be checked. The other checks still ran.
failure-denied = AV Switch was not allowed to look, so this could not be checked. The other checks still ran.
failure-no-answer = Windows did not answer, so this could not be checked. The other checks still ran.
failure-running-programs-silent = Windows listed no running programs at all, so they could not be checked. The other checks still ran.
failure-skipped = { $count ->
    [one] One entry in Windows' list could not be read, so it is not shown here. The rest of the list was checked, and so were the other checks.
   *[other] { $count } entries in Windows' list could not be read, so they are not shown here. The rest of the list was checked, and so were the other checks.
}
failure-unreadable = { $path } could not be read: { $detail }
failure-damaged = { $path } is damaged: { $detail }
failure-kesl-permission = kesl-control did not report the state of Kaspersky Endpoint Security ("{ $detail }"). Reading it needs administrator rights (sudo) or membership of the keslaudit group; the other checks still ran.
failure-scan-crashed = The check stopped unexpectedly. Nothing on this computer was changed; try Check again.
recording-unreadable = { $path } could not be read or written: { $detail }
recording-damaged = { $path } is not a recording AV Switch can read: { $detail }
recording-none-here = { $path } holds no recorded computer: a recording is a folder made by avswitch check --record, with an index.json file in it.
recording-folder-not-empty = { $path } already has files in it. Choose a new or empty folder for the recording.
command-not-found = { $program } is not on this computer.
command-timed-out = { $program } did not answer within { $seconds } seconds.
command-failed = { $program } could not be started: { $reason }
parse-security-center-json = Security Center's answer is not valid JSON ({ $detail }).
parse-security-center-not-list = Security Center's answer is not a list of products.
parse-security-center-no-name = A Security Center product has no name.
parse-security-center-no-state = { $name } has no valid productState.
parse-clamav-missing = the ClamAV database header is missing
parse-clamav-no-build-time = the ClamAV database header has no build time
parse-clamav-bad-build-time = the ClamAV database header has an unreadable build time
parse-clamav-no-version = the ClamAV database header has no version
parse-clamav-no-count = the ClamAV database header has no signature count
parse-plist-unreadable = the application's Info.plist is unreadable ({ $detail })
parse-plist-not-dictionary = the application's Info.plist is not a dictionary
parse-certificates-json = the list of certificates is not valid JSON ({ $detail })
parse-certificates-not-list = the list of certificates is not a list
parse-extensions-json = the browser's list of add-ons is not valid JSON ({ $detail })

## The result in plain words

summary-kaspersky-running = { $name } is installed and running on this computer.
summary-kaspersky-running-stale-since = { $name } is running, but its virus definitions were last updated { $when }, so it cannot protect against new threats.
summary-kaspersky-running-stale = { $name } is running, but its virus definitions are out of date, so it cannot protect against new threats.
summary-kaspersky-running-never = { $name } is running, but it has never completed an update of its virus definitions, so it cannot protect against new threats.
summary-kaspersky-running-next = Kaspersky may not send updates to people in the United States. The checklist helps you choose a replacement and switch in a safe order, without leaving this computer unprotected.
summary-kaspersky-running-current-next = Kaspersky may not supply updates to people in the United States, so the updates it still gets can stop at any time. The checklist helps you choose a replacement and switch in a safe order.
summary-kaspersky-running-unknown-next = If you are in the United States, or a U.S. citizen or permanent resident, Kaspersky may not supply your updates; otherwise, Kaspersky says its products keep getting updates. Which one applies to you decides your plan.
summary-kaspersky-running-not-covered-next = The U.S. ban does not cover you, and Kaspersky says its products keep getting updates outside the United States. Switching is your choice; the checklist shows how if you decide to.
summary-kaspersky-update-next = Open { $name } and update it. If it no longer updates, choose another anti-virus: the Choose step helps.
summary-definitions-recent = Its virus definitions were last updated { $when }.
summary-kaspersky-not-running = { $name } is installed on this computer, but it is not running.
summary-kaspersky-present = { $name } is on this computer.
summary-kaspersky-several = These Kaspersky programs are on this computer: { $names }.
summary-nothing-protects = Nothing is protecting this computer right now.
summary-kaspersky-unprotected-next = The checklist takes you through it in a safe order: remove Kaspersky, restart, then turn on the protection you choose and update it.
summary-kaspersky-unprotected-not-covered-next = Turn { $name } back on and update it, or choose another anti-virus: the checklist shows how.
summary-replacement = { $name } is on this computer. It was installed in place of Kaspersky for many U.S. customers in September 2024, without a separate step asking them.
summary-replacement-next = You can keep it or switch to something else: the Choose step explains both. If you remove it, use its own uninstaller.
summary-protected = No Kaspersky program was found. { $name } is protecting this computer.
summary-protected-next = What the ban means for your other devices is under the deadlines; the checklist takes care of the rest.
summary-idle = No Kaspersky program was found. { $name } is installed, but it does not seem to be protecting this computer right now.
summary-idle-next-linux = If you rely on { $name }, make sure it runs and keeps its virus definitions up to date. The Choose step has more.
summary-idle-next = Turn { $name } on, or { $turn_on }
summary-none-linux = No Kaspersky program and no anti-virus were found on this computer.
summary-none-linux-next = Many Linux home computers run without anti-virus. If you want one, ClamAV is free; the Choose step has more.
summary-none = No active anti-virus was found on this computer.
summary-no-definitions = { $name } has no virus definitions yet, so it cannot recognize threats.
summary-incomplete = Some checks could not run, so this result may be incomplete. The details are below.
summary-definitions-old = Its virus definitions are out of date: the last update was { $when }.
summary-definitions-out-of-date = Its virus definitions are out of date.
summary-definitions-missing = It has no virus definitions.
summary-turn-on-defender = Open Windows Security and turn on Microsoft Defender Antivirus: it is built into Windows and free.
summary-update-macos = Keep macOS up to date: its built-in protection, XProtect, is updated with it.
summary-install-antivirus = Install an anti-virus you trust; the Choose step helps.

## This computer's Kaspersky updates, beside the ban's dates

machine-kaspersky-updated = This computer's { $name } last updated its virus definitions { $when }.
machine-kaspersky-may-stop = Kaspersky may not supply updates to people in the United States, so these updates can stop at any time.
machine-kaspersky-may-stop-unknown = If the U.S. ban covers you, these updates can stop at any time.
machine-kaspersky-out-of-date = They are out of date.
signature-words-never-updated = never updated
evidence-uninstaller = { $path }: its uninstaller
summary-kaspersky-expired = { $name } is on this computer, but its licence has ended: it no longer protects this computer.
summary-stale = { $name } is on, but its virus definitions are out of date, so it cannot protect against new threats.
summary-protects = { $name } is protecting this computer.
summary-kaspersky-remove-next = The checklist shows how to remove the Kaspersky programs safely.
summary-kaspersky-remove-not-covered-next = If you no longer use Kaspersky, the checklist shows how to remove it.
summary-stale-since = { $name } is on, but its virus definitions were last updated { $when }, so it cannot protect against new threats.
summary-not-protecting = { $name } is { $state }, so it is not protecting this computer.
summary-stale-next = Update the virus definitions of { $name } (the checklist shows how), or choose another anti-virus.
summary-unknown = AV Switch could not tell whether an anti-virus is protecting this computer.
summary-unknown-detail = Whether another anti-virus protects this computer could not be checked: see the checks that could not run, below.
summary-unknown-next-windows = Open Windows Security and look at Virus & threat protection: it shows which anti-virus is on. Then check again.
summary-unknown-next-mac = macOS protects itself with XProtect, which comes with its updates: install any waiting updates in System Settings > General > Software Update, then check again.
summary-unknown-next-linux = Check again; if a part still cannot be checked, the reason is shown below it.
summary-idle-expired = No Kaspersky program was found. { $name } is installed, but its licence or subscription has ended.
summary-definitions-never = It has never completed an update of its virus definitions.
summary-definitions-unknown = The check could not tell when its virus definitions were last updated.
summary-kaspersky-password = { $name } is protected by a password: uninstalling it asks for that password. The checklist says what to do if nobody knows it.
summary-defender-policy = A setting on this computer may be keeping { $name } off: Windows Security then says some settings are managed by your organization. The checklist says what to do.
summary-managed = { $name } is managed by an employer or its IT department: it is an edition made for organisations, or only an administrator may remove it.
summary-managed-next = Ask whoever manages this computer (your employer or its IT department) before removing anything: they may be replacing it themselves. The checklist explains the ban and what to ask.
summary-left-behind = Parts of programs that are no longer installed were left behind (listed under Left behind). The checklist shows how to clear them away.
evidence-xprotect-old-copy = XProtect version { $version } from its older copy ({ $path }): since macOS 15.2 that copy is no longer updated, so the XProtect in use may be newer
recording-detail-version = it is "{ $format }" version { $version }, and this AV Switch reads "{ $expected }" versions 1 to { $latest }
recording-detail-outside = "{ $name }" is outside the recording's folder
recording-detail-either = "{ $entry }" needs exactly one of { $one } and { $other }
recording-detail-command-error = "{ $kind }" is not a command error AV Switch knows
