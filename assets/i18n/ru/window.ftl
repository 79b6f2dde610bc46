# The window: steps, buttons, questions and messages.

## The wizard

step-welcome = Начало
    .title = Добро пожаловать в AV Switch
step-check = Проверка
    .title = Проверка этого компьютера
step-deadlines = Сроки
    .title = Сроки и положение на сегодня
step-choose = Выбор
    .title = Выбор замены
step-checklist = План
    .title = Ваш список шагов
step-export = Экспорт
    .title = Сохранить, распечатать или отправить план
wizard-step-count = Шаг { $number } из { $total }
# The compact step row's menu, when the steps do not fit on one line.
wizard-steps-menu = Шаг { $number } из { $total }: { $name }
# What a screen reader says for that menu; $steps is its label.
wizard-steps-menu-name = Шаги: { $steps }
# The window's name for screen readers; $page is the current page's title.
window-name = AV Switch — { $page }
# Regions a screen reader lists and jumps between.
region-steps = Шаги
region-actions = Назад и далее
region-notice = Сообщение
region-page-scroll = Прокрутка страницы: { $page }
region-notice-scroll = Прокрутка сообщения
# What a screen reader says for a step in the row at the top.
wizard-step-label = Шаг { $number }: { $name }, { $state ->
        [current] текущий шаг
        [visited] пройден
       *[unvisited] еще не пройден
    }
wizard-step-here = Вы здесь
wizard-step-go-back = Вернуться к этому шагу
wizard-step-later = До этого шага можно дойти кнопкой «Далее»
wizard-back = Назад
wizard-next = Далее
wizard-next-hint = Перейти к шагу «{ $step }»
wizard-dismiss = Закрыть
start-over-title = Начать заново?
start-over-body = Ваши ответы, ваш выбор и все отметки будут удалены, и вы вернетесь к началу. Отменить это нельзя.
start-over-confirm = Да, начать заново
start-over-cancel = Оставить как есть

## Display and language menus

display-menu = Вид
display-colours = Тема
display-follow-system = Как в системе
display-light = Светлая
display-dark = Темная
display-text-size = Размер текста: { $percent }%
display-text-size-largest = Размер текста: { $percent }%, максимальный
display-text-size-smallest = Размер текста: { $percent }%, минимальный
display-smaller = Мельче
display-normal = Обычный размер
display-larger = Крупнее
display-shortcuts = Также работают сочетания Ctrl + и Ctrl -.
# What a screen reader says for the language menu.
language-menu = Язык: { $language }
language-follow-system = Как в системе ({ $language })

## Messages

notice-no-store = Ваш прогресс не будет сохранен: { $error }.
# The window was set to Chinese, but no font for Chinese letters was found on
# this computer, so it is shown in English (or in the language chosen after).
# $chinese is the same notice in Chinese, shown below it.
notice-no-chinese-font = На этом компьютере не найден шрифт для китайских иероглифов, поэтому AV Switch нельзя показать на китайском языке. Чтобы читать его на китайском, установите такой шрифт (в Debian или Ubuntu: sudo apt install fonts-noto-cjk), затем снова откройте AV Switch.

    { $chinese }
