# Checking this computer: what was found, how AV Switch knows, and what a
# check could not do.

## Kinds of programs and their states

kind-antivirus = Phần mềm diệt virus
kind-password-manager = Trình quản lý mật khẩu
kind-vpn = VPN
kind-parental-control = Kiểm soát của cha mẹ
kind-endpoint-agent = Phần mềm quản lý của công ty
check-leftover-certificate = Chứng chỉ gốc tin cậy của Kaspersky
check-leftover-extension = Tiện ích trình duyệt Kaspersky Protection
check-leftover-service = Dịch vụ và trình điều khiển
check-leftover-registry = Thiết lập trong sổ đăng ký (registry)
check-leftover-folder = Thư mục
check-leftover-registration = Phần mềm diệt virus đã gỡ mà Windows vẫn liệt kê
state-on = Đang bật
state-off = Đang tắt
state-snoozed = Tạm dừng
state-expired = Đã hết hạn
state-installed = Đã cài đặt
# "A, B and C": $first is already joined with list-separator.
list-and = { $first } và { $last }
# Between the names of a list but the last two: ", " (in quotes, to keep the space).
list-separator = { ", " }
# A system other than Windows, macOS and Linux.
os-other = hệ điều hành này

## The checks, as the person sees them

probe-all = Tất cả các mục kiểm tra
probe-security-center = Trung tâm Bảo mật Windows
probe-defender = Microsoft Defender Antivirus
probe-installed-programs = Chương trình đã cài đặt
probe-kaspersky-update = Lần cập nhật gần nhất của Kaspersky
probe-kaspersky-settings = Thiết lập của Kaspersky
probe-running-programs = Chương trình đang chạy
probe-applications = Ứng dụng
probe-background-services = Dịch vụ chạy nền
probe-xprotect = XProtect
probe-packages = Gói đã cài đặt
probe-program-folders = Thư mục chương trình
probe-services = Dịch vụ
probe-clamav-database = Cơ sở dữ liệu ClamAV
probe-kesl-state = Báo cáo của chính Kaspersky Endpoint Security
probe-certificates = Chứng chỉ tin cậy
probe-browser-extensions = Tiện ích trình duyệt
probe-windows-services = Dịch vụ và trình điều khiển
probe-leftover-settings = Thiết lập và thư mục

## What a check saw

evidence-security-center = Trạng thái được báo cáo: { $state }; cơ sở dữ liệu virus: { $definitions }; báo cáo gần nhất: { $reported }; chương trình: { $program }
evidence-registration-left-behind = Trung tâm Bảo mật vẫn liệt kê { $name }, nhưng trên máy tính này không còn chương trình, dịch vụ hay mục gỡ cài đặt nào của nó
# Beside a Security Center entry that the order of evidence set aside.
evidence-outranked = trạng thái của sản phẩm này do một mục khác của nó trong Trung tâm Bảo mật quyết định
signature-words-up-to-date = mới nhất
signature-words-out-of-date = đã cũ
signature-words-missing = không có
signature-words-unknown = không được báo cáo
value-not-known = (không rõ)
evidence-defender = { $source ->
        [registry] Theo thiết lập của nó trong sổ đăng ký:
       *[report] Theo báo cáo của chính nó:
    } chống virus đang bật: { $antivirus ->
        [yes] có
        [no] không
       *[unknown] không rõ
    }; bảo vệ trong thời gian thực đang bật: { $realtime ->
        [yes] có
        [no] không
       *[unknown] không rõ
    }; chế độ: { $mode }; cơ sở dữ liệu virus { $version }, cập nhật lúc { $updated }
# How Microsoft Defender runs (its AMRunningMode), in the evidence line above.
defender-mode-normal = bình thường
defender-mode-passive = thụ động
defender-mode-sxs-passive = thụ động (song song)
defender-mode-edr-block = chặn EDR
defender-mode-not-running = không chạy
evidence-installed-program = Có trong danh sách chương trình đã cài đặt với tên “{ $name }”
evidence-installed-program-by = Có trong danh sách chương trình đã cài đặt với tên “{ $name }”, của { $publisher }
evidence-kaspersky-update = Lần cập nhật thành công gần nhất được ghi lại: { $at }
evidence-kaspersky-never-updated = Thiết lập của Kaspersky cho biết nó chưa từng cập nhật xong cơ sở dữ liệu virus
evidence-kaspersky-password = Tính năng bảo vệ bằng mật khẩu của nó đang bật ({ $value } trong { $key }): khi gỡ cài đặt, máy sẽ hỏi mật khẩu đó
evidence-defender-policy = Có một thiết lập chính sách (policy) làm tắt nó ({ $values } trong { $key })
evidence-running = { $program } đang chạy
evidence-package = Gói { $name } { $version } ({ $manager })
evidence-folder = { $path } có tồn tại
evidence-service = { $unit } { $running ->
        [yes] đang chạy
       *[no] không chạy
    }
