# Jendela: langkah, tombol, pertanyaan, dan pesan.

## Panduan langkah demi langkah

step-welcome = Awal
    .title = Selamat datang di AV Switch
step-check = Periksa
    .title = Periksa komputer ini
step-deadlines = Tenggat
    .title = Tenggat waktu, dan keadaan hari ini
step-choose = Pilih
    .title = Pilih pengganti
step-checklist = Daftar
    .title = Daftar periksa Anda
step-export = Simpan
    .title = Simpan, cetak, atau bagikan rencana Anda
wizard-step-count = Langkah { $number } dari { $total }
# The compact step row's menu, when the steps do not fit on one line.
wizard-steps-menu = Langkah { $number } dari { $total }: { $name }
# What a screen reader says for that menu; $steps is its label.
wizard-steps-menu-name = Langkah-langkah: { $steps }
# The window's name for screen readers; $page is the current page's title.
window-name = AV Switch - { $page }
# Regions a screen reader lists and jumps between.
region-steps = Langkah-langkah
region-actions = Kembali dan lanjut
region-notice = Pesan
region-page-scroll = Gulir halaman: { $page }
region-notice-scroll = Gulir pesan
wizard-step-label = Langkah { $number }: { $name }, { $state ->
        [current] langkah saat ini
        [visited] sudah dikunjungi
       *[unvisited] belum dikunjungi
    }
wizard-step-here = Anda di sini
wizard-step-go-back = Kembali ke langkah ini
wizard-step-later = Langkah ini tercapai dengan Lanjut
wizard-back = Kembali
wizard-next = Lanjut
wizard-next-hint = Ke { $step }
wizard-dismiss = Tutup pesan
start-over-title = Mulai dari awal?
start-over-body = Ini menghapus jawaban Anda, pilihan Anda, dan semua centang, lalu kembali ke awal. Tindakan ini tidak bisa dibatalkan.
start-over-confirm = Ya, mulai dari awal
start-over-cancel = Simpan kemajuan saya

## Menu tampilan dan bahasa

display-menu = Tampilan
display-colours = Warna
display-follow-system = Ikuti sistem
display-light = Terang
display-dark = Gelap
display-text-size = Ukuran teks: { $percent }%
display-text-size-largest = Ukuran teks: { $percent }%, paling besar
display-text-size-smallest = Ukuran teks: { $percent }%, paling kecil
display-smaller = Teks lebih kecil
display-normal = Ukuran normal
display-larger = Teks lebih besar
display-shortcuts = Ctrl + dan Ctrl - juga bisa dipakai.
language-menu = Bahasa: { $language }
language-follow-system = Ikuti sistem ({ $language })

## Pesan

notice-no-store = Kemajuan Anda tidak akan disimpan: { $error }.
# The window was set to Chinese, but no font for Chinese letters was found on
# this computer, so it is shown in English (or in the language chosen after).
# $chinese is the same notice in Chinese, shown below it.
notice-no-chinese-font = Tidak ditemukan font untuk aksara Tionghoa di komputer ini, jadi AV Switch tidak dapat ditampilkan dalam bahasa Tionghoa. Untuk membacanya dalam bahasa Tionghoa, pasang font tersebut (di Debian atau Ubuntu: sudo apt install fonts-noto-cjk), lalu buka AV Switch lagi.

    { $chinese }
