# Shared words: dates, durations, names of things.
# English (United States readers; the ban is a U.S. ban).

## Dates and times

month-january = 1月
month-february = 2月
month-march = 3月
month-april = 4月
month-may = 5月
month-june = 6月
month-july = 7月
month-august = 8月
month-september = 9月
month-october = 10月
month-november = 11月
month-december = 12月

weekday-monday = 星期一
weekday-tuesday = 星期二
weekday-wednesday = 星期三
weekday-thursday = 星期四
weekday-friday = 星期五
weekday-saturday = 星期六
weekday-sunday = 星期日

# "29 September 2024". $number is the month as a number (1-12), for a language
# whose month names change form inside a date.
date = { $year }年{ $month }{ $day }日
# "Saturday, 5 December 2026"
date-weekday = { $date }{ $weekday }
# "June 2024". $number is the month as a number (1-12).
date-month = { $year }年{ $month }
# "28 September 2024, 9:00 p.m. (UTC-07:00)"
date-instant = { $date } { $time }（UTC{ $offset }）
# $hour is 00-23, $hour12 is 1-12, $minute has two digits, $pm is yes or no.
time-of-day = { $hour }:{ $minute }

## Durations

count-year = { $n ->
       *[other] { $n } 年
    }
count-month = { $n ->
       *[other] { $n } 个月
    }
count-day = { $n ->
       *[other] { $n } 天
    }
count-hour = { $n ->
       *[other] { $n } 小时
    }
count-minute = { $n ->
       *[other] { $n } 分钟
    }
# "2 years and 1 month"
span-pair = { $big }零 { $small }
span-under-a-minute = 不到 1 分钟
relative-now = 此刻
relative-future = { $span }后
relative-past = { $span }前

## Joining

# Two sentences one after the other: "Your plan was saved. It is in Documents."
sentences = { $first }{ $then }
# A label and what follows it: "Sources: ...", "This computer: ...".
labelled = { $label }：{ $value }
# Words with a remark in parentheses: "Your checklist (2 of 14 done)".
with-aside = { $text }（{ $aside }）
