# Daftar periksa. Setiap item-* adalah judul satu tugas; .why menjelaskan
# mengapa tugas itu ada di daftar, .step-1, .step-2, ... adalah langkahnya
# secara berurutan, dan .link adalah label tombol yang membuka halaman terkait.

plan-your-new-antivirus = antivirus baru Anda
plan-updates-covered = Kaspersky tidak boleh mengirim pembaruan kepada orang yang berada di Amerika Serikat, jadi perlindungannya makin tertinggal
plan-updates-covered-current = Kaspersky tidak boleh memberikan pembaruan kepada orang yang berada di Amerika Serikat, jadi pembaruan yang masih diterimanya bisa berhenti kapan saja
plan-updates-unknown = Jika larangan AS mencakup Anda, pembaruan Kaspersky sudah berhenti atau bisa berhenti kapan saja
plan-updates-chosen = Anda memutuskan untuk beralih dari Kaspersky

## Bagian

section-before = Sebelum menghapus apa pun
section-start = Pertama
section-payments = Hentikan pembayaran
section-remove = Hapus Kaspersky
section-left-behind = Bersihkan sisa yang tertinggal
section-protect = Nyalakan perlindungan Anda dan perbarui
section-keep = Tetap terlindungi
section-verify = Pastikan semuanya berhasil
section-device-android = Ponsel atau tablet Android Anda
section-device-iphone = iPhone atau iPad Anda
section-device-mac = Mac Anda
section-device-windows-pc = PC Windows Anda yang lain
section-companions = Aplikasi Kaspersky lainnya

## Sebelum menghapus apa pun

item-export-passwords = Ekspor kata sandi Anda dari Kaspersky Password Manager
    .why = Cadangannya hanya bisa dibuka di Kaspersky Password Manager dan kata sandi utamanya tidak bisa dipulihkan, jadi ekspor dulu sebelum menghapus apa pun.
    .step-1 = Buka Kaspersky Password Manager dan buka kuncinya dengan kata sandi utama Anda.
    .step-2 = Buka pengaturannya, cari Impor/Ekspor, lalu ekspor data Anda sebagai berkas teks (.txt).
    .step-3 = Simpan berkas itu di tempat yang mudah Anda temukan, misalnya di flashdisk, dan jaga kerahasiaannya: isinya semua kata sandi dalam teks biasa.
item-note-subscription = Catat rincian langganan Kaspersky Anda
    .why = Anda memerlukannya untuk membatalkan perpanjangan atau meminta pengembalian dana nanti.
    .step-1 = Masuk ke akun Anda di my.kaspersky.com, atau cari e-mail pesanan Anda.
    .step-2 = Catat alamat e-mail akun, nama produk, tanggal perpanjangan, dan harganya.
item-check-computer = Periksa komputer ini
    .why = Rencana ini bergantung pada apa yang melindungi komputer ini sekarang. Pemeriksaan hanya butuh beberapa detik dan tidak mengubah apa pun.
    .step-1 = Buka langkah Periksa (tombol di bawah melakukannya) dan tunggu hasilnya.
    .link = Buka langkah Periksa
item-check-computer-failed = Periksa lagi komputer ini
    .why = Pemeriksaan terakhir tidak bisa berjalan, jadi AV Switch tidak tahu apa yang melindungi komputer ini.
    .step-1 = Buka langkah Periksa dan klik Periksa lagi.
    .step-2 = Jika tetap tidak bisa berjalan, alasannya tercantum di sana.
    .link = Buka langkah Periksa
item-switching-optional = Beralih atau tidak, itu pilihan Anda
    .why = Menurut jawaban Anda, larangan AS tidak mencakup Anda, dan Kaspersky mengatakan produknya tetap mendapat pembaruan di luar Amerika Serikat.
    .step-1 = Jika Anda puas dengan Kaspersky, jaga agar tetap diperbarui; sisa daftar ini sudah cukup.
    .step-2 = Jika Anda lebih suka beralih, pilih pengganti di langkah Pilih: daftar ini lalu menampilkan setiap langkahnya.
item-choose-replacement = Pilih perlindungan yang akan Anda pakai
    .why = Langkah-langkah berikutnya bergantung pada pilihan ini. Perlindungan bawaan sistem Anda gratis.
    .step-1 = Buka langkah Pilih dan pilih perlindungan bawaan atau produk lain.
    .step-2 = Hasil uji laboratorium independen membantu Anda membandingkan; langkah Pilih menautkannya.
    .link = Pilih pengganti
