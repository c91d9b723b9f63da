// Statistics: the public page and the leaders' dashboard.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  dashboard: {
      title: "Bảng điều hành chỉ số phục vụ người dân, doanh nghiệp", city: "Toàn thành phố", yourAgencies: "Các cơ quan bạn phụ trách", breadcrumb: "Vị trí trong bảng điều hành",
      readOnly: "Chế độ chỉ xem: vai trò thanh tra được xem mọi số liệu và hồ sơ nhưng không thao tác trên hồ sơ.",
      period: "Kỳ", from: "Từ ngày", to: "Đến ngày", show: "Xem", summary: "Chưa xem được số liệu", asOf: "Số liệu tính đến {time}.", pending: "Còn {n} thay đổi đang được cập nhật.",
      index: "Chỉ số phục vụ (Quyết định 766/QĐ-TTg)", total: "Tổng điểm", outOf: "{points}/100 điểm", notMeasured: "chưa đo được",
      group: "Nhóm chỉ số", indicator: "Chỉ tiêu", value: "Kết quả", target: "Mục tiêu", points: "Điểm",
      groups: { publicity: "Công khai, minh bạch", progress: "Tiến độ, kết quả giải quyết", digitisation: "Số hóa hồ sơ", online: "Cung cấp dịch vụ trực tuyến", satisfaction: "Mức độ hài lòng" },
      indicators: {
        publishedComplete: "Thủ tục công khai đầy đủ (căn cứ pháp lý, thành phần hồ sơ, quy trình)", feedbackAnsweredInTime: "Phản ánh, kiến nghị được trả lời đúng hạn",
        onTimeRate: "Hồ sơ giải quyết đúng hạn", digitisedShare: "Hồ sơ số hóa (có tệp đính kèm và kết quả điện tử)", reuseShare: "Dữ liệu được tái sử dụng",
        identityVerifiedShare: "Xác thực qua VNeID (Cơ sở dữ liệu quốc gia về dân cư)", onlineProcedures: "Thủ tục cung cấp trực tuyến toàn trình", onlineShare: "Hồ sơ nộp trực tuyến",
        onlinePaymentShare: "Thanh toán trực tuyến (trên hồ sơ có phí)", satisfaction: "Mức độ hài lòng (100% − tỷ lệ trễ hạn − tỷ lệ phản ánh, đánh giá không hài lòng)",
      } as Record<string, string>,
      trend: "Diễn biến 12 tháng: tỷ lệ đúng hạn", trendNote: "Mỗi tháng: tỷ lệ đúng hạn trên số hồ sơ đã giải quyết trong tháng; kèm số hồ sơ tiếp nhận.", trendOf: "{rate} đúng hạn ({d} đã giải quyết, {n} tiếp nhận)", trendNone: "chưa có hồ sơ giải quyết ({n} tiếp nhận)",
      byAgency: "Theo cơ quan", byProcedure: "Theo thủ tục", agencyCol: "Cơ quan", procedureCol: "Thủ tục", overdueNow: "Đang quá hạn",
      overdue: "Hồ sơ đang quá hạn ({n})", overdueNone: "Không có hồ sơ nào đang quá hạn.", code: "Mã hồ sơ", procedure: "Thủ tục", agency: "Cơ quan", step: "Bước", holder: "Người đang giữ hồ sơ", heldSince: "Giữ từ", due: "Hẹn trả", late: "Quá hạn",
      nobody: "Chưa có người nhận (trong hàng đợi của bước)", days: "{n} ngày làm việc", overduePages: "Phân trang hồ sơ quá hạn",
      consultations: "Lấy ý kiến quá hạn theo cơ quan được hỏi", consultationsNote: "Điểm nghẽn phối hợp: câu hỏi đã quá hạn trả lời mà chưa có ý kiến.", consultationsNone: "Không có yêu cầu lấy ý kiến nào quá hạn.",
      askedAgency: "Cơ quan được hỏi", consultationsCount: "Số yêu cầu quá hạn", oldest: "Quá hạn lâu nhất từ",
    },
  public: {
      title: "Thống kê giải quyết thủ tục hành chính",
      intro: "Số liệu của các cơ quan Thành phố Hồ Chí Minh, cập nhật ngay khi hồ sơ thay đổi, tính theo Quyết định 766/QĐ-TTg. Không có thông tin cá nhân.",
      filters: "Chọn kỳ và phạm vi", from: "Từ ngày", to: "Đến ngày", agency: "Cơ quan", field: "Lĩnh vực", procedure: "Thủ tục", by: "Xem theo", all: "Tất cả", show: "Xem số liệu", clear: "Năm nay",
      groupings: { agency: "Cơ quan", field: "Lĩnh vực", procedure: "Thủ tục" }, summary: "Chưa xem được số liệu",
      period: "Kỳ: {from} – {to}", asOf: "Số liệu tính đến {time}.", pending: "Còn {n} thay đổi đang được cập nhật.",
      tiles: "Tổng quan", received: "Hồ sơ tiếp nhận", decided: "Hồ sơ đã giải quyết", onTime: "Giải quyết đúng hạn", online: "Nộp trực tuyến", paidOnline: "Thanh toán trực tuyến (trên hồ sơ có phí)", days: "Thời gian xử lý trung bình", daysUnit: "ngày làm việc", satisfaction: "Mức độ hài lòng",
      chartOnTime: "Tỷ lệ giải quyết đúng hạn theo {by}", chartOnTimeNote: "Trên số hồ sơ đã giải quyết trong kỳ; thời gian chờ người nộp bổ sung, nộp tiền không tính; hồ sơ phải bổ sung quá một lần tính là trễ hạn.",
      chartVolume: "Số hồ sơ tiếp nhận theo {by}", chartVolumeNote: "Độ dài cột so với {by} có nhiều hồ sơ nhất; kèm tỷ lệ nộp trực tuyến.",
      onTimeOf: "{rate} ({n}/{d} hồ sơ)", volumeOf: "{n} hồ sơ, {online} trực tuyến", table: "Số liệu chi tiết theo {by}", noneDecided: "Chưa có hồ sơ nào được giải quyết trong kỳ.", none: "Chưa có hồ sơ nào trong kỳ này với phạm vi đã chọn.",
      openData: "Dữ liệu mở", openDataText: "Cùng số liệu, cho máy đọc:", json: "JSON", csv: "Tải CSV", openapi: "Mô tả API (OpenAPI)",
    },
  total: "Tổng cộng",
};