notice-replaying = В этом окне показан компьютер, записанный в { $folder }: его план составлен только по этой записи, а ваш собственный сохраненный прогресс не читается и не изменяется.
notice-save-failed = { $error } AV Switch продолжает работать; ваш выбор сохранится, пока вы его не закроете.
notice-open-missing = Не удалось открыть { $target }: по этому пути больше ничего нет.
notice-open-no-program = Не удалось открыть { $target }: на этом компьютере не найдена программа, которая может это открыть. Файл или папка по-прежнему на месте: вы можете сами найти это среди своих файлов и открыть.
notice-open-link-failed = Не удалось открыть веб-страницу: веб-браузер не найден. Вы можете сами скопировать ее адрес в браузер: { $address }
notice-open-page-failed = Не удалось открыть «{ $page }»: { $reason }
notice-page-windows-only = это страница Windows, а на этом компьютере работает не Windows.
notice-page-mac-only = это страница macOS, а на этом компьютере работает не macOS.
notice-page-no-program-windows = система ее не открыла. Вы можете открыть ее из меню «Пуск»: введите ее название.
notice-page-no-program-mac = система ее не открыла. Вы можете открыть ее в приложении «Системные настройки».
page-installed-apps = Установленные приложения
page-windows-security = Безопасность Windows
page-software-update = Обновление ПО
notice-copy-address = Скопировать адрес
notice-details = Подробности
store-no-data-dir = на этом компьютере не найдена папка для ваших данных
store-folder-read-only = Ваш прогресс нельзя сохранить в { $folder } (папка доступна только для чтения).
store-write-failed = Не удалось сохранить ваш прогресс в { $folder }.
store-saving-off = Ваш прогресс не сохраняется, чтобы не заменить файл, который не удалось прочитать.
store-unopenable = Не удалось открыть ваш сохраненный прогресс в { $path }. AV Switch начал работу с чистого листа и не будет изменять этот файл.
store-set-aside = { $problem } AV Switch начал работу с чистого листа и сохранил старый файл в { $aside }.
store-set-aside-failed = { $problem } Этот файл не удалось переместить, поэтому AV Switch начал работу с чистого листа и не будет сохранять ваш прогресс, оставив файл как есть: { $path }.
store-left-as-is = { $problem } Файл оставлен как есть в { $path }, а этот экспорт начинается без сохраненных данных.
store-problem-damaged = Не удалось прочитать ваш сохраненный прогресс: файл поврежден.
store-problem-no-version = Не удалось прочитать ваш сохраненный прогресс: этот файл создан не AV Switch.
store-left-out = { $count ->
        [1] Одно сохраненное значение (отметку или ответ) не удалось прочитать, и оно пропущено; все остальное сохранено.
        [one] { $count } сохраненное значение (отметки или ответы) не удалось прочитать, и они пропущены; все остальное сохранено.
        [few] { $count } сохраненных значения (отметки или ответы) не удалось прочитать, и они пропущены; все остальное сохранено.
        [many] { $count } сохраненных значений (отметок или ответов) не удалось прочитать, и они пропущены; все остальное сохранено.
       *[other] { $count } сохраненного значения (отметки или ответа) не удалось прочитать, и они пропущены; все остальное сохранено.
    }
store-left-out-kept = { $count ->
        [1] Одно сохраненное значение (отметку или ответ) не удалось прочитать, и оно пропущено; все остальное сохранено. Возможно, стоит снова поставить эту отметку или дать этот ответ.
        [one] { $count } сохраненное значение (отметки или ответы) не удалось прочитать, и они пропущены; все остальное сохранено. Возможно, стоит снова поставить эти отметки или дать эти ответы.
        [few] { $count } сохраненных значения (отметки или ответы) не удалось прочитать, и они пропущены; все остальное сохранено. Возможно, стоит снова поставить эти отметки или дать эти ответы.
        [many] { $count } сохраненных значений (отметок или ответов) не удалось прочитать, и они пропущены; все остальное сохранено. Возможно, стоит снова поставить эти отметки или дать эти ответы.
       *[other] { $count } сохраненного значения (отметки или ответа) не удалось прочитать, и они пропущены; все остальное сохранено. Возможно, стоит снова поставить эти отметки или дать эти ответы.
    } Файл в прежнем виде сохранен в { $kept }.
