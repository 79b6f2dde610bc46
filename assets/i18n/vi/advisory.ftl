# The ban, in the app's own words. Dates, sources and which fact rests on
# which source are in assets/advisory.toml; each fact-<id> and milestone-<id>
# here belongs to the entry with that id there.

# "29 September 2024, 12:00 a.m. EDT"
date-eastern = { $time } { $date } ({ $zone })
source-ongoing = cập nhật liên tục
source-not-linked = (không có liên kết đến bài viết)

## Where today stands

status-before-sales-ban = Vẫn có thể mua { $vendor } cho đến { $sales_day } ({ $sales_when }), và phần mềm này vẫn được cập nhật cho đến { $updates_day }.
status-sales-banned = Không thể mua { $vendor } nữa. Việc cập nhật sẽ dừng vào { $updates_day }, tức là { $updates_when }.
status-updates-ended = Việc cập nhật { $vendor } cho khách hàng tại Hoa Kỳ đã chấm dứt vào { $updates_day }, cách đây { $since }.
status-next-before-updates-end = Bạn vẫn còn thời gian để chuyển đổi một cách bình tĩnh. Các bước tiếp theo sẽ kiểm tra máy tính này và giúp bạn chọn phần mềm thay thế trước khi việc cập nhật dừng lại.
status-unknown = Lệnh cấm của Hoa Kỳ chấm dứt việc cập nhật { $vendor } từ { $updates_day } ({ $updates_when }) đối với bất kỳ ai đang ở Hoa Kỳ, và đối với công dân và thường trú nhân Hoa Kỳ dù họ sống ở đâu.
status-next-unknown = { status-next-unknown-command-line } Bước Kiểm tra sẽ hỏi bạn dùng máy tính này ở đâu, để AV Switch biết trường hợp của bạn là trường hợp nào.
# The command line: its own way to answer follows.
status-next-unknown-command-line = Bên ngoài Hoa Kỳ, { $vendor } cho biết các sản phẩm của hãng vẫn tiếp tục được cập nhật.
status-not-covered = Lệnh cấm { $vendor } của Hoa Kỳ không áp dụng cho bạn: lệnh này áp dụng cho những người đang ở Hoa Kỳ, và cho công dân và thường trú nhân Hoa Kỳ dù họ sống ở đâu.
status-next-not-covered = { $vendor } cho biết các sản phẩm của hãng vẫn được cập nhật và hỗ trợ ở các nước khác. Google Play đã gỡ các ứng dụng của { $vendor } trên toàn thế giới, nên điện thoại Android không thể cập nhật các ứng dụng này từ cửa hàng đó nữa. Chuyển đổi hay không là do bạn quyết định: AV Switch vẫn có thể kiểm tra máy tính này và lập kế hoạch chuyển đổi nếu bạn muốn.
status-next-after-updates-end = Nếu máy tính này vẫn còn Kaspersky, thay thế nó là việc hữu ích nhất bạn có thể làm để giữ an toàn cho máy. Các bước tiếp theo sẽ kiểm tra máy tính này và cùng bạn lập kế hoạch.

## Milestones

milestone-announced = Hoa Kỳ công bố lệnh cấm
    .meaning = Bộ Thương mại Hoa Kỳ quyết định rằng Kaspersky không được bán hay hỗ trợ phần mềm diệt virus của hãng tại Hoa Kỳ nữa. Sau đó, thông báo chính thức được đăng trên Công báo Liên bang (Federal Register) ngày 24 tháng 6 năm 2024. Hôm đó, không có gì thay đổi trên máy tính của bạn.

milestone-sales_end = Ngừng bán mới tại Hoa Kỳ
    .meaning = Từ thời điểm này, Kaspersky không được nhận khách hàng mới tại Hoa Kỳ hay bán gói đăng ký mới. Các bản đã cài đặt vẫn tiếp tục hoạt động và vẫn được cập nhật.

milestone-updates_end = Ngừng cập nhật tại Hoa Kỳ
    .meaning = Từ thời điểm này, Kaspersky không được gửi cơ sở dữ liệu virus hay bản cập nhật chương trình cho khách hàng tại Hoa Kỳ nữa. Trên máy tính của họ, Kaspersky vẫn chạy sau ngày này, nhưng khi không có bản cập nhật, nó không còn biết đến các mối đe dọa mới, nên khả năng bảo vệ ngày càng tụt hậu theo thời gian.


