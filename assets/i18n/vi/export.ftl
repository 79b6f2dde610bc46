# The exported plan (Markdown, text, web page, JSON, calendar) and the
# report of `avswitch check`.

export-title = AV Switch: kế hoạch đổi phần mềm diệt virus của bạn
export-made-on = Lập lúc { $when }.
# A deadline in an export: "Sales end in the U.S.: 20 July 2024 (2 years ago). What it means."
# $title, $when, $relative, $meaning.
export-milestone = { $title }: { $when } ({ $relative }). { $meaning }
export-where-things-stand = Tình hình hiện nay
coverage-covered = Theo câu trả lời của bạn, lệnh cấm của Hoa Kỳ áp dụng cho bạn: lệnh này áp dụng cho những người đang ở Hoa Kỳ và cho công dân và thường trú nhân Hoa Kỳ ở bất cứ đâu.
coverage-not-covered = Theo câu trả lời của bạn, lệnh cấm của Hoa Kỳ không áp dụng cho bạn: bạn dùng máy tính này bên ngoài Hoa Kỳ và không phải là công dân hay thường trú nhân Hoa Kỳ.
coverage-unknown = { coverage-unknown-command-line } Bạn có thể trả lời ở bước Kiểm tra.
# The command line: its own way to answer follows.
coverage-unknown-command-line = Chưa rõ lệnh cấm của Hoa Kỳ có áp dụng cho bạn hay không: lệnh này áp dụng cho những người đang ở Hoa Kỳ và cho công dân và thường trú nhân Hoa Kỳ ở bất cứ đâu.
export-this-computer = Máy tính này
export-not-checked = Máy tính này chưa được kiểm tra cho danh sách này.
export-next = Bước tiếp theo: { $step }
export-checklist = Danh sách việc cần làm của bạn
export-finish-by = Hạn hoàn tất: { $day }.
export-finish-by-suggested = Chưa chọn hạn hoàn tất; một tuần kể từ hôm nay sẽ là { $day }.
export-replacement = Phần mềm thay thế: { $name }.
export-replacement-none = Phần mềm thay thế: chưa chọn.
export-confirmed = đã được xác nhận qua kiểm tra
export-sources = Nguồn
calendar-event = Hoàn tất việc đổi phần mềm diệt virus
calendar-reminder = Ngày mai: hoàn tất việc đổi phần mềm diệt virus
calendar-still-to-do = Việc còn phải làm:

## A finding in one line

flag-affected = bị ảnh hưởng bởi lệnh cấm của Hoa Kỳ
flag-affected-if-covered = bị ảnh hưởng bởi lệnh cấm của Hoa Kỳ nếu lệnh này áp dụng cho bạn
flag-made-by-kaspersky = do Kaspersky sản xuất
flag-replacement = được cài thay cho Kaspersky
flag-built-in = có sẵn trong hệ điều hành
state-words-on = đang bật
state-words-off = đang tắt
state-words-snoozed = đang tạm dừng (tạm thời không hoạt động)
state-words-expired = đã hết hạn (giấy phép hoặc gói đăng ký của nó đã kết thúc)
state-words-installed = đã được cài đặt (không rõ có đang chạy hay không)
finding-definitions = cơ sở dữ liệu virus: { $words }
definitions-up-to-date = mới nhất
definitions-out-of-date = đã cũ
definitions-missing = chưa được cài đặt
definitions-unknown = không được báo cáo
definitions-age = cập nhật lần cuối { $when }
definitions-version = phiên bản { $version }
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

report-title = AV Switch: kiểm tra máy tính này ({ $system }), { $date }
report-source = Nguồn: { $publisher }, “{ $title }”, { $url }
report-nothing-found = Không tìm thấy chương trình bảo mật nào.
report-found = Đã tìm thấy:
report-failures = Các mục kiểm tra không chạy được:
report-left-behind = Còn sót lại (các phần của chương trình đã gỡ):
report-left-behind-clean = Còn sót lại: không tìm thấy thứ gì mà Kaspersky hay UltraAV để sót lại.
report-version = Phiên bản: { $version }
report-seen-by = Được phát hiện qua { $probe }: { $detail }
report-ban = Lệnh cấm: { $status }
report-next = Bước tiếp theo: { $step }
definitions-never-updated = chưa từng cập nhật: nó cho biết nó chưa từng cập nhật xong
export-seen-by = { $probe }: { $detail }
report-nothing-found-partly = Các mục kiểm tra chạy được không tìm thấy chương trình bảo mật nào; các mục không chạy được được liệt kê bên dưới.
report-answer-coverage = Để cho biết bạn dùng máy tính này ở đâu, hãy kiểm tra lại với --region us, hoặc với --region elsewhere và --us-person yes hoặc no.
export-command = Gõ lệnh này vào cửa sổ dòng lệnh (terminal)
