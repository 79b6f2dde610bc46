# Checking this computer: what was found, how AV Switch knows, and what a
# check could not do.

## Kinds of programs and their states

kind-antivirus = Антивирус
kind-password-manager = Менеджер паролей
kind-vpn = VPN
kind-parental-control = Родительский контроль
kind-endpoint-agent = Агент корпоративного управления
check-leftover-certificate = Доверенный корневой сертификат Kaspersky
check-leftover-extension = Расширение браузера Kaspersky Protection
check-leftover-service = Службы и драйверы
check-leftover-registry = Параметры в реестре
check-leftover-folder = Папки
check-leftover-registration = Удаленный антивирус, который Windows все еще показывает
state-on = Включено
state-off = Выключено
state-snoozed = Приостановлено
state-expired = Срок истек
state-installed = Установлено
# "A, B and C": $first is already joined with list-separator.
list-and = { $first } и { $last }
# Between the names of a list but the last two: ", " (in quotes, to keep the space).
list-separator = { ", " }
# A system other than Windows, macOS and Linux.
os-other = эта система

## The checks, as the person sees them

probe-all = Все проверки
probe-security-center = Центр безопасности Windows
probe-defender = Microsoft Defender Antivirus
probe-installed-programs = Установленные программы
probe-kaspersky-update = Последнее обновление Kaspersky
probe-kaspersky-settings = Параметры Kaspersky
probe-running-programs = Запущенные программы
probe-applications = Программы
probe-background-services = Фоновые службы
probe-xprotect = XProtect
probe-packages = Установленные пакеты
probe-program-folders = Папки программ
probe-services = Службы
probe-clamav-database = База данных ClamAV
probe-kesl-state = Собственный отчет Kaspersky Endpoint Security
probe-certificates = Доверенные сертификаты
probe-browser-extensions = Расширения браузеров
probe-windows-services = Службы и драйверы
probe-leftover-settings = Параметры и папки

## What a check saw

evidence-security-center = Состояние по отчету: { $state }; антивирусные базы: { $definitions }; последний отчет: { $reported }; программа: { $program }
evidence-registration-left-behind = Центр безопасности все еще показывает { $name }, но ни одной из его программ, служб или записей в списке установленных программ на этом компьютере нет
# Beside a Security Center entry that the order of evidence set aside.
evidence-outranked = состояние определяет другая запись Центра безопасности о том же продукте
signature-words-up-to-date = актуальны
signature-words-out-of-date = устарели
signature-words-missing = отсутствуют
signature-words-unknown = нет сведений
value-not-known = (неизвестно)
evidence-defender = { $source ->
        [registry] По его параметрам в реестре:
       *[report] По его собственному отчету:
    } антивирус включен: { $antivirus ->
        [yes] да
        [no] нет
       *[unknown] неизвестно
    }; защита в режиме реального времени включена: { $realtime ->
        [yes] да
        [no] нет
       *[unknown] неизвестно
    }; режим: { $mode }; антивирусные базы: { $version }, обновлены: { $updated }
# How Microsoft Defender runs (its AMRunningMode), in the evidence line above.
defender-mode-normal = обычный
defender-mode-passive = пассивный
defender-mode-sxs-passive = пассивный (параллельно)
defender-mode-edr-block = блокировка EDR
defender-mode-not-running = не запущен
evidence-installed-program = В списке установленных программ: «{ $name }»
evidence-installed-program-by = В списке установленных программ: «{ $name }», издатель: { $publisher }
evidence-kaspersky-update = Записано последнее успешное обновление: { $at }
evidence-kaspersky-never-updated = Согласно параметрам Kaspersky, обновление антивирусных баз ни разу не было завершено
evidence-kaspersky-password = Защита паролем включена ({ $value } в { $key }): при удалении будет запрошен этот пароль
evidence-defender-policy = Задан параметр политики, который его отключает ({ $values } в { $key })
evidence-running = Работает: { $program }
evidence-package = Пакет { $name } { $version } ({ $manager })
evidence-folder = Папка { $path } существует
evidence-service = Служба { $unit } { $running ->
        [yes] запущена
       *[no] не запущена
    }
evidence-clamav-missing = В папке { $folder } не найдены антивирусные базы
evidence-clamav = { $path }: версия { $version }, { $count ->
        [one] { $count } сигнатура
        [few] { $count } сигнатуры
        [many] { $count } сигнатур
       *[other] { $count } сигнатуры
    }, время создания: { $built }