notice-replaying = Jendela ini menampilkan komputer yang direkam di { $folder }: rencananya hanya berasal dari rekaman itu, dan kemajuan tersimpan Anda sendiri tidak dibaca maupun diubah.
notice-save-failed = { $error } AV Switch tetap berjalan; pilihan Anda tetap ada sampai Anda menutupnya.
notice-open-missing = { $target } tidak bisa dibuka: sudah tidak ada di tempatnya.
notice-open-no-program = { $target } tidak bisa dibuka: tidak ditemukan program untuk membukanya di komputer ini. Masih ada di tempatnya: Anda bisa membukanya sendiri dari pengelola berkas.
notice-open-link-failed = Halaman web tidak bisa dibuka: tidak ditemukan peramban web. Anda bisa menyalin alamatnya ke peramban sendiri: { $address }
notice-open-page-failed = { $page } tidak bisa dibuka: { $reason }
notice-page-windows-only = itu halaman milik Windows, dan komputer ini tidak menjalankan Windows.
notice-page-mac-only = itu halaman milik macOS, dan komputer ini tidak menjalankan macOS.
notice-page-no-program-windows = sistem tidak membukanya. Anda bisa membukanya dari menu Mulai (Start): ketik namanya.
notice-page-no-program-mac = sistem tidak membukanya. Anda bisa membukanya dari Pengaturan Sistem.
page-installed-apps = Aplikasi yang diinstal
page-windows-security = Keamanan Windows
page-software-update = Pembaruan Perangkat Lunak
notice-copy-address = Salin alamat
notice-details = Rincian
store-no-data-dir = tidak ditemukan folder untuk data Anda di komputer ini
store-folder-read-only = Kemajuan Anda tidak bisa disimpan di { $folder } (folder itu hanya-baca).
store-write-failed = Kemajuan Anda tidak bisa disimpan di { $folder }.
store-saving-off = Kemajuan Anda tidak disimpan, agar berkas yang tidak terbaca tidak tertimpa.
store-unopenable = Kemajuan Anda yang tersimpan di { $path } tidak bisa dibuka. AV Switch mulai dari awal dan tidak akan mengubah berkas itu.
store-set-aside = { $problem } AV Switch mulai dari awal dan menyimpan berkas lama di { $aside }.
store-set-aside-failed = { $problem } Berkas itu tidak bisa dipindahkan, jadi AV Switch mulai dari awal dan tidak akan menyimpan kemajuan Anda, sehingga berkas itu dibiarkan apa adanya: { $path }.
store-left-as-is = { $problem } Berkas itu dibiarkan apa adanya di { $path }, dan ekspor ini dimulai tanpa kemajuan tersimpan.
store-problem-damaged = Kemajuan Anda yang tersimpan tidak bisa dibaca: berkasnya rusak.
store-problem-no-version = Kemajuan Anda yang tersimpan tidak bisa dibaca: berkas itu bukan buatan AV Switch.
store-left-out = { $count ->
       *[other] { $count } nilai tersimpan (centang atau jawaban) tidak bisa dibaca dan dilewati; selebihnya tetap disimpan.
    }
store-left-out-kept = { $count ->
       *[other] { $count } nilai tersimpan (centang atau jawaban) tidak bisa dibaca dan dilewati; selebihnya tetap disimpan. Anda mungkin perlu mencentang atau menjawabnya lagi.
    } Berkas aslinya disimpan di { $kept }.
store-newer-kept = Kemajuan Anda yang tersimpan di { $newer } dibuat oleh versi AV Switch yang lebih baru. Berkas itu dibiarkan apa adanya untuk versi tersebut; versi ini menyimpan kemajuannya sendiri di { $own }.
store-two-notices = { $first } { $second }
cli-window-failed = Jendela AV Switch tidak bisa dibuka.
cli-output-failed = keluaran tidak bisa ditulis: { $detail }
cli-recorded = apa yang dibaca pemeriksaan disimpan di { $path }. Periksa isinya sebelum Anda membagikannya: isinya bisa menunjukkan nama pengguna, folder, dan program yang Anda miliki.
cli-about = Beralih dari antivirus Kaspersky dengan tenang dan aman.
cli-usage = Cara pakai
cli-commands = Perintah
cli-options = Opsi
cli-help = Tampilkan bantuan
cli-version = Tampilkan versi
cli-check = Periksa program keamanan apa saja yang ada di komputer ini, lalu cetak laporannya. Apakah larangan AS berlaku bagi Anda bergantung pada tempat tinggal dan kewarganegaraan Anda: jawab dengan --region dan --us-person.
cli-check-json = Cetak dokumen JSON, bukan teks.
cli-check-quiet = Jangan cetak apa pun: hanya status keluar yang menyatakan hasilnya (lihat dokumentasi).
cli-export = Ekspor daftar periksa Anda, beserta kemajuan yang tersimpan.
cli-export-format = Format berkas: md, txt, html, json, atau ics.
cli-export-out = Tulis ke berkas ini, bukan ke keluaran standar (- juga berarti keluaran standar).
cli-export-no-scan = Pakai kemajuan tersimpan saja: jangan periksa komputer ini dulu.
cli-region = Di mana Anda paling sering memakai komputer ini: us, elsewhere, atau unknown (bawaan: jawaban yang tersimpan di jendela, atau unknown).
cli-us-person = Apakah Anda warga negara atau penduduk tetap AS: yes atau no (penting jika wilayahnya elsewhere).
cli-bad-lang = "{ $code }" bukan salah satu dari { $known }
cli-check-record = Simpan juga apa yang dibaca pemeriksaan di folder baru ini, untuk dilihat atau dibagikan (lihat docs/command-line.md).
cli-replay = Periksa komputer yang direkam di folder ini, bukan komputer ini.

