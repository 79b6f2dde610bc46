# The window: steps, buttons, questions and messages.

## The wizard

step-welcome = Chào mừng
    .title = Chào mừng bạn đến với AV Switch
step-check = Kiểm tra
    .title = Kiểm tra máy tính này
step-deadlines = Mốc thời gian
    .title = Các mốc thời gian và tình hình hiện nay
step-choose = Chọn
    .title = Chọn phần mềm thay thế
step-checklist = Việc cần làm
    .title = Danh sách việc cần làm của bạn
step-export = Xuất
    .title = Lưu, in hoặc chia sẻ kế hoạch của bạn
wizard-step-count = Bước { $number }/{ $total }
# The compact step row's menu, when the steps do not fit on one line.
wizard-steps-menu = Bước { $number } trên { $total }: { $name }
# What a screen reader says for that menu; $steps is its label.
wizard-steps-menu-name = Các bước: { $steps }
# The window's name for screen readers; $page is the current page's title.
window-name = AV Switch - { $page }
# Regions a screen reader lists and jumps between.
region-steps = Các bước
region-actions = Quay lại và tiếp theo
region-notice = Thông báo
region-page-scroll = Cuộn trang: { $page }
region-notice-scroll = Cuộn thông báo
# What a screen reader says for a step in the row at the top.
wizard-step-label = Bước { $number }: { $name }, { $state ->
        [current] bước hiện tại
        [visited] đã xem
       *[unvisited] chưa xem
    }
wizard-step-here = Bạn đang ở đây
wizard-step-go-back = Quay lại bước này
wizard-step-later = Đến bước này bằng nút Tiếp theo
wizard-back = Quay lại
wizard-next = Tiếp theo
wizard-next-hint = Đi đến bước { $step }
wizard-dismiss = Đóng
start-over-title = Bắt đầu lại?
start-over-body = Thao tác này sẽ xóa các câu trả lời, lựa chọn và mọi dấu tích của bạn, rồi quay về lúc bắt đầu. Không thể hoàn tác.
start-over-confirm = Có, bắt đầu lại
start-over-cancel = Giữ tiến trình của tôi

## Display and language menus

display-menu = Hiển thị
display-colours = Màu sắc
display-follow-system = Theo hệ thống
display-light = Sáng
display-dark = Tối
display-text-size = Cỡ chữ: { $percent }%
display-text-size-largest = Cỡ chữ: { $percent }%, lớn nhất
display-text-size-smallest = Cỡ chữ: { $percent }%, nhỏ nhất
display-smaller = Chữ nhỏ hơn
display-normal = Cỡ thường
display-larger = Chữ lớn hơn
display-shortcuts = Bạn cũng có thể dùng Ctrl + và Ctrl -.
# What a screen reader says for the language menu.
language-menu = Ngôn ngữ: { $language }
language-follow-system = Theo hệ thống ({ $language })

## Messages

notice-no-store = Tiến trình của bạn sẽ không được lưu: { $error }.
# The window was set to Chinese, but no font for Chinese letters was found on
# this computer, so it is shown in English (or in the language chosen after).
# $chinese is the same notice in Chinese, shown below it.
notice-no-chinese-font = Không tìm thấy phông chữ cho chữ Trung Quốc trên máy tính này, nên AV Switch không thể hiển thị bằng tiếng Trung. Để đọc bằng tiếng Trung, hãy cài một phông chữ như vậy (trên Debian hoặc Ubuntu: sudo apt install fonts-noto-cjk), rồi mở lại AV Switch.

    { $chinese }
