# Larangan ini, dengan kata-kata aplikasi sendiri. Tanggal, sumber, dan fakta
# mana bersandar pada sumber mana ada di assets/advisory.toml.

date-eastern = { $date }, pukul { $time } { $zone }
source-ongoing = berkelanjutan
source-not-linked = (artikel tidak ditautkan)

## Keadaan hari ini

status-before-sales-ban = { $vendor } masih bisa dibeli sampai { $sales_day } ({ $sales_when }) dan masih diperbarui sampai { $updates_day }.
status-sales-banned = { $vendor } sudah tidak bisa dibeli. Pembaruannya berhenti pada { $updates_day }, { $updates_when }.
status-unknown = Larangan AS menghentikan pembaruan { $vendor } mulai { $updates_day } ({ $updates_when }) bagi siapa pun yang berada di Amerika Serikat, serta bagi warga negara dan penduduk tetap AS di mana pun mereka tinggal.
status-next-unknown = { status-next-unknown-command-line } Langkah Periksa menanyakan di mana Anda memakai komputer ini, agar AV Switch tahu kasus mana yang berlaku untuk Anda.
# The command line: its own way to answer follows.
status-next-unknown-command-line = Di luar Amerika Serikat, { $vendor } mengatakan produknya tetap mendapat pembaruan.
status-not-covered = Larangan AS terhadap { $vendor } tidak berlaku bagi Anda: larangan itu mencakup orang yang berada di Amerika Serikat, serta warga negara dan penduduk tetap AS di mana pun mereka tinggal.
status-next-not-covered = { $vendor } mengatakan produknya tetap mendapat pembaruan dan dukungan di negara lain. Google Play menghapus aplikasi { $vendor } di seluruh dunia, sehingga ponsel Android tidak bisa lagi memperbaruinya dari toko. Beralih atau tidak, itu pilihan Anda: AV Switch tetap bisa memeriksa komputer ini dan menyusun rencana peralihan jika Anda mau.
status-updates-ended = Pembaruan { $vendor } untuk pelanggan di AS berakhir pada { $updates_day }, { $since } yang lalu.
status-next-before-updates-end = Masih ada waktu untuk beralih dengan tenang. Langkah berikutnya memeriksa komputer ini dan membantu Anda memilih pengganti sebelum pembaruan berhenti.
status-next-after-updates-end = Jika komputer ini masih memakai Kaspersky, menggantinya adalah hal paling berguna yang bisa Anda lakukan untuk keamanannya. Langkah berikutnya memeriksa komputer ini dan menyusun rencana bersama Anda.

## Tonggak

milestone-announced = Larangan AS diumumkan
    .meaning = Departemen Perdagangan AS memutuskan bahwa Kaspersky tidak boleh lagi menjual atau mendukung antivirusnya di Amerika Serikat. Pengumuman resminya terbit di Federal Register pada 24 Juni 2024. Hari itu tidak ada yang berubah di komputer Anda.
milestone-sales_end = Penjualan baru di AS berhenti
    .meaning = Sejak saat itu Kaspersky tidak boleh menerima pelanggan baru di AS atau menjual langganan baru. Instalasi yang sudah ada tetap berjalan dan tetap mendapat pembaruan.
milestone-updates_end = Pembaruan di AS berhenti
    .meaning = Sejak saat itu Kaspersky tidak boleh lagi mengirim definisi virus atau pembaruan program kepada pelanggan di AS. Di komputer mereka Kaspersky tetap berjalan setelah tanggal ini, tetapi tanpa pembaruan tidak lagi mengenali ancaman baru, sehingga perlindungannya makin tertinggal seiring waktu.

## Fakta