item-download-replacement = Unduh { $name } dari situs web resmi pembuatnya
    .why = Dengan pemasang yang sudah siap, komputer ini hanya beberapa menit tanpa perlindungan.
    .step-1 = Ketik sendiri alamat web pembuatnya, atau cari "{ $name }" lalu pilih situs resmi pembuatnya, bukan iklan.
    .step-2 = Unduh pemasangnya, tetapi jangan dijalankan dulu: dua antivirus sekaligus bisa saling bentrok.
item-check-quarantine = Periksa karantina Kaspersky untuk berkas yang Anda perlukan
    .why = Berkas di karantina tidak bisa diakses lagi setelah Kaspersky dihapus.
    .step-1 = Buka Kaspersky dan cari Karantina (biasanya di bawah Alat lainnya atau Perlindungan).
    .step-2 = Jika ada berkas yang Anda kenal dan percayai, pulihkan hanya jika Anda yakin berkas itu aman; jika tidak, biarkan saja.

## Hentikan pembayaran

item-cancel-renewal = Matikan perpanjangan otomatis langganan Kaspersky Anda
    .why = Jika tidak, Anda mungkin ditagih lagi untuk produk yang sedang Anda ganti.
    .step-1 = Masuk di my.kaspersky.com dan buka Langganan.
    .step-2 = Matikan perpanjangan otomatis, atau batalkan langganannya.
    .step-3 = Jika Anda membelinya melalui toko atau perusahaan lain, batalkan melalui mereka.
    .link = Buka my.kaspersky.com
item-check-ultraav-billing = Periksa rekening bank atau tagihan kartu Anda untuk tagihan UltraAV
    .why = Langganan Kaspersky berpindah ke UltraAV dengan jadwal tagihan yang sama, jadi Anda bisa ditagih meskipun tidak pernah memilih UltraAV.
    .step-1 = Periksa rekening koran 12 bulan terakhir dan cari UltraAV atau Pango.
    .step-2 = Jika Anda tidak menginginkan UltraAV, batalkan langganannya di akun UltraAV Anda atau melalui layanan pelanggan UltraAV.
item-check-ultraav-billing-keep = Periksa rekening bank atau tagihan kartu Anda untuk tagihan UltraAV
    .why = Langganan Kaspersky berpindah ke UltraAV dengan jadwal tagihan yang sama: ketahui berapa yang akan Anda bayar dan kapan.
    .step-1 = Periksa rekening koran 12 bulan terakhir dan cari UltraAV atau Pango.
    .step-2 = Jika Anda tidak menginginkan UltraAV, batalkan langganannya di akun UltraAV Anda atau melalui layanan pelanggan UltraAV.

## Hapus Kaspersky

item-uninstall-kaspersky-windows = Hapus Kaspersky dari komputer ini
    .why = { $updates }.
    .step-1 = Buka Aplikasi yang diinstal (Pengaturan > Aplikasi > Aplikasi yang diinstal) dan pilih Hapus instalan di samping setiap program Kaspersky, antivirusnya lebih dulu.
    .step-2 = Ikuti langkah-langkahnya; jika ditanya apakah informasi lisensi atau pengaturan ingin disimpan, Anda boleh memilih untuk tidak menyimpannya.
    .step-3 = Jika diminta kata sandi Kaspersky yang tidak Anda ketahui, pakai kavremover, alat penghapus dari Kaspersky (butir berikutnya): alat ini tidak memerlukan Mode Aman.
    .step-4 = Hanya jika kavremover tidak berhasil: penyetelan ulang kata sandi Kaspersky hanya bisa dilakukan dalam Mode Aman. Dalam Mode Aman, pembaca layar mungkin tidak bersuara, jadi mintalah bantuan orang yang bisa melihat layar untuk bagian itu.
    .link = Buka Aplikasi yang diinstal