evidence-bundle = { $path }
evidence-launch-daemon = { $path }: запускает программу при включении Mac
evidence-xprotect = XProtect версии { $version } ({ $path })
evidence-kesl = Антивирусные базы выпущены { $released }; загружены: { $loaded ->
        [yes] да
        [no] нет
       *[unknown] нет сведений
    }
evidence-launch-agent = { $path }: запускает программу, когда кто-либо входит в систему
evidence-leftover-extension = Kaspersky Protection в { $browser }, профиль «{ $profile }»: { $path }
evidence-leftover-certificate = { $subject }, хранилище «{ $store }», отпечаток { $thumbprint }, действителен до { $until }
evidence-leftover-keychain = { $name }, связка ключей: { $keychain } (SHA-1 { $sha1 })
evidence-firefox-system-roots = Firefox настроен доверять сертификатам, которым доверяет Windows или macOS, включая сертификат Kaspersky ({ $path })
evidence-leftover-service = { $driver ->
        [yes] Драйвер
       *[no] Служба
    } { $name }{ $named ->
        [yes] {" "}(«{ $shown }»)
       *[no] {""}
    } запускает { $file } { $gone ->
        [yes] (этого файла уже нет: запись осталась без своей программы)
       *[no] (этот файл все еще на месте)
    }
evidence-leftover-key = Раздел реестра { $key }

## Why a check could not run