fact-F1 = Pada 20 Juni 2024, Departemen Perdagangan AS (Biro Industri dan Keamanan) mengumumkan keputusan akhir yang melarang produk serta layanan antivirus dan keamanan Kaspersky bagi orang-orang di Amerika Serikat. Halaman resminya mencantumkan semua yang dilarang.
fact-F2 = Keputusan itu diterbitkan di Federal Register pada 24 Juni 2024 (89 FR 52434, dokumen 2024-13532).
fact-F3 = Sejak 20 Juli 2024 pukul 00.00 Waktu Timur AS, Kaspersky tidak boleh menerima pelanggan baru di AS atau menjual langganan baru.
fact-F4 = Sejak 29 September 2024 pukul 00.00 Waktu Timur AS, Kaspersky tidak boleh mengirim pembaruan definisi virus atau pembaruan program kepada pelanggan di AS, juga tidak boleh menjual kembali atau melisensikan perangkat lunaknya. Sebagian berita menyebut 28 atau 30 September; pengumuman resmi menyebut waktu yang tepat ini.
fact-F5 = Larangan ini mencakup semua produk atau layanan keamanan dan antivirus Kaspersky bagi orang-orang di Amerika Serikat, termasuk teknologi Kaspersky yang tertanam di produk perusahaan lain dengan nama mereka sendiri. Warga negara AS yang tinggal di luar negeri juga tercakup.
fact-F6 = Yang tidak tercakup: layanan intelijen ancaman Kaspersky, pelatihan keamanannya, serta konsultasi yang semata-mata bersifat informasi atau edukasi.
fact-F7 = Menurut larangan AS, orang yang tetap memakai Kaspersky tidak melanggar hukum dan tidak dikenai sanksi. Namun pemerintah AS menyatakan bahwa siapa pun yang tetap memakainya menanggung sendiri semua risiko keamanan yang menyertainya.
fact-F8 = Pemerintah AS menyarankan pelanggan Kaspersky di AS untuk segera beralih ke produk lain, agar data pribadi dan data sensitif tidak dibiarkan tanpa perlindungan. Menteri Perdagangan AS mendesak mereka untuk berhenti memakainya dan beralih.
fact-F11 = Pada 15 Juli 2024 Kaspersky mengumumkan akan menutup usahanya di AS secara bertahap mulai 20 Juli 2024.
fact-F12 = Kaspersky menawarkan kepada pelanggan AS yang tersisa enam bulan pemakaian gratis Kaspersky Standard, Plus, Password Manager, Safe Kids, dan VPN Secure Connection.
fact-F13 = Sekitar 19 September 2024, sebuah pembaruan menghapus Kaspersky dari komputer Windows pelanggan AS dan memasang UltraAV (dari Pango Group) sebagai gantinya, juga UltraVPN bagi sebagian pelanggan VPN, tanpa meminta persetujuan terpisah. Pengguna Mac, Android, dan iPhone harus memasang UltraAV sendiri. Tagihan berpindah ke UltraAV dengan jadwal yang sama.
fact-F14 = Sebagian orang mendapati bahwa UltraAV hanya bisa dihapus dengan program penghapus instalannya sendiri; cara lain membuatnya muncul kembali.
fact-F15 = Pada Oktober 2024 Google menghapus aplikasi Kaspersky dari Google Play, sehingga ponsel Android tidak bisa lagi memperbarui atau memasangnya ulang dari toko tersebut.
fact-F16 = Produk rumahan Kaspersky adalah Kaspersky Basic, Standard, Plus, dan Premium; produk lamanya adalah Anti-Virus, Internet Security, Total Security, Security Cloud, dan Free. Aplikasi pendampingnya adalah Password Manager, VPN Secure Connection, dan Safe Kids.
fact-F17 = Kaspersky Password Manager bisa mengekspor kata sandi Anda ke sebuah berkas, tetapi cadangannya sendiri hanya bisa dibuka oleh Kaspersky Password Manager, dan kata sandi utamanya tidak bisa dipulihkan. Jadi ekspor kata sandi Anda sebelum menghapus instalannya, lalu impor ke pengelola kata sandi yang baru.
fact-F18 = Alat penghapus milik Kaspersky, kavremover, dipakai jika penghapusan biasa gagal. Berkas di karantina Kaspersky tidak bisa diakses lagi setelah Kaspersky dihapus.
fact-F19 = Di Windows, Microsoft Defender Antivirus sudah tersedia dan gratis, dan menyala sendiri jika tidak ada antivirus lain yang aktif. Program ini tidak perlu dibeli.
fact-F20 = Dua laboratorium independen rutin menerbitkan uji perbandingan antivirus untuk rumah: AV-TEST dan AV-Comparatives. Hasil uji mereka adalah tempat yang baik untuk membandingkan produk.
fact-F25 = Sebagian komputer di Amerika Serikat masih menerima pembaruan Kaspersky setelah 29 September 2024. Kaspersky tidak boleh memberikan pembaruan kepada pelanggan di AS, jadi pembaruan seperti itu bisa berhenti kapan saja.