item-uninstall-kaspersky-windows-password = Hapus Kaspersky dari komputer ini
    .why = { $updates }. Pemeriksaan melihat bahwa perlindungan kata sandi Kaspersky aktif, jadi mencopotnya akan meminta kata sandi itu.
    .step-1 = Cari kata sandi Kaspersky sebelum mulai: orang yang memasang Kaspersky di komputer ini yang memilihnya.
    .step-2 = Buka Aplikasi yang diinstal (Pengaturan > Aplikasi > Aplikasi yang diinstal) dan pilih Hapus instalan di samping setiap program Kaspersky, antivirusnya lebih dulu, lalu ketik kata sandinya saat diminta.
    .step-3 = Ikuti langkah-langkahnya; jika ditanya apakah informasi lisensi atau pengaturan ingin disimpan, Anda boleh memilih untuk tidak menyimpannya.
    .step-4 = Jika tidak ada yang tahu kata sandinya, pakai kavremover, alat penghapus dari Kaspersky (butir berikutnya): alat ini tidak memerlukan Mode Aman.
    .step-5 = Hanya jika kavremover tidak berhasil: penyetelan ulang kata sandi Kaspersky hanya bisa dilakukan dalam Mode Aman. Dalam Mode Aman, pembaca layar mungkin tidak bersuara, jadi mintalah bantuan orang yang bisa melihat layar untuk bagian itu.
    .link = Buka Aplikasi yang diinstal
item-uninstall-kaspersky-mac = Hapus Kaspersky dari Mac ini
    .why = { $updates }.
    .step-1 = Buka folder aplikasi Kaspersky di Aplikasi dan jalankan program penghapusnya ("Uninstall Kaspersky").
    .step-2 = Ikuti langkah-langkahnya dan masukkan kata sandi Mac Anda saat diminta.
item-uninstall-kaspersky-linux = Hapus Kaspersky Endpoint Security dari komputer ini
    .why = { $updates }.
    .step-1 = Jika komputer ini dikelola oleh kantor Anda, tanyakan dulu kepada mereka: mungkin mereka menghapusnya dari pusat.
    .step-2 = Jika tidak, hapus paketnya dengan pengelola paket Anda, misalnya: sudo apt remove kesl kesl-gui (atau sudo dnf remove kesl).
item-restart = Mulai ulang komputer
    .why = Penghapusan baru tuntas setelah komputer dimulai ulang.
    .step-1 = Simpan pekerjaan Anda, lalu mulai ulang komputer.
item-kavremover = Hanya jika penghapusan biasa gagal: pakai alat penghapus Kaspersky
    .why = kavremover menghapus Kaspersky jika cara penghapusan biasa tidak berhasil.
    .step-1 = Unduh kavremover dari situs dukungan Kaspersky (tombol di bawah membuka halamannya).
    .step-2 = Jalankan, pilih produk Kaspersky Anda dari daftar, lalu klik Remove (Hapus).
    .step-3 = Mulai ulang komputer setelah selesai.
    .link = Buka halaman kavremover
item-remove-ultraav = Hapus UltraAV dengan program penghapusnya sendiri
    .why = Bagi sebagian orang, UltraAV muncul kembali jika dihapus dengan cara lain.
    .step-1 = Jalankan program penghapus UltraAV sendiri dengan tombol di bawah, atau buka Aplikasi yang diinstal, cari UltraAV lalu pilih Hapus instalan.
    .step-2 = Lakukan hal yang sama untuk UltraVPN jika ada dan tidak Anda pakai.
    .link = Buka Aplikasi yang diinstal

## Nyalakan perlindungan baru Anda

item-keep-ultraav = Pastikan UltraAV aktif dan mutakhir
    .why = Anda memilih tetap memakai UltraAV; pastikan program itu benar-benar melindungi komputer ini.
    .step-1 = Buka UltraAV dan pastikan perlindungannya aktif dan pembaruannya baru.
item-confirm-defender = Pastikan Microsoft Defender Antivirus aktif
    .why = Program ini sudah ada di Windows dan gratis. Windows seharusnya menyalakannya sendiri begitu tidak ada antivirus lain yang aktif, tetapi belum tentu, jadi periksalah.
    .step-1 = Buka Keamanan Windows dan pilih Perlindungan virus & ancaman.
    .step-2 = Jika tertulis perlindungan nonaktif, klik Aktifkan.
    .link = Buka Keamanan Windows
item-confirm-defender-policy = Pastikan Microsoft Defender Antivirus aktif
    .why = Program ini sudah ada di Windows dan gratis. Pemeriksaan melihat ada pengaturan di komputer ini yang mungkin membuatnya tetap mati: Keamanan Windows lalu menyebut sebagian pengaturan dikelola oleh organisasi Anda, dan tombol Aktifkan mungkin tidak bisa diklik.
    .step-1 = Buka Keamanan Windows dan pilih Perlindungan virus & ancaman. Jika tertulis perlindungan nonaktif dan tombol Aktifkan bisa diklik, kliklah.
    .step-2 = Jika pengaturannya dikelola oleh organisasi Anda padahal tidak ada yang mengelola komputer ini untuk Anda, mungkin alat pengubah Windows (tweak) atau antivirus lama yang membuat pengaturan itu: batalkan perubahannya dengan alat yang membuatnya.
    .step-3 = Jika komputer ini dikelola oleh kantor atau sekolah, mintalah mereka menyalakan Microsoft Defender Antivirus.
    .step-4 = Lalu periksa komputer ini lagi: pemeriksaan memastikan saat Microsoft Defender Antivirus sudah aktif.
    .link = Buka Keamanan Windows