notice-replaying = Cửa sổ này hiển thị máy tính đã được ghi lại trong { $folder }: kế hoạch của nó chỉ dựa trên bản ghi đó, và tiến trình đã lưu của chính bạn không bị đọc hay thay đổi.
notice-save-failed = { $error } AV Switch vẫn tiếp tục hoạt động; các lựa chọn của bạn được giữ cho đến khi bạn đóng chương trình.
notice-open-missing = Không thể mở { $target }: nó không còn ở đó nữa.
notice-open-no-program = Không thể mở { $target }: không tìm thấy chương trình nào trên máy tính này để mở nó. Nó vẫn còn đó: bạn có thể tự mở từ các tệp của mình.
notice-open-link-failed = Không thể mở trang web: không tìm thấy trình duyệt web nào. Bạn có thể tự sao chép địa chỉ này vào trình duyệt: { $address }
notice-open-page-failed = Không thể mở { $page }: { $reason }
notice-page-windows-only = đây là một trang của Windows, mà máy tính này không chạy Windows.
notice-page-mac-only = đây là một trang của macOS, mà máy tính này không chạy macOS.
notice-page-no-program-windows = hệ thống đã không mở trang này. Bạn có thể mở nó từ menu Bắt đầu: hãy gõ tên của nó.
notice-page-no-program-mac = hệ thống đã không mở trang này. Bạn có thể mở nó từ Cài đặt hệ thống.
page-installed-apps = Ứng dụng đã cài đặt
page-windows-security = Bảo mật Windows
page-software-update = Cập nhật phần mềm
notice-copy-address = Sao chép địa chỉ
notice-details = Chi tiết
store-no-data-dir = không tìm thấy thư mục nào trên máy tính này để lưu dữ liệu của bạn
store-folder-read-only = Không thể lưu tiến trình của bạn trong { $folder } (thư mục chỉ cho phép đọc).
store-write-failed = Không thể lưu tiến trình của bạn trong { $folder }.
store-saving-off = Tiến trình của bạn hiện không được lưu, để tệp không đọc được kia không bị ghi đè.
store-unopenable = Không mở được tiến trình đã lưu của bạn trong { $path }. AV Switch đã bắt đầu lại từ đầu và sẽ không thay đổi tệp đó.
store-set-aside = { $problem } AV Switch đã bắt đầu lại từ đầu và giữ tệp cũ tại { $aside }.
store-set-aside-failed = { $problem } Không thể chuyển tệp đó sang chỗ khác, nên AV Switch đã bắt đầu lại từ đầu và sẽ không lưu tiến trình của bạn, để nguyên tệp đó: { $path }.
store-left-as-is = { $problem } Tệp đó được để nguyên, trong { $path }, và lần xuất này không dùng dữ liệu đã lưu nào.
store-problem-damaged = Không đọc được tiến trình đã lưu của bạn: tệp bị hỏng.
store-problem-no-version = Không đọc được tiến trình đã lưu của bạn: tệp này không phải do AV Switch tạo ra.
store-left-out = { $count } giá trị đã lưu (dấu tích hoặc câu trả lời) không đọc được và đã bị bỏ qua; mọi thứ khác vẫn được giữ.
store-left-out-kept = { $count } giá trị đã lưu (dấu tích hoặc câu trả lời) không đọc được và đã bị bỏ qua; mọi thứ khác vẫn được giữ. Bạn có thể muốn đánh dấu tích hoặc trả lời lại. Tệp như lúc ban đầu được giữ tại { $kept }.
store-newer-kept = Tiến trình đã lưu của bạn trong { $newer } được tạo bởi một phiên bản AV Switch mới hơn. Tệp đó được để nguyên cho phiên bản kia; phiên bản này giữ tiến trình riêng của nó trong { $own }.
store-two-notices = { $first } { $second }
cli-window-failed = Không thể mở cửa sổ của AV Switch.
cli-output-failed = không thể ghi kết quả: { $detail }
cli-recorded = những gì việc kiểm tra đã đọc được lưu trong { $path }. Hãy xem qua trước khi chia sẻ: nội dung này có thể cho thấy tên người dùng, các thư mục và các chương trình của bạn.
cli-about = Chuyển khỏi phần mềm diệt virus Kaspersky, một cách bình tĩnh và an toàn.
cli-usage = Cách dùng
cli-commands = Lệnh
cli-options = Tùy chọn
cli-help = In phần trợ giúp
cli-version = In phiên bản
cli-check = Kiểm tra xem máy tính này có những chương trình bảo mật nào, và in báo cáo. Lệnh cấm của Hoa Kỳ có áp dụng cho bạn hay không tùy thuộc vào nơi bạn sống và quốc tịch của bạn: hãy trả lời bằng --region và --us-person.
cli-check-json = In ra một tài liệu JSON thay vì văn bản.
cli-check-quiet = Không in gì: chỉ mã thoát (exit status) cho biết đã tìm thấy gì (xem tài liệu hướng dẫn).
cli-export = Xuất danh sách việc cần làm của bạn, kèm tiến trình đã lưu.
cli-export-format = Định dạng tệp: md, txt, html, json hoặc ics.
cli-export-out = Ghi vào tệp này thay vì đầu ra chuẩn (- cũng là đầu ra chuẩn).
cli-export-no-scan = Chỉ dùng tiến trình đã lưu: không kiểm tra máy tính này trước.
cli-region = Nơi bạn dùng máy tính này phần lớn thời gian: us, elsewhere hoặc unknown (mặc định: câu trả lời đã lưu trong cửa sổ, nếu không có thì là unknown).
cli-us-person = Bạn có phải là công dân hay thường trú nhân Hoa Kỳ không: yes hoặc no (điều này quan trọng khi khu vực là elsewhere).
cli-bad-lang = “{ $code }” không phải là một trong { $known }
cli-check-record = Đồng thời lưu những gì việc kiểm tra đã đọc vào thư mục mới này, để xem hoặc chia sẻ (xem docs/command-line.md).
cli-replay = Kiểm tra máy tính đã được ghi lại trong thư mục này thay vì máy tính này.