fact-F26 = Untuk memeriksa koneksi aman (HTTPS), Kaspersky menambahkan sertifikat akarnya sendiri ke sertifikat yang dipercaya Windows dan macOS ("Kaspersky Anti-Virus Personal Root Certificate" di Windows, "Kaspersky Web Anti-Virus Certification Authority" di Mac). Firefox bisa diatur untuk memercayainya juga. Setelah Kaspersky tidak ada, tidak ada yang memperbarui sertifikat itu, jadi sebaiknya dihapus.

fact-F27 = Kaspersky memasang ekstensi peramban, Kaspersky Protection, di Chrome, Edge, dan Firefox. Uji penghapusan instalan AV-Comparatives tahun 2022 menemukan bahwa penghapus instalan Kaspersky meninggalkan ekstensi itu.

fact-F28 = Di Windows, Kaspersky menjalankan layanan dan driver (seperti AVP21.3, klif, dan klhk) serta menyimpan pengaturan di registri dan folder di bawah Kaspersky Lab. Driver dan pengaturan sisa dilaporkan tertinggal setelah penghapusan instalan dan menghalangi pembaruan fitur Windows; kavremover adalah alat Kaspersky untuk menghapusnya.

fact-F24 = Bahasa atau pengaturan lokal komputer bukanlah negara orang yang memakainya: bahasa Inggris AS adalah pengaturan yang umum di seluruh dunia. Windows dan macOS menyimpan pengaturan wilayah tersendiri, yang dipakai AV Switch hanya untuk menyarankan jawaban yang Anda konfirmasi. Kewarganegaraan sama sekali tidak bisa dideteksi.

fact-F23 = Google menghapus aplikasi Kaspersky dari Google Play di seluruh dunia, bukan hanya di Amerika Serikat, sehingga pengguna Android di mana pun tidak bisa memasang atau memperbaruinya dari toko.

fact-F22 = Orang di luar Amerika Serikat yang bukan warga negara maupun penduduk tetap AS tidak tercakup. Kaspersky mengatakan pembatasan AS tidak mengubah produk dan dukungannya di negara lain dan basis data virusnya tetap diperbarui; seorang peneliti Kaspersky mengatakan kepada media Indonesia bahwa tidak ada pembatasan serupa di Asia-Pasifik, termasuk Indonesia.