evidence-clamav-missing = Không tìm thấy cơ sở dữ liệu virus trong { $folder }
evidence-clamav = { $path }: phiên bản { $version }, { $count } mẫu nhận diện, tạo lúc { $built }
evidence-bundle = { $path }
evidence-launch-daemon = { $path } khởi chạy nó khi máy Mac khởi động
evidence-xprotect = XProtect phiên bản { $version } ({ $path })
evidence-kesl = Cơ sở dữ liệu virus phát hành lúc { $released }; đã nạp: { $loaded ->
        [yes] có
        [no] không
       *[unknown] không được báo cáo
    }
evidence-launch-agent = { $path } khởi chạy nó khi có người đăng nhập
evidence-leftover-extension = Kaspersky Protection trong { $browser }, hồ sơ “{ $profile }”: { $path }
evidence-leftover-certificate = { $subject }, trong kho { $store }, dấu vân tay { $thumbprint }, có hiệu lực đến { $until }
evidence-leftover-keychain = { $name }, trong { $keychain } (SHA-1 { $sha1 })
evidence-firefox-system-roots = Firefox được thiết lập để tin cậy các chứng chỉ mà Windows hoặc macOS tin cậy, kể cả chứng chỉ của Kaspersky ({ $path })
evidence-leftover-service = { $driver ->
        [yes] Trình điều khiển
       *[no] Dịch vụ
    } { $name }{ $named ->
        [yes] {" "}(“{ $shown }”)
       *[no] {""}
    } khởi chạy { $file } { $gone ->
        [yes] (tệp đó không còn nữa: đây là mục mồ côi)
       *[no] (tệp đó vẫn còn)
    }
evidence-leftover-key = Khóa sổ đăng ký { $key }

## Why a check could not run

failure-stopped-unexpectedly = Mục kiểm tra này đã dừng đột ngột.
failure-unsupported-system = AV Switch chưa thể kiểm tra hệ điều hành này; hiện chỉ hỗ trợ Windows, macOS và Linux.
failure-no-security-center = Máy tính này không có Trung tâm Bảo mật Windows: một số phiên bản Windows, như Windows Server, không có thành phần này. Các mục kiểm tra khác vẫn được chạy.
failure-unavailable = Mục này không có trên máy tính này, nên không thể kiểm tra. Các mục kiểm tra khác vẫn được chạy.
failure-denied = AV Switch không được phép xem, nên không thể kiểm tra mục này. Các mục kiểm tra khác vẫn được chạy.
failure-no-answer = Windows không trả lời, nên không thể kiểm tra mục này. Các mục kiểm tra khác vẫn được chạy.
failure-running-programs-silent = Windows không liệt kê chương trình đang chạy nào cả, nên không thể kiểm tra chúng. Các mục kiểm tra khác vẫn được chạy.
failure-skipped = { $count } mục trong danh sách của Windows không đọc được, nên không hiển thị ở đây. Phần còn lại của danh sách đã được kiểm tra, các mục kiểm tra khác cũng vậy.
failure-unreadable = Không đọc được { $path }: { $detail }
failure-damaged = { $path } bị hỏng: { $detail }
failure-kesl-permission = kesl-control không báo cáo trạng thái của Kaspersky Endpoint Security (“{ $detail }”). Muốn đọc được, cần có quyền quản trị (sudo) hoặc là thành viên của nhóm keslaudit; các mục kiểm tra khác vẫn được chạy.
failure-scan-crashed = Việc kiểm tra đã dừng đột ngột. Không có gì trên máy tính này bị thay đổi; hãy thử bấm Kiểm tra lại.
recording-unreadable = Không thể đọc hoặc ghi { $path }: { $detail }
recording-damaged = { $path } không phải là bản ghi mà AV Switch đọc được: { $detail }
recording-none-here = { $path } không chứa máy tính nào được ghi lại: bản ghi là một thư mục do lệnh avswitch check --record tạo ra, có tệp index.json bên trong.
recording-folder-not-empty = { $path } đã có tệp bên trong. Hãy chọn một thư mục mới hoặc thư mục trống cho bản ghi.
command-not-found = Máy tính này không có { $program }.
command-timed-out = { $program } không trả lời trong vòng { $seconds } giây.
command-failed = Không thể khởi chạy { $program }: { $reason }
parse-security-center-json = Câu trả lời của Trung tâm Bảo mật không phải là JSON hợp lệ ({ $detail }).
parse-security-center-not-list = Câu trả lời của Trung tâm Bảo mật không phải là danh sách sản phẩm.
parse-security-center-no-name = Một sản phẩm trong Trung tâm Bảo mật không có tên.
parse-security-center-no-state = { $name } không có productState hợp lệ.
parse-clamav-missing = thiếu phần đầu (header) của cơ sở dữ liệu ClamAV
parse-clamav-no-build-time = phần đầu của cơ sở dữ liệu ClamAV không có thời điểm tạo
parse-clamav-bad-build-time = không đọc được thời điểm tạo trong phần đầu của cơ sở dữ liệu ClamAV
parse-clamav-no-version = phần đầu của cơ sở dữ liệu ClamAV không có phiên bản
parse-clamav-no-count = phần đầu của cơ sở dữ liệu ClamAV không có số lượng mẫu nhận diện
parse-plist-unreadable = không đọc được tệp Info.plist của ứng dụng ({ $detail })
parse-plist-not-dictionary = tệp Info.plist của ứng dụng không phải là một từ điển (dictionary)
parse-certificates-json = danh sách chứng chỉ không phải là JSON hợp lệ ({ $detail })
parse-certificates-not-list = danh sách chứng chỉ không phải là một danh sách
parse-extensions-json = danh sách tiện ích (add-on) của trình duyệt không phải là JSON hợp lệ ({ $detail })

