# Memeriksa komputer ini: apa yang ditemukan, bagaimana AV Switch tahu, dan
# pemeriksaan apa yang tidak bisa dijalankan.

## Jenis program dan keadaannya

kind-antivirus = Antivirus
kind-password-manager = Pengelola kata sandi
kind-vpn = VPN
kind-parental-control = Kontrol orang tua
kind-endpoint-agent = Agen pengelola perusahaan
check-leftover-certificate = Sertifikat akar tepercaya milik Kaspersky
check-leftover-extension = Ekstensi peramban Kaspersky Protection
check-leftover-service = Layanan dan driver
check-leftover-registry = Pengaturan di registri
check-leftover-folder = Folder
check-leftover-registration = Antivirus yang sudah dihapus tetapi masih tercantum di Windows
state-on = Aktif
state-off = Nonaktif
state-snoozed = Dijeda
state-expired = Kedaluwarsa
state-installed = Terpasang
list-and = { $first } dan { $last }
# Between the names of a list but the last two: ", " (in quotes, to keep the space).
list-separator = { ", " }
os-other = sistem ini

## Pemeriksaan, sebagaimana dilihat pengguna

probe-all = Semua pemeriksaan
probe-security-center = Windows Security Center
probe-defender = Microsoft Defender Antivirus
probe-installed-programs = Program terpasang
probe-kaspersky-update = Pembaruan terakhir Kaspersky
probe-kaspersky-settings = Pengaturan Kaspersky
probe-running-programs = Program yang berjalan
probe-applications = Aplikasi
probe-background-services = Layanan latar belakang
probe-xprotect = XProtect
probe-packages = Paket terpasang
probe-program-folders = Folder program
probe-services = Layanan
probe-clamav-database = Basis data ClamAV
probe-kesl-state = Laporan Kaspersky Endpoint Security sendiri
probe-certificates = Sertifikat tepercaya
probe-browser-extensions = Ekstensi peramban
probe-windows-services = Layanan dan driver
probe-leftover-settings = Pengaturan dan folder

## Yang dilihat setiap pemeriksaan

evidence-security-center = Dilaporkan { $state }, definisi virus { $definitions }, laporan terakhir { $reported }, program { $program }
evidence-registration-left-behind = Security Center masih mencantumkan { $name }, tetapi tidak ada program, layanan, atau entri penghapusan instalannya di komputer ini
# Beside a Security Center entry that the order of evidence set aside.
evidence-outranked = statusnya ditentukan oleh entri lain untuk produk yang sama di Security Center
signature-words-up-to-date = mutakhir
signature-words-out-of-date = usang
signature-words-missing = tidak ada
signature-words-unknown = tidak dilaporkan
value-not-known = (tidak diketahui)
evidence-defender = { $source ->
        [registry] Menurut pengaturannya di registri:
       *[report] Menurut laporannya sendiri:
    } antivirus aktif: { $antivirus ->
        [yes] ya
        [no] tidak
       *[unknown] tidak diketahui
    }; perlindungan real-time aktif: { $realtime ->
        [yes] ya
        [no] tidak
       *[unknown] tidak diketahui
    }; mode: { $mode }; definisi virus { $version }, diperbarui { $updated }
# How Microsoft Defender runs (its AMRunningMode), in the evidence line above.
defender-mode-normal = normal
defender-mode-passive = pasif
defender-mode-sxs-passive = pasif (berdampingan)
defender-mode-edr-block = blokir EDR
defender-mode-not-running = tidak berjalan
evidence-installed-program = Tercantum di program terpasang sebagai "{ $name }"
evidence-installed-program-by = Tercantum di program terpasang sebagai "{ $name }" dari { $publisher }
evidence-kaspersky-update = Pembaruan terakhir yang berhasil tercatat: { $at }
evidence-kaspersky-never-updated = Pengaturan Kaspersky menyatakan bahwa definisi virusnya belum pernah berhasil diperbarui
evidence-kaspersky-password = Perlindungan kata sandinya aktif ({ $value } di { $key }): menghapus instalannya akan meminta kata sandi itu
evidence-defender-policy = Ada pengaturan kebijakan yang mematikannya ({ $values } di { $key })
evidence-running = { $program } sedang berjalan
evidence-package = Paket { $name } { $version } ({ $manager })
evidence-folder = { $path } ada
evidence-service = { $unit } { $running ->
        [yes] sedang berjalan
       *[no] tidak berjalan
    }