## Welcome

welcome-lead = Từ khi có lệnh cấm của Hoa Kỳ, Kaspersky không được gửi bản cập nhật cho những người ở Hoa Kỳ nữa. AV Switch giúp bạn kiểm tra máy tính này, hiểu các mốc thời gian, và thay thế Kaspersky một cách an toàn, từng bước một.
welcome-lead-unknown = Năm 2024, Hoa Kỳ đã cấm phần mềm diệt virus Kaspersky đối với những người ở Hoa Kỳ và đối với công dân và thường trú nhân Hoa Kỳ ở nước ngoài: từ { $updates_day }, Kaspersky không được cập nhật phần mềm này cho họ nữa. AV Switch giúp bạn kiểm tra máy tính này, xem lệnh cấm có ý nghĩa gì với bạn, và thay thế Kaspersky một cách an toàn nếu bạn muốn.
welcome-lead-not-covered = Theo câu trả lời của bạn, lệnh cấm Kaspersky của Hoa Kỳ không áp dụng cho bạn. AV Switch vẫn có thể kiểm tra máy tính này, giải thích về lệnh cấm, và giúp bạn đổi phần mềm diệt virus một cách bình tĩnh nếu bạn muốn.
welcome-privacy = Chương trình hoạt động hoàn toàn trên máy tính này: không gửi gì đi đâu cả, bạn không cần tài khoản, và chương trình không thay đổi gì trên máy tính của bạn trừ khi bạn bấm một nút nói rõ điều đó.
welcome-begin = Bắt đầu
welcome-begin-hint = Bắt đầu bằng việc kiểm tra máy tính này
sources-label = Nguồn:

## Check

check-lead = AV Switch xem các thiết lập bảo mật và các chương trình đã cài đặt của máy tính này. Chương trình chỉ đọc: không thay đổi gì cả.
check-start = Kiểm tra máy tính này
check-again = Kiểm tra lại
check-running = Đang kiểm tra máy tính này...
check-running-body = Việc này thường mất vài giây. Trong lúc chờ, bạn có thể đọc tiếp hoặc sang bước khác.
check-running-hint = Một lần kiểm tra đang chạy
check-checked-at = Đã kiểm tra lúc { $time } ({ $seconds ->
        [0] mất chưa đến một giây
       *[other] mất { $seconds } giây
    })
