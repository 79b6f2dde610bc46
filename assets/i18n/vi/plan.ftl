# The checklist. Each item-* text is an item's title; .why says why it is on
# the list, .step-1, .step-2, ... are its steps in order, and .link labels the
# button that opens a page for it. Every text here may use:
#   $name     the replacement the person chose ("Bitdefender", "Microsoft Defender Antivirus")
#   $updates  why Kaspersky is being replaced, for this person (plan-updates-*)

plan-your-new-antivirus = phần mềm diệt virus mới của bạn
plan-updates-covered = Kaspersky không được gửi bản cập nhật cho những người ở Hoa Kỳ, nên khả năng bảo vệ của nó ngày càng tụt hậu
plan-updates-covered-current = Kaspersky không được cung cấp bản cập nhật cho những người ở Hoa Kỳ, nên các bản cập nhật nó vẫn đang nhận có thể dừng bất cứ lúc nào
plan-updates-unknown = Nếu lệnh cấm của Hoa Kỳ áp dụng cho bạn, việc cập nhật Kaspersky đã dừng hoặc có thể dừng bất cứ lúc nào
plan-updates-chosen = Bạn đã quyết định chuyển khỏi Kaspersky

## Sections

section-start = Trước tiên
section-before = Trước khi gỡ bất cứ thứ gì
section-before-switching = Trước khi chuyển đổi
section-payments = Ngừng các khoản thanh toán
section-subscription = Gói đăng ký của bạn
section-remove = Gỡ Kaspersky
section-left-behind = Dọn những gì còn sót lại
section-protect = Bật tính năng bảo vệ và cập nhật
section-keep = Luôn được bảo vệ
section-verify = Kiểm tra kết quả
section-device-android = Điện thoại hoặc máy tính bảng Android của bạn
section-device-iphone = iPhone hoặc iPad của bạn
section-device-mac = Máy Mac của bạn
section-device-windows-pc = Máy tính Windows khác của bạn
section-companions = Các ứng dụng khác của Kaspersky

## First

item-check-computer = Kiểm tra máy tính này
    .why = Kế hoạch tùy thuộc vào những gì đang bảo vệ máy tính này. Việc kiểm tra chỉ mất vài giây và không thay đổi gì.
    .step-1 = Mở bước Kiểm tra (nút bên dưới sẽ mở bước này) và chờ kết quả.
    .link = Mở bước Kiểm tra
item-check-computer-failed = Kiểm tra lại máy tính này
    .why = Lần kiểm tra trước không chạy được, nên AV Switch không biết điều gì đang bảo vệ máy tính này.
    .step-1 = Mở bước Kiểm tra và bấm Kiểm tra lại.
    .step-2 = Nếu vẫn không chạy được, các lý do được liệt kê ở đó.
    .link = Mở bước Kiểm tra
item-switching-optional = Chuyển đổi hay không là do bạn
    .why = Theo câu trả lời của bạn, lệnh cấm của Hoa Kỳ không áp dụng cho bạn, và Kaspersky cho biết các sản phẩm của hãng vẫn được cập nhật bên ngoài Hoa Kỳ.
    .step-1 = Nếu bạn hài lòng với Kaspersky, hãy giữ cho nó luôn được cập nhật, và bỏ qua các mục về việc chọn và chuyển đổi.
    .step-2 = Nếu bạn muốn chuyển đổi, hãy chọn phần mềm thay thế ở bước Chọn: khi đó danh sách này sẽ hiện mọi bước.
item-choose-replacement = Chọn phần mềm bảo vệ bạn sẽ dùng
    .why = Các bước sau đó tùy thuộc vào lựa chọn này. Phần mềm bảo vệ đi kèm hệ điều hành của bạn là miễn phí.
    .step-1 = Mở bước Chọn và chọn phần mềm bảo vệ có sẵn hoặc một sản phẩm khác.
    .step-2 = Kết quả thử nghiệm của các phòng thử nghiệm độc lập giúp bạn so sánh; bước Chọn có liên kết đến các kết quả này.
    .link = Chọn phần mềm thay thế

## Before removing anything

item-export-passwords = Xuất mật khẩu của bạn từ Kaspersky Password Manager
    .why = Các bản sao lưu của nó chỉ mở được trong Kaspersky Password Manager và mật khẩu chính không thể khôi phục, nên hãy xuất dữ liệu trước khi gỡ cài đặt bất cứ thứ gì.
    .step-1 = Mở Kaspersky Password Manager và mở khóa bằng mật khẩu chính của bạn.
    .step-2 = Mở phần thiết lập của nó, tìm mục Nhập/Xuất (Import/Export) và xuất dữ liệu dưới dạng tệp văn bản (.txt).
    .step-3 = Lưu tệp ở nơi bạn sẽ tìm lại được, ví dụ trên một USB, và giữ kín: tệp này chứa mọi mật khẩu ở dạng văn bản thường.
item-note-subscription = Ghi lại thông tin gói đăng ký Kaspersky của bạn
    .why = Bạn cần các thông tin này để hủy gia hạn hoặc hỏi về việc hoàn tiền sau này.
    .step-1 = Đăng nhập vào tài khoản của bạn tại my.kaspersky.com, hoặc tìm email xác nhận đơn hàng.
    .step-2 = Ghi lại địa chỉ email của tài khoản, tên sản phẩm, ngày gia hạn và giá tiền.
