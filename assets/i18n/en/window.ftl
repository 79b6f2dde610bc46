# The window: steps, buttons, questions and messages.

## The wizard

step-welcome = Welcome
    .title = Welcome to AV Switch
step-check = Check
    .title = Check this computer
step-deadlines = Deadlines
    .title = The deadlines, and where today stands
step-choose = Choose
    .title = Choose a replacement
step-checklist = Checklist
    .title = Your checklist
step-export = Export
    .title = Save, print or share your plan
wizard-step-count = Step { $number } of { $total }
# The compact step row's menu, when the steps do not fit on one line.
wizard-steps-menu = Step { $number } of { $total }: { $name }
# What a screen reader says for that menu; $steps is its label.
wizard-steps-menu-name = Steps: { $steps }
# The window's name for screen readers; $page is the current page's title.
window-name = AV Switch - { $page }
# Regions a screen reader lists and jumps between.
region-steps = Steps
region-actions = Back and next
region-notice = Message
region-page-scroll = Scroll the page: { $page }
region-notice-scroll = Scroll the message
# What a screen reader says for a step in the row at the top.
wizard-step-label = Step { $number }: { $name }, { $state ->
        [current] current step
        [visited] visited
       *[unvisited] not visited yet
    }
wizard-step-here = You are here
wizard-step-go-back = Go back to this step
wizard-step-later = Reach this step with Next
wizard-back = Back
wizard-next = Next
wizard-next-hint = Go to { $step }
wizard-dismiss = Dismiss
start-over-title = Start over?
start-over-body = This clears your answers, your choice and every tick, and goes back to the beginning. It cannot be undone.
start-over-confirm = Yes, start over
start-over-cancel = Keep my progress

## Display and language menus

display-menu = Display
display-colours = Colours
display-follow-system = Follow the system
display-light = Light
display-dark = Dark
display-text-size = Text size: { $percent }%
display-text-size-largest = Text size: { $percent }%, the largest
display-text-size-smallest = Text size: { $percent }%, the smallest
display-smaller = Smaller text
display-normal = Normal size
display-larger = Larger text
display-shortcuts = Ctrl + and Ctrl - work too.
# What a screen reader says for the language menu.
language-menu = Language: { $language }
language-follow-system = Follow the system ({ $language })

## Messages

notice-no-store = Your progress will not be saved: { $error }.
# The window was set to Chinese, but no font for Chinese letters was found on
# this computer, so it is shown in English (or in the language chosen after).
# $chinese is the same notice in Chinese, shown below it.
notice-no-chinese-font = No font for Chinese letters was found on this computer, so AV Switch cannot be shown in Chinese. To read it in Chinese, install one (on Debian or Ubuntu: sudo apt install fonts-noto-cjk), then open AV Switch again.

    { $chinese }
notice-replaying = This window shows the computer recorded in { $folder }: its plan comes from that recording alone, and your own saved progress is neither read nor changed.
notice-save-failed = { $error } AV Switch keeps working; your choices are kept until you close it.
notice-open-missing = { $target } could not be opened: it is no longer there.
notice-open-no-program = { $target } could not be opened: no program to open it was found on this computer. It is still there: you can open it yourself from your files.
notice-open-link-failed = The web page could not be opened: no web browser was found. You can copy its address into a browser yourself: { $address }
notice-open-page-failed = { $page } could not be opened: { $reason }
notice-page-windows-only = it is a page of Windows, and this computer does not run Windows.
notice-page-mac-only = it is a page of macOS, and this computer does not run macOS.
notice-page-no-program-windows = the system did not open it. You can open it from the Start menu: type its name.
notice-page-no-program-mac = the system did not open it. You can open it from System Settings.
page-installed-apps = Installed apps
page-windows-security = Windows Security
page-software-update = Software Update
notice-copy-address = Copy address
notice-details = Details
store-no-data-dir = no folder for your data was found on this computer
store-folder-read-only = Your progress can't be saved in { $folder } (the folder is read-only).
store-write-failed = Your progress can't be saved in { $folder }.
store-saving-off = Your progress is not being saved, so that the file that could not be read is not replaced.
store-unopenable = Your saved progress in { $path } could not be opened. AV Switch started afresh and will not change that file.
store-set-aside = { $problem } AV Switch started afresh and kept the old file at { $aside }.
store-set-aside-failed = { $problem } It could not be moved aside, so AV Switch started afresh and will not save your progress, leaving that file as it is: { $path }.
store-left-as-is = { $problem } It was left as it is, in { $path }, and this export starts from nothing saved.
store-problem-damaged = Your saved progress could not be read: the file is damaged.
store-problem-no-version = Your saved progress could not be read: the file is not one AV Switch made.
store-left-out = { $count ->
        [one] One saved value (a tick or an answer) could not be read and was left out; everything else was kept.
       *[other] { $count } saved values (ticks or answers) could not be read and were left out; everything else was kept.
    }
