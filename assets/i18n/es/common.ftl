# Palabras comunes: fechas, duraciones, nombres de cosas.

## Fechas y horas

month-january = enero
month-february = febrero
month-march = marzo
month-april = abril
month-may = mayo
month-june = junio
month-july = julio
month-august = agosto
month-september = septiembre
month-october = octubre
month-november = noviembre
month-december = diciembre

weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo

date = { $day } de { $month } de { $year }
date-weekday = { $weekday }, { $date }
date-month = { $month } de { $year }
date-instant = { $date }, { $time } (UTC{ $offset })
time-of-day = { $hour }:{ $minute }

## Duraciones

count-year = { $n ->
        [one] { $n } año
       *[other] { $n } años
    }
count-month = { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }
count-day = { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
count-hour = { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
count-minute = { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
span-pair = { $big } y { $small }
span-under-a-minute = menos de un minuto
relative-now = ahora mismo
relative-future = dentro de { $span }
relative-past = hace { $span }

## Joining

# Two sentences one after the other: "Your plan was saved. It is in Documents."
sentences = { $first } { $then }
# A label and what follows it: "Sources: ...", "This computer: ...".
labelled = { $label }: { $value }
# Words with a remark in parentheses: "Your checklist (2 of 14 done)".
with-aside = { $text } ({ $aside })