check-found = Những gì tìm thấy
check-failures = Các mục kiểm tra không chạy được
check-failures-body = Những gì các mục kiểm tra khác tìm thấy nằm ở phía trên.
check-left-behind = Còn sót lại
check-left-behind-body = Vẫn tìm thấy những phần này của một chương trình không còn ở đây. Chúng không còn tác dụng gì; danh sách việc cần làm chỉ cách gỡ từng phần.
check-left-behind-clean = Không tìm thấy thứ gì mà Kaspersky hay UltraAV để sót lại.
# "Anti-virus by Kaspersky"
check-kind-by = { $kind } của { $vendor }
check-with-version = { $text }, phiên bản { $version }
check-status = Trạng thái: { $state }.
check-definitions = Cơ sở dữ liệu virus: { $words }.
check-how-known = Làm sao AV Switch biết
check-questions = Vài câu hỏi mà việc kiểm tra không trả lời được
check-question-region = Bạn dùng máy tính này ở đâu trong phần lớn thời gian?
check-question-region-why = Lệnh cấm của Hoa Kỳ áp dụng theo quốc tịch và tình trạng thường trú nhân, cũng như theo nơi chốn, nên AV Switch cần hỏi. Câu trả lời của bạn chỉ lưu trên máy tính này.
check-question-us-person = Bạn có phải là công dân Hoa Kỳ hoặc thường trú nhân Hoa Kỳ (người có thẻ xanh) không?
check-region-suggested = Thiết lập khu vực của máy tính này là { $country }, gợi ý câu trả lời “{ $answer }”. Đó chưa phải là câu trả lời của bạn cho đến khi bạn chọn.
check-region-confirm = Xác nhận: { $answer }
region-us = Ở Hoa Kỳ
region-elsewhere = Ở một nước khác
answer-prefer-not = Không muốn trả lời
check-question-devices = Những thiết bị nào khác của bạn có Kaspersky?
check-question-apps = Bạn dùng những ứng dụng Kaspersky nào?
check-question-apps-hint = Đã được đánh dấu sẵn nếu việc kiểm tra thấy chúng trên máy tính này.
check-question-renewal = Gói đăng ký Kaspersky của bạn có tự gia hạn và tính tiền bạn mỗi năm không?
device-android = Một điện thoại hoặc máy tính bảng Android
device-iphone = Một iPhone hoặc iPad
device-mac = Một máy Mac
device-windows-pc = Một máy tính Windows khác
answer-yes = Có
answer-no = Không
answer-not-sure = Không chắc

## Deadlines

deadlines-lead = Lệnh cấm có hiệu lực theo hai giai đoạn. Dưới đây là ý nghĩa của từng mốc đối với bạn, và tình hình hiện nay.
deadlines-meanings = Ý nghĩa của từng mốc
deadlines-official-time = Giờ chính thức: { $time }
deadlines-local-time = Theo đồng hồ của máy tính này: { $time }
deadlines-date = Thời gian: { $date }
deadlines-topic-legal = Tiếp tục dùng Kaspersky có phạm pháp không?
deadlines-topic-scope = Lệnh cấm áp dụng cho những gì
deadlines-topic-advice = Chính phủ Hoa Kỳ khuyên gì
deadlines-topic-after = Những gì đã xảy ra sau lệnh cấm
deadlines-sources = Nguồn
deadlines-sources-body = Mọi thông tin AV Switch đưa ra về lệnh cấm đều dựa trên một trong các nguồn này. Các liên kết sẽ mở trong trình duyệt web của bạn.
timeline-today = Hôm nay, { $date }
timeline-milestone = { $title }, { $date } ({ $state ->
        [past] đã qua
       *[future] sắp tới
    })
timeline-label = Dòng thời gian: { $parts }

## Choose

choose-lead = Bất kỳ phần mềm diệt virus có tiếng nào được cập nhật thường xuyên cũng bảo vệ tốt hơn nhiều so với một phần mềm không còn được cập nhật. Dưới đây là các lựa chọn của bạn; AV Switch không đề xuất thương hiệu nào và không kiếm được gì từ lựa chọn của bạn.
choose-question = Từ nay, phần mềm nào sẽ bảo vệ máy tính này?
choose-built-in = Đã có sẵn trên máy tính của bạn
choose-built-in-packages = Miễn phí, từ kho gói của hệ điều hành
choose-built-in-windows = Dùng { $name } (có sẵn trong Windows, miễn phí)
    .explained = Không cần mua hay tải gì: nó tự bật khi không còn phần mềm diệt virus nào khác hoạt động, và Windows Update giữ cho nó luôn mới.
    .explained-stale = Không cần mua hay tải gì. Trên máy tính này, cơ sở dữ liệu virus của nó đã cũ: danh sách việc cần làm chỉ cách cập nhật.