item-download-replacement = Tải { $name } từ trang web chính thức của nhà sản xuất
    .why = Có sẵn bộ cài đặt nghĩa là máy tính này chỉ thiếu bảo vệ trong vài phút.
    .step-1 = Tự gõ địa chỉ trang web của nhà sản xuất, hoặc tìm “{ $name }” và chọn trang chính thức của nhà sản xuất, không chọn quảng cáo.
    .step-2 = Tải bộ cài đặt về, nhưng chưa chạy vội: hai phần mềm diệt virus chạy cùng lúc có thể xung đột với nhau.
item-check-quarantine = Xem vùng cách ly của Kaspersky có tệp nào bạn cần không
    .why = Sau khi gỡ Kaspersky, sẽ không thể lấy lại các tệp trong vùng cách ly nữa.
    .step-1 = Mở Kaspersky và tìm mục Vùng cách ly (Quarantine), thường nằm trong Công cụ khác (More tools) hoặc Bảo vệ (Protection).
    .step-2 = Nếu trong đó có một tệp bạn biết và tin tưởng, chỉ khôi phục nó khi bạn chắc chắn tệp đó an toàn; nếu không, hãy để nguyên.

## Stop the payments

item-cancel-renewal = Tắt tự động gia hạn gói đăng ký Kaspersky của bạn
    .why = Nếu không, bạn có thể lại bị tính tiền cho một sản phẩm bạn đang thay thế.
    .step-1 = Đăng nhập tại my.kaspersky.com và mở mục Gói đăng ký (Subscriptions).
    .step-2 = Tắt tự động gia hạn, hoặc hủy gói đăng ký.
    .step-3 = Nếu bạn mua qua một cửa hàng hoặc một công ty khác, hãy hủy với họ.
    .step-4 = Nếu không đăng nhập được, ngân hàng hoặc công ty phát hành thẻ của bạn có thể chặn các khoản thanh toán cho Kaspersky.
    .link = Mở my.kaspersky.com
item-stop-charges-us = Ngừng các khoản phí của gói đăng ký Kaspersky cũ
    .why = Vào tháng 9 năm 2024, gói đăng ký Kaspersky của khách hàng tại Hoa Kỳ đã được chuyển sang UltraAV với cùng lịch thanh toán, nên khoản phí này giờ có thể đến từ UltraAV, từ cửa hàng nơi bạn đã mua, hoặc vẫn từ Kaspersky.
    .step-1 = Xem lại sao kê ngân hàng hoặc thẻ trong 12 tháng gần nhất để tìm UltraAV, Pango hoặc Kaspersky, và ghi lại ai tính tiền bạn và vào lúc nào.
    .step-2 = Với những khoản phí UltraAV mà bạn không muốn, hãy hủy gói đăng ký trong tài khoản UltraAV của bạn hoặc qua bộ phận hỗ trợ của UltraAV.
    .step-3 = Nếu bạn mua qua một cửa hàng hoặc một công ty khác, hãy hủy với họ.
    .step-4 = Với các khoản phí của Kaspersky, hãy tắt tự động gia hạn tại my.kaspersky.com; nếu không đăng nhập được từ Hoa Kỳ, ngân hàng hoặc công ty phát hành thẻ của bạn có thể chặn các khoản thanh toán.
    .link = Mở my.kaspersky.com
item-check-ultraav-billing-keep = Xem sao kê ngân hàng hoặc thẻ để tìm các khoản phí UltraAV
    .why = Gói đăng ký Kaspersky đã được chuyển sang UltraAV với cùng lịch thanh toán: hãy biết rõ bạn sẽ trả bao nhiêu và khi nào.
    .step-1 = Xem lại sao kê trong 12 tháng gần nhất để tìm UltraAV hoặc Pango.
    .step-2 = Ghi lại ngày gia hạn và giá tiền, để không có khoản phí nào làm bạn bất ngờ.
item-check-ultraav-billing-elsewhere = Xem các khoản phí UltraAV thu của bạn
    .why = UltraAV có trên máy tính này. Nếu nó đi kèm một gói đăng ký, hãy biết rõ chi phí và ngày gia hạn.
    .step-1 = Xem lại sao kê ngân hàng hoặc thẻ trong 12 tháng gần nhất để tìm UltraAV hoặc Pango.
    .step-2 = Nếu bạn không muốn dùng UltraAV, hãy hủy gói đăng ký trong tài khoản UltraAV của bạn hoặc qua bộ phận hỗ trợ của UltraAV.

## Remove Kaspersky

item-uninstall-kaspersky-windows = Gỡ cài đặt Kaspersky khỏi máy tính này
    .why = { $updates }.
    .step-1 = Mở Ứng dụng đã cài đặt (Cài đặt > Ứng dụng > Ứng dụng đã cài đặt) và chọn Gỡ cài đặt bên cạnh từng chương trình Kaspersky, phần mềm diệt virus trước tiên.
    .step-2 = Làm theo các bước của nó; khi được hỏi có giữ thông tin giấy phép hoặc thiết lập hay không, bạn có thể chọn không giữ.
    .step-3 = Nếu nó hỏi một mật khẩu Kaspersky mà bạn không biết, hãy dùng kavremover, công cụ gỡ bỏ của Kaspersky (mục tiếp theo), thay cho cách này: công cụ này không cần Chế độ an toàn.
    .step-4 = Chỉ khi kavremover không giúp được: tính năng đặt lại mật khẩu của Kaspersky chỉ hoạt động trong Chế độ an toàn. Trong Chế độ an toàn, trình đọc màn hình có thể không phát ra tiếng, nên hãy nhờ một người sáng mắt giúp phần đó.
    .link = Mở Ứng dụng đã cài đặt