evidence-clamav-missing = Tidak ada definisi virus di { $folder }
evidence-clamav = { $path }: versi { $version }, { $count } tanda tangan virus, dibuat { $built }
evidence-bundle = { $path }
evidence-launch-daemon = { $path } menjalankannya saat Mac dinyalakan
evidence-xprotect = XProtect versi { $version } ({ $path })
evidence-kesl = Basis data virus dirilis { $released }; dimuat: { $loaded ->
        [yes] ya
        [no] tidak
       *[unknown] tidak dilaporkan
    }
evidence-launch-agent = { $path } menjalankannya saat seseorang masuk
evidence-leftover-extension = Kaspersky Protection di { $browser }, profil "{ $profile }": { $path }
evidence-leftover-certificate = { $subject }, di penyimpanan { $store }, sidik jari { $thumbprint }, berlaku sampai { $until }
evidence-leftover-keychain = { $name }, di { $keychain } (SHA-1 { $sha1 })
evidence-firefox-system-roots = Firefox diatur untuk memercayai sertifikat yang dipercaya Windows atau macOS, termasuk milik Kaspersky ({ $path })
evidence-leftover-service = { $driver ->
        [yes] Driver
       *[no] Layanan
    } { $name }{ $named ->
        [yes] {" "}("{ $shown }")
       *[no] {""}
    } menjalankan { $file } { $gone ->
        [yes] (berkas itu sudah tidak ada: ini sisa yang tertinggal tanpa programnya)
       *[no] (berkas itu masih ada)
    }
evidence-leftover-key = Kunci registri { $key }

## Mengapa sebuah pemeriksaan tidak bisa dijalankan

failure-stopped-unexpectedly = Pemeriksaan ini berhenti secara tidak terduga.
failure-unsupported-system = AV Switch belum bisa memeriksa sistem ini; yang didukung hanya Windows, macOS, dan Linux.
failure-no-security-center = Windows Security Center tidak tersedia di komputer ini: beberapa edisi Windows, seperti Windows Server, tidak memilikinya. Pemeriksaan lain tetap dijalankan.
failure-unavailable = Tidak tersedia di komputer ini, jadi tidak bisa diperiksa. Pemeriksaan lain tetap dijalankan.
failure-denied = AV Switch tidak diizinkan melihatnya, jadi tidak bisa diperiksa. Pemeriksaan lain tetap dijalankan.
failure-no-answer = Windows tidak menjawab, jadi tidak bisa diperiksa. Pemeriksaan lain tetap dijalankan.
failure-running-programs-silent = Windows sama sekali tidak mencantumkan program yang sedang berjalan, jadi tidak bisa diperiksa. Pemeriksaan lain tetap dijalankan.
failure-skipped = { $count ->
   *[other] { $count } entri dalam daftar Windows tidak bisa dibaca, jadi tidak ditampilkan di sini. Sisa daftar tetap diperiksa, dan pemeriksaan lain tetap dijalankan.
}
failure-unreadable = { $path } tidak bisa dibaca: { $detail }
failure-damaged = { $path } rusak: { $detail }
failure-kesl-permission = kesl-control tidak melaporkan keadaan Kaspersky Endpoint Security ("{ $detail }"). Untuk membacanya perlu hak administrator (sudo) atau keanggotaan grup keslaudit; pemeriksaan lain tetap dijalankan.
failure-scan-crashed = Pemeriksaan berhenti secara tidak terduga. Tidak ada yang diubah di komputer ini; coba Periksa lagi.
recording-unreadable = { $path } tidak bisa dibaca atau ditulis: { $detail }
recording-damaged = { $path } bukan rekaman yang bisa dibaca AV Switch: { $detail }
recording-none-here = { $path } tidak berisi komputer yang direkam: rekaman adalah folder yang dibuat dengan avswitch check --record, berisi berkas index.json.
recording-folder-not-empty = { $path } sudah berisi berkas. Pilih folder baru atau kosong untuk rekaman.
command-not-found = { $program } tidak ada di komputer ini.
command-timed-out = { $program } tidak menjawab dalam { $seconds } detik.
command-failed = { $program } tidak bisa dijalankan: { $reason }
parse-security-center-json = Jawaban Security Center bukan JSON yang sah ({ $detail }).
parse-security-center-not-list = Jawaban Security Center bukan daftar produk.
parse-security-center-no-name = Sebuah produk di Security Center tidak punya nama.
parse-security-center-no-state = { $name } tidak punya productState yang sah.
parse-clamav-missing = kepala basis data ClamAV tidak ada
parse-clamav-no-build-time = kepala basis data ClamAV tidak mencantumkan waktu pembuatan
parse-clamav-bad-build-time = waktu pembuatan di kepala basis data ClamAV tidak terbaca
parse-clamav-no-version = kepala basis data ClamAV tidak mencantumkan versi
parse-clamav-no-count = kepala basis data ClamAV tidak mencantumkan jumlah tanda tangan virus
parse-plist-unreadable = Info.plist aplikasi tidak terbaca ({ $detail })
parse-plist-not-dictionary = Info.plist aplikasi bukan sebuah kamus
parse-certificates-json = daftar sertifikat bukan JSON yang sah ({ $detail })
parse-certificates-not-list = daftar sertifikat bukan sebuah daftar
parse-extensions-json = daftar pengaya peramban bukan JSON yang sah ({ $detail })

