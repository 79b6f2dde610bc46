# Shared words: dates, durations, names of things.
# English (United States readers; the ban is a U.S. ban).

## Dates and times

month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

# "29 September 2024". $number is the month as a number (1-12), for a language
# whose month names change form inside a date.
date = { $day } { $month } { $year }
# "Saturday, 5 December 2026"
date-weekday = { $weekday }, { $date }
# "June 2024". $number is the month as a number (1-12).
date-month = { $month } { $year }
# "28 September 2024, 9:00 p.m. (UTC-07:00)"
date-instant = { $date }, { $time } (UTC{ $offset })
# $hour is 00-23, $hour12 is 1-12, $minute has two digits, $pm is yes or no.
time-of-day = { $hour12 }:{ $minute } { $pm ->
        [yes] p.m.
       *[no] a.m.
    }

## Durations

count-year = { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
count-month = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
count-day = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
count-hour = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
count-minute = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
# "2 years and 1 month"
span-pair = { $big } and { $small }
span-under-a-minute = less than a minute
relative-now = right now
relative-future = in { $span }
relative-past = { $span } ago

## Joining

# Two sentences one after the other: "Your plan was saved. It is in Documents."
sentences = { $first } { $then }
# A label and what follows it: "Sources: ...", "This computer: ...".
labelled = { $label }: { $value }
# Words with a remark in parentheses: "Your checklist (2 of 14 done)".
with-aside = { $text } ({ $aside })