item-uninstall-kaspersky-windows-password = Gỡ cài đặt Kaspersky khỏi máy tính này
    .why = { $updates }. Kết quả kiểm tra cho thấy tính năng bảo vệ bằng mật khẩu của Kaspersky đang bật, nên khi gỡ cài đặt, máy sẽ hỏi mật khẩu đó.
    .step-1 = Hãy tìm mật khẩu Kaspersky trước khi bắt đầu: người đã cài đặt Kaspersky trên máy tính này là người đã chọn mật khẩu đó.
    .step-2 = Mở Ứng dụng đã cài đặt (Cài đặt > Ứng dụng > Ứng dụng đã cài đặt) và chọn Gỡ cài đặt bên cạnh từng chương trình Kaspersky, phần mềm diệt virus trước tiên, rồi nhập mật khẩu khi được hỏi.
    .step-3 = Làm theo các bước của nó; khi được hỏi có giữ thông tin giấy phép hoặc thiết lập hay không, bạn có thể chọn không giữ.
    .step-4 = Nếu không ai biết mật khẩu, hãy dùng kavremover, công cụ gỡ bỏ của Kaspersky (mục tiếp theo), thay cho cách này: công cụ này không cần Chế độ an toàn.
    .step-5 = Chỉ khi kavremover không giúp được: tính năng đặt lại mật khẩu của Kaspersky chỉ hoạt động trong Chế độ an toàn. Trong Chế độ an toàn, trình đọc màn hình có thể không phát ra tiếng, nên hãy nhờ một người sáng mắt giúp phần đó.
    .link = Mở Ứng dụng đã cài đặt
item-uninstall-kaspersky-mac = Gỡ cài đặt Kaspersky khỏi máy Mac này
    .why = { $updates }.
    .step-1 = Mở thư mục của ứng dụng Kaspersky trong thư mục Ứng dụng và chạy trình gỡ cài đặt của nó (“Uninstall Kaspersky”).
    .step-2 = Làm theo các bước của nó và nhập mật khẩu máy Mac khi được hỏi.
item-uninstall-kaspersky-linux = Gỡ Kaspersky Endpoint Security khỏi máy tính này
    .why = { $updates }.
    .step-1 = Nếu nơi làm việc của bạn quản lý máy tính này, hãy hỏi họ trước: họ có thể gỡ nó từ hệ thống quản lý chung.
    .step-2 = Nếu không, hãy gỡ các gói bằng trình quản lý gói của bạn, ví dụ: sudo apt remove kesl kesl-gui (hoặc sudo dnf remove kesl).
item-restart = Khởi động lại máy tính
    .why = Việc gỡ bỏ chỉ hoàn tất sau khi khởi động lại.
    .step-1 = Lưu công việc của bạn, rồi khởi động lại máy tính.
item-kavremover = Chỉ khi cách gỡ thông thường không thành công: dùng công cụ gỡ bỏ của Kaspersky
    .why = kavremover gỡ Kaspersky khi cách gỡ cài đặt thông thường không hiệu quả.
    .step-1 = Tải kavremover từ trang hỗ trợ của Kaspersky (liên kết sẽ mở trang đó).
    .step-2 = Chạy công cụ, chọn sản phẩm Kaspersky của bạn trong danh sách và bấm nút gỡ bỏ (Remove).
    .step-3 = Khởi động lại máy tính khi công cụ chạy xong.
    .link = Mở trang kavremover
item-remove-ultraav = Gỡ UltraAV bằng trình gỡ cài đặt của chính nó
    .why = Với một số người, gỡ UltraAV bằng những cách khác đã khiến nó quay trở lại.
    .step-1 = Khởi chạy trình gỡ cài đặt của UltraAV bằng nút bên dưới, hoặc mở Ứng dụng đã cài đặt, tìm UltraAV và chọn Gỡ cài đặt.
    .step-2 = Làm tương tự với UltraVPN nếu có và bạn không dùng nó.
    .link = Mở Ứng dụng đã cài đặt

## Turn on your new protection

item-keep-ultraav = Kiểm tra xem UltraAV có đang bật và được cập nhật không
    .why = Bạn đã chọn giữ UltraAV; hãy đảm bảo nó thực sự bảo vệ máy tính này.
    .step-1 = Mở UltraAV và kiểm tra xem tính năng bảo vệ có đang bật và các bản cập nhật có gần đây không.
item-confirm-defender = Kiểm tra xem Microsoft Defender Antivirus có đang bật không
    .why = Phần mềm này có sẵn trong Windows và miễn phí. Thông thường, Windows sẽ tự bật nó khi không còn phần mềm diệt virus nào khác hoạt động, nhưng cũng có thể không, nên hãy kiểm tra.
    .step-1 = Mở Bảo mật Windows và chọn Bảo vệ khỏi vi-rút & mối đe dọa.
    .step-2 = Nếu thấy báo tính năng bảo vệ đang tắt, hãy bấm Bật.
    .link = Mở Bảo mật Windows
item-confirm-defender-policy = Kiểm tra xem Microsoft Defender Antivirus có đang bật không
    .why = Phần mềm này có sẵn trong Windows và miễn phí. Kết quả kiểm tra thấy một thiết lập trên máy tính này có thể giữ nó ở trạng thái tắt: khi đó, Bảo mật Windows cho biết một số cài đặt do tổ chức của bạn quản lý, và nút Bật có thể bị làm mờ.
    .step-1 = Mở Bảo mật Windows và chọn Bảo vệ khỏi vi-rút & mối đe dọa. Nếu thấy báo tính năng bảo vệ đang tắt và có thể bấm nút Bật, hãy bấm nút đó.
    .step-2 = Nếu cài đặt do tổ chức của bạn quản lý mà không có ai quản lý máy tính này cho bạn, có thể một công cụ tinh chỉnh hoặc một phần mềm diệt virus cũ đã tạo ra thiết lập đó: hãy hoàn tác thay đổi bằng chính công cụ đã tạo ra nó.
    .step-3 = Nếu nơi làm việc hoặc trường học quản lý máy tính này, hãy nhờ họ bật Microsoft Defender Antivirus.
    .step-4 = Sau đó kiểm tra lại máy tính này: kết quả kiểm tra sẽ xác nhận khi Microsoft Defender Antivirus đã bật.
    .link = Mở Bảo mật Windows
