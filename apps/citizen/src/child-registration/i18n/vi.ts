/**
 * Vietnamese texts of "Đăng ký tài khoản cho con" (loaded with its route). The words it shares with
 * the registration journey (steps, office list, photo problems, the receipt) come from that dictionary.
 */
export const vi = {
  "child.signInNeeded": "Bạn cần đăng nhập để đăng ký tài khoản cho con.",
  "child.checking": "Đang kiểm tra đăng nhập…",

  "details.title": "Đăng ký tài khoản cho con",
  "details.lead":
    "Con phải dưới 18 tuổi và cùng hộ gia đình với bạn. Nhập mã số BHXH và họ tên của con đúng như trên thẻ bảo hiểm y tế của con. Thông tin có dấu * là bắt buộc.",
  "details.parent": "Người đăng ký: {name}, mã số BHXH {number}.",
  "details.childBhxhNumber.label": "Mã số BHXH của con *",
  "details.childBhxhNumber.hint": "Gồm 10 chữ số, in trên thẻ bảo hiểm y tế của con.",
  "details.childBhxhNumber.lookUp": "Tra cứu mã số BHXH",
  "details.childBhxhNumber.required": "Nhập mã số BHXH của con",
  "details.childBhxhNumber.format": "Mã số BHXH của con phải có đúng 10 chữ số",
  "details.childBhxhNumber.self": "Đây là mã số BHXH của bạn. Hãy nhập mã số BHXH của con",
  "details.childFullName.label": "Họ và tên của con *",
  "details.childFullName.hint": "Viết có dấu, đúng như trên giấy khai sinh.",
  "details.childFullName.required": "Nhập họ và tên của con",
  "details.childFullName.tooLong": "Họ và tên của con phải ngắn hơn 100 ký tự",

  "photos.title": "Ảnh của con và giấy khai sinh",
  "photos.lead":
    "Chụp ảnh chân dung của con (rõ mặt, nhìn thẳng) và ảnh giấy khai sinh của con (thấy đủ bốn góc, đọc rõ chữ): ảnh mờ sẽ làm hồ sơ bị trả lại.",
  "photos.childPortrait.label": "Ảnh chân dung của con",
  "photos.childPortrait.choose": "Chụp hoặc chọn ảnh chân dung của con",
  "photos.childPortrait.retake": "Chụp lại hoặc chọn ảnh chân dung khác",
  "photos.childPortrait.alt": "Ảnh chân dung của con bạn đã chọn",
  "photos.childPortrait.required": "Chụp hoặc chọn ảnh chân dung của con",
  "photos.birthCertificate.label": "Giấy khai sinh",
  "photos.birthCertificate.choose": "Chụp hoặc chọn ảnh giấy khai sinh",
  "photos.birthCertificate.retake": "Chụp lại hoặc chọn ảnh giấy khai sinh khác",
  "photos.birthCertificate.alt": "Ảnh giấy khai sinh bạn đã chọn",
  "photos.birthCertificate.required": "Chụp hoặc chọn ảnh giấy khai sinh của con",

  "office.lead":
    "Chọn cơ quan BHXH sẽ kiểm tra hồ sơ của con. Cơ quan BHXH của tỉnh, thành phố theo mã số BHXH của bạn đã được chọn sẵn.",

  "check.parentHeading": "Người đăng ký",
  "check.field.parent": "Cha, mẹ hoặc người giám hộ",
  "check.childHeading": "Thông tin của con",
  "check.field.childBhxhNumber": "Mã số BHXH của con",
  "check.field.childFullName": "Họ và tên của con",
  "check.photosHeading": "Ảnh",
  "check.field.photos": "Ảnh chân dung và giấy khai sinh",
  "check.sms":
    "Tài khoản và mật khẩu tạm thời của con sẽ được gửi bằng SMS đến số điện thoại đăng ký với tài khoản của bạn.",
  "check.commitment.legend": "Cam đoan",
  "check.commitment.label":
    "Tôi cam đoan tôi là cha, mẹ hoặc người giám hộ của trẻ và những thông tin trên là đúng sự thật.",
  "check.commitment.required": "Đánh dấu vào ô cam đoan để gửi hồ sơ",

  "done.numberLabel": "Số hồ sơ đăng ký cho con",
  "done.nextSms": "Tin nhắn xác nhận đã nhận hồ sơ được gửi đến số điện thoại đăng ký với tài khoản của bạn.",
  "done.nextReview":
    "Cơ quan BHXH sẽ kiểm tra hồ sơ. Khi hồ sơ được duyệt, tên đăng nhập và mật khẩu tạm thời của con sẽ được gửi bằng SMS đến số điện thoại này.",
  "done.services": "Về trang Dịch vụ công",
} as const;