fact-F21 = Larangan ini mencakup semua orang yang berada di Amerika Serikat, serta warga negara AS dan penduduk tetap AS (pemegang green card) di mana pun mereka tinggal, juga perusahaan AS dan cabangnya di luar negeri. Larangan ini berlaku menurut orangnya dan juga menurut tempatnya.
fact-F19-mac = Mac sudah dilengkapi XProtect, perlindungan Apple terhadap malware. Program ini tidak perlu dibeli.
fact-F31 = Dukungan Windows 10 berakhir pada { $support_end }. Sejak itu komputer Windows 10 hanya mendapat pembaruan keamanan jika terdaftar di Extended Security Updates (ESU), yang diperpanjang Microsoft untuk pengguna rumahan sampai { $esu_end }; Pengaturan > Windows Update menunjukkan apakah komputer sudah terdaftar, dan menawarkan pendaftaran jika tersedia. Microsoft tetap mengirim kecerdasan keamanan baru (definisi virus) untuk Microsoft Defender Antivirus di Windows 10 sampai Oktober 2028, tetapi menyatakan bahwa komputer Windows 10 tetap lebih rentan meskipun ada pembaruan itu, dan menyarankan pindah ke Windows 11 jika komputernya bisa. Windows 11 adalah build 22000 ke atas.
fact-F32 = Jika ada antivirus lain yang terpasang, Microsoft Defender Antivirus dimatikan secara otomatis. Menurut Microsoft, program ini bisa menyala kembali sendiri ketika produk lain itu kedaluwarsa, dihapus instalannya, atau berhenti melindungi, jadi apakah program ini aktif harus diperiksa, bukan diandaikan.
fact-F33 = Pengaturan Windows punya alamat terdokumentasi untuk halaman-halamannya: ms-settings:appsfeatures membuka Aplikasi yang diinstal dan ms-settings:windowsdefender membuka Keamanan Windows.
fact-F34 = Di macOS 15 (Sequoia) dan yang lebih baru, data XProtect yang dipakai berada di /var/protected/xprotect dan diperbarui lewat iCloud; sejak macOS 15.2 salinan lama di /Library/Apple/System/Library/CoreServices tidak lagi dipakai, jadi versinya di sana bisa sudah usang.
fact-F35 = Kaspersky Password Manager mengekspor datanya sebagai berkas teks biasa (.txt); cadangan terenkripsinya hanya bisa dibuka di Kaspersky Password Manager. Pengelola kata sandi lain mencantumkan di halaman impornya berkas apa saja yang bisa dibaca. Berkas hasil ekspor berisi semua kata sandi yang bisa dibaca siapa saja, jadi sebaiknya dihapus setelah impor selesai.
fact-F36 = Setelah Google Play menghapus aplikasinya di seluruh dunia, Kaspersky menyatakan bahwa aplikasi yang sudah terpasang tetap berfungsi dan tetap memperbarui basis datanya, serta mengarahkan pengguna ke toko aplikasi lain atau unduhan dari Kaspersky sendiri. Ini pernyataan Kaspersky untuk pengguna di luar Amerika Serikat; pernyataan ini tidak mengubah larangan AS.
fact-F37 = Enam bulan gratis dari Kaspersky untuk pelanggan AS dimulai pada Juli 2024, jadi sudah berakhir pada awal 2025 dan tidak tersedia lagi. Hingga November 2026 tidak ditemukan perubahan pada larangan AS.
fact-F38 = Produk Kaspersky untuk Windows bisa dilindungi kata sandi agar tidak bisa dihapus instalannya, ditutup, atau diubah pengaturannya. Kata sandi yang terlupa hanya bisa disetel ulang dalam Mode Aman, dengan alat penyetel ulang kata sandi dari Kaspersky; jika masih diminta, Kaspersky menyarankan menghapus produknya dengan kavremover.
fact-F39 = Dalam Mode Aman, Windows mungkin tidak memuat driver suara, sehingga pembaca layar seperti Narator, NVDA, dan JAWS mungkin tidak bersuara. Langkah yang memerlukan Mode Aman sebaiknya menyebutkannya dan menawarkan cara lain lebih dulu.
fact-F41 = Microsoft Defender Antivirus bisa tetap mati karena pengaturan kebijakan yang ditinggalkan alat pengubah Windows (tweak), antivirus lama, atau pemberi kerja. Keamanan Windows lalu menampilkan sebagian pengaturan sebagai dikelola oleh organisasi Anda, dan tombol Aktifkan mungkin tidak bisa diklik. Jika perlindungan dari perusakan aktif, Windows mengabaikan pengaturan seperti itu, jadi pengaturan yang terlihat adalah kemungkinan penyebab, bukan bukti.
fact-F42 = Kaspersky memberi tahu pelanggannya di AS bahwa aplikasinya tidak bisa lagi diunduh dari situs-situs AS-nya (usa.kaspersky.com, my.kaspersky.com), begitu pula ekstensi Kaspersky Protection dari toko ekstensi peramban; negara lain tidak terdampak. Jika situs Kaspersky tidak membantu, perpanjangan tetap bisa dihentikan: bank atau penerbit kartu bisa menghentikan pembayarannya.
fact-F40 = Windows Security Center bisa tetap mencantumkan antivirus yang sudah dihapus: program, layanan, dan prosesnya sudah tidak ada, tetapi Security Center masih menyebutnya. Itu adalah pendaftaran yang tertinggal, bukan produk yang terpasang, jadi menghapus instalannya lagi bukan jalan keluarnya.
status-next-after-updates-end-found = Mengganti Kaspersky di komputer ini adalah hal paling berguna yang bisa Anda lakukan untuk keamanannya. Langkah berikutnya membantu Anda memilih pengganti dan menyusun rencana bersama Anda.
status-next-after-updates-end-not-found = Pemeriksaan tidak menemukan program Kaspersky di komputer ini. Langkah berikutnya memastikan perlindungannya aktif dan mutakhir, serta mencakup perangkat Anda yang lain.
facts-checked = Fakta diperiksa pada { $month }.
facts-checked-on = Fakta diperiksa pada { $day }.
facts-may-be-old = Itu sudah lebih dari enam bulan lalu, jadi sebagian mungkin sudah usang: AV Switch tidak pernah mencari di internet. Versi AV Switch yang lebih baru mungkin tahu lebih banyak; carilah di tempat Anda mendapatkan versi ini.