store-newer-kept = Ваш сохраненный прогресс в { $newer } создан более новой версией AV Switch. Он оставлен как есть для той версии; эта версия хранит свой прогресс в { $own }.
store-two-notices = { $first } { $second }
cli-window-failed = Не удалось открыть окно AV Switch.
cli-output-failed = не удалось записать вывод: { $detail }
cli-recorded = то, что прочитала проверка, сохранено в { $path }. Просмотрите это, прежде чем кому-то отправлять: там могут быть видны ваше имя пользователя, ваши папки и ваши программы.
cli-about = Спокойный и безопасный переход с антивируса Kaspersky.
cli-usage = Использование
cli-commands = Команды
cli-options = Параметры
cli-help = Показать справку
cli-version = Показать версию
cli-check = Проверить, какие программы безопасности есть на этом компьютере, и вывести отчет. Распространяется ли на вас запрет США, зависит от того, где вы живете, и от вашего гражданства: укажите это с помощью --region и --us-person.
cli-check-json = Вывести документ JSON вместо текста.
cli-check-quiet = Ничего не выводить: о том, что найдено, сообщает только код завершения (см. документацию).
cli-export = Экспортировать список шагов вместе с сохраненным прогрессом.
cli-export-format = Формат файла: md, txt, html, json или ics.
cli-export-out = Записать в этот файл, а не в стандартный вывод (- тоже означает стандартный вывод).
cli-export-no-scan = Использовать только сохраненный прогресс: не проверять сначала этот компьютер.
cli-region = Где вы чаще всего пользуетесь этим компьютером: us, elsewhere или unknown (по умолчанию — ответ, сохраненный в окне, иначе unknown).
cli-us-person = Являетесь ли вы гражданином или постоянным жителем США: yes или no (это важно, если регион — elsewhere).
cli-bad-lang = «{ $code }» не входит в число доступных: { $known }
cli-check-record = Также сохранить то, что прочитала проверка, в эту новую папку, чтобы просмотреть или отправить (см. docs/command-line.md).
cli-replay = Проверить не этот компьютер, а компьютер, записанный в этой папке.

## Welcome

welcome-lead = С тех пор как действует запрет США, Kaspersky не имеет права отправлять обновления людям в США. AV Switch поможет вам проверить этот компьютер, разобраться в сроках и безопасно заменить Kaspersky — шаг за шагом.
welcome-lead-unknown = В 2024 г. США запретили антивирус Kaspersky для людей в США, а также для граждан и постоянных жителей США за рубежом: с { $updates_day } Kaspersky не имеет права обновлять его для них. AV Switch поможет вам проверить этот компьютер, понять, что запрет значит для вас, и безопасно заменить Kaspersky, если вы этого захотите.
welcome-lead-not-covered = Судя по вашим ответам, запрет США на Kaspersky на вас не распространяется. AV Switch все равно может проверить этот компьютер, объяснить запрет и помочь спокойно перейти на другой антивирус, если вы так решите.
welcome-privacy = AV Switch работает полностью на этом компьютере: ничего никуда не отправляется, учетная запись не нужна, и на вашем компьютере ничего не меняется, пока вы не нажмете кнопку, которая прямо об этом говорит.
welcome-begin = Начать
welcome-begin-hint = Начать с проверки этого компьютера
sources-label = { $count ->
        [1] Источник:
        [one] Источники:
        [few] Источники:
        [many] Источники:
       *[other] Источники:
    }

## Check

check-lead = AV Switch просматривает параметры безопасности и установленные программы этого компьютера. Он только читает и ничего не меняет.
check-start = Проверить компьютер
check-again = Проверить снова
check-running = Проверка компьютера…
check-running-body = Обычно это занимает несколько секунд. Тем временем можно читать дальше или перейти к другому шагу.
check-running-hint = Проверка уже выполняется
check-checked-at = Проверено в { $time } ({ $seconds ->
        [0] меньше чем за секунду
        [1] за 1 секунду
        [one] за { $seconds } секунду
        [few] за { $seconds } секунды
        [many] за { $seconds } секунд
       *[other] за { $seconds } секунды
    })