store-left-out-kept = { $count ->
        [one] One saved value (a tick or an answer) could not be read and was left out; everything else was kept. You may want to tick or answer it again.
       *[other] { $count } saved values (ticks or answers) could not be read and were left out; everything else was kept. You may want to tick or answer them again.
    } The file as it was is kept at { $kept }.
store-newer-kept = Your saved progress in { $newer } was made by a newer version of AV Switch. It is left as it is, for that version; this one keeps its own progress in { $own }.
store-two-notices = { $first } { $second }
cli-window-failed = AV Switch's window could not be opened.
cli-output-failed = the output could not be written: { $detail }
cli-recorded = what the check read is saved in { $path }. Look through it before you share it: it can show your user name, your folders and the programs you have.
cli-about = Switch away from Kaspersky anti-virus, calmly and safely.
cli-usage = Usage
cli-commands = Commands
cli-options = Options
cli-help = Print help
cli-version = Print version
cli-check = Check which security programs this computer has, and print a report. Whether the U.S. ban covers you depends on where you live and on your citizenship: answer with --region and --us-person.
cli-check-json = Print a JSON document instead of text.
cli-check-quiet = Print nothing: only the exit status says what was found (see the documentation).
cli-export = Export your checklist, with your saved progress.
cli-export-format = The file format: md, txt, html, json or ics.
cli-export-out = Write to this file instead of standard output (- is standard output too).
cli-export-no-scan = Use only saved progress: do not check this computer first.
cli-region = Where you use this computer most of the time: us, elsewhere or unknown (default: the answer saved in the window, else unknown).
cli-us-person = Whether you are a U.S. citizen or permanent resident: yes or no (it matters when the region is elsewhere).
cli-bad-lang = "{ $code }" is not one of { $known }
cli-check-record = Also save what the check read in this new folder, to look at or share (see docs/command-line.md).
cli-replay = Check the computer recorded in this folder instead of this one.

## Welcome

welcome-lead = Since the U.S. ban, Kaspersky may no longer send updates to people in the United States. AV Switch helps you check this computer, understand the deadlines, and replace Kaspersky safely, one step at a time.
welcome-lead-unknown = In 2024 the United States banned Kaspersky anti-virus for people in the U.S. and for U.S. citizens and permanent residents abroad: from { $updates_day } Kaspersky may no longer update it for them. AV Switch helps you check this computer, see what the ban means for you, and replace Kaspersky safely if you want to.
welcome-lead-not-covered = By your answers, the U.S. ban on Kaspersky does not cover you. AV Switch can still check this computer, explain the ban, and help you switch anti-virus calmly if you choose to.
welcome-privacy = It works entirely on this computer: nothing is sent anywhere, you need no account, and it changes nothing on your computer unless you click a button that says so.
welcome-begin = Begin
welcome-begin-hint = Start with a check of this computer
sources-label = { $count ->
        [one] Source:
       *[other] Sources:
    }

## Check

check-lead = AV Switch looks at this computer's security settings and installed programs. It only reads: it changes nothing.
check-start = Check this computer
check-again = Check again
check-running = Checking this computer...
check-running-body = This usually takes a few seconds. You can read on or go to another step meanwhile.
check-running-hint = A check is already running
check-checked-at = Checked at { $time } ({ $seconds ->
        [0] took less than a second
        [1] took 1 second
       *[other] took { $seconds } seconds
    })