item-update-defender = Perbarui Microsoft Defender Antivirus
    .why = Antivirus hanya mengenali ancaman baru jika definisi virusnya terbaru.
    .step-1 = Di Keamanan Windows, pada Perlindungan virus & ancaman, cari Pembaruan perlindungan lalu klik Periksa pembaruan.
    .step-2 = Tunggu sampai tertulis perlindungannya sudah terbaru.
    .link = Buka Keamanan Windows
item-macos-updates = Selalu perbarui macOS
    .why = XProtect, perlindungan bawaan macOS, selalu diperbarui oleh Apple: bersama pembaruan sistem, dan di macOS 15 ke atas juga di latar belakang lewat iCloud.
    .step-1 = Buka Pengaturan Sistem > Umum > Pembaruan Perangkat Lunak dan nyalakan pembaruan otomatis, termasuk tanggapan keamanan dan berkas sistem.
    .link = Buka Pembaruan Perangkat Lunak
item-install-clamav = Pasang ClamAV beserta definisi virusnya
    .why = ClamAV gratis dan berasal dari paket sistem Anda sendiri.
    .step-1 = Pasang, misalnya: sudo apt install clamav clamav-freshclam (atau sudo dnf install clamav clamav-update).
    .step-2 = Setelah itu perbarui definisinya: butir berikutnya menunjukkan caranya.
item-install-replacement = Pasang { $name } dan nyalakan
    .why = Pasang hanya setelah antivirus lama dihapus, agar tidak pernah ada dua antivirus yang berjalan bersamaan.
    .step-1 = Jalankan pemasang yang sudah Anda unduh dan ikuti langkah-langkahnya.
    .step-2 = Buka programnya dan pastikan perlindungannya menyala.
item-install-replacement-linux = Pasang { $name } dan nyalakan
    .why = Pasang hanya setelah antivirus lama dihapus, agar tidak pernah ada dua antivirus yang berjalan bersamaan.
    .step-1 = Pasang sesuai petunjuk pembuatnya untuk distribusi Linux Anda, biasanya berupa paket dari situs webnya atau dari repositori paketnya sendiri.
    .step-2 = Pastikan perlindungannya menyala.
item-get-protection = Pasang atau nyalakan antivirus pilihan Anda
    .why = Hanya setelah antivirus lama dihapus, agar tidak pernah ada dua antivirus yang berjalan bersamaan.
    .step-1 = Perlindungan bawaan: nyalakan seperti dijelaskan di langkah Pilih.
    .step-2 = Produk lain: pasang dari situs web resmi pembuatnya, lalu nyalakan.
item-turn-on-protection = Pastikan { $name } menyala
    .why = Program ini sudah ada di komputer ini, dan hanya melindungi selama berjalan.
    .step-1 = Buka { $name } dan pastikan perlindungannya menyala; nyalakan jika mati.
item-update-definitions = Perbarui definisi virus { $name }
    .why = Antivirus hanya mengenali ancaman baru jika definisi virusnya terbaru.
    .step-1 = Buka { $name } dan mulai pembaruan (biasanya bernama Update atau Periksa pembaruan).
    .step-2 = Pastikan program itu menyatakan definisinya sudah terbaru dan pembaruan otomatis menyala.
item-update-clamav = Perbarui definisi virus ClamAV dan jaga agar tetap terbaru
    .why = ClamAV hanya mengenali ancaman baru jika definisinya terbaru, dan definisi itu tidak diperbarui kecuali ada layanan yang mengunduhnya.
    .step-1 = Debian atau Ubuntu: jalankan sudo freshclam sekali, lalu biarkan layanan clamav-freshclam menyala agar mengunduh yang baru setiap hari: sudo systemctl enable --now clamav-freshclam
    .step-2 = Fedora: pasang paket clamav-update (sudo dnf install clamav-update), lalu jalankan sudo freshclam.
    .step-3 = Pindai folder kapan pun Anda mau, misalnya: clamscan -r ~/Downloads
