// Administration: e-forms.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  formEditor: {
    json: "Định nghĩa biểu mẫu (JSON)",
    jsonHint: "Mỗi trường có mã ổn định; giữ nguyên mã để câu trả lời của bản nháp cũ không bị mất.",
    effective: "Có hiệu lực từ ngày",
    publish: "Phát hành phiên bản mới",
    valid: "Định nghĩa hợp lệ.",
    problems: "Định nghĩa chưa hợp lệ ({n} lỗi)",
    server: "Chưa phát hành được ({n} lỗi)",
    preview: "Xem trước",
    page: "Trang {i}",
    conditional: "Chỉ hiện khi có điều kiện",
    needsJs: "Trình soạn thảo cần JavaScript để kiểm tra và xem trước.",
  },
  formPage: {
    title: "Sửa biểu mẫu điện tử",
    current: "Đang sửa từ phiên bản {v} (hiệu lực từ {d}).",
    published:
      "Đã phát hành phiên bản {v}. Hồ sơ mới nộp từ ngày hiệu lực dùng biểu mẫu này; hồ sơ đã nộp giữ phiên bản cũ.",
    back: "Danh sách biểu mẫu",
  },
  forms: {
    title: "Biểu mẫu điện tử của thủ tục",
    intro:
      "Sửa biểu mẫu tạo một phiên bản mới của thủ tục, có hiệu lực từ ngày bạn chọn; hồ sơ đã nộp giữ phiên " +
      "bản lúc nộp.",
    version: "Phiên bản {v}, hiệu lực từ {d}",
    edit: "Sửa biểu mẫu",
  },
};

const en: typeof vi = {
  formEditor: {
    json: "Form definition (JSON)",
    jsonHint: "Every field has a stable id; keep ids unchanged so answers in older drafts are not lost.",
    effective: "In force from",
    publish: "Publish a new version",
    valid: "The definition is valid.",
    problems: "The definition is not valid ({n} problems)",
    server: "Not published ({n} problems)",
    preview: "Preview",
    page: "Page {i}",
    conditional: "Shown only under a condition",
    needsJs: "The editor needs JavaScript to check and preview.",
  },
  formPage: {
    title: "Edit the e-form",
    current: "Editing from version {v} (in force from {d}).",
    published:
      "Version {v} published. Dossiers filed from its effective date use this form; dossiers already filed " +
      "keep their version.",
    back: "All forms",
  },
  forms: {
    title: "Procedures' e-forms",
    intro:
      "Editing a form makes a new version of the procedure, in force from the date you choose; dossiers keep " +
      "the version they were filed on.",
    version: "Version {v}, in force from {d}",
    edit: "Edit the form",
  },
};

export const adminMessages = { vi, en };
