/** Vietnamese texts of the statement verification page ("Xác minh bản xác nhận"). */
export const vi = {
  "verify.title": "Xác minh bản xác nhận",
  "verify.lead":
    "Kiểm tra một bản xác nhận quá trình tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp bằng mã QR in trên đó. Không cần tài khoản.",
  "verify.noToken":
    "Hãy quét mã QR in ở cuối bản xác nhận bằng camera của điện thoại: trang này sẽ tự mở và kiểm tra.",
  "verify.paste.heading": "Không quét được mã?",
  "verify.paste.label": "Dán mã xác minh",
  "verify.paste.hint": "Địa chỉ đọc được từ mã QR, hoặc phần sau dấu # của địa chỉ đó.",
  "verify.paste.required": "Dán mã xác minh để kiểm tra",
  "verify.paste.submit": "Kiểm tra",
  "verify.checking": "Đang kiểm tra chữ ký số…",
  "verify.valid.title": "Hợp lệ — văn bản do BHXH Việt Nam cấp",
  "verify.valid.text":
    "Chữ ký số khớp với nội dung. Hãy đối chiếu từng thông tin dưới đây với bản giấy: nếu có chỗ nào khác, bản giấy đã bị sửa và không còn giá trị.",
  "verify.invalid.title": "Không hợp lệ",
  "verify.invalid.advice":
    "Đừng dựa vào bản giấy này. Nếu cần, hãy hỏi cơ quan bảo hiểm xã hội nơi gần nhất hoặc gọi 1900 9068.",
  "verify.unreachable": "Chưa kiểm tra được vì không kết nối được máy chủ. Hãy thử lại khi có mạng.",
  "verify.retry": "Thử lại",
  "verify.statement.heading": "Nội dung được xác nhận",
  "verify.number": "Số bản xác nhận",
  "verify.issuedOn": "Ngày cấp",
  "verify.fullName": "Họ và tên",
  "verify.bhxhNumber": "Mã số BHXH",
  "verify.closedThrough": "Dữ liệu đã chốt đến tháng",
  "verify.notClosed": "Chưa có tháng nào được chốt",
  "verify.noSchemes": "Bản xác nhận không ghi quá trình tham gia nào.",
  "verify.scheme.duration": "Thời gian tham gia",
  "verify.scheme.durationValue": "{years} năm {months} tháng ({total} tháng)",
  "verify.scheme.employee": "Người lao động đã đóng",
  "verify.scheme.employer": "Đơn vị đã đóng",
  "verify.scheme.unpaid": "Số tháng đơn vị chưa đóng",
} as const;