## The result in plain words

summary-kaspersky-running = { $name } đã được cài đặt và đang chạy trên máy tính này.
summary-kaspersky-running-stale-since = { $name } đang chạy, nhưng cơ sở dữ liệu virus của nó được cập nhật lần cuối { $when }, nên nó không thể bảo vệ trước các mối đe dọa mới.
summary-kaspersky-running-stale = { $name } đang chạy, nhưng cơ sở dữ liệu virus của nó đã cũ, nên nó không thể bảo vệ trước các mối đe dọa mới.
summary-kaspersky-running-never = { $name } đang chạy, nhưng nó chưa từng cập nhật xong cơ sở dữ liệu virus, nên nó không thể bảo vệ trước các mối đe dọa mới.
summary-kaspersky-running-next = Kaspersky không được gửi bản cập nhật cho những người ở Hoa Kỳ. Danh sách việc cần làm giúp bạn chọn phần mềm thay thế và chuyển đổi theo thứ tự an toàn, không để máy tính này thiếu bảo vệ.
summary-kaspersky-running-current-next = Kaspersky không được cung cấp bản cập nhật cho những người ở Hoa Kỳ, nên các bản cập nhật nó vẫn đang nhận có thể dừng bất cứ lúc nào. Danh sách việc cần làm giúp bạn chọn phần mềm thay thế và chuyển đổi theo thứ tự an toàn.
summary-kaspersky-running-unknown-next = Nếu bạn đang ở Hoa Kỳ, hoặc là công dân hay thường trú nhân Hoa Kỳ, thì Kaspersky không được cung cấp bản cập nhật cho bạn; trong các trường hợp khác, Kaspersky cho biết các sản phẩm của hãng vẫn được cập nhật. Trường hợp nào đúng với bạn sẽ quyết định kế hoạch của bạn.
summary-kaspersky-running-not-covered-next = Lệnh cấm của Hoa Kỳ không áp dụng cho bạn, và Kaspersky cho biết các sản phẩm của hãng vẫn được cập nhật bên ngoài Hoa Kỳ. Chuyển đổi hay không là do bạn quyết định; nếu bạn quyết định chuyển, danh sách việc cần làm sẽ chỉ cách.
summary-kaspersky-update-next = Hãy mở { $name } và cập nhật. Nếu nó không cập nhật được nữa, hãy chọn một phần mềm diệt virus khác: bước Chọn sẽ giúp bạn.
summary-definitions-recent = Cơ sở dữ liệu virus của nó được cập nhật lần cuối { $when }.
summary-kaspersky-not-running = { $name } đã được cài đặt trên máy tính này, nhưng không chạy.
summary-kaspersky-present = { $name } có trên máy tính này.
summary-kaspersky-several = Máy tính này có các chương trình Kaspersky sau: { $names }.
summary-nothing-protects = Hiện không có gì đang bảo vệ máy tính này.
summary-kaspersky-unprotected-next = Danh sách việc cần làm hướng dẫn bạn theo thứ tự an toàn: gỡ Kaspersky, khởi động lại, rồi bật phần mềm bảo vệ bạn chọn và cập nhật nó.
summary-kaspersky-unprotected-not-covered-next = Hãy bật lại { $name } và cập nhật nó, hoặc chọn một phần mềm diệt virus khác: danh sách việc cần làm sẽ chỉ cách.
summary-replacement = { $name } có trên máy tính này. Phần mềm này đã được cài thay cho Kaspersky trên máy của nhiều khách hàng tại Hoa Kỳ vào tháng 9 năm 2024, mà không có bước riêng nào hỏi ý kiến họ.
summary-replacement-next = Bạn có thể giữ nó hoặc chuyển sang phần mềm khác: bước Chọn giải thích cả hai cách. Nếu gỡ nó, hãy dùng trình gỡ cài đặt của chính nó.
summary-protected = Không tìm thấy chương trình Kaspersky nào. { $name } đang bảo vệ máy tính này.
summary-protected-next = Lệnh cấm có ý nghĩa gì đối với các thiết bị khác của bạn được giải thích ở bước Mốc thời gian; danh sách việc cần làm lo phần còn lại.
summary-idle = Không tìm thấy chương trình Kaspersky nào. { $name } đã được cài đặt, nhưng có vẻ hiện không bảo vệ máy tính này.
summary-idle-next-linux = Nếu bạn dựa vào { $name }, hãy đảm bảo nó đang chạy và luôn cập nhật cơ sở dữ liệu virus. Bước Chọn có thêm thông tin.
summary-idle-next = Hãy bật { $name }, hoặc { $turn_on }
summary-none-linux = Không tìm thấy chương trình Kaspersky nào và cũng không có phần mềm diệt virus nào trên máy tính này.
summary-none-linux-next = Nhiều máy tính gia đình chạy Linux không dùng phần mềm diệt virus. Nếu bạn muốn dùng, ClamAV là phần mềm miễn phí; bước Chọn có thêm thông tin.
summary-none = Không tìm thấy phần mềm diệt virus nào đang hoạt động trên máy tính này.
summary-no-definitions = { $name } chưa có cơ sở dữ liệu virus, nên chưa thể nhận biết các mối đe dọa.
summary-incomplete = Một số mục kiểm tra không chạy được, nên kết quả này có thể chưa đầy đủ. Chi tiết ở bên dưới.
summary-definitions-old = Cơ sở dữ liệu virus của nó đã cũ: lần cập nhật gần nhất là { $when }.
summary-definitions-out-of-date = Cơ sở dữ liệu virus của nó đã cũ.
summary-definitions-missing = Nó không có cơ sở dữ liệu virus.
summary-turn-on-defender = Mở Bảo mật Windows và bật Microsoft Defender Antivirus: phần mềm này có sẵn trong Windows và miễn phí.
summary-update-macos = Luôn cập nhật macOS: tính năng bảo vệ có sẵn của macOS, XProtect, được cập nhật cùng với hệ điều hành.
summary-install-antivirus = Cài đặt một phần mềm diệt virus mà bạn tin tưởng; bước Chọn sẽ giúp bạn.