## Selamat datang

welcome-lead = Sejak larangan di AS, Kaspersky tidak boleh lagi mengirim pembaruan kepada orang yang berada di Amerika Serikat. AV Switch membantu Anda memeriksa komputer ini, memahami tenggat waktunya, dan mengganti Kaspersky dengan aman, selangkah demi selangkah.
welcome-lead-unknown = Pada 2024 Amerika Serikat melarang antivirus Kaspersky bagi orang yang berada di AS serta bagi warga negara dan penduduk tetap AS di luar negeri: sejak { $updates_day } Kaspersky tidak boleh lagi memperbaruinya untuk mereka. AV Switch membantu Anda memeriksa komputer ini, melihat arti larangan itu bagi Anda, dan mengganti Kaspersky dengan aman jika Anda mau.
welcome-lead-not-covered = Menurut jawaban Anda, larangan AS terhadap Kaspersky tidak mencakup Anda. AV Switch tetap bisa memeriksa komputer ini, menjelaskan larangannya, dan membantu Anda berganti antivirus dengan tenang jika Anda memilihnya.
welcome-privacy = Semuanya berjalan di komputer ini: tidak ada yang dikirim ke mana pun, Anda tidak perlu akun, dan tidak ada yang diubah di komputer Anda kecuali Anda mengklik tombol yang menyatakannya.
welcome-begin = Mulai
welcome-begin-hint = Mulai dengan memeriksa komputer ini
sources-label = Sumber:

## Periksa

check-lead = AV Switch melihat pengaturan keamanan dan program yang terpasang di komputer ini. AV Switch hanya membaca: tidak ada yang diubah.
check-start = Periksa komputer ini
check-again = Periksa lagi
check-running = Memeriksa komputer ini...
check-running-body = Biasanya hanya beberapa detik. Sambil menunggu, Anda bisa terus membaca atau pindah ke langkah lain.
check-running-hint = Pemeriksaan sedang berjalan
check-checked-at = Diperiksa pukul { $time } ({ $seconds ->
        [0] kurang dari satu detik
       *[other] { $seconds } detik
    })
check-found = Yang ditemukan
check-failures = Pemeriksaan yang tidak bisa dijalankan
check-failures-body = Temuan pemeriksaan lainnya ada di atas.
check-left-behind = Sisa yang tertinggal
check-left-behind-body = Bagian-bagian dari program yang sudah tidak ada ini masih ditemukan. Semuanya tidak berguna lagi; daftar periksa menjelaskan cara menghapus masing-masing.
check-left-behind-clean = Tidak ada sisa Kaspersky atau UltraAV yang ditemukan.
check-kind-by = { $kind } dari { $vendor }
check-with-version = { $text }, versi { $version }
check-status = Status: { $state }.
check-definitions = Definisi virus: { $words }.
check-how-known = Bagaimana AV Switch mengetahuinya
check-questions = Beberapa pertanyaan yang tidak bisa dijawab oleh pemeriksaan
check-question-devices = Perangkat Anda yang mana lagi yang memakai Kaspersky?
check-question-apps = Aplikasi Kaspersky mana yang Anda pakai?
check-question-apps-hint = Sudah dicentang jika pemeriksaan menemukannya di komputer ini.
check-question-renewal = Apakah langganan Kaspersky Anda diperpanjang otomatis dan menagih Anda setiap tahun?
check-question-region = Di mana Anda paling sering memakai komputer ini?
check-question-region-why = Larangan AS berlaku menurut kewarganegaraan dan status penduduk tetap, dan juga menurut tempat, jadi AV Switch menanyakannya. Jawaban Anda tetap di komputer ini.
check-question-us-person = Apakah Anda warga negara AS atau penduduk tetap AS (pemegang green card)?
check-region-suggested = Pengaturan wilayah komputer ini adalah { $country }, yang menunjukkan “{ $answer }”. Ini belum menjadi jawaban Anda sampai Anda memilihnya.
check-region-confirm = Konfirmasi: { $answer }
region-us = Di Amerika Serikat
region-elsewhere = Di negara lain
device-android = Ponsel atau tablet Android
device-iphone = iPhone atau iPad
device-mac = Mac
device-windows-pc = PC Windows lainnya
answer-yes = Ya
answer-no = Tidak
answer-not-sure = Tidak yakin
answer-prefer-not = Memilih tidak menjawab