choose-built-in-mac = Dùng { $name } (có sẵn trong macOS, miễn phí)
    .explained = Không cần mua hay tải gì: nó là một phần của macOS và được cập nhật cùng với macOS. Nhiều người dùng máy Mac không dùng gì khác.
choose-built-in-linux = Dùng { $name } (miễn phí, từ kho gói của hệ điều hành)
    .explained = Nhiều máy tính gia đình chạy Linux không dùng phần mềm diệt virus. Nếu bạn muốn dùng, ClamAV là lựa chọn miễn phí phổ biến.
choose-ultraav = UltraAV, phần mềm đã thay thế Kaspersky
choose-ultraav-body = UltraAV đã được cài trên nhiều máy tính Windows ở Hoa Kỳ thay cho Kaspersky, mà không có bước riêng nào hỏi trước, và gói đăng ký Kaspersky được chuyển sang UltraAV với cùng cách thu tiền. Một số người nhận thấy UltraAV chỉ gỡ được bằng trình gỡ cài đặt của chính nó.
choose-ultraav-keep-or-switch = Bạn có thể giữ nó nếu hài lòng, hoặc chuyển sang một phần mềm do chính bạn chọn.
choose-keep-ultraav = Giữ UltraAV
choose-products = Sản phẩm khác
choose-products-body = Theo thứ tự chữ cái. Chỉ tải các sản phẩm này từ trang web chính thức của nhà sản xuất.
choose-products-linux = Hầu hết các phần mềm diệt virus thương mại cho người dùng gia đình chỉ có bản cho Windows và macOS. Những sản phẩm sau có cả bản cho Linux:
choose-other = Sản phẩm khác:
choose-other-hint = tên sản phẩm
choose-other-name = Tên của sản phẩm khác
choose-other-kaspersky = { $name } là sản phẩm của Kaspersky, nên không thay thế được Kaspersky: hãy gõ tên sản phẩm của một nhà sản xuất khác, hoặc chọn một sản phẩm ở trên.
choose-guide = Cách chọn
choose-guide-labs = Xem kết quả thử nghiệm độc lập
choose-guide-labs-body = Thay vì tin lời người bán, hãy so sánh các sản phẩm qua những đợt thử nghiệm định kỳ do các phòng thử nghiệm độc lập công bố. Kết quả của họ có liên kết ở bên dưới.
choose-guide-devices = Đếm số thiết bị cần bảo vệ
choose-guide-devices-none = Bạn không nêu thiết bị nào khác có Kaspersky, nên chỉ cần bảo vệ máy tính này là đủ. Bạn có thể thêm thiết bị ở bước Kiểm tra.
choose-guide-devices-some = Máy tính này, cộng thêm: { $devices }. Nhiều sản phẩm trả phí bảo vệ nhiều thiết bị bằng một gói đăng ký; phần mềm bảo vệ có sẵn chỉ bảo vệ chính thiết bị của nó.
choose-guide-companions = Thay thế cả các ứng dụng khác của Kaspersky

choose-guide-one-at-a-time = Đừng bao giờ chạy hai phần mềm diệt virus cùng lúc
choose-guide-one-at-a-time-body = Hai chương trình cùng theo dõi mọi tệp sẽ làm máy tính chậm đi và có thể chặn lẫn nhau. Vì vậy danh sách việc cần làm giữ một thứ tự: tải những gì bạn cần trong khi phần mềm bảo vệ cũ vẫn đang chạy, gỡ phần mềm cũ, khởi động lại, rồi cài đặt hoặc bật phần mềm mới và cập nhật nó.

## Checklist