item-keep-updating = Jaga agar { $name } tetap terbaru
    .why = Pemeriksaan terakhir mendapati program ini menyala dengan definisi virus terbaru. Perlindungannya tetap baik hanya selama pembaruannya terus datang.
    .step-1 = Sesekali buka { $name } dan pastikan pembaruan terakhirnya belum lama.
    .step-2 = Sesekali periksa lagi komputer ini dengan AV Switch.

## Pastikan semuanya berhasil

item-check-again = Periksa lagi komputer ini dengan AV Switch
    .why = Pemeriksaan memastikan bahwa tepat satu antivirus aktif, antivirus itu mutakhir, dan tidak ada program Kaspersky yang tersisa.
    .step-1 = Buka langkah Periksa dan klik Periksa lagi. AV Switch juga memeriksa lagi dengan sendirinya ketika Anda kembali setelah membuka program pencopot atau halaman pengaturan.
    .link = Buka langkah Periksa

item-check-again-keeping = Periksa lagi komputer ini dengan AV Switch
    .why = Pemeriksaan memastikan bahwa tepat satu antivirus aktif dan antivirus itu mutakhir.
    .step-1 = Setelah perlindungan Anda menyala dan diperbarui, buka langkah Periksa dan klik Periksa lagi.
    .link = Buka langkah Periksa

## Perangkat lain

item-android-remove = Hapus Kaspersky dari perangkat Android
    .why = { $updates }. Google Play tidak lagi menyediakan aplikasi Kaspersky di negara mana pun, jadi aplikasinya tidak bisa diperbarui atau dipasang ulang dari sana.
    .step-1 = Buka Setelan > Aplikasi, pilih setiap aplikasi Kaspersky, lalu ketuk Uninstal.
    .step-2 = Jika Android menolak, buka dulu Setelan > Keamanan > Aplikasi admin perangkat dan matikan Kaspersky di sana.
item-android-check = Periksa bagaimana Kaspersky di perangkat Android mendapat pembaruan
    .why = Google Play menghapus aplikasi Kaspersky di seluruh dunia, jadi aplikasinya tidak bisa lagi diperbarui atau dipasang ulang dari sana. Di luar AS, Kaspersky menyatakan bahwa aplikasi yang sudah terpasang tetap berfungsi dan memperbarui basis datanya, serta mengarahkan ke toko aplikasi lain atau situs webnya sendiri.
    .step-1 = Buka aplikasi Kaspersky dan lihat kapan terakhir diperbarui.
    .step-2 = Jika sudah tidak diperbarui, copot pemasangannya di Setelan > Aplikasi dan pastikan Google Play Protect menyala (Play Store > foto profil Anda > Play Protect).
item-android-protect = Pilih perlindungan untuk perangkat Android
    .why = Google Play Protect sudah ada di Android; aplikasi keamanan dari Google Play bisa menambah perlindungannya.
    .step-1 = Buka Play Store, ketuk foto profil Anda, pilih Play Protect, dan pastikan pemindaian aktif.
item-iphone-remove = Hapus aplikasi Kaspersky dari iPhone atau iPad
    .why = { $updates }.
    .step-1 = Sentuh dan tahan ikon setiap aplikasi Kaspersky, pilih Hapus App, lalu Hapus App sekali lagi.
    .step-2 = Batalkan langganan Kaspersky di Pengaturan > nama Anda > Langganan.
item-mac-remove = Hapus Kaspersky dari Mac
    .why = { $updates }.
    .step-1 = Buka folder Kaspersky di Aplikasi dan jalankan "Uninstall Kaspersky".
    .step-2 = Jalankan juga AV Switch di Mac itu untuk daftar yang dibuat khusus untuknya.
item-pc-remove = Ganti juga di PC yang lain
    .why = { $updates }. Hal yang sama berlaku di setiap komputer.
    .step-1 = Jalankan AV Switch di PC itu: ia memeriksanya dan membuat daftar untuknya.

## Aplikasi Kaspersky lainnya

item-import-passwords = Impor kata sandi Anda ke pengelola kata sandi yang baru
    .why = Kaspersky Password Manager juga produk Kaspersky, dan kata sandi Anda sebaiknya sudah aman di pengelola yang baru sebelum apa pun dicopot.
    .step-1 = Pilih pengelola kata sandi; yang sudah ada di peramban web Anda adalah pilihan gratis.
    .step-2 = Cari halaman impornya: di sana tertulis berkas apa saja yang bisa dibaca, dan sebagian bisa langsung membaca berkas teks Kaspersky.
    .step-3 = Impor berkasnya dan periksa beberapa login.

