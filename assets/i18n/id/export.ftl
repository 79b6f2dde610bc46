# Rencana yang diekspor (Markdown, teks, halaman web, JSON, kalender) dan
# laporan `avswitch check`.

export-title = AV Switch: rencana Anda untuk berganti antivirus
export-made-on = Dibuat pada { $when }.
# A deadline in an export: "Sales end in the U.S.: 20 July 2024 (2 years ago). What it means."
# $title, $when, $relative, $meaning.
export-milestone = { $title }: { $when } ({ $relative }). { $meaning }
export-where-things-stand = Keadaan saat ini
coverage-unknown = { coverage-unknown-command-line } Anda bisa menjawabnya di langkah Periksa.
# The command line: its own way to answer follows.
coverage-unknown-command-line = Belum diketahui apakah larangan AS mencakup Anda: larangan itu mencakup orang yang berada di Amerika Serikat dan warga negara serta penduduk tetap AS di mana pun.
coverage-not-covered = Menurut jawaban Anda, larangan AS tidak mencakup Anda: Anda memakai komputer ini di luar Amerika Serikat dan bukan warga negara maupun penduduk tetap AS.
coverage-covered = Menurut jawaban Anda, larangan AS mencakup Anda: larangan itu berlaku bagi orang yang berada di Amerika Serikat dan bagi warga negara serta penduduk tetap AS di mana pun.
export-this-computer = Komputer ini
export-not-checked = Komputer ini tidak diperiksa untuk daftar ini.
export-next = Langkah berikutnya: { $step }
export-checklist = Daftar periksa Anda
export-finish-by = Selesaikan paling lambat { $day }.
export-finish-by-suggested = Belum ada tanggal selesai yang dipilih; seminggu dari hari ini adalah { $day }.
export-replacement = Pengganti: { $name }.
export-replacement-none = Pengganti: belum dipilih.
export-confirmed = dipastikan oleh pemeriksaan
export-sources = Sumber
calendar-event = Selesaikan penggantian antivirus
calendar-reminder = Besok: selesaikan penggantian antivirus
calendar-still-to-do = Yang belum dikerjakan:

## Satu temuan dalam satu baris

flag-affected = terkena larangan AS
flag-affected-if-covered = terkena larangan AS jika larangan itu berlaku bagi Anda
flag-made-by-kaspersky = produk Kaspersky
flag-replacement = dipasang sebagai pengganti Kaspersky
flag-built-in = bawaan sistem
state-words-on = aktif
state-words-off = nonaktif
state-words-snoozed = dijeda (berhenti sementara)
state-words-expired = kedaluwarsa (lisensi atau langganannya sudah berakhir)
state-words-installed = terpasang (tidak diketahui apakah berjalan)
finding-definitions = definisi virus: { $words }
definitions-up-to-date = mutakhir
definitions-out-of-date = usang
definitions-missing = belum ada yang terpasang
definitions-unknown = tidak dilaporkan
definitions-age = terakhir diperbarui { $when }
definitions-version = versi { $version }
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

report-title = AV Switch: pemeriksaan komputer ini ({ $system }), { $date }
report-next = Langkah berikutnya: { $step }
report-source = Sumber: { $publisher }, "{ $title }", { $url }
report-nothing-found = Tidak ditemukan program keamanan.
report-found = Ditemukan:
report-failures = Pemeriksaan yang tidak bisa dijalankan:
report-left-behind = Sisa yang tertinggal (bagian dari program yang sudah dihapus):
report-left-behind-clean = Sisa yang tertinggal: tidak ada sisa Kaspersky atau UltraAV yang ditemukan.
report-version = Versi: { $version }
report-seen-by = Dilihat oleh { $probe }: { $detail }
report-ban = Larangan: { $status }
definitions-never-updated = belum pernah diperbarui: program ini menyatakan belum pernah berhasil memperbarui
export-seen-by = { $probe }: { $detail }
report-nothing-found-partly = Tidak ada program keamanan yang ditemukan oleh pemeriksaan yang bisa dijalankan; yang tidak bisa dijalankan tercantum di bawah.
report-answer-coverage = Untuk menyebutkan di mana Anda memakai komputer ini, periksa lagi dengan --region us, atau dengan --region elsewhere dan --us-person yes atau no.
export-command = Ketik perintah ini di terminal