check-found = Что найдено
check-failures = Проверки, которые не удалось выполнить
check-failures-body = Результаты остальных проверок — выше.
check-left-behind = Остатки
check-left-behind-body = Найдены эти части программы, которой здесь уже нет. Пользы от них больше нет; список шагов подскажет, как удалить каждую из них.
check-left-behind-clean = Ничего из того, что оставляют Kaspersky или UltraAV, не найдено.
# "Anti-virus by Kaspersky"
check-kind-by = { $kind } от { $vendor }
check-with-version = { $text }, версия { $version }
check-status = Состояние: { $state }.
check-definitions = Антивирусные базы: { $words }.
check-how-known = Откуда AV Switch это знает
check-questions = Несколько вопросов, на которые проверка ответить не может
check-question-region = Где вы чаще всего пользуетесь этим компьютером?
check-question-region-why = Запрет США зависит не только от места, но и от гражданства и постоянного проживания, поэтому AV Switch спрашивает. Ваш ответ остается на этом компьютере.
check-question-us-person = Вы гражданин США или постоянный житель США (владелец грин-карты)?
check-region-suggested = Региональная настройка этого компьютера — { $country }, что указывает на ответ «{ $answer }». Это не ваш ответ, пока вы его не выберете.
check-region-confirm = Подтвердить: { $answer }
region-us = В США
region-elsewhere = В другой стране
answer-prefer-not = Не хочу отвечать
check-question-devices = На каких ваших других устройствах есть Kaspersky?
check-question-apps = Какими приложениями Kaspersky вы пользуетесь?
check-question-apps-hint = Уже отмечены, если проверка нашла их на этом компьютере.
check-question-renewal = Ваша подписка Kaspersky продлевается сама, и за нее каждый год списываются деньги?
device-android = Телефон или планшет Android
device-iphone = iPhone или iPad
device-mac = Mac
device-windows-pc = Другой компьютер с Windows
answer-yes = Да
answer-no = Нет
answer-not-sure = Не знаю

## Deadlines

deadlines-lead = Запрет вступал в силу в два этапа. Вот что каждая дата означает для вас и как обстоят дела сегодня.
deadlines-meanings = Что означает каждая дата
deadlines-official-time = Официальное время: { $time }
deadlines-local-time = По часам этого компьютера: { $time }
deadlines-date = Дата: { $date }
deadlines-topic-legal = Противозаконно ли продолжать пользоваться Kaspersky?
deadlines-topic-scope = На что распространяется запрет
deadlines-topic-advice = Что советует правительство США
deadlines-topic-after = Что произошло после запрета
deadlines-sources = Источники
deadlines-sources-body = Каждое утверждение AV Switch о запрете основано на одном из этих источников. Ссылки открываются в вашем веб-браузере.
timeline-today = Сегодня, { $date }
timeline-milestone = { $title }, { $date } ({ $state ->
        [past] в прошлом
       *[future] впереди
    })
timeline-label = Шкала времени: { $parts }

## Choose

choose-lead = Любой известный антивирус, который регулярно обновляется, защищает намного лучше, чем тот, что больше не получает обновлений. Вот ваши варианты; AV Switch не рекомендует никаких брендов и ничего не зарабатывает на вашем выборе.
choose-question = Что будет защищать этот компьютер с этого момента?
choose-built-in = Уже есть на вашем компьютере
choose-built-in-packages = Бесплатно, из пакетов вашей системы
choose-built-in-windows = Использовать { $name } (встроен в Windows, бесплатный)
    .explained = Ничего не нужно покупать или скачивать: он включается сам, как только не остается другого активного антивируса, а Центр обновления Windows поддерживает его в актуальном состоянии.
    .explained-stale = Ничего не нужно покупать или скачивать. На этом компьютере его антивирусные базы устарели: список шагов покажет, как их обновить.
choose-built-in-mac = Использовать { $name } (встроен в macOS, бесплатный)
    .explained = Ничего не нужно покупать или скачивать: он входит в macOS и обновляется вместе с ней. Многие владельцы Mac больше ничем не пользуются.
choose-built-in-linux = Использовать { $name } (бесплатно, из пакетов вашей системы)
    .explained = Многие домашние компьютеры с Linux работают без антивируса. Если он вам нужен, обычный бесплатный выбор — ClamAV.
