# Shared words: dates, durations, names of things.
# English (United States readers; the ban is a U.S. ban).

## Dates and times

month-january = tháng 1
month-february = tháng 2
month-march = tháng 3
month-april = tháng 4
month-may = tháng 5
month-june = tháng 6
month-july = tháng 7
month-august = tháng 8
month-september = tháng 9
month-october = tháng 10
month-november = tháng 11
month-december = tháng 12

weekday-monday = Thứ Hai
weekday-tuesday = Thứ Ba
weekday-wednesday = Thứ Tư
weekday-thursday = Thứ Năm
weekday-friday = Thứ Sáu
weekday-saturday = Thứ Bảy
weekday-sunday = Chủ Nhật

# "29 September 2024". $number is the month as a number (1-12), for a language
# whose month names change form inside a date.
date = ngày { $day } { $month } năm { $year }
# "Saturday, 5 December 2026"
date-weekday = { $weekday }, { $date }
# "June 2024". $number is the month as a number (1-12).
date-month = { $month } năm { $year }
# "28 September 2024, 9:00 p.m. (UTC-07:00)"
date-instant = { $time } { $date } (UTC{ $offset })
# $hour is 00-23, $hour12 is 1-12, $minute has two digits, $pm is yes or no.
time-of-day = { $hour }:{ $minute }

## Durations

count-year = { $n } năm
count-month = { $n } tháng
count-day = { $n } ngày
count-hour = { $n } giờ
count-minute = { $n } phút
# "2 years and 1 month"
span-pair = { $big } { $small }
span-under-a-minute = chưa đến một phút
relative-now = ngay lúc này
relative-future = { $span } nữa
relative-past = { $span } trước

## Joining

# Two sentences one after the other: "Your plan was saved. It is in Documents."
sentences = { $first } { $then }
# A label and what follows it: "Sources: ...", "This computer: ...".
labelled = { $label }: { $value }
# Words with a remark in parentheses: "Your checklist (2 of 14 done)".
with-aside = { $text } ({ $aside })