## Facts

fact-F1 = Ngày 20 tháng 6 năm 2024, Bộ Thương mại Hoa Kỳ (Cục Công nghiệp và An ninh) công bố quyết định cuối cùng cấm các sản phẩm và dịch vụ diệt virus và bảo mật của Kaspersky đối với những người ở Hoa Kỳ. Trang chính thức của cơ quan này liệt kê mọi điều bị cấm.

fact-F2 = Quyết định này được đăng trên Công báo Liên bang (Federal Register) ngày 24 tháng 6 năm 2024 (89 FR 52434, văn bản 2024-13532).

fact-F3 = Từ 00:00 ngày 20 tháng 7 năm 2024 (giờ miền Đông Hoa Kỳ), Kaspersky không được nhận khách hàng mới tại Hoa Kỳ hay bán gói đăng ký mới.

fact-F4 = Từ 00:00 ngày 29 tháng 9 năm 2024 (giờ miền Đông Hoa Kỳ), Kaspersky không được gửi bản cập nhật cơ sở dữ liệu virus hay bản cập nhật chương trình cho khách hàng tại Hoa Kỳ, cũng không được bán lại hay cấp phép phần mềm của hãng. Một số bản tin ghi ngày 28 hoặc 30 tháng 9; thông báo chính thức ghi đúng thời điểm này.

fact-F5 = Lệnh cấm áp dụng cho mọi sản phẩm hay dịch vụ bảo mật hoặc diệt virus của Kaspersky dành cho những người ở Hoa Kỳ, kể cả công nghệ của Kaspersky được tích hợp vào sản phẩm của công ty khác và mang tên của công ty đó. Công dân Hoa Kỳ sống ở nước ngoài cũng thuộc diện áp dụng.

fact-F6 = Không thuộc diện cấm: các dịch vụ thông tin tình báo về mối đe dọa (threat intelligence) của Kaspersky, các khóa đào tạo về bảo mật của hãng, và dịch vụ tư vấn thuần túy mang tính thông tin hoặc giáo dục.

fact-F7 = Theo lệnh cấm của Hoa Kỳ, người tiếp tục dùng Kaspersky không vi phạm pháp luật và không bị phạt. Nhưng chính phủ Hoa Kỳ cho biết ai tiếp tục dùng phần mềm này sẽ tự chịu mọi rủi ro về bảo mật đi kèm.

fact-F8 = Chính phủ Hoa Kỳ khuyên khách hàng của Kaspersky tại Hoa Kỳ nhanh chóng chuyển sang sản phẩm khác, để thông tin cá nhân và thông tin nhạy cảm không bị rơi vào tình trạng thiếu bảo vệ. Bộ trưởng Thương mại Hoa Kỳ kêu gọi họ ngừng dùng phần mềm này và chuyển sang phần mềm khác.

fact-F11 = Ngày 15 tháng 7 năm 2024, Kaspersky thông báo sẽ dần chấm dứt hoạt động kinh doanh tại Hoa Kỳ, bắt đầu từ ngày 20 tháng 7 năm 2024.

fact-F12 = Kaspersky đã tặng những khách hàng còn lại tại Hoa Kỳ sáu tháng dùng miễn phí Kaspersky Standard, Plus, Password Manager, Safe Kids và VPN Secure Connection.

fact-F13 = Khoảng ngày 19 tháng 9 năm 2024, một bản cập nhật đã gỡ Kaspersky khỏi máy tính Windows của khách hàng tại Hoa Kỳ và cài UltraAV (của Pango Group) thay thế, cùng UltraVPN cho một số người có gói đăng ký VPN, mà không có bước riêng nào hỏi ý kiến họ. Người dùng Mac, Android và iPhone phải tự cài UltraAV. Việc thu tiền được chuyển sang UltraAV theo đúng lịch cũ.

fact-F14 = Một số người nhận thấy UltraAV chỉ gỡ được bằng trình gỡ cài đặt của chính nó; gỡ bằng các cách khác thì nó lại quay trở lại.