## Tenggat waktu

deadlines-lead = Larangan ini berlaku dalam dua tahap. Inilah arti setiap tanggal bagi Anda, dan keadaan hari ini.
deadlines-meanings = Arti setiap tanggal
deadlines-official-time = Waktu resmi: { $time }
deadlines-local-time = Menurut jam komputer ini: { $time }
deadlines-date = Tanggal: { $date }
deadlines-topic-legal = Apakah melanggar hukum jika tetap memakai Kaspersky?
deadlines-topic-scope = Apa saja yang dicakup larangan ini
deadlines-topic-advice = Saran pemerintah AS
deadlines-topic-after = Apa yang terjadi setelah larangan
deadlines-sources = Sumber
deadlines-sources-body = Setiap pernyataan AV Switch tentang larangan ini berasal dari salah satu sumber berikut. Tautannya terbuka di peramban web Anda.
timeline-today = Hari ini, { $date }
timeline-milestone = { $title }, { $date } ({ $state ->
        [past] sudah lewat
       *[future] akan datang
    })
timeline-label = Garis waktu: { $parts }

## Pilih

choose-lead = Antivirus terkenal apa pun yang selalu diperbarui melindungi jauh lebih baik daripada antivirus yang tidak lagi mendapat pembaruan. Berikut pilihan Anda; AV Switch tidak menganjurkan merek apa pun dan tidak mendapat apa-apa dari pilihan Anda.
choose-question = Apa yang akan melindungi komputer ini mulai sekarang?
choose-built-in = Sudah ada di komputer Anda
choose-built-in-packages = Gratis, dari paket sistem Anda
choose-built-in-windows = Pakai { $name } (bawaan Windows, gratis)
    .explained = Tidak ada yang perlu dibeli atau diunduh: program ini menyala sendiri begitu tidak ada antivirus lain yang aktif, dan Windows Update menjaganya tetap mutakhir.
    .explained-stale = Tidak ada yang perlu dibeli atau diunduh. Di komputer ini definisi virusnya sudah usang: daftar periksa menunjukkan cara memperbaruinya.
choose-built-in-mac = Pakai { $name } (bawaan macOS, gratis)
    .explained = Tidak ada yang perlu dibeli atau diunduh: bagian dari macOS dan diperbarui bersamanya. Banyak pemilik Mac tidak memakai yang lain.
choose-built-in-linux = Pakai { $name } (gratis, dari paket sistem Anda)
    .explained = Banyak komputer rumahan dengan Linux berjalan tanpa antivirus. ClamAV adalah pilihan gratis yang umum jika Anda ingin memakainya.