const en: typeof vi = {
  dashboard: {
      title: "Service performance dashboard", city: "The whole city", yourAgencies: "Your agencies", breadcrumb: "Where you are in the dashboard",
      readOnly: "Read only: inspectors see every figure and dossier but do not act on dossiers.",
      period: "Period", from: "From", to: "To", show: "Show", summary: "The figures could not be shown", asOf: "Figures as of {time}.", pending: "{n} changes are still being counted.",
      index: "Service index (Decision 766/QĐ-TTg)", total: "Total", outOf: "{points}/100 points", notMeasured: "not measured yet",
      group: "Group", indicator: "Indicator", value: "Result", target: "Target", points: "Points",
      groups: { publicity: "Publicity and transparency", progress: "Progress and results", digitisation: "Digitisation", online: "Online services", satisfaction: "Satisfaction" },
      indicators: {
        publishedComplete: "Procedures published in full (legal basis, documents, steps)", feedbackAnsweredInTime: "Complaints answered within their deadline",
        onTimeRate: "Dossiers decided on time", digitisedShare: "Digitised dossiers (files attached and an e-result)", reuseShare: "Data reused",
        identityVerifiedShare: "Identity verified through VNeID (population database)", onlineProcedures: "Procedures offered fully online", onlineShare: "Dossiers filed online",
        onlinePaymentShare: "Paid online (of dossiers with a fee)", satisfaction: "Satisfaction (100% − overdue rate − complaint or negative rating rate)",
      } as Record<string, string>,
      trend: "12-month trend: on-time rate", trendNote: "Each month: the on-time rate of the dossiers decided that month, with the dossiers submitted.", trendOf: "{rate} on time ({d} decided, {n} submitted)", trendNone: "none decided yet ({n} submitted)",
      byAgency: "By agency", byProcedure: "By procedure", agencyCol: "Agency", procedureCol: "Procedure", overdueNow: "Overdue now",
      overdue: "Overdue dossiers ({n})", overdueNone: "No dossier is overdue.", code: "Dossier", procedure: "Procedure", agency: "Agency", step: "Step", holder: "Held by", heldSince: "Held since", due: "Due", late: "Overdue by",
      nobody: "Nobody yet (in the step's queue)", days: "{n} working days", overduePages: "Pages of overdue dossiers",
      consultations: "Overdue consultations by the agency asked", consultationsNote: "The coordination bottleneck: questions past their deadline without an answer.", consultationsNone: "No consultation is overdue.",
      askedAgency: "Agency asked", consultationsCount: "Overdue questions", oldest: "Oldest due",
    },
  public: {
      title: "How administrative procedures are served",
      intro: "Figures of the agencies of Ho Chi Minh City, updated as soon as dossiers change, computed as Decision 766/QĐ-TTg sets out. No personal data.",
      filters: "Choose a period and scope", from: "From", to: "To", agency: "Agency", field: "Field", procedure: "Procedure", by: "Group by", all: "All", show: "Show figures", clear: "This year",
      groupings: { agency: "Agency", field: "Field", procedure: "Procedure" }, summary: "The figures could not be shown",
      period: "Period: {from} – {to}", asOf: "Figures as of {time}.", pending: "{n} changes are still being counted.",
      tiles: "Overview", received: "Dossiers submitted", decided: "Dossiers decided", onTime: "Decided on time", online: "Filed online", paidOnline: "Paid online (of dossiers with a fee)", days: "Average processing time", daysUnit: "working days", satisfaction: "Satisfaction",
      chartOnTime: "On-time rate by {by}", chartOnTimeNote: "Of the dossiers decided in the period; time waiting for the applicant is excluded; a dossier asked to supplement more than once counts as late.",
      chartVolume: "Dossiers submitted by {by}", chartVolumeNote: "Bars relative to the {by} with the most dossiers; with the share filed online.",
      onTimeOf: "{rate} ({n}/{d} dossiers)", volumeOf: "{n} dossiers, {online} online", table: "Detailed figures by {by}", noneDecided: "No dossier was decided in the period yet.", none: "No dossiers in this period and scope yet.",
      openData: "Open data", openDataText: "The same figures, for machines:", json: "JSON", csv: "Download CSV", openapi: "API description (OpenAPI)",
    },
  total: "Total",
};

export const statisticsMessages = { vi, en };