item-update-defender = Cập nhật Microsoft Defender Antivirus
    .why = Phần mềm diệt virus chỉ nhận biết được các mối đe dọa mới khi có cơ sở dữ liệu virus mới nhất.
    .step-1 = Trong Bảo mật Windows, ở mục Bảo vệ khỏi vi-rút & mối đe dọa, tìm Cập nhật bảo vệ và bấm Kiểm tra bản cập nhật.
    .step-2 = Chờ đến khi thấy báo tính năng bảo vệ đã được cập nhật.
    .link = Mở Bảo mật Windows
item-macos-updates = Luôn cập nhật macOS
    .why = XProtect, tính năng bảo vệ có sẵn trong macOS, được Apple giữ cho luôn mới: cùng với các bản cập nhật hệ điều hành, và từ macOS 15 trở về sau còn được cập nhật ngầm qua iCloud.
    .step-1 = Mở Cài đặt hệ thống > Cài đặt chung > Cập nhật phần mềm và bật cập nhật tự động, kể cả phản hồi bảo mật và tệp hệ thống.
    .link = Mở Cập nhật phần mềm
item-install-clamav = Cài đặt ClamAV và cơ sở dữ liệu virus của nó
    .why = ClamAV miễn phí và có sẵn trong kho gói của chính hệ điều hành của bạn.
    .step-1 = Cài đặt, ví dụ: sudo apt install clamav clamav-freshclam (hoặc sudo dnf install clamav clamav-update).
    .step-2 = Sau đó cập nhật cơ sở dữ liệu của nó: mục tiếp theo chỉ cách.
item-install-replacement = Cài đặt { $name } và bật lên
    .why = Chỉ cài đặt sau khi đã gỡ phần mềm diệt virus cũ, để không bao giờ có hai phần mềm diệt virus chạy cùng lúc.
    .step-1 = Chạy bộ cài đặt bạn đã tải về và làm theo các bước.
    .step-2 = Mở chương trình và kiểm tra xem tính năng bảo vệ đã bật chưa.
item-install-replacement-linux = Cài đặt { $name } và bật lên
    .why = Chỉ cài đặt sau khi đã gỡ phần mềm diệt virus cũ, để không bao giờ có hai phần mềm diệt virus chạy cùng lúc.
    .step-1 = Cài đặt theo cách nhà sản xuất hướng dẫn cho bản phân phối Linux của bạn, thường là một gói từ trang web của họ hoặc từ kho gói riêng của họ.
    .step-2 = Kiểm tra xem tính năng bảo vệ đã bật chưa.
item-get-protection = Cài đặt hoặc bật phần mềm diệt virus bạn chọn
    .why = Chỉ làm việc này sau khi đã gỡ phần mềm diệt virus cũ, để không bao giờ có hai phần mềm diệt virus chạy cùng lúc.
    .step-1 = Phần mềm bảo vệ có sẵn: bật nó theo hướng dẫn ở bước Chọn.
    .step-2 = Sản phẩm khác: cài đặt từ trang web chính thức của nhà sản xuất, rồi bật lên.
item-install-replacement-now = Cài đặt { $name } và bật lên
    .why = Kết quả kiểm tra không thấy phần mềm diệt virus nào khác trên máy tính này, nên không có gì cần gỡ trước.
    .step-1 = Tải về từ trang web chính thức của nhà sản xuất: tự gõ địa chỉ, hoặc tìm “{ $name }” và chọn trang chính thức của nhà sản xuất, không chọn quảng cáo.
    .step-2 = Chạy bộ cài đặt, rồi mở chương trình và kiểm tra xem tính năng bảo vệ đã bật chưa.
item-install-replacement-linux-now = Cài đặt { $name } và bật lên
    .why = Kết quả kiểm tra không thấy phần mềm diệt virus nào khác trên máy tính này, nên không có gì cần gỡ trước.
    .step-1 = Cài đặt theo cách nhà sản xuất hướng dẫn cho bản phân phối Linux của bạn, thường là một gói từ trang web của họ hoặc từ kho gói riêng của họ.
    .step-2 = Kiểm tra xem tính năng bảo vệ đã bật chưa.
item-get-protection-now = Cài đặt hoặc bật phần mềm diệt virus bạn chọn
    .why = Kết quả kiểm tra không thấy phần mềm diệt virus nào khác trên máy tính này, nên không có gì cần gỡ trước.
    .step-1 = Phần mềm bảo vệ có sẵn: bật nó theo hướng dẫn ở bước Chọn.
    .step-2 = Sản phẩm khác: cài đặt từ trang web chính thức của nhà sản xuất, rồi bật lên.
item-turn-on-protection = Đảm bảo { $name } đang bật
    .why = Phần mềm này đã có trên máy tính này, và chỉ bảo vệ khi đang chạy.
    .step-1 = Mở { $name } và kiểm tra xem tính năng bảo vệ có đang bật không; nếu đang tắt, hãy bật lên.
item-update-definitions = Cập nhật cơ sở dữ liệu virus của { $name }
    .why = Phần mềm diệt virus chỉ nhận biết được các mối đe dọa mới khi có cơ sở dữ liệu virus mới nhất.
    .step-1 = Mở { $name } và bắt đầu cập nhật (thường có tên là Cập nhật hoặc Kiểm tra bản cập nhật).
    .step-2 = Kiểm tra xem nó có báo cơ sở dữ liệu đã mới nhất không và tính năng cập nhật tự động có đang bật không.