checklist-lead = Các bước để bạn chuyển đổi an toàn, theo thứ tự, được soạn theo những gì việc kiểm tra tìm thấy và những gì bạn đã cho AV Switch biết. Hãy đánh dấu tích từng bước khi làm xong: bạn có thể làm rải rác trong vài ngày. Các dấu tích của bạn được lưu lại.
progress-done = Đã xong { $done }/{ $total }
checklist-all-done = Đã xong tất cả.
checklist-all-done-body = Mọi bước trong danh sách của bạn đều đã được đánh dấu tích. Nếu chưa làm, hãy kiểm tra máy tính này thêm một lần để xác nhận máy đã được bảo vệ.
checklist-how = Cách làm
checklist-start-over = Bắt đầu lại
checklist-start-over-hint = Xóa mọi câu trả lời và dấu tích (sẽ hỏi trước)
checklist-finish-by = Hạn hoàn tất: { $day } ({ $days ->
        [0] hôm nay
        [1] ngày mai
       *[other] { $days } ngày nữa
    })
checklist-finish-by-past = Hạn hoàn tất: { $day } ({ $days ->
        [1] hôm qua
       *[other] { $days } ngày trước
    })
checklist-pick-day = Chọn hạn hoàn tất
checklist-in-days = { $days ->
        [7] Một tuần nữa
        [14] Hai tuần nữa
       *[other] { $days } ngày nữa
    }
checklist-no-date = Không đặt hạn

## Export

export-lead = Hãy để kế hoạch ở nơi bạn sẽ nhìn thấy: in ra và để cạnh máy tính, thêm lời nhắc vào lịch, hoặc gửi cho người đang giúp bạn.
export-choose-format = Chọn định dạng
format-markdown = Markdown
    .purpose = Dành cho ứng dụng ghi chú và chia sẻ trên mạng; dấu tích hiện thành ô đánh dấu.
format-text = Văn bản thường
    .purpose = Mở được ở mọi nơi, kể cả trong trình soạn thảo đơn giản nhất; in cũng đẹp.
format-html = Trang web để in
    .purpose = Tốt nhất để in: chữ lớn và các ô trống để đánh dấu bằng tay.
format-json = Dữ liệu JSON
    .purpose = Dành cho các chương trình khác, hoặc cho người đang giúp bạn bằng công cụ riêng của họ.
format-calendar = Lời nhắc trên lịch
    .purpose = Thêm một lời nhắc vào lịch của bạn vào ngày bạn muốn hoàn tất.