## Hasilnya dengan kata-kata sederhana

summary-kaspersky-running = { $name } terpasang dan sedang berjalan di komputer ini.
summary-kaspersky-running-stale-since = { $name } berjalan, tetapi definisi virusnya terakhir diperbarui { $when }, jadi tidak bisa melindungi dari ancaman baru.
summary-kaspersky-running-stale = { $name } berjalan, tetapi definisi virusnya sudah usang, jadi tidak bisa melindungi dari ancaman baru.
summary-kaspersky-running-never = { $name } berjalan, tetapi belum pernah berhasil memperbarui definisi virusnya, jadi tidak bisa melindungi dari ancaman baru.
summary-kaspersky-running-next = Kaspersky tidak boleh mengirim pembaruan kepada orang yang berada di Amerika Serikat. Daftar periksa membantu Anda memilih pengganti dan beralih dengan urutan yang aman, tanpa membiarkan komputer ini tanpa perlindungan.
summary-kaspersky-running-current-next = Kaspersky tidak boleh memberikan pembaruan kepada orang yang berada di Amerika Serikat, jadi pembaruan yang masih diterimanya bisa berhenti kapan saja. Daftar periksa membantu Anda memilih pengganti dan beralih dengan urutan yang aman.
summary-kaspersky-running-unknown-next = Jika Anda berada di Amerika Serikat, atau warga negara atau penduduk tetap AS, Kaspersky tidak boleh memberikan pembaruan kepada Anda; jika tidak, Kaspersky mengatakan produknya tetap diperbarui. Mana yang berlaku bagi Anda menentukan rencana Anda.
summary-kaspersky-running-not-covered-next = Larangan AS tidak mencakup Anda, dan Kaspersky mengatakan produknya tetap mendapat pembaruan di luar Amerika Serikat. Beralih atau tidak, itu pilihan Anda; daftar periksa menunjukkan caranya jika Anda memutuskan beralih.
summary-kaspersky-update-next = Buka { $name } dan perbarui. Jika tidak bisa diperbarui lagi, pilih antivirus lain: langkah Pilih membantu Anda.
summary-definitions-recent = Definisi virusnya terakhir diperbarui { $when }.
summary-kaspersky-not-running = { $name } terpasang di komputer ini, tetapi tidak berjalan.
summary-kaspersky-present = { $name } ada di komputer ini.
summary-kaspersky-several = Program Kaspersky berikut ada di komputer ini: { $names }.
summary-nothing-protects = Saat ini tidak ada yang melindungi komputer ini.
summary-kaspersky-unprotected-next = Daftar periksa menuntun Anda dengan urutan yang aman: hapus Kaspersky, mulai ulang komputer, lalu nyalakan perlindungan pilihan Anda dan perbarui.
summary-kaspersky-unprotected-not-covered-next = Nyalakan lagi { $name } dan perbarui, atau pilih antivirus lain: daftar periksa menunjukkan caranya.
summary-replacement = { $name } ada di komputer ini. Program ini dipasang sebagai pengganti Kaspersky bagi banyak pelanggan AS pada September 2024, tanpa langkah terpisah yang meminta persetujuan mereka.
summary-replacement-next = Anda bisa tetap memakainya atau beralih ke yang lain: langkah Pilih menjelaskan keduanya. Jika Anda menghapusnya, pakai program penghapus instalannya sendiri.
summary-protected = Tidak ditemukan program Kaspersky. { $name } sedang melindungi komputer ini.
summary-protected-next = Arti larangan ini bagi perangkat Anda yang lain ada di bagian tenggat waktu; daftar periksa mengurus sisanya.
summary-idle = Tidak ditemukan program Kaspersky. { $name } terpasang, tetapi tampaknya saat ini tidak melindungi komputer ini.
summary-idle-next-linux = Jika Anda mengandalkan { $name }, pastikan program itu berjalan dan definisi virusnya selalu diperbarui. Langkah Pilih punya informasi lebih lanjut.
summary-idle-next = Nyalakan { $name }, atau { $turn_on }
summary-none-linux = Tidak ditemukan program Kaspersky maupun antivirus di komputer ini.
summary-none-linux-next = Banyak komputer rumahan dengan Linux berjalan tanpa antivirus. Jika Anda ingin memakainya, ClamAV gratis; langkah Pilih punya informasi lebih lanjut.
summary-none = Tidak ditemukan antivirus yang aktif di komputer ini.
summary-no-definitions = { $name } belum punya definisi virus, jadi belum bisa mengenali ancaman.
summary-incomplete = Sebagian pemeriksaan tidak bisa dijalankan, jadi hasil ini mungkin tidak lengkap. Rinciannya ada di bawah.
summary-definitions-old = Definisi virusnya sudah usang: pembaruan terakhir { $when }.
summary-definitions-out-of-date = Definisi virusnya sudah usang.
summary-definitions-missing = Program ini tidak punya definisi virus.
summary-turn-on-defender = Buka Keamanan Windows dan nyalakan Microsoft Defender Antivirus: sudah tersedia di Windows dan gratis.
summary-update-macos = Selalu perbarui macOS: perlindungan bawaannya, XProtect, ikut diperbarui bersamanya.
summary-install-antivirus = Pasang antivirus yang Anda percayai; langkah Pilih membantu Anda.

