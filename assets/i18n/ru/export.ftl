# The exported plan (Markdown, text, web page, JSON, calendar) and the
# report of `avswitch check`.

export-title = AV Switch: ваш план перехода на другой антивирус
export-made-on = Составлено { $when }.
# A deadline in an export: "Sales end in the U.S.: 20 July 2024 (2 years ago). What it means."
# $title, $when, $relative, $meaning.
export-milestone = { $title }: { $when } ({ $relative }). { $meaning }
export-where-things-stand = Как обстоят дела
coverage-covered = Судя по вашим ответам, запрет США распространяется на вас: он касается людей в США, а также граждан и постоянных жителей США, где бы они ни находились.
coverage-not-covered = Судя по вашим ответам, запрет США на вас не распространяется: вы пользуетесь этим компьютером за пределами США и не являетесь ни гражданином, ни постоянным жителем США.
coverage-unknown = { coverage-unknown-command-line } Ответить можно на шаге «Проверка».
# The command line: its own way to answer follows.
coverage-unknown-command-line = Пока неизвестно, распространяется ли на вас запрет США: он касается людей в США, а также граждан и постоянных жителей США, где бы они ни находились.
export-this-computer = Этот компьютер
export-not-checked = Для этого списка компьютер не проверялся.
export-next = Следующий шаг: { $step }
export-checklist = Ваш список шагов
export-finish-by = Срок: { $day }
export-finish-by-suggested = Срок еще не выбран; через неделю будет { $day }
export-replacement = Замена: { $name }.
export-replacement-none = Замена: еще не выбрана.
export-confirmed = подтверждено проверкой
export-sources = Источники
calendar-event = Завершить переход на другой антивирус
calendar-reminder = Завтра: завершить переход на другой антивирус
calendar-still-to-do = Осталось сделать:

## A finding in one line

flag-affected = подпадает под запрет США
flag-affected-if-covered = подпадает под запрет США, если он распространяется на вас
flag-made-by-kaspersky = производитель — Kaspersky
flag-replacement = установлен вместо Kaspersky
flag-built-in = встроен в систему
state-words-on = включено
state-words-off = выключено
state-words-snoozed = приостановлено (временно на паузе)
state-words-expired = срок действия истек (лицензия или подписка закончилась)
state-words-installed = установлено (работает ли — неизвестно)
finding-definitions = антивирусные базы: { $words }
definitions-up-to-date = актуальны
definitions-out-of-date = устарели
definitions-missing = не установлены
definitions-unknown = нет сведений
definitions-age = последний раз обновлялись { $when }
definitions-version = версия { $version }
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

report-title = AV Switch: проверка этого компьютера ({ $system }), { $date }
report-source = Источник: { $publisher }, «{ $title }», { $url }
report-nothing-found = Программ безопасности не найдено.
report-found = Найдено:
report-failures = Проверки, которые не удалось выполнить:
report-left-behind = Остатки (части удаленных программ):
report-left-behind-clean = Остатки: ничего из того, что оставляют Kaspersky или UltraAV, не найдено.
report-version = Версия: { $version }
report-seen-by = Обнаружено проверкой «{ $probe }»: { $detail }
report-ban = Запрет: { $status }
report-next = Следующий шаг: { $step }
definitions-never-updated = ни разу не обновлялись: по данным программы, обновление ни разу не было завершено
export-seen-by = { $probe }: { $detail }
report-nothing-found-partly = Проверки, которые удалось выполнить, не нашли программ безопасности; те, что выполнить не удалось, перечислены ниже.
report-answer-coverage = Чтобы указать, где вы пользуетесь этим компьютером, проверьте снова с --region us или с --region elsewhere и --us-person yes или no.
export-command = Введите эту команду в терминале