choose-ultraav = UltraAV, который заменил Kaspersky
choose-ultraav-body = UltraAV был установлен на многих компьютерах с Windows в США вместо Kaspersky без отдельного запроса согласия, а подписки Kaspersky перешли к нему с той же оплатой. Некоторые пользователи обнаружили, что удалить его можно только его собственной программой удаления.
choose-ultraav-keep-or-switch = Вы можете оставить его, если он вас устраивает, или перейти на то, что выберете сами.
choose-keep-ultraav = Оставить UltraAV
choose-products = Другой продукт
choose-products-body = В алфавитном порядке. Скачивайте любой из них только с официального сайта производителя.
choose-products-linux = Большинство коммерческих антивирусов для дома выпускаются только для Windows и macOS. Эти выпускаются и для Linux:
choose-other = Другой продукт:
choose-other-hint = его название
choose-other-name = Название другого продукта
choose-other-kaspersky = { $name } — продукт Kaspersky, поэтому он не заменит Kaspersky: введите продукт другого производителя или выберите один из вариантов выше.
choose-guide = Как выбрать
choose-guide-labs = Посмотрите результаты независимых тестов
choose-guide-labs-body = Вместо того чтобы верить продавцу на слово, сравните продукты по регулярным тестам, которые публикуют независимые лаборатории. Ссылки на их результаты — ниже.
choose-guide-devices = Посчитайте устройства, которые нужно защитить
choose-guide-devices-none = Вы не указали других устройств с Kaspersky, поэтому достаточно защиты для этого компьютера. Устройства можно добавить на шаге «Проверка».
choose-guide-devices-some = Этот компьютер, а также: { $devices }. Многие платные продукты защищают несколько устройств по одной подписке; встроенная защита действует только на своем устройстве.
choose-guide-companions = Замените и другие приложения Kaspersky

choose-guide-one-at-a-time = Никогда не запускайте два антивируса одновременно
choose-guide-one-at-a-time-body = Если две программы следят за каждым файлом, они замедляют компьютер и могут блокировать друг друга. Поэтому список шагов придерживается одного порядка: скачайте все нужное, пока старая защита еще работает, удалите старую, перезагрузите компьютер, затем установите или включите новую и обновите ее.

## Checklist

checklist-lead = Ваши шаги для безопасного перехода, по порядку, составленные по результатам проверки и вашим ответам. Отмечайте их по мере выполнения: их вполне можно растянуть на несколько дней. Ваши отметки сохраняются.
progress-done = Выполнено: { $done } из { $total }
checklist-all-done = Все готово.
checklist-all-done-body = Все шаги в вашем списке отмечены. Если вы еще этого не сделали, проверьте этот компьютер еще раз, чтобы убедиться, что он защищен.
checklist-how = Как это сделать
checklist-start-over = Начать заново
checklist-start-over-hint = Удалить все ответы и отметки (сначала будет вопрос)
checklist-finish-by = Срок: { $day } ({ $days ->
        [0] сегодня
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дня
        [many] через { $days } дней
       *[other] через { $days } дня
    })
checklist-finish-by-past = Срок: { $day } ({ $days ->
        [1] вчера
        [one] { $days } день назад
        [few] { $days } дня назад
        [many] { $days } дней назад
       *[other] { $days } дня назад
    })
checklist-pick-day = Выберите, к какому дню закончить
checklist-in-days = { $days ->
        [7] Через неделю
        [14] Через две недели
        [one] Через { $days } день
        [few] Через { $days } дня
        [many] Через { $days } дней
       *[other] Через { $days } дня
    }
checklist-no-date = Без даты

## Export

export-lead = Держите план там, где вы его увидите: распечатайте его и положите рядом с компьютером, добавьте напоминание в календарь или отправьте тому, кто вам помогает.
export-choose-format = Выберите формат
format-markdown = Markdown
    .purpose = Для приложений с заметками и для публикации в интернете; отметки показываются как флажки.
format-text = Обычный текст
    .purpose = Открывается где угодно, даже в самом простом редакторе; хорошо печатается.
format-html = Веб-страница для печати
    .purpose = Лучше всего для печати: крупный шрифт и пустые квадратики, чтобы отмечать от руки.
format-json = Данные JSON
    .purpose = Для других программ или для того, кто помогает вам и пользуется своими инструментами.
format-calendar = Напоминание в календаре
    .purpose = Добавляет в ваш календарь напоминание на день, к которому вы хотите закончить.
