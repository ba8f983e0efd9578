/** Vietnamese, the default language of the staff console. */
export const vi = {
  "app.subtitle": "Cổng cán bộ",

  "login.title": "Đăng nhập cán bộ",
  "login.lead": "Dành cho cán bộ cơ quan bảo hiểm xã hội.",
  "login.identifier.label": "E-mail hoặc tên đăng nhập",
  "login.identifier.required": "Nhập e-mail hoặc tên đăng nhập",
  "login.identifier.format": "Nhập e-mail đúng dạng, ví dụ ten@example.vn",
  "login.password.label": "Mật khẩu",
  "login.password.required": "Nhập mật khẩu",
  "login.code.label": "Mã xác thực",
  "login.code.hint": "Mã gồm 6 chữ số, xem trong ứng dụng xác thực trên điện thoại của bạn.",
  "login.code.required": "Nhập mã xác thực",
  "login.code.format": "Mã xác thực phải có đúng 6 chữ số",
  "login.submit": "Đăng nhập",
  "login.submitting": "Đang đăng nhập…",

  "dashboard.title": "Bảng điều khiển",
  "dashboard.greeting": "Xin chào,",
  "dashboard.role": "Vai trò",
  "dashboard.office": "Đơn vị",
  "dashboard.signOut": "Đăng xuất",
  "dashboard.signingOut": "Đang đăng xuất…",
  "dashboard.signOutFailed": "Chưa đăng xuất được, vui lòng thử lại.",
  "dashboard.lead": "Hồ sơ chờ duyệt, yêu cầu hỗ trợ và việc cần làm của đơn vị bạn sẽ hiện ở đây.",

  "role.reviewer": "Cán bộ duyệt hồ sơ",
  "role.support": "Cán bộ hỗ trợ",
  "role.data_officer": "Cán bộ quản lý dữ liệu",
  "role.admin": "Quản trị hệ thống",

  "notFound.title": "Không tìm thấy trang",
  "notFound.lead": "Không có trang nào ở địa chỉ này trong cổng cán bộ.",
  "notFound.back": "Về trang đăng nhập",
} as const;
