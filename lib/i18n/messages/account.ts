// The applicant's own pages: account, organisation, data store, complaints.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  dossierSections: {
      notifications: "Thông báo", unread: "{n} thông báo chưa đọc", markRead: "Đánh dấu tất cả là đã đọc", none: "Chưa có thông báo.", isNew: "Mới",
      dossiers: "Hồ sơ của tôi", empty: "Bạn chưa nộp hồ sơ nào.", pay: "Nộp phí", view: "Xem hồ sơ", pages: "Phân trang hồ sơ",
      waiting: "Đang chờ bạn (bổ sung, nộp tiền)", submitted: "Nộp lúc", due: "Hẹn trả kết quả:",
    },
  complaints: {
      title: "Phản ánh, kiến nghị", intro: "Gửi phản ánh, kiến nghị về một hồ sơ của bạn hoặc về việc giải quyết thủ tục hành chính nói chung. Cơ quan trả lời trong {days} ngày làm việc; câu trả lời hiện ở đây và được gửi đến bạn.",
      about: "Về hồ sơ {code} – gửi đến {agency}", agency: "Cơ quan nhận phản ánh", choose: "Chọn cơ quan", subject: "Tiêu đề", body: "Nội dung phản ánh, kiến nghị", send: "Gửi phản ánh", summary: "Có lỗi cần sửa",
      sent: "Đã gửi phản ánh. Cơ quan sẽ trả lời trong thời hạn.", mine: "Phản ánh của tôi", none: "Bạn chưa gửi phản ánh nào.", due: "Hạn trả lời", waiting: "Đang chờ trả lời", answered: "Trả lời lúc {at}", late: "(quá hạn)", dossier: "Hồ sơ",
    },
  dataStore: { title: "Kho dữ liệu của tôi", intro: "Giấy tờ bạn đã nộp được lưu tại đây và có thể dùng lại cho hồ sơ sau mà không cần tải lên lần nữa.", empty: "Chưa có giấy tờ nào.", name: "Giấy tờ", size: "Dung lượng", used: "Đã dùng cho hồ sơ", none: "Chưa dùng", download: "Tải về" },
  organisation: {
      title: "Hồ sơ của {name}", notActing: "Bạn đang không đại diện cho tổ chức nào.", chooseOrganisation: "Chọn tổ chức bạn đại diện ở trang tài khoản",
      intro: "Mọi hồ sơ nộp cho tổ chức, do người đại diện theo pháp luật hoặc người được ủy quyền nộp.", mandates: "Quản lý người được ủy quyền (trang tài khoản)",
      filters: "Lọc hồ sơ", standing: "Tình trạng", standings: { waiting: "Đang chờ tổ chức (bổ sung, nộp tiền)", running: "Đang giải quyết", finished: "Đã kết thúc" },
      filer: "Người nộp", procedure: "Thủ tục", q: "Mã hồ sơ", all: "Tất cả", apply: "Lọc", clear: "Bỏ lọc", count: "{n} hồ sơ", none: "Không có hồ sơ nào khớp bộ lọc.",
      filedBy: "Người nộp:", submitted: "Nộp lúc", due: "Hẹn trả kết quả:", view: "Xem hồ sơ", pages: "Phân trang hồ sơ của tổ chức",
    },
  links: { dataStore: "Kho dữ liệu của tôi (giấy tờ đã nộp)", complaints: "Phản ánh, kiến nghị của tôi", export: "Tải về toàn bộ dữ liệu của tôi (tệp JSON)" },
};

const en: typeof vi = {
  dossierSections: {
      notifications: "Notifications", unread: "{n} unread", markRead: "Mark all as read", none: "No notifications yet.", isNew: "New",
      dossiers: "My dossiers", empty: "You have not filed a dossier yet.", pay: "Pay the fee", view: "View the dossier", pages: "Dossier pages",
      waiting: "Waiting for you (supplements, payments)", submitted: "Submitted", due: "Result due:",
    },
  complaints: {
      title: "Complaints and feedback", intro: "Write about one of your dossiers or about how administrative procedures are handled. The agency answers within {days} working days; the answer appears here and is sent to you.",
      about: "About dossier {code} – to {agency}", agency: "Agency", choose: "Choose an agency", subject: "Subject", body: "Your complaint or feedback", send: "Send", summary: "There is a problem",
      sent: "Sent. The agency will answer within the time limit.", mine: "My complaints and feedback", none: "You have not sent any.", due: "Answer due", waiting: "Waiting for the answer", answered: "Answered at {at}", late: "(overdue)", dossier: "Dossier",
    },
  dataStore: { title: "My data store", intro: "Documents you filed are kept here and can be reused for later dossiers without uploading them again.", empty: "No documents yet.", name: "Document", size: "Size", used: "Used for dossiers", none: "Not used yet", download: "Download" },
  organisation: {
      title: "Dossiers of {name}", notActing: "You are not acting for an organisation.", chooseOrganisation: "Choose the organisation you represent on your account page",
      intro: "Every dossier filed for the organisation, by its legal representative or by a person holding its mandate.", mandates: "Manage mandates (account page)",
      filters: "Filter dossiers", standing: "Standing", standings: { waiting: "Waiting for the organisation (supplements, payments)", running: "Being handled", finished: "Finished" },
      filer: "Filed by", procedure: "Procedure", q: "Dossier code", all: "All", apply: "Filter", clear: "Clear filters", count: "{n} dossiers", none: "No dossier matches the filters.",
      filedBy: "Filed by:", submitted: "Submitted", due: "Result due:", view: "View the dossier", pages: "Pages of the organisation's dossiers",
    },
  links: { dataStore: "My data store (documents filed)", complaints: "My complaints and feedback", export: "Download all my data (JSON file)" },
};

export const accountMessages = { vi, en };