export-save = Lưu...
export-saving = Đang lưu...
export-save-hint = Chọn nơi lưu tệp
export-copy = Sao chép thành văn bản
export-copy-hint = Đưa kế hoạch vào bộ nhớ tạm, để dán vào email
export-print = In
export-print-hint = Mở trang để in trong trình duyệt web của bạn
export-waiting = Đang chờ bạn chọn nơi lưu trong cửa sổ lưu...
export-open = Mở
export-show-in-folder = Hiện trong thư mục
export-copied = Đã sao chép thành văn bản thường. Bạn có thể dán vào email hoặc tài liệu.
export-printing = Trang để in đã mở trong trình duyệt web của bạn. Hãy dùng lệnh In của trình duyệt (Ctrl+P, hoặc Cmd+P trên máy Mac).
export-not-saved = Chưa lưu.
export-no-dialog = Không thể hiện cửa sổ lưu trên máy tính này, nên AV Switch đã chọn chỗ này để lưu tệp.
export-read-only = { $path } chỉ cho phép đọc, nên không bị thay thế.
export-replace = Vẫn thay thế
export-keep = Giữ nguyên
export-not-a-file = { $path } là một thư mục hoặc một thiết bị, không phải một tệp, nên không có gì được ghi vào đó. Hãy chọn một tên tệp.
export-write-failed = Không thể ghi { $path }. Không có gì ở đó bị thay đổi. Hãy thử một thư mục khác, chẳng hạn thư mục Tài liệu.
export-dialog-crashed = Cửa sổ lưu đã dừng đột ngột. Chưa có gì được lưu.
export-print-no-program = Trang để in đã được lưu tại { $path }, nhưng không tìm thấy chương trình nào để mở nó. Hãy mở trang này trong trình duyệt web để in.
export-print-write-failed = Không thể ghi trang để in.
export-dialog-title = Lưu kế hoạch AV Switch của bạn
checklist-copied = Đã sao chép. Hãy dán vào cửa sổ dòng lệnh (terminal) và chạy ở đó.
checklist-just-confirmed = Đã kiểm tra lại: kết quả kiểm tra giờ xác nhận { $items }.
uninstall-question-title = Khởi chạy trình gỡ cài đặt?
uninstall-question-body = Việc kiểm tra không thấy phần mềm diệt virus nào khác đang bật và được cập nhật, nên máy tính này sẽ không có phần mềm diệt virus nào hoạt động từ lúc Kaspersky bị gỡ cho đến khi phần mềm bảo vệ mới được bật. Bước Chọn giúp bạn chọn phần mềm đó trước.
uninstall-question-body-defender = Việc kiểm tra không thấy phần mềm diệt virus nào khác đang bật và được cập nhật, nên máy tính này sẽ không có phần mềm diệt virus nào hoạt động cho đến khi Microsoft Defender Antivirus được bật. Thông thường, Windows sẽ tự bật nó khi Kaspersky không còn; sau đó danh sách việc cần làm sẽ xác nhận điều này.
uninstall-question-body-chosen = Việc kiểm tra không thấy phần mềm diệt virus nào khác đang bật và được cập nhật, nên máy tính này sẽ không có phần mềm diệt virus nào hoạt động từ lúc Kaspersky bị gỡ cho đến khi { $name } được bật. Hãy chuẩn bị sẵn bộ cài đặt của nó trước.
uninstall-question-confirm = Khởi chạy trình gỡ cài đặt
uninstall-question-cancel = Để sau
notice-uninstaller-failed = Không thể khởi chạy trình gỡ cài đặt. Hãy mở Cài đặt > Ứng dụng > Ứng dụng đã cài đặt và gỡ cài đặt chương trình ở đó.
choose-guide-companions-covered = Bạn dùng { $apps }. Lệnh cấm của Hoa Kỳ cũng áp dụng cho các ứng dụng này, và danh sách việc cần làm có bao gồm việc thay thế chúng. Một số bộ phần mềm bảo mật có kèm trình quản lý mật khẩu hoặc VPN.
choose-guide-companions-unknown = Bạn dùng { $apps }. Nếu lệnh cấm của Hoa Kỳ áp dụng cho bạn, lệnh này cũng áp dụng cho các ứng dụng đó, và danh sách việc cần làm có bao gồm việc thay thế chúng. Một số bộ phần mềm bảo mật có kèm trình quản lý mật khẩu hoặc VPN.
choose-guide-companions-chosen = Bạn dùng { $apps }. Nếu bạn chuyển khỏi Kaspersky, hãy thay thế cả các ứng dụng này: khi bạn đã chọn phần mềm thay thế, danh sách việc cần làm sẽ bao gồm chúng. Một số bộ phần mềm bảo mật có kèm trình quản lý mật khẩu hoặc VPN.

## Printing privately, and writing off the window's thread

export-writing = Đang ghi tệp...
export-write-crashed = Việc ghi { $path } đã dừng đột ngột, nên tệp không bị thay thế.
notice-print-clean-failed = Không thể xóa các trang để in từ lần dùng trước khỏi { $folder }. Các trang này chứa câu trả lời của bạn: bạn có thể tự xóa chúng.

## Words once put together in code

# A source whose exact article address is not known; $name is its title or publisher.
source-named-not-linked = { $name } (không có liên kết đến bài viết)
# The number before a source in the Deadlines step's list.
deadlines-source-number = { $number }.
# Below a source's title: who published it, and when.
deadlines-source-about = { $publisher }, { $date }
# Under Details, for a progress file from a newer AV Switch.
store-detail-format = định dạng tiến trình { $found }; phiên bản AV Switch này đọc định dạng { $read }

## What screen readers hear