failure-stopped-unexpectedly = Эта проверка неожиданно остановилась.
failure-unsupported-system = AV Switch пока не умеет проверять эту систему: поддерживаются только Windows, macOS и Linux.
failure-no-security-center = На этом компьютере нет Центра безопасности Windows: его нет в некоторых выпусках Windows, например в Windows Server. Остальные проверки выполнены.
failure-unavailable = На этом компьютере это недоступно, поэтому проверить не удалось. Остальные проверки выполнены.
failure-denied = У AV Switch не было разрешения посмотреть, поэтому проверить не удалось. Остальные проверки выполнены.
failure-no-answer = Windows не ответила, поэтому проверить не удалось. Остальные проверки выполнены.
failure-running-programs-silent = Windows не показала ни одной запущенной программы, поэтому проверить их не удалось. Остальные проверки выполнены.
failure-skipped = { $count ->
    [1] Одну запись в списке Windows не удалось прочитать, поэтому она здесь не показана. Остальная часть списка проверена, другие проверки тоже выполнены.
    [one] { $count } запись в списке Windows не удалось прочитать, поэтому они здесь не показаны. Остальная часть списка проверена, другие проверки тоже выполнены.
    [few] { $count } записи в списке Windows не удалось прочитать, поэтому они здесь не показаны. Остальная часть списка проверена, другие проверки тоже выполнены.
    [many] { $count } записей в списке Windows не удалось прочитать, поэтому они здесь не показаны. Остальная часть списка проверена, другие проверки тоже выполнены.
   *[other] { $count } записи в списке Windows не удалось прочитать, поэтому они здесь не показаны. Остальная часть списка проверена, другие проверки тоже выполнены.
}
failure-unreadable = Не удалось прочитать { $path }: { $detail }
failure-damaged = Файл { $path } поврежден: { $detail }
failure-kesl-permission = kesl-control не сообщил состояние Kaspersky Endpoint Security («{ $detail }»). Для этого нужны права администратора (sudo) или членство в группе keslaudit; остальные проверки выполнены.
failure-scan-crashed = Проверка неожиданно остановилась. На этом компьютере ничего не изменено; нажмите «Проверить снова».
recording-unreadable = Не удалось прочитать или записать { $path }: { $detail }
recording-damaged = { $path } — это не запись, которую может прочитать AV Switch: { $detail }
recording-none-here = В { $path } нет записанного компьютера: запись — это папка, созданная командой avswitch check --record, с файлом index.json внутри.
recording-folder-not-empty = В { $path } уже есть файлы. Выберите для записи новую или пустую папку.
command-not-found = Программы { $program } нет на этом компьютере.
command-timed-out = Программа { $program } не ответила за { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
command-failed = Не удалось запустить { $program }: { $reason }
parse-security-center-json = Ответ Центра безопасности — некорректный JSON ({ $detail }).
parse-security-center-not-list = Ответ Центра безопасности — не список продуктов.
parse-security-center-no-name = У одного из продуктов в Центре безопасности нет названия.
parse-security-center-no-state = У { $name } нет допустимого значения productState.
parse-clamav-missing = заголовок базы данных ClamAV отсутствует
parse-clamav-no-build-time = в заголовке базы данных ClamAV нет времени создания
parse-clamav-bad-build-time = в заголовке базы данных ClamAV не удается прочитать время создания
parse-clamav-no-version = в заголовке базы данных ClamAV нет версии
parse-clamav-no-count = в заголовке базы данных ClamAV нет числа сигнатур
parse-plist-unreadable = файл Info.plist приложения не удается прочитать ({ $detail })
parse-plist-not-dictionary = файл Info.plist приложения не является словарем
parse-certificates-json = список сертификатов — некорректный JSON ({ $detail })
parse-certificates-not-list = список сертификатов не является списком
parse-extensions-json = список дополнений браузера — некорректный JSON ({ $detail })

## The result in plain words

summary-kaspersky-running = Программа { $name } установлена и работает на этом компьютере.
summary-kaspersky-running-stale-since = { $name } работает, но антивирусные базы последний раз обновлялись { $when }, поэтому программа не может защитить от новых угроз.
summary-kaspersky-running-stale = { $name } работает, но антивирусные базы устарели, поэтому программа не может защитить от новых угроз.
summary-kaspersky-running-never = { $name } работает, но обновление антивирусных баз ни разу не было завершено, поэтому программа не может защитить от новых угроз.
summary-kaspersky-running-next = Kaspersky не имеет права отправлять обновления людям в США. Список шагов поможет выбрать замену и перейти на нее в безопасном порядке, не оставляя этот компьютер без защиты.
summary-kaspersky-running-current-next = Kaspersky не имеет права поставлять обновления людям в США, поэтому обновления, которые еще приходят, могут прекратиться в любой момент. Список шагов поможет выбрать замену и перейти на нее в безопасном порядке.
summary-kaspersky-running-unknown-next = Если вы находитесь в США или являетесь гражданином или постоянным жителем США, Kaspersky не имеет права поставлять вам обновления; в остальных случаях, по словам Kaspersky, продукты компании продолжают получать обновления. От того, какой случай ваш, зависит ваш план.
summary-kaspersky-running-not-covered-next = Запрет США на вас не распространяется, а за пределами США, по словам Kaspersky, продукты компании продолжают получать обновления. Переходить ли на другую защиту — решать вам; если решите, список шагов покажет, как это сделать.
summary-kaspersky-update-next = Откройте { $name } и обновите его. Если он больше не обновляется, выберите другой антивирус: поможет шаг «Выбор».
summary-definitions-recent = Антивирусные базы последний раз обновлялись { $when }.
summary-kaspersky-not-running = Программа { $name } установлена на этом компьютере, но не запущена.
summary-kaspersky-present = На этом компьютере есть { $name }.
summary-kaspersky-several = На этом компьютере есть такие программы Kaspersky: { $names }.
summary-nothing-protects = Сейчас этот компьютер ничем не защищен.
summary-kaspersky-unprotected-next = Список шагов поможет сделать это в безопасном порядке: удалите Kaspersky, перезагрузите компьютер, затем включите выбранную защиту и обновите ее.
summary-kaspersky-unprotected-not-covered-next = Снова включите { $name } и обновите его или выберите другой антивирус: список шагов покажет, как это сделать.
summary-replacement = На этом компьютере есть { $name }. Эту программу установили вместо Kaspersky многим клиентам в США в сентябре 2024 г., отдельно не спрашивая их согласия.
summary-replacement-next = Можно оставить ее или перейти на что-то другое: на шаге «Выбор» объяснены оба варианта. Если будете удалять ее, используйте ее собственную программу удаления.
summary-protected = Программ Kaspersky не найдено. Этот компьютер защищает { $name }.
summary-protected-next = Что запрет означает для ваших других устройств, сказано на шаге «Сроки»; остальным займется список шагов.
summary-idle = Программ Kaspersky не найдено. Программа { $name } установлена, но, похоже, сейчас не защищает этот компьютер.
summary-idle-next-linux = Если вы полагаетесь на { $name }, убедитесь, что программа работает и ее антивирусные базы обновляются. Подробнее — на шаге «Выбор».
summary-idle-next = Включите { $name } или { $turn_on }
summary-none-linux = На этом компьютере не найдено ни программ Kaspersky, ни антивируса.
summary-none-linux-next = Многие домашние компьютеры с Linux работают без антивируса. Если он вам нужен, есть бесплатный ClamAV; подробнее — на шаге «Выбор».
summary-none = Активный антивирус на этом компьютере не найден.
summary-no-definitions = У { $name } еще нет антивирусных баз, поэтому программа не может распознавать угрозы.
summary-incomplete = Некоторые проверки не удалось выполнить, поэтому результат может быть неполным. Подробности — ниже.
summary-definitions-old = Антивирусные базы устарели: последнее обновление было { $when }.
summary-definitions-out-of-date = Антивирусные базы устарели.
summary-definitions-missing = Антивирусных баз нет.
summary-turn-on-defender = Откройте приложение «Безопасность Windows» и включите Microsoft Defender Antivirus: он встроен в Windows и бесплатен.
summary-update-macos = Обновляйте macOS: вместе с ней обновляется ее встроенная защита — XProtect.
summary-install-antivirus = Установите антивирус, которому вы доверяете; поможет шаг «Выбор».

## This computer's Kaspersky updates, beside the ban's dates

machine-kaspersky-updated = Антивирусные базы { $name } на этом компьютере последний раз обновлялись { $when }.
machine-kaspersky-may-stop = Kaspersky не имеет права поставлять обновления людям в США, поэтому эти обновления могут прекратиться в любой момент.
machine-kaspersky-may-stop-unknown = Если запрет США распространяется на вас, эти обновления могут прекратиться в любой момент.
machine-kaspersky-out-of-date = Они устарели.
signature-words-never-updated = ни разу не обновлялись
evidence-uninstaller = { $path }: программа удаления
summary-kaspersky-expired = На этом компьютере есть { $name }, но срок лицензии истек: программа больше не защищает этот компьютер.
summary-stale = { $name }: защита включена, но антивирусные базы устарели, поэтому программа не может защитить от новых угроз.
summary-protects = Этот компьютер защищает { $name }.
summary-kaspersky-remove-next = Список шагов покажет, как безопасно удалить программы Kaspersky.
summary-kaspersky-remove-not-covered-next = Если вы больше не пользуетесь Kaspersky, список шагов покажет, как его удалить.
summary-stale-since = { $name }: защита включена, но антивирусные базы последний раз обновлялись { $when }, поэтому программа не может защитить от новых угроз.
summary-not-protecting = { $name }: { $state }, поэтому программа не защищает этот компьютер.
summary-stale-next = Обновите антивирусные базы { $name } (список шагов покажет, как это сделать) или выберите другой антивирус.
summary-unknown = AV Switch не удалось определить, защищает ли этот компьютер какой-либо антивирус.
summary-unknown-detail = Не удалось проверить, защищает ли этот компьютер другой антивирус: см. ниже проверки, которые не удалось выполнить.
summary-unknown-next-windows = Откройте приложение «Безопасность Windows» и посмотрите раздел «Защита от вирусов и угроз»: там видно, какой антивирус включен. Затем проверьте снова.
summary-unknown-next-mac = macOS защищает себя с помощью XProtect, который обновляется вместе с системой: установите ожидающие обновления в разделе «Системные настройки» > «Основные» > «Обновление ПО», затем проверьте снова.
summary-unknown-next-linux = Проверьте снова; если какую-то часть по-прежнему не удается проверить, причина показана под ней.
summary-idle-expired = Программ Kaspersky не найдено. Программа { $name } установлена, но срок ее лицензии или подписки истек.
summary-definitions-never = Обновление антивирусных баз ни разу не было завершено.
summary-definitions-unknown = Проверка не смогла определить, когда антивирусные базы последний раз обновлялись.
summary-kaspersky-password = Программа { $name } защищена паролем: при удалении будет запрошен этот пароль. Список шагов подскажет, что делать, если пароль никто не знает.
summary-defender-policy = Возможно, { $name } не дает включиться какой-то параметр на этом компьютере: в этом случае «Безопасность Windows» сообщает, что некоторыми параметрами управляет ваша организация. Список шагов подскажет, что делать.
summary-managed = Программой { $name } управляет работодатель или его ИТ-отдел: это выпуск для организаций, или удалить ее может только администратор.
summary-managed-next = Прежде чем что-либо удалять, спросите того, кто управляет этим компьютером (работодателя или его ИТ-отдел): возможно, они сами заменяют эту программу. Список шагов объясняет запрет и то, о чем спросить.
summary-left-behind = Остались части программ, которые уже не установлены (они перечислены в разделе «Остатки»). Список шагов покажет, как их убрать.
evidence-xprotect-old-copy = XProtect версии { $version } из старой копии ({ $path }): начиная с macOS 15.2 эта копия больше не обновляется, поэтому используемый XProtect может быть новее
recording-detail-version = это «{ $format }» версии { $version }, а этот AV Switch читает «{ $expected }» версий с 1 по { $latest }
recording-detail-outside = «{ $name }» находится вне папки записи
recording-detail-either = для «{ $entry }» нужно ровно одно из двух: { $one } или { $other }
recording-detail-command-error = «{ $kind }» — неизвестная для AV Switch ошибка команды