check-found = What was found
check-failures = Checks that could not run
check-failures-body = What the other checks found is above.
check-left-behind = Left behind
check-left-behind-body = These parts of a program that is no longer here were still found. They do no good any more; the checklist says how to remove each.
check-left-behind-clean = Nothing that Kaspersky or UltraAV leave behind was found.
# "Anti-virus by Kaspersky"
check-kind-by = { $kind } by { $vendor }
check-with-version = { $text }, version { $version }
check-status = Status: { $state }.
check-definitions = Virus definitions: { $words }.
check-how-known = How AV Switch knows
check-questions = A few questions the check can't answer
check-question-region = Where do you use this computer most of the time?
check-question-region-why = The U.S. ban follows citizenship and permanent residence as well as place, so AV Switch asks. Your answer stays on this computer.
check-question-us-person = Are you a U.S. citizen or a U.S. permanent resident (green card holder)?
check-region-suggested = This computer's region setting is { $country }, which suggests “{ $answer }”. It is not your answer until you choose it.
check-region-confirm = Confirm: { $answer }
region-us = In the United States
region-elsewhere = In another country
answer-prefer-not = Prefer not to say
check-question-devices = Which of your other devices have Kaspersky?
check-question-apps = Which Kaspersky apps do you use?
check-question-apps-hint = Ticked already if the check found them on this computer.
check-question-renewal = Does your Kaspersky subscription renew by itself and charge you every year?
device-android = An Android phone or tablet
device-iphone = An iPhone or iPad
device-mac = A Mac
device-windows-pc = Another Windows PC
answer-yes = Yes
answer-no = No
answer-not-sure = Not sure

## Deadlines

deadlines-lead = The ban came in two stages. Here is what each date means for you, and where things stand today.
deadlines-meanings = What each date means
deadlines-official-time = Official time: { $time }
deadlines-local-time = On this computer's clock: { $time }
deadlines-date = Date: { $date }
deadlines-topic-legal = Is it against the law to keep using Kaspersky?
deadlines-topic-scope = What the ban covers
deadlines-topic-advice = What the U.S. government advises
deadlines-topic-after = What happened after the ban
deadlines-sources = Sources
deadlines-sources-body = Every statement AV Switch makes about the ban comes from one of these. The links open in your web browser.
timeline-today = Today, { $date }
timeline-milestone = { $title }, { $date } ({ $state ->
        [past] past
       *[future] to come
    })
timeline-label = Time line: { $parts }

## Choose

choose-lead = Any well-known anti-virus that is kept up to date protects far better than one that no longer gets updates. Here are your options; AV Switch recommends no brand and earns nothing from your choice.
choose-question = What will protect this computer from now on?
choose-built-in = Already on your computer
choose-built-in-packages = Free, from your system's packages
choose-built-in-windows = Use { $name } (built into Windows, free)
    .explained = Nothing to buy or download: it turns itself on once no other anti-virus is active, and Windows Update keeps it current.
    .explained-stale = Nothing to buy or download. On this computer its virus definitions are out of date: the checklist shows how to update them.
choose-built-in-mac = Use { $name } (built into macOS, free)
    .explained = Nothing to buy or download: it is part of macOS and is updated with it. Many Mac owners use nothing else.