choose-ultraav = UltraAV, yang menggantikan Kaspersky
choose-ultraav-body = UltraAV dipasang di banyak komputer Windows di AS sebagai pengganti Kaspersky, tanpa langkah terpisah yang meminta persetujuan lebih dulu, dan langganan Kaspersky berpindah ke UltraAV dengan tagihan yang sama. Sebagian orang mendapati UltraAV hanya bisa dihapus dengan program penghapus instalannya sendiri.
choose-ultraav-keep-or-switch = Anda boleh tetap memakainya jika merasa puas, atau beralih ke program pilihan Anda sendiri.
choose-keep-ultraav = Tetap pakai UltraAV
choose-products = Produk lain
choose-products-body = Diurutkan menurut abjad. Unduh produk mana pun hanya dari situs web resmi pembuatnya.
choose-products-linux = Kebanyakan antivirus komersial untuk rumah hanya dibuat untuk Windows dan macOS. Yang berikut juga dibuat untuk Linux:
choose-other = Produk lain:
choose-other-hint = namanya
choose-other-name = Nama produk lain
choose-other-kaspersky = { $name } buatan Kaspersky, jadi tidak menggantikan Kaspersky: ketik produk dari pembuat lain, atau pilih salah satu di atas.
choose-guide = Cara memilih
choose-guide-labs = Lihat hasil uji independen
choose-guide-labs-body = Daripada percaya begitu saja pada kata penjual, bandingkan produk dalam uji rutin yang diterbitkan laboratorium independen. Tautan ke hasilnya ada di bawah.
choose-guide-devices = Hitung perangkat yang perlu dilindungi
choose-guide-devices-none = Anda tidak menyebutkan perangkat lain yang memakai Kaspersky, jadi perlindungan untuk komputer ini sudah cukup. Anda bisa menambahkan perangkat di langkah Periksa.
choose-guide-devices-some = Komputer ini, ditambah: { $devices }. Banyak produk berbayar mencakup beberapa perangkat dengan satu langganan; perlindungan bawaan hanya mencakup perangkatnya sendiri.
choose-guide-companions = Ganti juga aplikasi Kaspersky lainnya

choose-guide-one-at-a-time = Jangan pernah menjalankan dua antivirus sekaligus
choose-guide-one-at-a-time-body = Dua program yang sama-sama mengawasi setiap berkas membuat komputer lambat dan bisa saling menghalangi. Karena itu daftar periksa memakai satu urutan: unduh yang Anda perlukan selagi perlindungan lama masih berjalan, hapus yang lama, mulai ulang komputer, lalu pasang atau nyalakan yang baru dan perbarui.

## Daftar periksa

checklist-lead = Langkah-langkah Anda untuk beralih dengan aman, berurutan, disusun dari hasil pemeriksaan dan jawaban Anda. Centang satu per satu sambil jalan: tidak apa-apa jika dikerjakan selama beberapa hari. Centang Anda tersimpan.
progress-done = { $done } dari { $total } selesai
checklist-all-done = Semua selesai.
checklist-all-done-body = Semua langkah di daftar Anda sudah dicentang. Jika belum, periksa komputer ini sekali lagi untuk memastikan komputer ini terlindungi.
checklist-how = Cara melakukannya
checklist-start-over = Mulai dari awal
checklist-start-over-hint = Hapus semua jawaban dan centang (ditanyakan dulu)
checklist-finish-by = Selesai paling lambat { $day } ({ $days ->
        [0] hari ini
        [1] besok
       *[other] { $days } hari lagi
    })
checklist-finish-by-past = Selesai paling lambat { $day } ({ $days ->
        [1] kemarin
       *[other] { $days } hari yang lalu
    })
checklist-pick-day = Pilih tanggal selesai
checklist-in-days = { $days ->
        [7] Seminggu lagi
        [14] Dua minggu lagi
       *[other] { $days } hari lagi
    }
checklist-no-date = Tanpa tanggal

## Simpan

export-lead = Simpan rencana Anda di tempat yang mudah terlihat: cetak dan letakkan di dekat komputer, tambahkan pengingat ke kalender, atau kirim ke orang yang membantu Anda.
export-choose-format = Pilih format
format-markdown = Markdown
    .purpose = Untuk aplikasi catatan dan berbagi secara daring; centang tampil sebagai kotak centang.
format-text = Teks biasa
    .purpose = Bisa dibuka di mana saja, bahkan di penyunting paling sederhana; hasil cetaknya juga bagus.
format-html = Halaman web untuk dicetak
    .purpose = Paling cocok untuk dicetak: huruf besar dan kotak kosong untuk dicentang dengan tangan.