## Sisa program yang sudah dihapus (satu butir per jenis yang ditemukan pemeriksaan)

item-leftover-certificate-windows = Hapus sertifikat Kaspersky dari daftar tepercaya
    .why = Kaspersky menambahkan sertifikat akarnya sendiri agar dapat melihat isi koneksi aman (HTTPS). Setelah Kaspersky tidak ada, tidak ada yang memperbarui sertifikat itu, tetapi Windows tetap memercayainya.
    .step-1 = Tekan tombol Windows, ketik "Manage computer certificates" (Kelola sertifikat komputer) lalu buka. Windows meminta izin administrator.
    .step-2 = Buka "Trusted Root Certification Authorities", lalu "Certificates".
    .step-3 = Cari "Kaspersky Anti-Virus Personal Root Certificate", klik kanan, pilih Delete (Hapus) dan konfirmasi dengan Yes (Ya).
    .step-4 = Lakukan hal yang sama di "Manage user certificates" (Kelola sertifikat pengguna) jika sertifikat itu juga ada di sana.
    .step-5 = Firefox, jika tercantum, memercayai apa yang dipercaya Windows: setelah sertifikat dihapus dari Windows, Firefox juga tidak memercayainya lagi.
item-leftover-certificate-mac = Hapus sertifikat Kaspersky dari keychain Sistem
    .why = Kaspersky menambahkan sertifikat akarnya sendiri agar dapat melihat isi koneksi aman (HTTPS). Setelah Kaspersky tidak ada, tidak ada yang memperbarui sertifikat itu, tetapi Mac tetap memercayainya.
    .step-1 = Buka Akses Keychain (di Aplikasi > Utilitas).
    .step-2 = Pilih keychain Sistem di sebelah kiri, lalu tab Sertifikat.
    .step-3 = Cari "Kaspersky Web Anti-Virus Certification Authority", klik sambil menekan Control, pilih Hapus dan masukkan kata sandi Anda bila diminta.
item-leftover-extension = Hapus ekstensi Kaspersky Protection dari peramban Anda
    .why = Penghapus instalan Kaspersky bisa meninggalkan ekstensi perambannya. Tanpa Kaspersky, ekstensi itu tidak berguna dan tidak lagi mendapat pembaruan.
    .step-1 = Buka halaman ekstensi setiap peramban yang tercantum di "Sisa yang tertinggal" pada langkah Periksa: chrome://extensions di Google Chrome, edge://extensions di Microsoft Edge, about:addons di Firefox.
    .step-2 = Cari Kaspersky Protection lalu klik Hapus.
    .step-3 = Lakukan ini di setiap profil yang tercantum di sana, lalu periksa lagi.
item-leftover-services-windows = Hapus layanan dan driver sisa Kaspersky dengan kavremover
    .why = Layanan dan driver yang tertinggal setelah Kaspersky dihapus, terutama yang berkasnya sudah tidak ada, dilaporkan menghalangi pembaruan fitur Windows.
    .step-1 = Unduh kavremover dari situs dukungan Kaspersky (tautan membuka halamannya).
    .step-2 = Jalankan, pilih produk Kaspersky yang dulu Anda pakai lalu klik Remove (Hapus).
    .step-3 = Mulai ulang komputer.
    .link = Buka halaman kavremover
item-leftover-services-mac = Hapus item latar belakang sisa Kaspersky
    .why = Berkas-berkas ini akan menjalankan bagian Kaspersky yang sudah tidak ada setiap kali Mac dinyalakan atau seseorang masuk.
    .step-1 = Di Finder, pilih Pergi > Pergi ke Folder lalu buka setiap folder yang tercantum di "Sisa yang tertinggal" pada langkah Periksa (misalnya /Library/LaunchAgents).
    .step-2 = Pindahkan berkas yang namanya diawali "com.kaspersky" ke Tempat Sampah, dan masukkan kata sandi Anda bila diminta.
    .step-3 = Mulai ulang Mac.
item-leftover-registry = Hapus pengaturan sisa Kaspersky dengan kavremover
    .why = Pengaturan Kaspersky di registri bisa tertinggal setelah dihapus, dan dilaporkan mengganggu pembaruan Windows. kavremover membersihkannya dengan aman; mengubah registri secara manual berisiko.
    .step-1 = Jalankan kavremover seperti dijelaskan pada butir tentang layanan, atau unduh sekarang lewat tautan, pilih produk Kaspersky yang dulu Anda pakai lalu klik Remove (Hapus).
    .step-2 = Mulai ulang komputer.
    .link = Buka halaman kavremover