fact-F15 = Tháng 10 năm 2024, Google đã gỡ các ứng dụng của Kaspersky khỏi Google Play, nên điện thoại Android không thể cập nhật hay cài lại các ứng dụng này từ cửa hàng đó nữa.

fact-F16 = Các sản phẩm dành cho gia đình của Kaspersky là Kaspersky Basic, Standard, Plus và Premium; các sản phẩm cũ hơn là Anti-Virus, Internet Security, Total Security, Security Cloud và Free. Các ứng dụng đi kèm là Password Manager, VPN Secure Connection và Safe Kids.

fact-F17 = Kaspersky Password Manager có thể xuất mật khẩu của bạn ra một tệp, nhưng các bản sao lưu của chính nó chỉ mở được bằng Kaspersky Password Manager, và mật khẩu chính của nó không thể khôi phục. Vì vậy, hãy xuất mật khẩu trước khi gỡ cài đặt, rồi nhập vào trình quản lý mật khẩu mới của bạn.

fact-F18 = Công cụ gỡ bỏ của chính Kaspersky, kavremover, dùng cho trường hợp cách gỡ cài đặt thông thường không thành công. Sau khi Kaspersky bị gỡ, không thể lấy lại các tệp trong vùng cách ly của Kaspersky nữa.

fact-F19 = Trên Windows, Microsoft Defender Antivirus có sẵn và miễn phí, và tự bật khi không có phần mềm diệt virus nào khác đang hoạt động. Không cần phải mua.

fact-F20 = Hai phòng thử nghiệm độc lập thường xuyên công bố kết quả thử nghiệm so sánh các phần mềm diệt virus dành cho gia đình: AV-TEST và AV-Comparatives. Kết quả của họ là nguồn tham khảo tốt để so sánh các sản phẩm.

fact-F21 = Lệnh cấm áp dụng cho mọi người đang ở Hoa Kỳ, và cho công dân Hoa Kỳ và thường trú nhân Hoa Kỳ (người có thẻ xanh) dù họ sống ở đâu, cũng như cho các công ty Hoa Kỳ và chi nhánh của họ ở nước ngoài. Lệnh cấm áp dụng theo con người, cũng như theo nơi chốn.

fact-F22 = Những người ở ngoài Hoa Kỳ mà không phải là công dân hay thường trú nhân Hoa Kỳ thì không thuộc diện áp dụng. Kaspersky cho biết các hạn chế của Hoa Kỳ không làm thay đổi sản phẩm hay việc hỗ trợ của hãng ở các nước khác, và cơ sở dữ liệu virus của hãng vẫn tiếp tục được cập nhật; một nhà nghiên cứu của Kaspersky nói với báo chí Indonesia rằng không có hạn chế tương tự ở châu Á – Thái Bình Dương, kể cả Indonesia.

fact-F23 = Google đã gỡ các ứng dụng của Kaspersky khỏi Google Play trên toàn thế giới, không chỉ ở Hoa Kỳ, nên người dùng Android ở bất cứ đâu cũng không thể cài đặt hay cập nhật các ứng dụng này từ cửa hàng đó.

fact-F24 = Ngôn ngữ hay định dạng vùng (locale) của máy tính không phải là quốc gia của người dùng: tiếng Anh (Hoa Kỳ) là thiết lập phổ biến trên khắp thế giới. Windows và macOS có một thiết lập khu vực riêng, và AV Switch chỉ dùng thiết lập này để gợi ý một câu trả lời mà bạn xác nhận. Quốc tịch thì hoàn toàn không thể phát hiện được.

fact-F25 = Một số máy tính ở Hoa Kỳ vẫn tiếp tục nhận bản cập nhật Kaspersky sau ngày 29 tháng 9 năm 2024. Kaspersky không được cung cấp bản cập nhật cho khách hàng tại Hoa Kỳ, nên những bản cập nhật như vậy có thể dừng bất cứ lúc nào.