## This computer's Kaspersky updates, beside the ban's dates

machine-kaspersky-updated = { $name } trên máy tính này cập nhật cơ sở dữ liệu virus lần cuối { $when }.
machine-kaspersky-may-stop = Kaspersky không được cung cấp bản cập nhật cho những người ở Hoa Kỳ, nên các bản cập nhật này có thể dừng bất cứ lúc nào.
machine-kaspersky-may-stop-unknown = Nếu lệnh cấm của Hoa Kỳ áp dụng cho bạn, các bản cập nhật này có thể dừng bất cứ lúc nào.
machine-kaspersky-out-of-date = Cơ sở dữ liệu này đã cũ.
signature-words-never-updated = chưa từng cập nhật
evidence-uninstaller = { $path }: trình gỡ cài đặt của nó
summary-kaspersky-expired = { $name } có trên máy tính này, nhưng giấy phép đã hết hạn: nó không còn bảo vệ máy tính này.
summary-stale = { $name } đang bật, nhưng cơ sở dữ liệu virus của nó đã cũ, nên nó không thể bảo vệ trước các mối đe dọa mới.
summary-protects = { $name } đang bảo vệ máy tính này.
summary-kaspersky-remove-next = Danh sách việc cần làm chỉ cách gỡ các chương trình Kaspersky một cách an toàn.
summary-kaspersky-remove-not-covered-next = Nếu bạn không dùng Kaspersky nữa, danh sách việc cần làm sẽ chỉ cách gỡ nó.
summary-stale-since = { $name } đang bật, nhưng cơ sở dữ liệu virus của nó được cập nhật lần cuối { $when }, nên nó không thể bảo vệ trước các mối đe dọa mới.
summary-not-protecting = { $name } { $state }, nên không bảo vệ máy tính này.
summary-stale-next = Hãy cập nhật cơ sở dữ liệu virus của { $name } (danh sách việc cần làm chỉ cách), hoặc chọn một phần mềm diệt virus khác.
summary-unknown = AV Switch không xác định được có phần mềm diệt virus nào đang bảo vệ máy tính này hay không.
summary-unknown-detail = Không kiểm tra được liệu có phần mềm diệt virus khác đang bảo vệ máy tính này hay không: xem các mục kiểm tra không chạy được ở bên dưới.
summary-unknown-next-windows = Hãy mở Bảo mật Windows và xem mục Bảo vệ khỏi vi-rút & mối đe dọa: mục này cho biết phần mềm diệt virus nào đang bật. Sau đó kiểm tra lại.
summary-unknown-next-mac = macOS tự bảo vệ bằng XProtect, vốn đi kèm các bản cập nhật của hệ điều hành: hãy cài các bản cập nhật đang chờ trong Cài đặt hệ thống > Cài đặt chung > Cập nhật phần mềm, rồi kiểm tra lại.
summary-unknown-next-linux = Hãy kiểm tra lại; nếu một phần vẫn không kiểm tra được, lý do sẽ hiện ngay bên dưới phần đó.
summary-idle-expired = Không tìm thấy chương trình Kaspersky nào. { $name } đã được cài đặt, nhưng giấy phép hoặc gói đăng ký của nó đã hết hạn.
summary-definitions-never = Nó chưa từng cập nhật xong cơ sở dữ liệu virus.
summary-definitions-unknown = Việc kiểm tra không xác định được cơ sở dữ liệu virus của nó được cập nhật lần cuối khi nào.
summary-kaspersky-password = { $name } được bảo vệ bằng mật khẩu: khi gỡ cài đặt, máy sẽ hỏi mật khẩu đó. Danh sách việc cần làm cho biết phải làm gì nếu không ai biết mật khẩu.
summary-defender-policy = Một thiết lập trên máy tính này có thể đang giữ { $name } ở trạng thái tắt: khi đó, Bảo mật Windows cho biết một số cài đặt do tổ chức của bạn quản lý. Danh sách việc cần làm cho biết phải làm gì.
summary-managed = { $name } do nơi làm việc hoặc bộ phận IT của họ quản lý: đây là phiên bản dành cho tổ chức, hoặc chỉ quản trị viên mới được gỡ nó.
summary-managed-next = Hãy hỏi người quản lý máy tính này (nơi làm việc của bạn hoặc bộ phận IT của họ) trước khi gỡ bất cứ thứ gì: có thể chính họ đang thay thế nó. Danh sách việc cần làm giải thích về lệnh cấm và những điều cần hỏi.
summary-left-behind = Một số phần của các chương trình không còn được cài đặt vẫn còn sót lại (liệt kê trong mục Còn sót lại). Danh sách việc cần làm chỉ cách dọn chúng đi.
evidence-xprotect-old-copy = XProtect phiên bản { $version } từ bản sao cũ của nó ({ $path }): từ macOS 15.2, bản sao đó không còn được cập nhật, nên XProtect đang dùng có thể mới hơn
recording-detail-version = đây là “{ $format }” phiên bản { $version }, còn AV Switch này đọc “{ $expected }” phiên bản 1 đến { $latest }
recording-detail-outside = “{ $name }” nằm ngoài thư mục của bản ghi
recording-detail-either = “{ $entry }” cần đúng một trong hai: { $one } hoặc { $other }
recording-detail-command-error = “{ $kind }” không phải là lỗi lệnh mà AV Switch biết