choose-built-in-linux = Use { $name } (free, from your system's packages)
    .explained = Many Linux home computers run without anti-virus. ClamAV is the common free choice if you want one.
choose-ultraav = UltraAV, which replaced Kaspersky
choose-ultraav-body = UltraAV was installed on many U.S. Windows computers in place of Kaspersky, without a separate step asking first, and Kaspersky subscriptions moved to it with the same billing. Some people found it could only be removed with its own uninstaller.
choose-ultraav-keep-or-switch = You can keep it if you are happy with it, or switch to something you chose yourself.
choose-keep-ultraav = Keep UltraAV
choose-products = Another product
choose-products-body = In alphabetical order. Download any of them only from the maker's own website.
choose-products-linux = Most commercial home anti-virus products are made for Windows and macOS only. These are also made for Linux:
choose-other = Another product:
choose-other-hint = its name
choose-other-name = The other product's name
choose-other-kaspersky = { $name } is made by Kaspersky, so it does not replace Kaspersky: type a product of another maker, or choose one above.
choose-guide = How to choose
choose-guide-labs = Look at independent test results
choose-guide-labs-body = Rather than take a seller's word, compare products in the regular tests published by independent labs. Their results are linked below.
choose-guide-devices = Count the devices it must cover
choose-guide-devices-none = You named no other device with Kaspersky, so protection for this computer is enough. You can add devices in the Check step.
choose-guide-devices-some = This computer, plus: { $devices }. Many paid products cover several devices with one subscription; built-in protection covers only its own device.
choose-guide-companions = Replace Kaspersky's other apps too

choose-guide-one-at-a-time = Never run two anti-virus programs at once
choose-guide-one-at-a-time-body = Two programs that both watch every file slow the computer down and can block each other. So the checklist keeps one order: download what you need while the old protection still runs, remove the old one, restart, then install or turn on the new one and update it.

## Checklist

checklist-lead = Your steps for switching safely, in order, made for what the check found and what you told AV Switch. Tick them off as you go: it is fine to spread them over a few days. Your ticks are saved.
progress-done = { $done } of { $total } done
checklist-all-done = All done.
checklist-all-done-body = Every step on your list is ticked. If you have not yet, check this computer once more to confirm it is protected.
checklist-how = How to do it
checklist-start-over = Start over
checklist-start-over-hint = Clear all answers and ticks (asks first)
checklist-finish-by = Finish by { $day } ({ $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    })
checklist-finish-by-past = Finish by { $day } ({ $days ->
        [1] yesterday
       *[other] { $days } days ago
    })
checklist-pick-day = Pick a day to finish by
checklist-in-days = { $days ->
        [7] In a week
        [14] In two weeks
       *[other] In { $days } days
    }
checklist-no-date = No date

## Export

export-lead = Keep your plan where you will see it: print it and keep it by the computer, add a reminder to your calendar, or send it to someone who helps you.
export-choose-format = Choose a format
format-markdown = Markdown
    .purpose = For notes apps and sharing online; ticks show as checkboxes.
format-text = Plain text
    .purpose = Opens anywhere, even in the most basic editor; prints well too.
format-html = Web page for printing
    .purpose = Best for printing: large type and empty boxes to tick by hand.
format-json = JSON data
    .purpose = For other programs, or someone helping you with their own tools.
format-calendar = Calendar reminder
    .purpose = Adds a reminder to your calendar for the day you want to finish.
export-save = Save...
export-saving = Saving...
export-save-hint = Choose where to save the file
export-copy = Copy as text
export-copy-hint = Put the plan on the clipboard, to paste into an e-mail
export-print = Print
export-print-hint = Open the printable page in your web browser
export-waiting = Waiting for you to pick a place in the save window...
export-open = Open
export-show-in-folder = Show in folder
export-copied = Copied as plain text. You can paste it into an e-mail or a document.
export-printing = The printable page opened in your web browser. Use its Print command (Ctrl+P, or Cmd+P on a Mac).
export-not-saved = Not saved.
export-no-dialog = No save window could be shown on this computer, so AV Switch chose this place for the file.
export-read-only = { $path } is read-only, so it was not replaced.
export-replace = Replace it anyway
export-keep = Keep it
export-not-a-file = { $path } is a folder or a device, not a file, so nothing was written there. Choose a file name.
export-write-failed = { $path } could not be written. Nothing there was changed. Try another folder, such as Documents.
export-dialog-crashed = The save window stopped unexpectedly. Nothing was saved.
export-print-no-program = The printable page was saved at { $path }, but no program to open it was found. Open it in your web browser to print it.
export-print-write-failed = The printable page could not be written.
export-dialog-title = Save your AV Switch plan
checklist-copied = Copied. Paste it into a terminal and run it there.
checklist-just-confirmed = Checked again: the check now confirms { $items }.
uninstall-question-title = Start the uninstaller?
uninstall-question-body = The check saw no other anti-virus on and up to date, so this computer will have no active anti-virus from the moment Kaspersky is removed until new protection is on. The Choose step helps you pick it first.
uninstall-question-body-defender = The check saw no other anti-virus on and up to date, so this computer will have no active anti-virus until Microsoft Defender Antivirus is on. Windows should turn it on by itself once Kaspersky is gone; the checklist then confirms it.
uninstall-question-body-chosen = The check saw no other anti-virus on and up to date, so this computer will have no active anti-virus from the moment Kaspersky is removed until { $name } is on. Have its installer ready first.
uninstall-question-confirm = Start the uninstaller
uninstall-question-cancel = Not now
notice-uninstaller-failed = The uninstaller could not be started. Open Settings > Apps > Installed apps and uninstall the program there instead.
choose-guide-companions-covered = You use { $apps }. The U.S. ban covers them as well, and the checklist includes replacing them. Some security suites include a password manager or VPN.
choose-guide-companions-unknown = You use { $apps }. If the U.S. ban covers you, it covers them as well, and the checklist includes replacing them. Some security suites include a password manager or VPN.
choose-guide-companions-chosen = You use { $apps }. If you switch away from Kaspersky, replace them too: once you choose a replacement, the checklist includes them. Some security suites include a password manager or VPN.

## Printing privately, and writing off the window's thread

export-writing = Writing the file...
export-write-crashed = Writing { $path } stopped unexpectedly, so it was not replaced.
notice-print-clean-failed = Printable pages from an earlier session could not be removed from { $folder }. They hold your answers: you can delete them yourself.

## Words once put together in code

# A source whose exact article address is not known; $name is its title or publisher.
source-named-not-linked = { $name } (article not linked)
# The number before a source in the Deadlines step's list.
deadlines-source-number = { $number }.
# Below a source's title: who published it, and when.
deadlines-source-about = { $publisher }, { $date }
# Under Details, for a progress file from a newer AV Switch.
store-detail-format = progress format { $found }; this version of AV Switch reads format { $read }

## What screen readers hear

# Said once when a file is saved; $path is where.
export-saved-at = Saved as { $path }.
# What screen readers hear for "How AV Switch knows" on a card; $name is the card's product or what was left behind.
check-how-known-name = How AV Switch knows: { $name }
# What screen readers hear for "How to do it" on a checklist card; $item is the card's title.
checklist-how-name = How to do it: { $item }
# What screen readers hear for a card's button; $link is the button's words, $item the card's title.
checklist-link-name = { $link }: { $item }
# What a card's button opens, said instead of its address; $site is a web site's name, such as support.kaspersky.com.
checklist-link-web = Opens a page of { $site } in your web browser.
checklist-link-step = Opens that step of AV Switch.
checklist-link-system = Opens that page of your computer's settings. Nothing changes until you change it yourself.

## The command line, in plain words

# $codes is the languages' codes, joined as a list: "en, id or es".
cli-lang = Language of the window, the report or the file: { $codes } (default: the one chosen in the window, else the system's).
cli-window = Run avswitch alone, with no command, to open the window.
# The parts of a command line as the help writes them: avswitch [OPTIONS] [COMMAND].
cli-placeholder-options = OPTIONS
cli-placeholder-command = COMMAND
# What each option's value is called in the help: --format <FORMAT>.
cli-value-language = LANGUAGE
cli-value-folder = FOLDER
cli-value-format = FORMAT
cli-value-file = FILE
cli-value-region = REGION
cli-value-answer = ANSWER
# A mistake on the command line. $command is "avswitch" or "avswitch check"; $argument what was typed.
cli-error-unknown-argument = "{ $argument }" is not an option of { $command }.
cli-error-did-you-mean = Did you mean { $suggestion }?
cli-error-unknown-command = "{ $command }" is not a command. The commands are check and export; avswitch alone opens the window.
cli-error-invalid-value = "{ $value }" is not possible for { $argument }: use { $values }.
# $arguments names what is missing, $count how many.
cli-error-missing = { $arguments } must be given.
cli-error-conflict = { $first } and { $second } cannot be used together.
cli-error-value-form = { $argument } was not given the way it is written: see the help.
cli-error-other = The command line could not be understood.
# $help is the command that shows the help, such as "avswitch check --help".
cli-error-help = To read more, run: { $help }
# "A, B or C": $first is already joined with list-separator.
list-or = { $first } or { $last }
cli-folder-missing = The folder { $path } does not exist.
cli-no-display = AV Switch's window needs a desktop, and none was found here. In a terminal, "avswitch check" checks this computer and "avswitch export --format txt" writes your checklist; "avswitch --help" says more.
cli-no-window = This build of AV Switch has no window: it was built for the command line alone. Run avswitch check, or avswitch export --format html --out plan.html.
cli-record-replaying = AVSWITCH_REPLAY names a recorded computer, so this one cannot be recorded at the same time. Unset AVSWITCH_REPLAY to record this computer.
checklist-link-file = Opens it on this computer, as double-clicking it would.
checklist-uninstall-hint = Starts this program's own uninstaller, the same one Installed apps starts. AV Switch removes nothing itself.
checklist-copy-hint = Puts the command above on the clipboard, for you to paste into a terminal. AV Switch does not run it.