format-json = Data JSON
    .purpose = Untuk program lain, atau untuk orang yang membantu Anda dengan alatnya sendiri.
format-calendar = Pengingat kalender
    .purpose = Menambahkan pengingat ke kalender Anda untuk hari Anda ingin selesai.
export-save = Simpan...
export-saving = Menyimpan...
export-save-hint = Pilih tempat menyimpan berkas
export-copy = Salin sebagai teks
export-copy-hint = Taruh rencana di papan klip, untuk ditempel ke email
export-print = Cetak
export-print-hint = Buka halaman cetak di peramban web Anda
export-waiting = Menunggu Anda memilih tempat di jendela simpan...
export-open = Buka
export-show-in-folder = Tampilkan di folder
export-copied = Tersalin sebagai teks biasa. Anda bisa menempelkannya ke email atau dokumen.
export-printing = Halaman cetak terbuka di peramban web Anda. Pakai perintah Cetak di sana (Ctrl+P, atau Cmd+P di Mac).
export-not-saved = Tidak tersimpan.
export-no-dialog = Jendela simpan tidak bisa ditampilkan di komputer ini, jadi AV Switch memilih tempat ini untuk berkas tersebut.
export-read-only = { $path } hanya-baca, jadi berkas itu tidak diganti.
export-replace = Tetap ganti
export-keep = Biarkan
export-not-a-file = { $path } adalah folder atau perangkat, bukan berkas, jadi tidak ada yang ditulis di sana. Pilih nama berkas.
export-write-failed = { $path } tidak bisa ditulis. Tidak ada yang diubah di sana. Coba folder lain, misalnya Dokumen.
export-dialog-crashed = Jendela simpan berhenti secara tidak terduga. Tidak ada yang disimpan.
export-print-no-program = Halaman cetak sudah disimpan di { $path }, tetapi tidak ditemukan program untuk membukanya. Buka di peramban web Anda untuk mencetaknya.
export-print-write-failed = Halaman cetak tidak bisa ditulis.
export-dialog-title = Simpan rencana AV Switch Anda
checklist-copied = Disalin. Tempelkan ke terminal dan jalankan di sana.
checklist-just-confirmed = Diperiksa lagi: pemeriksaan kini memastikan { $items }.
uninstall-question-title = Jalankan penghapus instalan?
uninstall-question-body = Pemeriksaan tidak melihat antivirus lain yang aktif dan mutakhir, jadi komputer ini tidak akan punya antivirus aktif sejak Kaspersky dihapus sampai perlindungan baru menyala. Langkah Pilih membantu Anda memilihnya lebih dulu.
uninstall-question-body-defender = Pemeriksaan tidak melihat antivirus lain yang aktif dan mutakhir, jadi komputer ini tidak akan punya antivirus aktif sampai Microsoft Defender Antivirus menyala. Windows seharusnya menyalakannya sendiri setelah Kaspersky dihapus; daftar periksa lalu memastikannya.
uninstall-question-body-chosen = Pemeriksaan tidak melihat antivirus lain yang aktif dan mutakhir, jadi komputer ini tidak akan punya antivirus aktif sejak Kaspersky dihapus sampai { $name } menyala. Siapkan dulu pemasangnya.
uninstall-question-confirm = Jalankan penghapus instalan
uninstall-question-cancel = Nanti saja
notice-uninstaller-failed = Program penghapus instalan tidak bisa dijalankan. Buka Pengaturan > Aplikasi > Aplikasi yang diinstal dan hapus instalan programnya dari sana.
choose-guide-companions-covered = Anda memakai { $apps }. Larangan AS juga berlaku untuk aplikasi itu, dan daftar periksa mencakup cara menggantinya. Sebagian paket keamanan sudah termasuk pengelola kata sandi atau VPN.
choose-guide-companions-unknown = Anda memakai { $apps }. Jika larangan AS berlaku untuk Anda, aplikasi itu juga termasuk, dan daftar periksa mencakup cara menggantinya. Sebagian paket keamanan sudah termasuk pengelola kata sandi atau VPN.
choose-guide-companions-chosen = Anda memakai { $apps }. Jika Anda beralih dari Kaspersky, ganti juga aplikasi itu: begitu Anda memilih pengganti, daftar periksa mencakupnya. Sebagian paket keamanan sudah termasuk pengelola kata sandi atau VPN.