item-update-clamav = Cập nhật cơ sở dữ liệu virus của ClamAV và giữ cho nó luôn được cập nhật
    .why = ClamAV chỉ nhận biết được các mối đe dọa mới khi có cơ sở dữ liệu mới nhất, và không có gì cập nhật cơ sở dữ liệu này nếu không có một dịch vụ tải về.
    .step-1 = Debian hoặc Ubuntu: chạy sudo freshclam một lần, rồi giữ dịch vụ clamav-freshclam luôn bật để nó tải dữ liệu mới mỗi ngày: sudo systemctl enable --now clamav-freshclam
    .step-2 = Fedora: cài gói clamav-update (sudo dnf install clamav-update), rồi chạy sudo freshclam.
    .step-3 = Quét một thư mục bất cứ khi nào bạn muốn, ví dụ: clamscan -r ~/Downloads
item-keep-updating = Giữ cho { $name } luôn được cập nhật
    .why = Lần kiểm tra gần nhất thấy nó đang bật, với cơ sở dữ liệu virus mới nhất. Nó chỉ bảo vệ tốt khi các bản cập nhật vẫn tiếp tục đến.
    .step-1 = Thỉnh thoảng, hãy mở { $name } và xem lần cập nhật gần nhất có phải là gần đây không.
    .step-2 = Thỉnh thoảng kiểm tra lại máy tính này trong AV Switch.
item-keep-updating-defender = Giữ cho Microsoft Defender Antivirus luôn được cập nhật
    .why = Lần kiểm tra gần nhất thấy nó đang bật, với cơ sở dữ liệu virus mới nhất. Nó chỉ bảo vệ tốt khi các bản cập nhật vẫn tiếp tục đến.
    .step-1 = Thỉnh thoảng, hãy mở Bảo mật Windows, chọn Bảo vệ khỏi vi-rút & mối đe dọa, và ở mục Cập nhật bảo vệ, xem lần cập nhật gần nhất có phải là gần đây không; nút Kiểm tra bản cập nhật sẽ tải bản mới về.
    .step-2 = Thỉnh thoảng kiểm tra lại máy tính này trong AV Switch.
    .link = Mở Bảo mật Windows

## Make sure it worked

item-check-again = Kiểm tra lại máy tính này trong AV Switch
    .why = Việc kiểm tra xác nhận rằng chỉ có đúng một phần mềm diệt virus đang hoạt động, rằng nó đã được cập nhật và không còn chương trình Kaspersky nào.
    .step-1 = Trong AV Switch, vào bước Kiểm tra và bấm Kiểm tra lại. Sau khi bạn dùng một trình gỡ cài đặt hoặc một trang cài đặt, AV Switch cũng tự kiểm tra lại khi cửa sổ của nó trở lại phía trước.
    .link = Mở bước Kiểm tra

item-check-again-keeping = Kiểm tra lại máy tính này trong AV Switch
    .why = Việc kiểm tra xác nhận rằng chỉ có đúng một phần mềm diệt virus đang hoạt động và nó đã được cập nhật.
    .step-1 = Khi tính năng bảo vệ đã bật và được cập nhật, hãy vào bước Kiểm tra và bấm Kiểm tra lại.
    .link = Mở bước Kiểm tra

## Other devices

item-android-remove = Gỡ cài đặt Kaspersky khỏi thiết bị Android
    .why = { $updates }. Google Play không còn cung cấp ứng dụng của Kaspersky ở bất cứ đâu, nên không thể cập nhật hay cài lại các ứng dụng này từ đó.
    .step-1 = Mở Cài đặt > Ứng dụng, chọn từng ứng dụng Kaspersky và chạm vào Gỡ cài đặt.
    .step-2 = Nếu Android không cho gỡ, trước tiên hãy mở Cài đặt > Bảo mật > Ứng dụng quản trị thiết bị và tắt Kaspersky ở đó.
item-android-check = Kiểm tra cách Kaspersky trên thiết bị Android nhận bản cập nhật
    .why = Google Play đã gỡ các ứng dụng của Kaspersky trên toàn thế giới, nên không thể cập nhật hay cài lại các ứng dụng này từ đó nữa. Bên ngoài Hoa Kỳ, Kaspersky cho biết các ứng dụng đã cài vẫn hoạt động và vẫn cập nhật cơ sở dữ liệu, và hướng người dùng đến các cửa hàng ứng dụng khác hoặc trang web của hãng.
    .step-1 = Mở ứng dụng Kaspersky và xem lần cập nhật gần nhất là khi nào.
    .step-2 = Nếu nó không còn cập nhật, hãy gỡ cài đặt trong Cài đặt > Ứng dụng và đảm bảo Google Play Protect đang bật (Cửa hàng Play > ảnh hồ sơ của bạn > Play Protect).
item-android-protect = Chọn phần mềm bảo vệ cho thiết bị Android
    .why = Google Play Protect có sẵn trong Android; một ứng dụng bảo mật từ Google Play có thể bổ sung thêm.
    .step-1 = Mở Cửa hàng Play, chạm vào ảnh hồ sơ của bạn, chọn Play Protect và đảm bảo tính năng quét đang bật.
item-iphone-remove = Xóa các ứng dụng Kaspersky khỏi iPhone hoặc iPad
    .why = { $updates }.
    .step-1 = Chạm và giữ biểu tượng của từng ứng dụng Kaspersky, chọn Xóa ứng dụng, rồi chọn Xóa ứng dụng một lần nữa.
    .step-2 = Hủy mọi gói đăng ký Kaspersky trong Cài đặt > tên của bạn > Gói đăng ký.
