# Shared words: dates, durations, names of things.
# English (United States readers; the ban is a U.S. ban).

## Dates and times

month-january = январь
month-february = февраль
month-march = март
month-april = апрель
month-may = май
month-june = июнь
month-july = июль
month-august = август
month-september = сентябрь
month-october = октябрь
month-november = ноябрь
month-december = декабрь

weekday-monday = понедельник
weekday-tuesday = вторник
weekday-wednesday = среда
weekday-thursday = четверг
weekday-friday = пятница
weekday-saturday = суббота
weekday-sunday = воскресенье

# "29 September 2024". $number is the month as a number (1-12), for a language
# whose month names change form inside a date.
date = { $day } { $number ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
        [12] декабря
       *[other] { $month }
    } { $year } г.
# "Saturday, 5 December 2026"
date-weekday = { $weekday }, { $date }
# "June 2024". $number is the month as a number (1-12).
date-month = { $month } { $year } г.
# "28 September 2024, 9:00 p.m. (UTC-07:00)"
date-instant = { $date }, { $time } (UTC{ $offset })
# $hour is 00-23, $hour12 is 1-12, $minute has two digits, $pm is yes or no.
time-of-day = { $hour }:{ $minute }

## Durations

count-year = { $n ->
        [one] { $n } год
        [few] { $n } года
        [many] { $n } лет
       *[other] { $n } года
    }
count-month = { $n ->
        [one] { $n } месяц
        [few] { $n } месяца
        [many] { $n } месяцев
       *[other] { $n } месяца
    }
count-day = { $n ->
        [one] { $n } день
        [few] { $n } дня
        [many] { $n } дней
       *[other] { $n } дня
    }
count-hour = { $n ->
        [one] { $n } час
        [few] { $n } часа
        [many] { $n } часов
       *[other] { $n } часа
    }
count-minute = { $n ->
        [one] { $n } минуту
        [few] { $n } минуты
        [many] { $n } минут
       *[other] { $n } минуты
    }
# "2 years and 1 month"
span-pair = { $big } и { $small }
span-under-a-minute = меньше минуты
relative-now = прямо сейчас
relative-future = через { $span }
relative-past = { $span } назад

## Joining

# Two sentences one after the other: "Your plan was saved. It is in Documents."
sentences = { $first } { $then }
# A label and what follows it: "Sources: ...", "This computer: ...".
labelled = { $label }: { $value }
# Words with a remark in parentheses: "Your checklist (2 of 14 done)".
with-aside = { $text } ({ $aside })
