// A dossier as its applicant follows it: receipt, clock, fees, supplements, signature, rating, withdrawal.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  rating: {
      title: "Đánh giá mức độ hài lòng", intro: "Cho biết bạn hài lòng thế nào với việc giải quyết hồ sơ này. Đánh giá giúp Thành phố cải thiện dịch vụ.", comment: "Ý kiến thêm (không bắt buộc)", send: "Gửi đánh giá",
      thanks: "Cảm ơn bạn đã đánh giá.", summary: "Có lỗi cần sửa", feedback: "Gửi phản ánh, kiến nghị về hồ sơ này",
    },
  withdraw: { title: "Rút hồ sơ", intro: "Bạn có thể rút hồ sơ trước khi cơ quan ra quyết định. Hồ sơ đã rút không thể tiếp tục giải quyết.", reason: "Lý do (không bắt buộc)", confirm: "Tôi xác nhận rút hồ sơ này", send: "Rút hồ sơ" },
  signature: {
      title: "Chữ ký số của tờ khai", signer: "Người ký", at: "Thời điểm ký", hash: "Mã băm SHA-256",
      valid: "Chữ ký hợp lệ: dữ liệu hồ sơ không thay đổi kể từ khi ký.", changed: "Dữ liệu hồ sơ đã thay đổi sau khi ký: chữ ký không còn khớp với nội dung.",
      invalid: "Chữ ký không hợp lệ: chứng thư số không do tổ chức cung cấp dịch vụ tin cậy cấp, hoặc chữ ký không khớp.", unavailable: "Chưa kiểm tra được chữ ký lúc này (không kết nối được dịch vụ ký số).",
    },
  supplementAnswer: { title: "Cơ quan đề nghị bổ sung hồ sơ", asked: "{officer} (điện thoại {phone}) đề nghị lúc {at}:", upload: "Tải lên {name} (PDF, JPEG, PNG; tối đa 10 MB)", send: "Gửi bổ sung", summary: "Có lỗi cần sửa", note: "Ghi chú của cán bộ" },
  fees: {
      title: "Phí, lệ phí", due: "Hồ sơ đang chờ nộp phí (trạng thái 6). Hồ sơ được chuyển đến cơ quan giải quyết ngay sau khi bạn thanh toán; bạn có thể thanh toán sau, từ trang này hoặc trang tài khoản.",
      dueProcessing: "Cơ quan yêu cầu thực hiện nghĩa vụ tài chính (trạng thái 6). Hồ sơ tiếp tục được xử lý ngay khi bạn thanh toán khoản còn thiếu.",
      pay: "Thanh toán trực tuyến", total: "Tổng cộng", paid: "Đã nộp {amount} – biên lai số {receipt}.", receipt: "Tải biên lai (PDF)",
      outcomes: { paid: "Thanh toán thành công.", failed: "Giao dịch không thành công. Bạn chưa bị trừ tiền; hãy thử lại.", cancelled: "Bạn đã hủy giao dịch. Hồ sơ vẫn chờ nộp phí.", "nothing-due": "Hồ sơ không còn khoản phí nào chờ nộp." },
    },
  receipt: { title: "Đã nộp hồ sơ", dossierTitle: "Hồ sơ của bạn", code: "Mã hồ sơ", next: "Tiếp theo", nextBody: "Bộ phận một cửa của {agency} sẽ kiểm tra hồ sơ. Khi hồ sơ được tiếp nhận, bạn nhận Giấy tiếp nhận hồ sơ và hẹn trả kết quả; thời hạn giải quyết bắt đầu tính từ lúc đó: {limit}.", status: "Trạng thái", reuse: "{reused} trong {total} thông tin được lấy từ dữ liệu nhà nước đã có, bạn không phải nhập lại.", account: "Về trang tài khoản", copy: "Tải bản sao hồ sơ đã nộp (PDF)", received: "Hồ sơ được tiếp nhận lúc {at}. Hẹn trả kết quả: {due}.", slips: "Phiếu của hồ sơ", access: "Ai đã xem dữ liệu cá nhân của tôi", noAccess: "Chưa có cán bộ nào mở hồ sơ này.", accessOnce: "lúc {last}", accessTimes: "{n} lần, từ {first} đến {last}", supplementSent: "Đã gửi bổ sung. Cơ quan tiếp tục xem xét hồ sơ.", results: "Kết quả giải quyết", verify: "kiểm tra tính hợp lệ", history: "Quá trình giải quyết", controlSlip: "Tải Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)", holder: "Người đang xử lý: {name} ({step}).", delivery: "Kết quả đã được gửi qua bưu chính đến: {address}.", tracking: "Số vận đơn: {number}.", documents: "Giấy tờ đã nộp", messages: "Thông báo về hồ sơ", noMessages: "Chưa có thông báo nào về hồ sơ này." },
  clock: {
      label: "Thời hạn giải quyết đã dùng", used: "Đã dùng {used}/{allowed} ngày làm việc, còn {left} ngày.",
      paused: "Đang tạm dừng: hồ sơ chờ bạn bổ sung hoặc nộp tiền; thời gian chờ không tính vào thời hạn.",
      pausedStaff: "Đang tạm dừng: hồ sơ chờ người nộp bổ sung hoặc nộp tiền; thời gian chờ không tính vào thời hạn.",
      overdue: "Quá hạn {days} ngày làm việc.", reappointed: "Cơ quan đã xin lỗi và hẹn lại ngày trả kết quả.",
    },
  timeLimitLine: { limit: "Thời hạn giải quyết: {limit}. Thời hạn bắt đầu khi cơ quan tiếp nhận hồ sơ." },
  timing: { EARLY: "xong trước hạn", ON_TIME: "đúng hạn", LATE: "trễ hạn" },
};