item-mac-remove = Gỡ cài đặt Kaspersky khỏi máy Mac
    .why = { $updates }.
    .step-1 = Mở thư mục Kaspersky trong Ứng dụng và chạy “Uninstall Kaspersky”.
    .step-2 = Chạy cả AV Switch trên máy Mac đó để có một danh sách dành riêng cho máy đó.
item-pc-remove = Chuyển đổi cả trên máy tính kia
    .why = { $updates }. Điều này đúng với mọi máy tính.
    .step-1 = Chạy AV Switch trên máy tính đó: nó sẽ kiểm tra máy và lập danh sách cho máy đó.

## Kaspersky's other apps

item-import-passwords = Nhập mật khẩu vào trình quản lý mật khẩu mới của bạn
    .why = Kaspersky Password Manager cũng là sản phẩm của Kaspersky, và mật khẩu của bạn nên được lưu an toàn trong trình quản lý mới trước khi gỡ bất cứ thứ gì.
    .step-1 = Chọn một trình quản lý mật khẩu; trình quản lý mật khẩu có sẵn trong trình duyệt web của bạn là một lựa chọn miễn phí.
    .step-2 = Tìm trang nhập dữ liệu của nó: trang này cho biết nó đọc được những tệp nào, và một số trình quản lý đọc được trực tiếp tệp văn bản của Kaspersky.
    .step-3 = Nhập tệp và kiểm tra thử vài thông tin đăng nhập.

## What removed programs left behind (one item per kind the check found)

item-leftover-certificate-windows = Xóa chứng chỉ của Kaspersky khỏi danh sách tin cậy
    .why = Kaspersky đã thêm chứng chỉ gốc của riêng mình để có thể xem bên trong các kết nối bảo mật (HTTPS). Khi không còn Kaspersky, không có gì giữ cho chứng chỉ đó được cập nhật, nhưng Windows vẫn tin cậy nó.
    .step-1 = Nhấn phím Windows, gõ “Quản lý chứng chỉ máy tính” (Manage computer certificates) và mở mục đó. Windows sẽ yêu cầu quyền quản trị viên.
    .step-2 = Mở “Tổ chức Cấp chứng chỉ Gốc Tin cậy” (Trusted Root Certification Authorities), rồi “Chứng chỉ” (Certificates).
    .step-3 = Tìm “Kaspersky Anti-Virus Personal Root Certificate”, bấm chuột phải vào đó, chọn Xóa và xác nhận bằng Có.
    .step-4 = Làm tương tự trong “Quản lý chứng chỉ người dùng” (Manage user certificates) nếu chứng chỉ đó cũng có trong danh sách ở đó.
    .step-5 = Firefox, nếu có trong danh sách, tin cậy những gì Windows tin cậy: khi chứng chỉ đã bị xóa khỏi Windows, Firefox cũng không còn tin cậy nó nữa.
item-leftover-certificate-mac = Xóa chứng chỉ của Kaspersky khỏi chuỗi khóa Hệ thống
    .why = Kaspersky đã thêm chứng chỉ gốc của riêng mình để có thể xem bên trong các kết nối bảo mật (HTTPS). Khi không còn Kaspersky, không có gì giữ cho chứng chỉ đó được cập nhật, nhưng máy Mac vẫn tin cậy nó.
    .step-1 = Mở Truy cập chuỗi khóa (trong Ứng dụng > Tiện ích).
    .step-2 = Chọn chuỗi khóa Hệ thống ở bên trái, rồi chọn tab Chứng chỉ.
    .step-3 = Tìm “Kaspersky Web Anti-Virus Certification Authority”, Control-bấm vào đó, chọn Xóa và nhập mật khẩu của bạn khi được hỏi.
item-leftover-extension = Gỡ tiện ích Kaspersky Protection khỏi các trình duyệt của bạn
    .why = Trình gỡ cài đặt của Kaspersky có thể để sót lại tiện ích trình duyệt của nó. Khi không có Kaspersky, tiện ích này không làm được gì hữu ích và không còn được cập nhật.
    .step-1 = Mở trang tiện ích của từng trình duyệt được liệt kê trong mục “Còn sót lại” ở bước Kiểm tra: chrome://extensions trong Google Chrome, edge://extensions trong Microsoft Edge, about:addons trong Firefox.
    .step-2 = Tìm Kaspersky Protection và bấm Xóa.
    .step-3 = Làm việc này trong mọi hồ sơ được liệt kê ở đó, rồi kiểm tra lại.
item-leftover-services-windows = Gỡ các dịch vụ và trình điều khiển còn sót lại của Kaspersky bằng kavremover
    .why = Có báo cáo cho thấy các dịch vụ và trình điều khiển vẫn còn sau khi Kaspersky đã bị gỡ, nhất là những mục có tệp đã không còn, đã ngăn cản việc nâng cấp tính năng của Windows.
    .step-1 = Tải kavremover từ trang hỗ trợ của Kaspersky (liên kết sẽ mở trang đó).
    .step-2 = Chạy công cụ, chọn sản phẩm Kaspersky bạn đã dùng và bấm nút gỡ bỏ (Remove).
    .step-3 = Khởi động lại máy tính.
    .link = Mở trang kavremover