item-leftover-folders-windows = Hapus folder sisa Kaspersky
    .why = Folder-folder ini berisi berkas dan pengaturan lama Kaspersky. Semuanya memakan ruang dan tidak berguna lagi.
    .step-1 = Jika kavremover ada di daftar Anda, jalankan lebih dulu: sebagian besar akan terhapus.
    .step-2 = Jika folder yang tercantum di "Sisa yang tertinggal" pada langkah Periksa masih ada, buka File Explorer, buka lokasinya lalu hapus. Windows meminta izin administrator.
item-leftover-folders-mac = Hapus folder sisa Kaspersky
    .why = Folder-folder ini berisi berkas dan pengaturan lama Kaspersky. Semuanya memakan ruang dan tidak berguna lagi.
    .step-1 = Di Finder, pilih Pergi > Pergi ke Folder lalu ketik lokasi folder yang tercantum di "Sisa yang tertinggal" pada langkah Periksa.
    .step-2 = Pindahkan folder "Kaspersky Lab" ke Tempat Sampah, masukkan kata sandi Anda bila diminta, lalu kosongkan Tempat Sampah.
item-leftover-registration = Tidak ada yang perlu dicopot: Windows masih mencantumkan antivirus yang sudah dihapus
    .why = Windows Security Center masih menyebut antivirus Kaspersky atau UltraAV yang sudah tidak terpasang. Ini adalah pendaftaran yang tertinggal, bukan program: mencopotnya lagi tidak akan membantu, dan pendaftaran ini tidak melindungi komputer ini.
    .step-1 = Jangan mencoba mencopotnya lagi, dan jangan memasangnya lagi hanya untuk menghapusnya.
    .step-2 = Jika bagian lain dari Kaspersky tercantum di sini, hapus dulu dengan butir-butir di bawah, lalu mulai ulang komputer.
    .step-3 = Jika Keamanan Windows masih menyebutnya setelah itu, sumber di bawah menjelaskan cara entri seperti ini dibersihkan; pada komputer yang dikelola orang lain, tanyakan kepada mereka.
    .step-4 = Periksa komputer ini lagi: butir ini dipastikan selesai begitu Security Center tidak lagi mencantumkannya.
section-remove-ultraav = Hapus UltraAV
section-remove-both = Hapus Kaspersky dan UltraAV
section-windows-10 = Windows di komputer ini
action-uninstall = Buka program pencopot { $name }
action-open-uninstaller-mac = Buka program pencopot Kaspersky
action-show-applications = Tampilkan Aplikasi di Finder
action-copy-command = Salin perintahnya
item-ask-it = Tanyakan kepada pengelola komputer ini sebelum mencopot apa pun
    .why = { $updates }. Kaspersky di komputer ini dikelola oleh pemberi kerja atau bagian TI-nya (edisi untuk organisasi, atau edisi yang hanya boleh dicopot administrator), dan mungkin mereka sendiri yang akan menggantinya.
    .step-1 = Tanyakan kepada bagian TI pemberi kerja Anda, atau siapa pun yang menyiapkan komputer ini, apakah mereka akan mengganti Kaspersky dan apa yang perlu Anda lakukan.
    .step-2 = Jangan mencopot apa pun sendiri kecuali mereka memintanya, dan ikuti petunjuk mereka.
    .step-3 = Setelah itu, periksa lagi komputer ini dengan AV Switch: pemeriksaan memastikan kapan Kaspersky sudah tidak ada.
item-uninstall-managed = Minta Kaspersky dicopot sesuai arahan pengelola komputer ini
    .why = { $updates }.
    .step-1 = Ikuti petunjuk bagian TI pemberi kerja Anda: mereka mungkin mencopotnya dari pusat, atau memberi Anda langkah-langkahnya.
item-delete-export = Hapus berkas kata sandi yang diekspor
    .why = Isinya semua kata sandi dalam teks biasa, yang bisa dibaca siapa pun yang membukanya.
    .step-1 = Setelah impor berhasil, hapus berkas itu, kosongkan Keranjang Sampah, dan hapus salinannya, misalnya yang ada di flashdisk.
item-replace-vpn-covered = Ganti Kaspersky VPN Secure Connection
    .why = VPN Kaspersky juga terkena larangan ini.
    .step-1 = Putuskan apakah Anda masih memerlukan VPN; banyak orang memakainya hanya di Wi-Fi umum.
    .step-2 = Jika ya, pilih VPN lain, lalu hapus Kaspersky VPN dari setiap perangkat dan batalkan langganannya.