const en: typeof vi = {
  rating: {
      title: "Rate the service", intro: "Tell us how satisfied you are with how this dossier was handled. Ratings help the city improve.", comment: "Anything to add (optional)", send: "Send the rating",
      thanks: "Thank you for your rating.", summary: "There is a problem", feedback: "Send a complaint or feedback about this dossier",
    },
  withdraw: { title: "Withdraw the dossier", intro: "You may withdraw the dossier before the agency decides. A withdrawn dossier cannot be taken up again.", reason: "Reason (optional)", confirm: "I confirm I withdraw this dossier", send: "Withdraw" },
  signature: {
      title: "Digital signature of the form", signer: "Signer", at: "Signed at", hash: "SHA-256 hash",
      valid: "Valid signature: the dossier's data has not changed since it was signed.", changed: "The dossier's data changed after signing: the signature no longer matches it.",
      invalid: "Invalid signature: the certificate is not from the trusted provider, or the signature does not match.", unavailable: "The signature cannot be checked right now (the signing service cannot be reached).",
    },
  supplementAnswer: { title: "The agency asks you to supplement the dossier", asked: "{officer} (phone {phone}) asked at {at}:", upload: "Upload {name} (PDF, JPEG, PNG; up to 10 MB)", send: "Send the supplements", summary: "There is a problem", note: "The officer's note" },
  fees: {
      title: "Fees", due: "The dossier is waiting for payment (status 6). It goes to the competent agency as soon as you pay; you can pay later, from this page or your account page.",
      dueProcessing: "The agency has asked for a payment (status 6). Processing resumes as soon as you pay what is outstanding.",
      pay: "Pay online", total: "Total", paid: "{amount} paid – receipt {receipt}.", receipt: "Download the receipt (PDF)",
      outcomes: { paid: "Payment successful.", failed: "The payment failed. Nothing was charged; please try again.", cancelled: "You cancelled the payment. The dossier still waits for it.", "nothing-due": "No fee is waiting to be paid for this dossier." },
    },
  receipt: { title: "Dossier submitted", dossierTitle: "Your dossier", code: "Dossier code", next: "What happens next", nextBody: "The one-stop counter of {agency} will check the dossier. When it is received you get a receipt with the appointment date; the time limit runs from then: {limit}.", status: "Status", reuse: "{reused} of {total} answers came from data the state already holds, so you did not type them.", account: "Go to your account", copy: "Download a copy of your submission (PDF)", received: "The dossier was received at {at}. Result due: {due}.", slips: "Slips of the dossier", access: "Who has seen my personal data", noAccess: "No official has opened this dossier yet.", accessOnce: "at {last}", accessTimes: "{n} times, from {first} to {last}", supplementSent: "Supplements sent. The agency continues with the dossier.", results: "Results", verify: "verify", history: "What has happened", controlSlip: "Download the control slip (form 05)", holder: "Being handled by {name} ({step}).", delivery: "The result was sent by post to: {address}.", tracking: "Tracking number: {number}.", documents: "Documents submitted", messages: "Messages about the dossier", noMessages: "No messages about this dossier yet." },
  clock: {
      label: "Time limit used", used: "{used} of {allowed} working days used, {left} left.",
      paused: "Paused: the dossier waits for your supplement or payment; waiting does not count against the time limit.",
      pausedStaff: "Paused: the dossier waits for the applicant's supplement or payment; waiting does not count against the time limit.",
      overdue: "Overdue by {days} working days.", reappointed: "The agency apologised and set a new date for the result.",
    },
  timeLimitLine: { limit: "Time limit: {limit}. It starts when the agency receives the dossier." },
  timing: { EARLY: "finished early", ON_TIME: "on time", LATE: "late" },
};

export const dossierMessages = { vi, en };
