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
  "services.checking": "Đang kiểm tra đăng nhập…",
  "services.signedOut": "Đăng nhập để nộp hồ sơ trực tuyến.",
  "services.signIn": "Đăng nhập",
  "services.listHeading": "Dịch vụ bạn dùng được",
  "services.childAccount": "Đăng ký tài khoản cho con",
  "services.childAccount.text":
    "Cho con dưới 18 tuổi cùng hộ gia đình với bạn. Tài khoản của con được gửi đến số điện thoại của bạn.",
  "services.more": "Các dịch vụ khác đang được xây dựng.",

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

  "login.notice.sessionReplaced":
    "Tài khoản của bạn vừa được đăng nhập trên một thiết bị khác nên phiên trên thiết bị này đã kết thúc. Nếu không phải bạn, hãy đổi mật khẩu hoặc gọi 1900 9068.",
  "login.notice.passwordReset": "Bạn đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.",
  "login.device.noCrypto":
    "Trình duyệt này không tạo được khoá bảo mật để gắn tài khoản với điện thoại, nên chưa đăng nhập được. Hãy mở AnSinh bằng Chrome, Safari, Firefox hoặc Cốc Cốc bản mới, tại địa chỉ bắt đầu bằng https://.",
  "login.device.noStorage":
    "Trình duyệt này không cho lưu khoá bảo mật của thiết bị (thường do đang ở chế độ ẩn danh hoặc đã chặn lưu dữ liệu trang web), nên chưa đăng nhập được. Hãy tắt chế độ ẩn danh hoặc cho phép lưu dữ liệu trang web, rồi thử lại.",

  "deviceChange.title": "Tài khoản đang dùng trên thiết bị khác",
  "deviceChange.lead":
    "Mỗi tài khoản AnSinh chỉ dùng được trên một điện thoại. Tài khoản của bạn đang được dùng trên một thiết bị khác.",
  "deviceChange.warning":
    "Nếu tiếp tục, thiết bị kia sẽ bị đăng xuất và không dùng được tài khoản này nữa. Thiết bị bạn đang cầm sẽ trở thành thiết bị của tài khoản.",
  "deviceChange.smsNote":
    "Để chắc chắn đó là bạn, chúng tôi sẽ gửi mã xác nhận 6 chữ số đến số điện thoại đã đăng ký {phone}.",
  "deviceChange.notYou":
    "Nếu bạn không dùng thiết bị nào khác, có thể người khác đã biết mật khẩu của bạn: hãy tiếp tục rồi đổi mật khẩu, hoặc gọi 1900 9068.",
  "deviceChange.continue": "Tiếp tục",
  "deviceChange.continuing": "Đang gửi mã…",
  "deviceChange.cancel": "Huỷ, không đăng nhập",
  "deviceChange.code.title": "Nhập mã xác nhận",
  "deviceChange.code.lead":
    "Chúng tôi đã gửi tin nhắn có mã 6 chữ số đến số {phone}. Mã có hiệu lực trong {minutes} phút.",
  "deviceChange.code.submit": "Xác nhận và đăng nhập",
  "deviceChange.code.submitting": "Đang xác nhận…",
  "deviceChange.startAgain": "Đăng nhập lại từ đầu",

  "otp.code.label": "Mã xác nhận",
  "otp.code.hint": "Mã gồm 6 chữ số trong tin nhắn gửi đến số {phone}.",
  "otp.code.required": "Nhập mã xác nhận",
  "otp.code.format": "Mã xác nhận gồm 6 chữ số",
  "otp.notReceived": "Chưa nhận được tin nhắn?",
  "otp.notReceivedText": "Tin nhắn có thể đến chậm vài phút. Nếu vẫn chưa nhận được, bạn có thể xin mã mới.",
  "otp.resend": "Gửi lại mã",
  "otp.resendIn": "Gửi lại mã sau {seconds} giây",
  "otp.resending": "Đang gửi lại mã…",
  "otp.resent": "Đã gửi mã mới đến số {phone}.",
  "otp.resendUnavailable": "Chưa gửi lại được mã. Vui lòng thử lại sau.",

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
    "Nhập mã số BHXH (hoặc số CCCD) và số điện thoại đã đăng ký với tài khoản. Chúng tôi sẽ gửi mã xác nhận 6 chữ số đến số điện thoại đó để bạn đặt mật khẩu mới.",
  "forgotPassword.phone.label": "Số điện thoại đã đăng ký",
  "forgotPassword.phone.hint": "Số bạn đã khai khi đăng ký tài khoản, ví dụ 0912345678.",
  "forgotPassword.phone.required": "Nhập số điện thoại đã đăng ký",
  "forgotPassword.phone.format": "Số điện thoại di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09",
  "forgotPassword.submit": "Gửi mã xác nhận",
  "forgotPassword.submitting": "Đang gửi…",
  "forgotPassword.noPhone":
    "Không còn dùng số điện thoại đã đăng ký? Hãy gọi tổng đài hoặc đến cơ quan BHXH gần nhất để được hỗ trợ.",
  "forgotPassword.reset.title": "Đặt mật khẩu mới",
  "forgotPassword.reset.lead":
    "Nếu mã số và số điện thoại bạn nhập khớp với một tài khoản, chúng tôi đã gửi tin nhắn có mã 6 chữ số đến số {phone}. Mã có hiệu lực trong {minutes} phút.",
  "forgotPassword.reset.submit": "Lưu mật khẩu mới",
  "forgotPassword.reset.submitting": "Đang lưu…",
  "forgotPassword.startAgain": "Nhập lại mã số và số điện thoại",

  "notFound.title": "Không tìm thấy trang",
  "notFound.lead":
    "Không có trang nào ở địa chỉ này. Hãy kiểm tra lại địa chỉ, hoặc chọn một mục ở thanh dưới cùng.",
} as const;
