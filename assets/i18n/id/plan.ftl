# Daftar periksa. Setiap item-* adalah judul satu tugas; .why menjelaskan
# mengapa tugas itu ada di daftar, .step-1, .step-2, ... adalah langkahnya
# secara berurutan, dan .link adalah label tombol yang membuka halaman terkait.

plan-your-new-antivirus = antivirus baru Anda
plan-updates-ended = Kaspersky tidak lagi mendapat pembaruan di Amerika Serikat
plan-updates-ending = Pembaruan Kaspersky di Amerika Serikat akan berhenti

## Bagian

section-before = Sebelum menghapus apa pun
section-payments = Hentikan pembayaran
section-remove = Hapus Kaspersky
section-protect = Nyalakan perlindungan baru Anda
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
    .step-2 = Buka pengaturannya dan cari Impor/Ekspor.
    .step-3 = Ekspor kata sandi Anda ke sebuah berkas dan simpan di tempat yang mudah Anda temukan, misalnya di flashdisk.
    .step-4 = Jaga kerahasiaan berkas ini: isinya kata sandi Anda tanpa perlindungan. Hapus berkas itu setelah kata sandinya diimpor ke pengelola kata sandi yang baru.
item-note-subscription = Catat rincian langganan Kaspersky Anda
    .why = Anda memerlukannya untuk membatalkan perpanjangan atau meminta pengembalian dana nanti.
    .step-1 = Masuk ke akun Anda di my.kaspersky.com, atau cari e-mail pesanan Anda.
    .step-2 = Catat alamat e-mail akun, nama produk, tanggal perpanjangan, dan harganya.
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
    .why = Jika tidak, Anda bisa ditagih lagi untuk produk yang tidak lagi mendapat pembaruan di Amerika Serikat.
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
    .why = Kaspersky tidak lagi mendapat pembaruan di Amerika Serikat, jadi perlindungannya makin berkurang.
    .step-1 = Buka Pengaturan > Aplikasi > Aplikasi yang diinstal.
    .step-2 = Cari setiap program Kaspersky, klik tiga titik di sebelahnya, lalu pilih Hapus instalan.
    .step-3 = Jika ditanya apakah informasi lisensi atau pengaturan ingin disimpan, Anda boleh memilih untuk tidak menyimpannya.
    .link = Buka Pengaturan > Aplikasi
item-uninstall-kaspersky-mac = Hapus Kaspersky dari Mac ini
    .why = Kaspersky tidak lagi mendapat pembaruan di Amerika Serikat, jadi perlindungannya makin berkurang.
    .step-1 = Buka folder aplikasi Kaspersky di Aplikasi dan jalankan program penghapusnya ("Uninstall Kaspersky").
    .step-2 = Ikuti langkah-langkahnya dan masukkan kata sandi Mac Anda saat diminta.
item-uninstall-kaspersky-linux = Hapus Kaspersky Endpoint Security dari komputer ini
    .why = Kaspersky tidak lagi mendapat pembaruan di Amerika Serikat, jadi perlindungannya makin berkurang.
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
    .step-1 = Buka Pengaturan > Aplikasi > Aplikasi yang diinstal, cari UltraAV lalu pilih Hapus instalan, atau jalankan program penghapus di folder UltraAV dalam Program Files.
    .step-2 = Lakukan hal yang sama untuk UltraVPN jika ada dan tidak Anda pakai.
    .step-3 = Mulai ulang komputer.
    .link = Buka Pengaturan > Aplikasi

## Nyalakan perlindungan baru Anda

item-keep-ultraav = Pastikan UltraAV aktif dan mutakhir
    .why = Anda memilih tetap memakai UltraAV; pastikan program itu benar-benar melindungi komputer ini.
    .step-1 = Buka UltraAV dan pastikan perlindungannya aktif dan pembaruannya baru.