export-save = Сохранить…
export-saving = Сохранение…
export-save-hint = Выбрать, куда сохранить файл
export-copy = Копировать как текст
export-copy-hint = Поместить план в буфер обмена, чтобы вставить его в письмо
export-print = Печать
export-print-hint = Открыть страницу для печати в веб-браузере
export-waiting = Ждем, пока вы выберете место в окне сохранения…
export-open = Открыть
export-show-in-folder = Показать в папке
export-copied = Скопировано как обычный текст. Его можно вставить в письмо или документ.
export-printing = Страница для печати открыта в вашем веб-браузере. Воспользуйтесь его командой печати (Ctrl+P или Cmd+P на Mac).
export-not-saved = Не сохранено.
export-no-dialog = На этом компьютере не удалось показать окно сохранения, поэтому AV Switch сам выбрал место для файла.
export-read-only = Файл { $path } доступен только для чтения, поэтому он не был заменен.
export-replace = Все равно заменить
export-keep = Оставить
export-not-a-file = { $path } — это папка или устройство, а не файл, поэтому туда ничего не записано. Выберите имя файла.
export-write-failed = Не удалось записать { $path }. Там ничего не изменилось. Попробуйте другую папку, например «Документы».
export-dialog-crashed = Окно сохранения неожиданно закрылось. Ничего не сохранено.
export-print-no-program = Страница для печати сохранена в { $path }, но программа, которая может ее открыть, не найдена. Откройте ее в веб-браузере, чтобы распечатать.
export-print-write-failed = Не удалось записать страницу для печати.
export-dialog-title = Сохранение плана AV Switch
checklist-copied = Скопировано. Вставьте команду в терминал и выполните ее там.
checklist-just-confirmed = Проверено снова. Теперь проверка подтверждает, что выполнено: { $items }.
uninstall-question-title = Запустить программу удаления?
uninstall-question-body = Проверка не нашла другого включенного и обновленного антивируса, поэтому с момента удаления Kaspersky и до включения новой защиты на этом компьютере не будет активного антивируса. Шаг «Выбор» поможет выбрать ее заранее.
uninstall-question-body-defender = Проверка не нашла другого включенного и обновленного антивируса, поэтому на этом компьютере не будет активного антивируса, пока не включится Microsoft Defender Antivirus. Windows должна включить его сама после удаления Kaspersky; затем список шагов это подтвердит.
uninstall-question-body-chosen = Проверка не нашла другого включенного и обновленного антивируса, поэтому с момента удаления Kaspersky и до включения { $name } на этом компьютере не будет активного антивируса. Заранее подготовьте установщик этой программы.
uninstall-question-confirm = Запустить программу удаления
uninstall-question-cancel = Не сейчас
notice-uninstaller-failed = Не удалось запустить программу удаления. Откройте «Параметры» > «Приложения» > «Установленные приложения» и удалите программу там.
choose-guide-companions-covered = Вы пользуетесь: { $apps }. Запрет США распространяется и на них, и в список шагов входит их замена. В некоторые комплексные пакеты защиты входит менеджер паролей или VPN.
choose-guide-companions-unknown = Вы пользуетесь: { $apps }. Если запрет США распространяется на вас, он распространяется и на них, и в список шагов входит их замена. В некоторые комплексные пакеты защиты входит менеджер паролей или VPN.
choose-guide-companions-chosen = Вы пользуетесь: { $apps }. Если вы откажетесь от Kaspersky, замените и их: как только вы выберете замену, они войдут в список шагов. В некоторые комплексные пакеты защиты входит менеджер паролей или VPN.

## Printing privately, and writing off the window's thread

export-writing = Запись файла…
export-write-crashed = Запись { $path } неожиданно прервалась, поэтому файл не был заменен.
notice-print-clean-failed = Не удалось удалить из { $folder } страницы для печати, оставшиеся от прошлого сеанса. В них есть ваши ответы: вы можете удалить их сами.

## Words once put together in code

