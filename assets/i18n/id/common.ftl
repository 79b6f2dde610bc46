# Kata-kata umum: tanggal, lama waktu, nama-nama.

## Tanggal dan jam

month-january = Januari
month-february = Februari
month-march = Maret
month-april = April
month-may = Mei
month-june = Juni
month-july = Juli
month-august = Agustus
month-september = September
month-october = Oktober
month-november = November
month-december = Desember

weekday-monday = Senin
weekday-tuesday = Selasa
weekday-wednesday = Rabu
weekday-thursday = Kamis
weekday-friday = Jumat
weekday-saturday = Sabtu
weekday-sunday = Minggu

date = { $day } { $month } { $year }
date-weekday = { $weekday }, { $date }
date-month = { $month } { $year }
date-instant = { $date }, pukul { $time } (UTC{ $offset })
time-of-day = { $hour }.{ $minute }

## Lama waktu

count-year = { $n } tahun
count-month = { $n } bulan
count-day = { $n } hari
count-hour = { $n } jam
count-minute = { $n } menit
span-pair = { $big } { $small }
span-under-a-minute = kurang dari satu menit
relative-now = saat ini
relative-future = { $span } lagi
relative-past = { $span } yang lalu

## Joining

# Two sentences one after the other: "Your plan was saved. It is in Documents."
sentences = { $first } { $then }
# A label and what follows it: "Sources: ...", "This computer: ...".
labelled = { $label }: { $value }
# Words with a remark in parentheses: "Your checklist (2 of 14 done)".
with-aside = { $text } ({ $aside })