item-leftover-services-mac = Gỡ các mục chạy nền còn sót lại của Kaspersky
    .why = Các tệp này sẽ khởi chạy những phần của Kaspersky không còn tồn tại, mỗi khi máy Mac khởi động hoặc có người đăng nhập.
    .step-1 = Trong Finder, chọn Đi > Đi tới Thư mục và mở từng thư mục được liệt kê trong mục “Còn sót lại” ở bước Kiểm tra (ví dụ /Library/LaunchAgents).
    .step-2 = Di chuyển các tệp có tên bắt đầu bằng “com.kaspersky” vào Thùng rác, và nhập mật khẩu của bạn nếu được hỏi.
    .step-3 = Khởi động lại máy Mac.
item-leftover-registry = Xóa các thiết lập còn sót lại của Kaspersky bằng kavremover
    .why = Các thiết lập của Kaspersky trong sổ đăng ký có thể vẫn còn sau khi đã gỡ, và có báo cáo cho thấy chúng cản trở việc nâng cấp Windows. kavremover dọn chúng một cách an toàn; tự tay sửa sổ đăng ký thì có rủi ro.
    .step-1 = Chạy kavremover như mục về dịch vụ đã giải thích, hoặc tải nó ngay bằng liên kết, chọn sản phẩm Kaspersky bạn đã dùng và bấm nút gỡ bỏ (Remove).
    .step-2 = Khởi động lại máy tính.
    .link = Mở trang kavremover
item-leftover-folders-windows = Xóa các thư mục còn sót lại của Kaspersky
    .why = Các thư mục này chứa tệp và thiết lập cũ của Kaspersky. Chúng chiếm chỗ và không còn tác dụng gì.
    .step-1 = Nếu kavremover có trong danh sách của bạn, hãy chạy nó trước: công cụ này xóa hầu hết các thư mục đó.
    .step-2 = Nếu một thư mục được liệt kê trong mục “Còn sót lại” ở bước Kiểm tra vẫn còn đó, hãy mở Chương trình Quản lý Tệp, đi đến thư mục đó và xóa nó. Windows sẽ yêu cầu quyền quản trị viên.
item-leftover-folders-mac = Xóa các thư mục còn sót lại của Kaspersky
    .why = Các thư mục này chứa tệp và thiết lập cũ của Kaspersky. Chúng chiếm chỗ và không còn tác dụng gì.
    .step-1 = Trong Finder, chọn Đi > Đi tới Thư mục và gõ vị trí của thư mục được hiện trong mục “Còn sót lại” ở bước Kiểm tra.
    .step-2 = Di chuyển thư mục “Kaspersky Lab” vào Thùng rác, nhập mật khẩu của bạn nếu được hỏi, rồi dọn sạch Thùng rác.
item-leftover-registration = Không có gì để gỡ: Windows vẫn liệt kê một phần mềm diệt virus đã gỡ
    .why = Trung tâm Bảo mật Windows vẫn hiện tên một phần mềm diệt virus Kaspersky hoặc UltraAV không còn được cài đặt. Đó là một mục còn sót lại trong danh sách, không phải một chương trình: gỡ cài đặt lại không giúp được gì, và mục đó không bảo vệ máy tính này.
    .step-1 = Đừng thử gỡ cài đặt nó lần nữa, và đừng cài lại nó để gỡ.
    .step-2 = Nếu các phần khác của Kaspersky được liệt kê ở đây, hãy gỡ chúng trước bằng các mục bên dưới, rồi khởi động lại máy tính.
    .step-3 = Nếu sau đó Bảo mật Windows vẫn hiện tên nó, các nguồn bên dưới giải thích cách xóa một mục như vậy; nếu máy tính do người khác quản lý, hãy hỏi họ.
    .step-4 = Kiểm tra lại máy tính này: mục này được xác nhận khi Trung tâm Bảo mật không còn liệt kê nó.
section-remove-ultraav = Gỡ UltraAV
section-remove-both = Gỡ Kaspersky và UltraAV
section-windows-10 = Windows trên máy tính này
action-uninstall = Mở trình gỡ cài đặt của { $name }
action-open-uninstaller-mac = Mở trình gỡ cài đặt của Kaspersky
action-show-applications = Hiện thư mục Ứng dụng trong Finder
action-copy-command = Sao chép lệnh
item-ask-it = Hỏi người quản lý máy tính này trước khi gỡ bất cứ thứ gì
    .why = { $updates }. Kaspersky trên máy tính này do nơi làm việc hoặc bộ phận IT của họ quản lý (phiên bản dành cho tổ chức, hoặc phiên bản chỉ quản trị viên mới được gỡ), và có thể chính họ đang thay thế nó.
    .step-1 = Hỏi bộ phận IT nơi bạn làm việc, hoặc người đã thiết lập máy tính này, xem họ có đang thay thế Kaspersky không và bạn nên làm gì.
    .step-2 = Đừng tự gỡ bất cứ thứ gì trừ khi họ bảo bạn làm, và hãy làm theo hướng dẫn của họ.
    .step-3 = Sau đó, kiểm tra lại máy tính này trong AV Switch: kết quả kiểm tra sẽ xác nhận khi Kaspersky đã được gỡ.
item-uninstall-managed = Nhờ gỡ Kaspersky theo hướng dẫn của người quản lý máy tính này
    .why = { $updates }.
    .step-1 = Làm theo hướng dẫn của bộ phận IT nơi bạn làm việc: họ có thể gỡ nó từ hệ thống quản lý chung, hoặc đưa cho bạn các bước.
item-delete-export = Xóa tệp mật khẩu đã xuất
    .why = Tệp này chứa mọi mật khẩu ở dạng văn bản thường, ai mở ra cũng đọc được.
    .step-1 = Khi đã nhập thành công, hãy xóa tệp, dọn sạch Thùng rác, và xóa mọi bản sao, ví dụ trên USB.