## Pembaruan Kaspersky di komputer ini, di samping tanggal larangan

machine-kaspersky-updated = { $name } di komputer ini terakhir memperbarui definisi virusnya { $when }.
machine-kaspersky-may-stop = Kaspersky tidak boleh memberikan pembaruan kepada orang yang berada di Amerika Serikat, jadi pembaruan ini bisa berhenti kapan saja.
machine-kaspersky-may-stop-unknown = Jika larangan AS mencakup Anda, pembaruan ini bisa berhenti kapan saja.
machine-kaspersky-out-of-date = Definisinya sudah usang.
signature-words-never-updated = belum pernah diperbarui
evidence-uninstaller = { $path }: program penghapus instalannya
summary-kaspersky-expired = { $name } ada di komputer ini, tetapi lisensinya sudah berakhir: program ini tidak lagi melindungi komputer ini.
summary-stale = { $name } aktif, tetapi definisi virusnya sudah usang, jadi tidak bisa melindungi dari ancaman baru.
summary-protects = { $name } sedang melindungi komputer ini.
summary-kaspersky-remove-next = Daftar periksa menunjukkan cara menghapus program Kaspersky dengan aman.
summary-kaspersky-remove-not-covered-next = Jika Anda tidak memakai Kaspersky lagi, daftar periksa menunjukkan cara menghapusnya.
summary-stale-since = { $name } aktif, tetapi definisi virusnya terakhir diperbarui { $when }, jadi tidak bisa melindungi dari ancaman baru.
summary-not-protecting = { $name } { $state }, jadi tidak melindungi komputer ini.
summary-stale-next = Perbarui definisi virus { $name } (daftar periksa menunjukkan caranya), atau pilih antivirus lain.
summary-unknown = AV Switch tidak bisa memastikan apakah ada antivirus yang melindungi komputer ini.
summary-unknown-detail = Apakah ada antivirus lain yang melindungi komputer ini tidak bisa diperiksa: lihat pemeriksaan yang tidak bisa dijalankan di bawah.
summary-unknown-next-windows = Buka Keamanan Windows dan lihat Perlindungan virus & ancaman: di sana terlihat antivirus mana yang aktif. Lalu periksa lagi.
summary-unknown-next-mac = macOS melindungi dirinya dengan XProtect, yang datang bersama pembaruannya: pasang pembaruan yang menunggu di Pengaturan Sistem > Umum > Pembaruan Perangkat Lunak, lalu periksa lagi.
summary-unknown-next-linux = Periksa lagi; jika ada bagian yang tetap tidak bisa diperiksa, alasannya ditampilkan di bawahnya.
summary-idle-expired = Tidak ditemukan program Kaspersky. { $name } terpasang, tetapi lisensi atau langganannya sudah berakhir.
summary-definitions-never = Program ini belum pernah berhasil memperbarui definisi virusnya.
summary-definitions-unknown = Pemeriksaan tidak dapat mengetahui kapan definisi virusnya terakhir diperbarui.
summary-kaspersky-password = { $name } dilindungi kata sandi: menghapus instalannya akan meminta kata sandi itu. Daftar periksa menjelaskan apa yang harus dilakukan jika tidak ada yang tahu kata sandinya.
summary-defender-policy = Ada pengaturan di komputer ini yang mungkin membuat { $name } tetap mati: Keamanan Windows lalu menyebut sebagian pengaturan dikelola oleh organisasi Anda. Daftar periksa menjelaskan apa yang harus dilakukan.
summary-managed = { $name } dikelola oleh pemberi kerja atau bagian TI-nya: ini edisi untuk organisasi, atau hanya administrator yang boleh menghapusnya.
summary-managed-next = Tanyakan kepada pengelola komputer ini (pemberi kerja Anda atau bagian TI-nya) sebelum menghapus apa pun: mungkin mereka sendiri yang akan menggantinya. Daftar periksa menjelaskan larangan itu dan apa yang perlu ditanyakan.
summary-left-behind = Ada bagian dari program yang sudah tidak terpasang yang tertinggal (tercantum di bawah Sisa yang tertinggal). Daftar periksa menunjukkan cara membersihkannya.
evidence-xprotect-old-copy = XProtect versi { $version } dari salinan lamanya ({ $path }): sejak macOS 15.2 salinan itu tidak lagi diperbarui, jadi XProtect yang dipakai mungkin lebih baru
recording-detail-version = isinya "{ $format }" versi { $version }, sedangkan AV Switch ini membaca "{ $expected }" versi 1 sampai { $latest }
recording-detail-outside = "{ $name }" berada di luar folder rekaman
recording-detail-either = "{ $entry }" memerlukan tepat satu dari { $one } dan { $other }
recording-detail-command-error = "{ $kind }" bukan kesalahan perintah yang dikenal AV Switch