item-confirm-defender = Pastikan Microsoft Defender Antivirus aktif
    .why = Program ini sudah ada di Windows, gratis, dan menyala sendiri begitu tidak ada antivirus lain yang aktif.
    .step-1 = Buka Keamanan Windows dan pilih Perlindungan virus & ancaman.
    .step-2 = Jika tertulis perlindungan nonaktif, klik Aktifkan.
    .step-3 = Di bawah Pembaruan perlindungan, klik Periksa pembaruan.
    .link = Buka Keamanan Windows
item-macos-updates = Selalu perbarui macOS
    .why = XProtect, perlindungan bawaan macOS, diperbarui bersama pembaruan keamanan sistem.
    .step-1 = Buka Pengaturan Sistem > Umum > Pembaruan Perangkat Lunak dan nyalakan pembaruan otomatis, termasuk tanggapan keamanan dan berkas sistem.
item-install-clamav = Pasang ClamAV beserta definisi virusnya
    .why = ClamAV gratis dan berasal dari paket sistem Anda sendiri.
    .step-1 = Pasang, misalnya: sudo apt install clamav clamav-freshclam (atau sudo dnf install clamav clamav-update).
    .step-2 = Pastikan definisinya diperbarui: layanan clamav-freshclam yang melakukannya.
item-install-replacement = Pasang { $name } dan nyalakan
    .why = Pasang hanya setelah Kaspersky dihapus, agar tidak pernah ada dua antivirus yang berjalan sekaligus.
    .step-1 = Jalankan pemasang yang sudah Anda unduh dan ikuti langkah-langkahnya.
    .step-2 = Buka programnya, pastikan perlindungannya aktif, dan biarkan ia mengunduh pembaruannya.

## Pastikan semuanya berhasil

item-check-again = Periksa lagi komputer ini dengan AV Switch
    .why = Pemeriksaan memastikan bahwa tepat satu antivirus aktif, antivirus itu mutakhir, dan tidak ada program Kaspersky yang tersisa.
    .step-1 = Buka langkah Periksa dan klik Periksa lagi.

## Perangkat lain

item-android-remove = Hapus Kaspersky dari perangkat Android
    .why = { $updates }, dan Google Play tidak lagi menyediakan aplikasinya, jadi aplikasi itu tidak bisa diperbarui dari sana.
    .step-1 = Buka Setelan > Aplikasi, pilih setiap aplikasi Kaspersky, lalu ketuk Uninstal.
    .step-2 = Jika Android menolak, buka dulu Setelan > Keamanan > Aplikasi admin perangkat dan matikan Kaspersky di sana.
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
    .why = { $updates }, di setiap komputer.
    .step-1 = Jalankan AV Switch di PC itu: ia memeriksanya dan membuat daftar untuknya.

## Aplikasi Kaspersky lainnya

item-import-passwords = Pindahkan kata sandi Anda ke pengelola kata sandi baru
    .why = Kaspersky Password Manager juga terkena larangan ini.
    .step-1 = Pilih pengelola kata sandi; yang sudah ada di peramban web Anda adalah pilihan gratis.
    .step-2 = Impor berkas yang tadi Anda ekspor, periksa beberapa login, lalu hapus berkas itu.
    .step-3 = Hapus Kaspersky Password Manager dari setiap perangkat.
item-replace-vpn = Ganti Kaspersky VPN Secure Connection
    .why = VPN Kaspersky juga terkena larangan ini.
    .step-1 = Putuskan apakah Anda masih memerlukan VPN; banyak orang memakainya hanya di Wi-Fi umum.
    .step-2 = Jika ya, pilih VPN lain, lalu hapus Kaspersky VPN dari setiap perangkat dan batalkan langganannya.
item-replace-safe-kids = Ganti Kaspersky Safe Kids
    .why = Kaspersky Safe Kids juga terkena larangan ini.
    .step-1 = Atur kontrol orang tua bawaan perangkat Anda (Family Link di Android, Durasi Layar di iPhone dan Mac, Microsoft Family Safety di Windows).
    .step-2 = Lalu hapus Kaspersky Safe Kids dari perangkat anak-anak Anda dan perangkat Anda sendiri.