fact-F26 = Để kiểm tra các kết nối bảo mật (HTTPS), Kaspersky thêm chứng chỉ gốc của riêng mình vào danh sách chứng chỉ mà Windows và macOS tin cậy (“Kaspersky Anti-Virus Personal Root Certificate” trên Windows, “Kaspersky Web Anti-Virus Certification Authority” trên máy Mac). Firefox cũng có thể được thiết lập để tin cậy các chứng chỉ này. Khi Kaspersky không còn, không còn gì giữ cho chứng chỉ đó được cập nhật, vì vậy bạn nên xóa nó.

fact-F27 = Kaspersky cài một tiện ích mở rộng cho trình duyệt, Kaspersky Protection, vào Chrome, Edge và Firefox. Thử nghiệm gỡ cài đặt năm 2022 của AV-Comparatives cho thấy trình gỡ cài đặt của Kaspersky đã để sót lại tiện ích này.

fact-F28 = Trên Windows, Kaspersky chạy các dịch vụ và trình điều khiển (như AVP21.3, klif và klhk) và lưu thiết lập trong sổ đăng ký (registry) và trong các thư mục Kaspersky Lab. Có báo cáo cho thấy các trình điều khiển và thiết lập còn sót lại vẫn tồn tại sau khi gỡ cài đặt và cản trở việc nâng cấp tính năng của Windows; kavremover là công cụ của Kaspersky để gỡ bỏ chúng.
fact-F19-mac = Máy Mac có sẵn XProtect, tính năng bảo vệ chống phần mềm độc hại của Apple. Không cần phải mua.
fact-F31 = Windows 10 đã hết được hỗ trợ vào { $support_end }. Kể từ đó, máy tính chạy Windows 10 chỉ nhận bản cập nhật bảo mật nếu đã đăng ký chương trình Cập nhật Bảo mật Mở rộng (ESU), được Microsoft gia hạn cho người dùng cá nhân đến { $esu_end }; mục Cài đặt > Windows Update cho biết máy đã được đăng ký hay chưa, và cho phép đăng ký ở những nơi có chương trình này. Microsoft vẫn gửi thông tin bảo mật mới (cơ sở dữ liệu virus) cho Microsoft Defender Antivirus trên Windows 10 đến hết tháng 10 năm 2028, nhưng cho biết máy tính chạy Windows 10 vẫn dễ bị tấn công hơn ngay cả khi có các bản cập nhật này, và khuyên chuyển lên Windows 11 nếu máy tính đáp ứng được. Windows 11 là bản dựng (build) 22000 trở về sau.
fact-F32 = Khi có một phần mềm diệt virus khác được cài đặt, Microsoft Defender Antivirus sẽ tự động tắt. Microsoft cho biết nó có thể tự bật lại khi sản phẩm kia hết hạn, bị gỡ cài đặt hoặc ngừng bảo vệ, vì vậy cần kiểm tra xem nó có đang bật hay không, chứ không nên mặc nhiên cho là có.
fact-F33 = Ứng dụng Cài đặt của Windows có các địa chỉ được ghi trong tài liệu cho các trang của nó: ms-settings:appsfeatures mở trang Ứng dụng đã cài đặt và ms-settings:windowsdefender mở Bảo mật Windows.
fact-F34 = Trên macOS 15 (Sequoia) trở về sau, dữ liệu XProtect đang dùng nằm ở /var/protected/xprotect và được cập nhật qua iCloud; từ macOS 15.2, bản sao cũ trong /Library/Apple/System/Library/CoreServices không còn cung cấp dữ liệu cho nó nữa, nên phiên bản ghi ở đó có thể đã cũ.
fact-F35 = Kaspersky Password Manager xuất dữ liệu dưới dạng tệp văn bản thường (.txt); các bản sao lưu được mã hóa của nó chỉ mở được trong Kaspersky Password Manager. Các trình quản lý mật khẩu khác ghi rõ trên trang nhập dữ liệu những loại tệp mà chúng đọc được. Tệp đã xuất chứa mọi mật khẩu ở dạng ai cũng đọc được, nên cần xóa tệp này khi đã nhập xong.
fact-F36 = Sau khi Google Play gỡ các ứng dụng của Kaspersky trên toàn thế giới, Kaspersky cho biết các ứng dụng đã cài vẫn hoạt động và vẫn cập nhật cơ sở dữ liệu, đồng thời hướng người dùng sang các cửa hàng ứng dụng khác hoặc tải trực tiếp từ hãng. Đây là tuyên bố của Kaspersky dành cho người dùng bên ngoài Hoa Kỳ; điều này không làm thay đổi lệnh cấm của Hoa Kỳ.
fact-F37 = Sáu tháng dùng miễn phí mà Kaspersky tặng khách hàng tại Hoa Kỳ bắt đầu từ tháng 7 năm 2024, nên đã kết thúc vào đầu năm 2025 và không còn nữa. Cho đến tháng 11 năm 2026, không thấy có thay đổi nào đối với lệnh cấm của Hoa Kỳ.
fact-F38 = Các sản phẩm Kaspersky trên Windows có thể được bảo vệ bằng mật khẩu để ngăn việc gỡ cài đặt, đóng chương trình và thay đổi thiết lập. Nếu quên mật khẩu, chỉ có thể đặt lại trong Chế độ an toàn, bằng công cụ đặt lại mật khẩu của Kaspersky; nếu máy vẫn hỏi mật khẩu, Kaspersky hướng dẫn gỡ sản phẩm bằng kavremover.
fact-F39 = Trong Chế độ an toàn, Windows có thể không tải trình điều khiển âm thanh, nên các trình đọc màn hình như Trình tường thuật (Narrator), NVDA và JAWS có thể không phát ra tiếng. Bước nào cần Chế độ an toàn thì nên nói rõ điều đó và đưa ra cách khác trước.
fact-F41 = Microsoft Defender Antivirus có thể bị giữ ở trạng thái tắt bởi các thiết lập chính sách (policy) do công cụ tinh chỉnh, phần mềm diệt virus cũ hoặc nơi làm việc để lại. Khi đó, Bảo mật Windows cho biết một số cài đặt do tổ chức của bạn quản lý, và nút Bật có thể bị làm mờ. Khi tính năng bảo vệ chống giả mạo (Tamper Protection) đang bật, Windows bỏ qua các thiết lập như vậy, nên nếu thấy một thiết lập như thế thì đó chỉ là một nguyên nhân có thể có, chứ không phải là bằng chứng.
fact-F42 = Kaspersky đã thông báo với khách hàng tại Hoa Kỳ rằng không thể tải các ứng dụng của hãng từ các trang web Hoa Kỳ của hãng (usa.kaspersky.com, my.kaspersky.com) nữa, cũng không thể tải tiện ích Kaspersky Protection từ các cửa hàng tiện ích của trình duyệt; các nước khác không bị ảnh hưởng. Nếu trang web của Kaspersky không giúp được, bạn vẫn có thể chặn việc gia hạn: ngân hàng hoặc công ty phát hành thẻ có thể chặn các khoản thanh toán.
fact-F40 = Trung tâm Bảo mật Windows có thể vẫn liệt kê một phần mềm diệt virus đã bị gỡ: chương trình, dịch vụ và tiến trình của nó đã không còn, nhưng Trung tâm Bảo mật vẫn hiện tên nó. Đó là một mục còn sót lại trong danh sách, không phải một sản phẩm đang được cài đặt, nên gỡ cài đặt lại không phải là cách giải quyết.
status-next-after-updates-end-found = Thay thế Kaspersky trên máy tính này là việc hữu ích nhất bạn có thể làm để giữ an toàn cho máy. Các bước tiếp theo giúp bạn chọn phần mềm thay thế và cùng bạn lập kế hoạch.
status-next-after-updates-end-not-found = Kết quả kiểm tra không thấy chương trình Kaspersky nào trên máy tính này. Các bước tiếp theo giúp đảm bảo tính năng bảo vệ của máy đang bật và được cập nhật, đồng thời lo cho các thiết bị khác của bạn.
facts-checked = Các thông tin đã được kiểm tra vào { $month }.
facts-checked-on = Các thông tin đã được kiểm tra vào { $day }.
facts-may-be-old = Việc kiểm tra đó đã cách đây hơn sáu tháng, nên một số thông tin có thể đã cũ: AV Switch không bao giờ tra cứu trên mạng. Phiên bản AV Switch mới hơn có thể biết nhiều hơn; hãy tìm phiên bản mới ở nơi bạn đã tải bản này.