item-replace-vpn-unknown = Ganti Kaspersky VPN Secure Connection
    .why = Jika larangan AS berlaku untuk Anda, VPN Kaspersky juga termasuk.
    .step-1 = Putuskan apakah Anda masih memerlukan VPN; banyak orang memakainya hanya di Wi-Fi umum.
    .step-2 = Jika ya, pilih VPN lain, lalu hapus Kaspersky VPN dari setiap perangkat dan batalkan langganannya.
item-replace-vpn-chosen = Ganti Kaspersky VPN Secure Connection
    .why = Anda beralih dari Kaspersky, dan VPN-nya juga produk Kaspersky.
    .step-1 = Putuskan apakah Anda masih memerlukan VPN; banyak orang memakainya hanya di Wi-Fi umum.
    .step-2 = Jika ya, pilih VPN lain, lalu hapus Kaspersky VPN dari setiap perangkat dan batalkan langganannya.
item-replace-safe-kids-covered = Ganti Kaspersky Safe Kids
    .why = Kaspersky Safe Kids juga terkena larangan ini.
    .step-1 = Atur kontrol orang tua bawaan perangkat Anda (Family Link di Android, Durasi Layar di iPhone dan Mac, Microsoft Family Safety di Windows).
    .step-2 = Lalu hapus Kaspersky Safe Kids dari perangkat anak-anak Anda dan perangkat Anda sendiri.
item-replace-safe-kids-unknown = Ganti Kaspersky Safe Kids
    .why = Jika larangan AS berlaku untuk Anda, Kaspersky Safe Kids juga termasuk.
    .step-1 = Atur kontrol orang tua bawaan perangkat Anda (Family Link di Android, Durasi Layar di iPhone dan Mac, Microsoft Family Safety di Windows).
    .step-2 = Lalu hapus Kaspersky Safe Kids dari perangkat anak-anak Anda dan perangkat Anda sendiri.
item-replace-safe-kids-chosen = Ganti Kaspersky Safe Kids
    .why = Anda beralih dari Kaspersky, dan Safe Kids juga produk Kaspersky.
    .step-1 = Atur kontrol orang tua bawaan perangkat Anda (Family Link di Android, Durasi Layar di iPhone dan Mac, Microsoft Family Safety di Windows).
    .step-2 = Lalu hapus Kaspersky Safe Kids dari perangkat anak-anak Anda dan perangkat Anda sendiri.
item-leftover-registry-with-services = Hapus juga pengaturan sisa Kaspersky
    .why = Pengaturan Kaspersky di registri bisa tertinggal setelah dihapus, dan dilaporkan mengganggu pembaruan Windows. Mengubah registri secara manual berisiko.
    .step-1 = kavremover yang dijalankan untuk layanan dan driver di atas juga membersihkan pengaturan ini: tidak ada lagi yang perlu dikerjakan secara manual.
item-windows-10 = Pastikan Windows 10 tetap mendapat pembaruan keamanan
    .why = Komputer ini memakai Windows 10, yang dukungannya berakhir pada { $support_end }. Komputer ini hanya mendapat pembaruan keamanan jika terdaftar di Extended Security Updates (ESU), yang diperpanjang Microsoft untuk pengguna rumahan sampai { $esu_end }. Microsoft Defender Antivirus masih mendapat definisi virus baru di Windows 10 sampai Oktober 2028, tetapi menurut Microsoft komputer Windows 10 tetap lebih berisiko meskipun ada pembaruan itu.
    .step-1 = Buka Pengaturan > Windows Update. Di sana tertulis apakah komputer ini terdaftar di Extended Security Updates; jika sudah, tidak perlu melakukan apa-apa lagi sampai { $esu_end }.
    .step-2 = Jika belum terdaftar dan Windows Update menawarkan pendaftaran, ikuti langkahnya (perlu akun Microsoft). Pendaftaran dibuka sampai { $esu_end }, tetapi tidak ditawarkan di semua negara.
    .step-3 = Jika komputer ini bisa menjalankan Windows 11, Microsoft menyarankan untuk meningkatkannya: Windows Update juga menunjukkan apakah bisa.
    .step-4 = Jika keduanya tidak bisa, selalu perbarui antivirusnya, berhati-hatilah dengan lampiran email dan unduhan, dan rencanakan mengganti komputer sebelum { $esu_end }.
