# Shared words: dates, durations, names of things.
# English (United States readers; the ban is a U.S. ban).

## Dates and times

month-january = janeiro
month-february = fevereiro
month-march = março
month-april = abril
month-may = maio
month-june = junho
month-july = julho
month-august = agosto
month-september = setembro
month-october = outubro
month-november = novembro
month-december = dezembro

weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo

# "29 September 2024". $number is the month as a number (1-12), for a language
# whose month names change form inside a date.
date = { $day ->
        [one] 1º
       *[other] { $day }
    } de { $month } de { $year }
# "Saturday, 5 December 2026"
date-weekday = { $weekday }, { $date }
# "June 2024". $number is the month as a number (1-12).
date-month = { $month } de { $year }
# "28 September 2024, 9:00 p.m. (UTC-07:00)"
date-instant = { $date }, às { $time } (UTC{ $offset })
# $hour is 00-23, $hour12 is 1-12, $minute has two digits, $pm is yes or no.
time-of-day = { $hour }:{ $minute }

## Durations

count-year = { $n ->
        [one] { $n } ano
       *[other] { $n } anos
    }
count-month = { $n ->
        [one] { $n } mês
       *[other] { $n } meses
    }
count-day = { $n ->
        [one] { $n } dia
       *[other] { $n } dias
    }
count-hour = { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
count-minute = { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
# "2 years and 1 month"
span-pair = { $big } e { $small }
span-under-a-minute = menos de um minuto
relative-now = agora mesmo
relative-future = daqui a { $span }
relative-past = há { $span }

## Joining

# Two sentences one after the other: "Your plan was saved. It is in Documents."
sentences = { $first } { $then }
# A label and what follows it: "Sources: ...", "This computer: ...".
labelled = { $label }: { $value }
# Words with a remark in parentheses: "Your checklist (2 of 14 done)".
with-aside = { $text } ({ $aside })
