# The exported plan (Markdown, text, web page, JSON, calendar) and the
# report of `avswitch check`.

export-title = AV Switch: your plan for switching anti-virus
export-made-on = Made on { $when }.
# A deadline in an export: "Sales end in the U.S.: 20 July 2024 (2 years ago). What it means."
# $title, $when, $relative, $meaning.
export-milestone = { $title }: { $when } ({ $relative }). { $meaning }
export-where-things-stand = Where things stand
coverage-covered = By your answers, the U.S. ban covers you: it applies to people in the United States and to U.S. citizens and permanent residents anywhere.
coverage-not-covered = By your answers, the U.S. ban does not cover you: you use this computer outside the United States and are not a U.S. citizen or permanent resident.
coverage-unknown = { coverage-unknown-command-line } You can answer in the Check step.
# The command line: its own way to answer follows.
coverage-unknown-command-line = Whether the U.S. ban covers you is not known yet: it covers people in the United States and U.S. citizens and permanent residents anywhere.
export-this-computer = This computer
export-not-checked = This computer was not checked for this list.
export-next = Next: { $step }
export-checklist = Your checklist
export-finish-by = Finish by { $day }.
export-finish-by-suggested = No finish date picked yet; a week from today would be { $day }.
export-replacement = Replacement: { $name }.
export-replacement-none = Replacement: not chosen yet.
export-confirmed = confirmed by the check
export-sources = Sources
calendar-event = Finish switching anti-virus
calendar-reminder = Tomorrow: finish switching anti-virus
calendar-still-to-do = Still to do:

## A finding in one line

flag-affected = affected by the U.S. ban
flag-affected-if-covered = affected by the U.S. ban if it covers you
flag-made-by-kaspersky = made by Kaspersky
flag-replacement = installed in place of Kaspersky
flag-built-in = built into the system
state-words-on = on
state-words-off = off
state-words-snoozed = snoozed (paused for now)
state-words-expired = expired (its licence or subscription has ended)
state-words-installed = installed (whether it is running is not known)
finding-definitions = virus definitions: { $words }
definitions-up-to-date = up to date
definitions-out-of-date = out of date
definitions-missing = none installed
definitions-unknown = not reported
definitions-age = last updated { $when }
definitions-version = version { $version }
# A product in a report: "Kaspersky Standard (Anti-virus, affected by the U.S. ban): on."
# $tags are its kind and flags, joined with list-separator.
finding-line = { $name } ({ $tags }): { $state }.
# The same for an anti-virus, with $definitions: "virus definitions: out of date, last updated 2 years ago".
finding-line-antivirus = { $name } ({ $tags }): { $state }; { $definitions }.
# The definitions' $status ("out of date") and $age ("last updated 2 years ago").
definitions-with-age = { $status }, { $age }
# The definitions' $words with their own $version ("up to date (version 1.389.0)").
definitions-with-version = { $words } ({ $version })

## avswitch check

report-title = AV Switch: check of this computer ({ $system }), { $date }
report-source = Source: { $publisher }, "{ $title }", { $url }
report-nothing-found = No security programs were found.
report-found = Found:
report-failures = Checks that could not run:
report-left-behind = Left behind (parts of removed programs):
report-left-behind-clean = Left behind: nothing that Kaspersky or UltraAV leave behind was found.
report-version = Version: { $version }
report-seen-by = Seen by { $probe }: { $detail }
report-ban = The ban: { $status }
report-next = Next step: { $step }
definitions-never-updated = never updated: it says it has never completed an update
export-seen-by = { $probe }: { $detail }
report-nothing-found-partly = No security programs were found by the checks that could run; the ones that could not are listed below.
report-answer-coverage = To say where you use this computer, check again with --region us, or with --region elsewhere and --us-person yes or no.
export-command = Type this command in a terminal