## Mencetak secara pribadi, dan menulis di luar utas jendela

export-writing = Sedang menulis berkas...
export-write-crashed = Penulisan { $path } berhenti tiba-tiba, jadi berkas itu tidak diganti.
notice-print-clean-failed = Halaman cetak dari sesi sebelumnya tidak bisa dihapus dari { $folder }. Halaman itu berisi jawaban Anda: Anda bisa menghapusnya sendiri.

## Kata-kata yang dulu dirangkai di kode

source-named-not-linked = { $name } (artikel tidak ditautkan)
deadlines-source-number = { $number }.
deadlines-source-about = { $publisher }, { $date }
store-detail-format = format kemajuan { $found }; versi AV Switch ini membaca format { $read }

## Yang didengar pembaca layar

export-saved-at = Disimpan sebagai { $path }.
check-how-known-name = Bagaimana AV Switch mengetahuinya: { $name }
checklist-how-name = Cara melakukannya: { $item }
checklist-link-name = { $link }: { $item }
checklist-link-web = Membuka halaman { $site } di peramban web Anda.
checklist-link-step = Membuka langkah AV Switch tersebut.
checklist-link-system = Membuka halaman pengaturan komputer Anda tersebut. Tidak ada yang berubah sampai Anda sendiri mengubahnya.

## Baris perintah, dengan kata-kata sederhana

cli-lang = Bahasa jendela, laporan, atau berkas: { $codes } (bawaan: bahasa yang dipilih di jendela, atau bahasa sistem).
cli-window = Jalankan avswitch saja, tanpa perintah, untuk membuka jendelanya.
cli-placeholder-options = OPSI
cli-placeholder-command = PERINTAH
cli-value-language = BAHASA
cli-value-folder = FOLDER
cli-value-format = FORMAT
cli-value-file = BERKAS
cli-value-region = WILAYAH
cli-value-answer = JAWABAN
cli-error-unknown-argument = "{ $argument }" bukan opsi dari { $command }.
cli-error-did-you-mean = Apakah maksud Anda { $suggestion }?
cli-error-unknown-command = "{ $command }" bukan perintah. Perintahnya adalah check dan export; avswitch saja membuka jendelanya.
cli-error-invalid-value = "{ $value }" tidak bisa dipakai untuk { $argument }: gunakan { $values }.
cli-error-missing = { $arguments } harus diberikan.
cli-error-conflict = { $first } dan { $second } tidak bisa dipakai bersamaan.
cli-error-value-form = { $argument } tidak ditulis sebagaimana mestinya: lihat bantuannya.
cli-error-other = Baris perintah ini tidak bisa dipahami.
cli-error-help = Untuk keterangan lebih lanjut, jalankan: { $help }
list-or = { $first } atau { $last }
cli-folder-missing = Folder { $path } tidak ada.
cli-no-display = Jendela AV Switch memerlukan desktop, dan di sini tidak ada. Di terminal, "avswitch check" memeriksa komputer ini dan "avswitch export --format txt" menulis daftar periksa Anda; "avswitch --help" menjelaskan selebihnya.
cli-no-window = Versi AV Switch ini tidak punya jendela: dibuat untuk baris perintah saja. Jalankan avswitch check, atau avswitch export --format html --out plan.html.
cli-record-replaying = AVSWITCH_REPLAY menunjuk komputer yang direkam, jadi komputer ini tidak bisa direkam pada saat yang sama. Hapus AVSWITCH_REPLAY untuk merekam komputer ini.
checklist-link-file = Membukanya di komputer ini, seperti jika diklik dua kali.
checklist-uninstall-hint = Menjalankan program penghapus instalan milik program ini, sama dengan yang dijalankan Aplikasi yang diinstal. AV Switch sendiri tidak menghapus apa pun.
checklist-copy-hint = Menyalin perintah di atas ke papan klip, untuk Anda tempel di terminal. AV Switch tidak menjalankannya.
