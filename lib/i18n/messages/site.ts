// The frame of every page: header, footer, navigation, pagination.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  city: "Thành phố Hồ Chí Minh",
  name: "Một Cửa Số",
  tagline: "Cổng dịch vụ công trực tuyến của Thành phố Hồ Chí Minh",
  skipToContent: "Bỏ qua đến nội dung chính",
  mainNav: "Điều hướng chính",
  navProcedures: "Thủ tục hành chính",
  navLookup: "Tra cứu hồ sơ",
  navStatistics: "Thống kê",
  unreadNotifications: "thông báo chưa đọc",
  languageSwitch: "English",
  languageSwitchLabel: "Switch to English",
  footerContact: "Liên hệ",
  footerHotline: "Tổng đài hỗ trợ: 1022 (Thứ Hai – Thứ Sáu, 7:30–17:00)",
  footerAddress: "Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh",
  footerAccessibility: "Tuyên bố về khả năng tiếp cận",
  footerVerify: "Kiểm tra kết quả điện tử (văn bản có mã QR)",
  footerNote: "Cổng thử nghiệm. Dữ liệu mẫu phục vụ trình diễn.",
  pagination: { label: "Phân trang", prev: "Trang trước", next: "Trang sau" },
};

const en: typeof vi = {
  city: "Ho Chi Minh City",
  name: "Một Cửa Số",
  tagline: "Ho Chi Minh City online public services portal",
  skipToContent: "Skip to main content",
  mainNav: "Main navigation",
  navProcedures: "Administrative procedures",
  navLookup: "Track a dossier",
  navStatistics: "Statistics",
  unreadNotifications: "unread notifications",
  languageSwitch: "Tiếng Việt",
  languageSwitchLabel: "Chuyển sang tiếng Việt",
  footerContact: "Contact",
  footerHotline: "Helpline: 1022 (Monday – Friday, 7:30–17:00)",
  footerAddress: "Ho Chi Minh City Public Administration Service Centre",
  footerAccessibility: "Accessibility statement",
  footerVerify: "Verify an electronic result (a document with a QR code)",
  footerNote: "Trial portal. Sample data for demonstration.",
  pagination: { label: "Pagination", prev: "Previous page", next: "Next page" },
};

export const siteMessages = { vi, en };