# A source whose exact article address is not known; $name is its title or publisher.
source-named-not-linked = { $name } (ссылки на статью нет)
# The number before a source in the Deadlines step's list.
deadlines-source-number = { $number }.
# Below a source's title: who published it, and when.
deadlines-source-about = { $publisher }, { $date }
# Under Details, for a progress file from a newer AV Switch.
store-detail-format = формат прогресса { $found }; эта версия AV Switch читает формат { $read }

## What screen readers hear

# Said once when a file is saved; $path is where.
export-saved-at = Сохранено как { $path }.
# What screen readers hear for "How AV Switch knows" on a card; $name is the card's product or what was left behind.
check-how-known-name = Откуда AV Switch это знает: { $name }
# What screen readers hear for "How to do it" on a checklist card; $item is the card's title.
checklist-how-name = Как это сделать: { $item }
# What screen readers hear for a card's button; $link is the button's words, $item the card's title.
checklist-link-name = { $link }: { $item }
# What a card's button opens, said instead of its address; $site is a web site's name, such as support.kaspersky.com.
checklist-link-web = Открывает страницу сайта { $site } в вашем веб-браузере.
checklist-link-step = Открывает этот шаг AV Switch.
checklist-link-system = Открывает эту страницу параметров вашего компьютера. Ничего не изменится, пока вы сами это не измените.

## The command line, in plain words

# $codes is the languages' codes, joined as a list: "en, id or es".
cli-lang = Язык окна, отчета или файла: { $codes } (по умолчанию — выбранный в окне, иначе язык системы).
cli-window = Чтобы открыть окно, запустите avswitch отдельно, без команды.
# The parts of a command line as the help writes them: avswitch [OPTIONS] [COMMAND].
cli-placeholder-options = ПАРАМЕТРЫ
cli-placeholder-command = КОМАНДА
# What each option's value is called in the help: --format <FORMAT>.
cli-value-language = ЯЗЫК
cli-value-folder = ПАПКА
cli-value-format = ФОРМАТ
cli-value-file = ФАЙЛ
cli-value-region = РЕГИОН
cli-value-answer = ОТВЕТ
# A mistake on the command line. $command is "avswitch" or "avswitch check"; $argument what was typed.
cli-error-unknown-argument = «{ $argument }» не является параметром { $command }.
cli-error-did-you-mean = Возможно, вы имели в виду { $suggestion }?
cli-error-unknown-command = «{ $command }» не является командой. Команды: check и export; avswitch без команды открывает окно.
cli-error-invalid-value = Значение «{ $value }» недопустимо для { $argument }: используйте { $values }.
# $arguments names what is missing, $count how many.
cli-error-missing = Нужно указать: { $arguments }.
cli-error-conflict = { $first } и { $second } нельзя использовать вместе.
cli-error-value-form = Параметр { $argument } задан в неверной форме: см. справку.
cli-error-other = Не удалось разобрать командную строку.
# $help is the command that shows the help, such as "avswitch check --help".
cli-error-help = Чтобы узнать больше, выполните: { $help }
# "A, B or C": $first is already joined with list-separator.
list-or = { $first } или { $last }
cli-folder-missing = Папки { $path } не существует.
cli-no-display = Окну AV Switch нужен рабочий стол, а здесь он не найден. В терминале команда «avswitch check» проверяет этот компьютер, а «avswitch export --format txt» записывает ваш список шагов; «avswitch --help» расскажет больше.
cli-no-window = В этой сборке AV Switch нет окна: она собрана только для командной строки. Выполните avswitch check или avswitch export --format html --out plan.html.
cli-record-replaying = AVSWITCH_REPLAY указывает на записанный компьютер, поэтому одновременно записать этот компьютер нельзя. Удалите переменную AVSWITCH_REPLAY, чтобы записать этот компьютер.
checklist-link-file = Открывает его на этом компьютере, как при двойном щелчке.
checklist-uninstall-hint = Запускает собственную программу удаления этого продукта — ту же, что запускается из раздела «Установленные приложения». AV Switch сам ничего не удаляет.
checklist-copy-hint = Помещает команду выше в буфер обмена, чтобы вы вставили ее в терминал. AV Switch ее не выполняет.