# Said once when a file is saved; $path is where.
export-saved-at = Đã lưu thành { $path }.
# What screen readers hear for "How AV Switch knows" on a card; $name is the card's product or what was left behind.
check-how-known-name = Làm sao AV Switch biết: { $name }
# What screen readers hear for "How to do it" on a checklist card; $item is the card's title.
checklist-how-name = Cách làm: { $item }
# What screen readers hear for a card's button; $link is the button's words, $item the card's title.
checklist-link-name = { $link }: { $item }
# What a card's button opens, said instead of its address; $site is a web site's name, such as support.kaspersky.com.
checklist-link-web = Mở một trang của { $site } trong trình duyệt web của bạn.
checklist-link-step = Mở bước đó của AV Switch.
checklist-link-system = Mở trang đó trong phần cài đặt của máy tính. Không có gì thay đổi cho đến khi chính bạn thay đổi.

## The command line, in plain words

cli-lang = Ngôn ngữ của cửa sổ, báo cáo hoặc tệp: { $codes } (mặc định: ngôn ngữ đã chọn trong cửa sổ, nếu không có thì theo hệ thống).
cli-window = Chạy riêng avswitch, không kèm lệnh nào, để mở cửa sổ.
# The parts of a command line as the help writes them: avswitch [OPTIONS] [COMMAND].
cli-placeholder-options = TÙY_CHỌN
cli-placeholder-command = LỆNH
# What each option's value is called in the help: --format <FORMAT>.
cli-value-language = NGÔN_NGỮ
cli-value-folder = THƯ_MỤC
cli-value-format = ĐỊNH_DẠNG
cli-value-file = TỆP
cli-value-region = KHU_VỰC
cli-value-answer = TRẢ_LỜI
# A mistake on the command line. $command is "avswitch" or "avswitch check"; $argument what was typed.
cli-error-unknown-argument = “{ $argument }” không phải là tùy chọn của { $command }.
cli-error-did-you-mean = Có phải ý bạn là { $suggestion }?
cli-error-unknown-command = “{ $command }” không phải là một lệnh. Các lệnh là check và export; chỉ gõ avswitch sẽ mở cửa sổ.
cli-error-invalid-value = “{ $value }” không dùng được cho { $argument }: hãy dùng { $values }.
# $arguments names what is missing, $count how many.
cli-error-missing = Cần phải cung cấp { $arguments }.
cli-error-conflict = Không thể dùng { $first } và { $second } cùng lúc.
cli-error-value-form = { $argument } không được viết đúng cách: xem phần trợ giúp.
cli-error-other = Không hiểu được dòng lệnh.
# $help is the command that shows the help, such as "avswitch check --help".
cli-error-help = Để đọc thêm, hãy chạy: { $help }
# "A, B or C": $first is already joined with list-separator.
list-or = { $first } hoặc { $last }
cli-folder-missing = Thư mục { $path } không tồn tại.
cli-no-display = Cửa sổ của AV Switch cần có màn hình nền (desktop), nhưng không tìm thấy ở đây. Trong cửa sổ dòng lệnh, “avswitch check” kiểm tra máy tính này và “avswitch export --format txt” ghi ra danh sách việc cần làm của bạn; “avswitch --help” cho biết thêm.
cli-no-window = Bản AV Switch này không có cửa sổ: nó được tạo chỉ để dùng qua dòng lệnh. Hãy chạy avswitch check, hoặc avswitch export --format html --out plan.html.
cli-record-replaying = AVSWITCH_REPLAY đang chỉ đến một máy tính đã được ghi lại, nên không thể ghi lại máy tính này cùng lúc. Hãy bỏ đặt AVSWITCH_REPLAY để ghi lại máy tính này.
checklist-link-file = Mở tệp này trên máy tính này, như khi bạn bấm đúp vào nó.
checklist-uninstall-hint = Khởi chạy trình gỡ cài đặt của chính chương trình này, giống trình mà Ứng dụng đã cài đặt khởi chạy. AV Switch không tự gỡ bất cứ thứ gì.
checklist-copy-hint = Đưa lệnh ở trên vào bộ nhớ tạm, để bạn dán vào cửa sổ dòng lệnh (terminal). AV Switch không chạy lệnh này.
