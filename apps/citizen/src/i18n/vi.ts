/** Vietnamese, the default language. Plain words first; official abbreviations where people know them. */
export const vi = {
  skipLink: "Chuyển đến nội dung chính",
  "nav.label": "Các mục chính",
  "tabs.personal": "Cá nhân",
  "tabs.services": "Dịch vụ công",
  "tabs.lookUp": "Tra cứu",
  "tabs.help": "Trợ giúp",
  "common.comingSoon": "Phần này đang được xây dựng.",
  "common.hotline": "Gọi tổng đài 1900 9068",

  "personal.title": "Cá nhân",
  "personal.lead":
    "Nơi bạn xem thông tin bảo hiểm của mình: thẻ bảo hiểm y tế, quá trình đóng bảo hiểm xã hội, các khoản được hưởng và lịch sử khám chữa bệnh.",
  "personal.signedOut": "Bạn cần đăng nhập để xem thông tin của mình.",
  "personal.signIn": "Đăng nhập",
  "personal.noAccount": "Chưa có tài khoản?",
  "personal.register": "Đăng ký tài khoản",
  "personal.checking": "Đang kiểm tra đăng nhập…",
  "personal.greeting": "Xin chào, {name}",
  "personal.bhxhNumber": "Mã số BHXH",
  "personal.nextRelease":
    "Thẻ bảo hiểm y tế, quá trình đóng bảo hiểm xã hội, các khoản được hưởng và lịch sử khám chữa bệnh của bạn sẽ có ở đây trong phiên bản tiếp theo. Hiện tại AnSinh chưa hiển thị các thông tin này.",
  "personal.signOut": "Đăng xuất",
  "personal.signingOut": "Đang đăng xuất…",
  "personal.signOutFailed": "Chưa đăng xuất được. Vui lòng thử lại.",
  "personal.signedOutNow": "Bạn đã đăng xuất.",

  "services.title": "Dịch vụ công",
  "services.lead":
    "Nơi bạn nộp hồ sơ trực tuyến và theo dõi hồ sơ đến khi có kết quả, ví dụ: cấp lại thẻ bảo hiểm y tế, cấp lại sổ bảo hiểm xã hội, đổi nơi nhận lương hưu.",

  "lookUp.title": "Tra cứu",
  "lookUp.lead": "Ai cũng tra cứu được ở đây, không cần tài khoản.",
  "lookUp.listHeading": "Sắp có",
  "lookUp.number": "Mã số bảo hiểm xã hội (BHXH) của bạn",
  "lookUp.offices": "Cơ quan BHXH gần bạn",
  "lookUp.facilities": "Cơ sở khám chữa bệnh nhận thẻ bảo hiểm y tế",
  "lookUp.employers": "Đơn vị đang đóng BHXH cho người lao động",
  "lookUp.collectionPoints": "Điểm thu, đại lý thu BHXH và bảo hiểm y tế",

  "help.title": "Trợ giúp",
  "help.lead": "Câu hỏi thường gặp, hướng dẫn sử dụng và trò chuyện với nhân viên hỗ trợ sẽ có ở đây.",
  "help.callHeading": "Cần hỗ trợ ngay?",
  "help.callText": "Tổng đài hỗ trợ của Bảo hiểm xã hội Việt Nam:",

  "login.title": "Đăng nhập",
  "login.identifier.label": "Mã số BHXH hoặc số CCCD",
  "login.identifier.hint": "Mã số BHXH có 10 chữ số. Số CCCD có 12 chữ số.",
  "login.identifier.required": "Nhập mã số BHXH hoặc số CCCD",
  "login.identifier.format": "Mã số BHXH phải có 10 chữ số, số CCCD có 12 chữ số, số CMND cũ có 9 chữ số",
  "login.password.label": "Mật khẩu",
  "login.password.required": "Nhập mật khẩu",
  "login.submit": "Đăng nhập",
  "login.submitting": "Đang đăng nhập…",
  "login.forgotPassword": "Quên mật khẩu?",
  "login.register": "Đăng ký tài khoản",
  "login.publicHeading": "Không cần đăng nhập",
  "login.publicLink": "Tra cứu mã số BHXH, cơ quan BHXH, cơ sở khám chữa bệnh",

  "changePassword.title": "Đổi mật khẩu",
  "changePassword.lead":
    "Bạn đang dùng mật khẩu tạm thời được gửi qua tin nhắn. Hãy đặt mật khẩu mới của riêng bạn trước khi tiếp tục.",
  "changePassword.rulesHeading": "Mật khẩu mới cần:",
  "changePassword.rule.length": "có ít nhất 8 ký tự;",
  "changePassword.rule.common": "không phải mật khẩu phổ biến, dễ đoán (ví dụ 12345678, matkhau123);",
  "changePassword.rule.number": "không chứa mã số BHXH hoặc số CCCD của bạn.",
  "changePassword.current.label": "Mật khẩu hiện tại",
  "changePassword.current.hint": "Mật khẩu tạm thời trong tin nhắn bạn nhận được.",
  "changePassword.current.required": "Nhập mật khẩu hiện tại",
  "changePassword.new.label": "Mật khẩu mới",
  "changePassword.new.required": "Nhập mật khẩu mới",
  "changePassword.new.short": "Mật khẩu mới phải có ít nhất 8 ký tự",
  "changePassword.repeat.label": "Nhập lại mật khẩu mới",
  "changePassword.repeat.required": "Nhập lại mật khẩu mới",
  "changePassword.repeat.different": "Hai lần nhập mật khẩu mới chưa giống nhau",
  "changePassword.submit": "Đổi mật khẩu",
  "changePassword.submitting": "Đang đổi mật khẩu…",

  "forgotPassword.title": "Quên mật khẩu",
  "forgotPassword.lead":
    "Việc lấy lại mật khẩu trực tuyến đang được xây dựng. Trong lúc chờ, bạn hãy gọi tổng đài hoặc đến cơ quan BHXH gần nhất.",

  "notFound.title": "Không tìm thấy trang",
  "notFound.lead":
    "Không có trang nào ở địa chỉ này. Hãy kiểm tra lại địa chỉ, hoặc chọn một mục ở thanh dưới cùng.",
} as const;
