// Public lookups: a dossier by its code, a result by its number.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  result: {
    title: "Tra cứu kết quả giải quyết thủ tục hành chính",
    valid: "Kết quả hợp lệ: văn bản do cơ quan ký số, nội dung không bị thay đổi.",
    revoked: "Kết quả đã bị thu hồi lúc {at}; không còn giá trị.",
    replacedBy: "Văn bản thay thế (đính chính):",
    replaces: "Văn bản này đính chính, thay thế văn bản số:",
    formIntro:
      "Nhập số in trên văn bản (dạng <mã hồ sơ>-KQ1), hoặc quét mã QR in cạnh chữ ký. Trang cho biết văn bản có " +
      "do cơ quan ký số và ban hành, còn giá trị hay đã bị thu hồi. Tệp PDF cũng tự chứng minh: mở bằng phần mềm " +
      "đọc PDF có kiểm tra chữ ký số.",
    formCode: "Số kết quả",
    formCodeHint: "Ví dụ: 01.98.H29-261208-0001-KQ1",
    formBadCode: "Số kết quả chỉ gồm chữ, số, dấu chấm và gạch nối, như in trên văn bản.",
    formSubmit: "Kiểm tra",
    another: "Kiểm tra văn bản khác",
    formSummary: "Có lỗi cần sửa",
    invalid: "Không xác thực được chữ ký số hoặc nội dung văn bản đã bị thay đổi.",
    code: "Số kết quả",
    document: "Văn bản",
    dossier: "Mã hồ sơ",
    procedure: "Thủ tục",
    agency: "Cơ quan ban hành",
    signedBy: "Người ký duyệt",
    issued: "Ngày ban hành",
    applicant: "Cấp cho",
    partialName: "Để bảo vệ dữ liệu cá nhân, họ tên chỉ hiện một phần; hãy đối chiếu với họ tên trên văn bản.",
    limited: (minutes: number) =>
      `Địa chỉ mạng của bạn đã tra cứu kết quả quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
  },
  dossier: {
    title: "Tra cứu tình trạng hồ sơ",
    intro:
      "Không cần đăng nhập. Để bảo vệ thông tin của người nộp, hãy nhập thêm 4 chữ số cuối của số định danh " +
      "cá nhân hoặc số điện thoại đã khai trong hồ sơ.",
    code: "Mã hồ sơ",
    codeHint: "Như trên Giấy tiếp nhận hoặc thông báo, ví dụ 01.98.H29-261123-0001.",
    factor: "4 chữ số cuối của số định danh cá nhân hoặc số điện thoại",
    find: "Tra cứu",
    summary: "Chưa tra cứu được",
    result: "Hồ sơ {code}",
    status: "Trạng thái",
    procedure: "Thủ tục",
    agency: "Cơ quan giải quyết",
    submitted: "Nộp lúc",
    received: "Tiếp nhận lúc",
    due: "Hẹn trả kết quả",
    history: "Quá trình giải quyết",
    applicant: "Người nộp hồ sơ",
    system: "Hệ thống",
    forget: "Kết thúc tra cứu",
    privacy: "Trang này không hiển thị thông tin cá nhân của người nộp; tên cán bộ xử lý từng bước được công khai.",
  },
};

const en: typeof vi = {
  result: {
    title: "Verify an administrative result",
    valid: "Valid result: signed by the agency, its content unchanged.",
    revoked: "This result was revoked at {at}; it is no longer valid.",
    replacedBy: "Replaced (corrected) by:",
    replaces: "This document corrects and replaces:",
    formIntro:
      "Type the number printed on the document (<dossier code>-KQ1), or scan the QR code beside the signature. " +
      "The page says whether the agency signed and issued it, and whether it is in force or revoked. The PDF " +
      "also proves itself: open it in a reader that checks digital signatures.",
    formCode: "Result number",
    formCodeHint: "For example: 01.98.H29-261208-0001-KQ1",
    formBadCode: "A result number has only letters, digits, dots and hyphens, as printed on the document.",
    formSubmit: "Verify",
    another: "Verify another document",
    formSummary: "There is a problem",
    invalid: "The digital signature could not be verified, or the document was changed.",
    code: "Result number",
    document: "Document",
    dossier: "Dossier code",
    procedure: "Procedure",
    agency: "Issued by",
    signedBy: "Approved by",
    issued: "Issued",
    applicant: "Issued to",
    partialName: "To protect personal data, only part of the name is shown; compare it with the name on the document.",
    limited: (minutes: number) =>
      `Too many results have been verified from your network address. Please try again in ${minutes} ` +
      `minute${minutes === 1 ? "" : "s"}.`,
  },
  dossier: {
    title: "Track a dossier",
    intro:
      "No sign-in needed. To protect the applicant, also enter the last 4 digits of the ID number or phone " +
      "given in the dossier.",
    code: "Dossier code",
    codeHint: "As on the receipt or the notice, e.g. 01.98.H29-261123-0001.",
    factor: "Last 4 digits of the ID number or phone",
    find: "Look up",
    summary: "The lookup did not succeed",
    result: "Dossier {code}",
    status: "Status",
    procedure: "Procedure",
    agency: "Competent agency",
    submitted: "Submitted",
    received: "Received",
    due: "Result due",
    history: "What has happened",
    applicant: "The applicant",
    system: "The system",
    forget: "End the lookup",
    privacy:
      "This page shows no personal data of the applicant; the names of the officers who handled each step are public.",
  },
};

export const lookupMessages = { vi, en };
