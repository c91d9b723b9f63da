// The page for an unexpected error.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  title: "Đã có lỗi xảy ra",
  body: "Hệ thống chưa xử lý được yêu cầu của bạn. Vui lòng thử lại sau ít phút.",
  reference: "Mã tham chiếu",
  retry: "Thử lại",
  noAccess: {
    title: "Bạn không có quyền thực hiện thao tác này",
    body:
      "Thao tác bạn vừa gửi không được thực hiện và không có gì thay đổi. Có thể quyền của bạn vừa thay đổi (ví " +
      "dụ ủy quyền đã bị thu hồi), hoặc hồ sơ đang do người khác xử lý.",
    home: "Về trang chủ",
    account: "Về trang tài khoản",
  },
  invalidField: "Thông tin này chưa hợp lệ; hãy kiểm tra lại.",
  actionFailed:
    "Hệ thống chưa thực hiện được thao tác này và không có gì thay đổi; những gì bạn đã nhập vẫn được giữ. " +
    "Vui lòng thử lại sau ít phút. Mã tham chiếu: {reference}.",
};

const en: typeof vi = {
  title: "Something went wrong",
  body: "We could not process your request. Please try again in a few minutes.",
  reference: "Reference",
  retry: "Try again",
  noAccess: {
    title: "You may not do this",
    body:
      "What you just sent was not done and nothing changed. Your rights may have just changed (a mandate " +
      "revoked, for instance), or someone else is handling the dossier.",
    home: "Go to the home page",
    account: "Go to your account",
  },
  invalidField: "This is not valid; please check it.",
  actionFailed:
    "We could not do this and nothing changed; what you typed is kept. Please try again in a few minutes. " +
    "Reference: {reference}.",
};

export const errorMessages = { vi, en };