item-replace-vpn-covered = Thay thế Kaspersky VPN Secure Connection
    .why = VPN của Kaspersky cũng thuộc diện cấm.
    .step-1 = Hãy quyết định xem bạn có còn cần VPN không; nhiều người chỉ dùng VPN khi dùng Wi-Fi công cộng.
    .step-2 = Nếu cần, hãy chọn một VPN khác, rồi gỡ cài đặt Kaspersky VPN trên mọi thiết bị và hủy gói đăng ký của nó.
item-replace-vpn-unknown = Thay thế Kaspersky VPN Secure Connection
    .why = Nếu lệnh cấm của Hoa Kỳ áp dụng cho bạn, thì lệnh này cũng áp dụng cho VPN của Kaspersky.
    .step-1 = Hãy quyết định xem bạn có còn cần VPN không; nhiều người chỉ dùng VPN khi dùng Wi-Fi công cộng.
    .step-2 = Nếu cần, hãy chọn một VPN khác, rồi gỡ cài đặt Kaspersky VPN trên mọi thiết bị và hủy gói đăng ký của nó.
item-replace-vpn-chosen = Thay thế Kaspersky VPN Secure Connection
    .why = Bạn đang chuyển khỏi Kaspersky, và VPN của Kaspersky cũng là một sản phẩm của Kaspersky.
    .step-1 = Hãy quyết định xem bạn có còn cần VPN không; nhiều người chỉ dùng VPN khi dùng Wi-Fi công cộng.
    .step-2 = Nếu cần, hãy chọn một VPN khác, rồi gỡ cài đặt Kaspersky VPN trên mọi thiết bị và hủy gói đăng ký của nó.
item-replace-safe-kids-covered = Thay thế Kaspersky Safe Kids
    .why = Kaspersky Safe Kids cũng thuộc diện cấm.
    .step-1 = Thiết lập tính năng kiểm soát của cha mẹ có sẵn trên các thiết bị của bạn (Family Link trên Android, Thời gian sử dụng trên iPhone và máy Mac, Microsoft Family Safety trên Windows).
    .step-2 = Sau đó gỡ cài đặt Kaspersky Safe Kids khỏi thiết bị của con bạn và của bạn.
item-replace-safe-kids-unknown = Thay thế Kaspersky Safe Kids
    .why = Nếu lệnh cấm của Hoa Kỳ áp dụng cho bạn, thì lệnh này cũng áp dụng cho Kaspersky Safe Kids.
    .step-1 = Thiết lập tính năng kiểm soát của cha mẹ có sẵn trên các thiết bị của bạn (Family Link trên Android, Thời gian sử dụng trên iPhone và máy Mac, Microsoft Family Safety trên Windows).
    .step-2 = Sau đó gỡ cài đặt Kaspersky Safe Kids khỏi thiết bị của con bạn và của bạn.
item-replace-safe-kids-chosen = Thay thế Kaspersky Safe Kids
    .why = Bạn đang chuyển khỏi Kaspersky, và Safe Kids cũng là một sản phẩm của Kaspersky.
    .step-1 = Thiết lập tính năng kiểm soát của cha mẹ có sẵn trên các thiết bị của bạn (Family Link trên Android, Thời gian sử dụng trên iPhone và máy Mac, Microsoft Family Safety trên Windows).
    .step-2 = Sau đó gỡ cài đặt Kaspersky Safe Kids khỏi thiết bị của con bạn và của bạn.
item-leftover-registry-with-services = Xóa cả các thiết lập còn sót lại của Kaspersky
    .why = Các thiết lập của Kaspersky trong sổ đăng ký có thể vẫn còn sau khi đã gỡ, và có báo cáo cho thấy chúng cản trở việc nâng cấp Windows. Tự tay sửa sổ đăng ký thì có rủi ro.
    .step-1 = Lần chạy kavremover cho các dịch vụ và trình điều khiển ở trên cũng dọn luôn các thiết lập này: không cần làm gì thêm bằng tay.
item-windows-10 = Giữ cho Windows 10 tiếp tục nhận bản cập nhật bảo mật
    .why = Máy tính này chạy Windows 10, hệ điều hành đã hết được hỗ trợ vào { $support_end }. Máy chỉ nhận bản cập nhật bảo mật nếu đã đăng ký chương trình Cập nhật Bảo mật Mở rộng (ESU), được Microsoft gia hạn cho người dùng cá nhân đến { $esu_end }. Microsoft Defender Antivirus vẫn nhận cơ sở dữ liệu virus mới trên Windows 10 đến hết tháng 10 năm 2028, nhưng Microsoft cho biết máy tính chạy Windows 10 vẫn gặp nhiều rủi ro hơn ngay cả khi có các bản cập nhật này.
    .step-1 = Mở Cài đặt > Windows Update. Trang này cho biết máy tính này đã đăng ký Cập nhật Bảo mật Mở rộng hay chưa; nếu đã đăng ký, bạn không cần làm gì thêm cho đến { $esu_end }.
    .step-2 = Nếu chưa đăng ký và Windows Update cho phép đăng ký, hãy làm theo các bước (cần có tài khoản Microsoft). Có thể đăng ký đến { $esu_end }, nhưng không phải nơi nào cũng có chương trình này.
    .step-3 = Nếu máy tính này chạy được Windows 11, Microsoft khuyên nâng cấp lên Windows 11: Windows Update cũng cho biết máy có nâng cấp được hay không.
    .step-4 = Nếu không làm được cả hai điều trên, hãy giữ cho phần mềm diệt virus luôn được cập nhật, cẩn thận với tệp đính kèm email và các tệp tải về, và lên kế hoạch thay máy tính trước { $esu_end }.
