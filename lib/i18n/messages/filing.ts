// Filing a dossier: the e-form's pages, the check of answers, signing.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  submit: { submit: "Nộp hồ sơ" },
  checkAnswers: {
    problem: "Hồ sơ chưa nộp được. Hãy sửa các thông tin được đánh dấu rồi nộp lại.",
    forbidden:
      "Hồ sơ chưa được nộp: bạn không còn quyền nộp bản nháp này cho tổ chức đã chọn khi lập nó (ủy quyền đã " +
      "bị thu hồi, hoặc bạn đang thực hiện với tư cách khác).",
    locked: "Thông tin định danh khác với dữ liệu từ VNeID; hãy đăng nhập lại rồi nộp.",
    signature: "Hồ sơ cần được ký số trước khi nộp; nội dung đã thay đổi sau khi ký hoặc chưa được ký.",
    limited:
      "Hồ sơ chưa nộp được: bạn đã nộp nhiều hồ sơ trong thời gian ngắn. Bản nháp vẫn được giữ; vui lòng nộp " +
      "lại sau {minutes} phút.",
    title: "Kiểm tra thông tin trước khi nộp",
    change: "Sửa",
    lockedValue:
      "Không sửa được tại đây. Thông tin sai được điều chỉnh trong Cơ sở dữ liệu quốc gia về dân cư (qua ứng " +
      "dụng VNeID hoặc Công an cấp xã).",
    deadline: "Thời hạn giải quyết, tính từ khi hồ sơ được tiếp nhận",
    source: "Từ Cơ sở dữ liệu quốc gia về dân cư",
    sourceBusiness: "Từ Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp",
    lockedBusiness:
      "Không sửa được tại đây. Thông tin sai được điều chỉnh tại cơ quan đăng ký kinh doanh, trong Cơ sở dữ " +
      "liệu quốc gia về đăng ký doanh nghiệp.",
    fees: "Phí, lệ phí khi nộp trực tuyến",
    free: "Không phải nộp phí, lệ phí khi nộp trực tuyến.",
    total: "Tổng cộng",
    payAfter:
      "Sau khi nộp, bạn thanh toán trực tuyến; hồ sơ được chuyển đến cơ quan giải quyết ngay khi thanh toán xong.",
    signNote: "Thủ tục này yêu cầu ký số tờ khai. Bạn sẽ xem lại nội dung được ký và xác nhận bằng mã OTP.",
    sign: "Ký số và nộp hồ sơ",
  },
  draftPage: {
    actingSelf: "Bạn đang nộp hồ sơ cho bản thân.",
    actingOrg: "Bạn đang nộp hồ sơ cho: {org}.",
    step: "Bước {i} / {n}",
    back: "Quay lại",
    next: "Lưu và tiếp tục",
    summary: "Có lỗi cần sửa",
    filled: "Đã lấy thông tin từ {database}. Vui lòng kiểm tra rồi bấm “Lưu và tiếp tục”.",
    unavailable:
      "Chưa kết nối được Cơ sở dữ liệu quốc gia. Bạn có thể tự nhập thông tin; thông tin tự nhập sẽ được cán " +
      "bộ kiểm tra.",
    notConfirmed:
      "Cơ sở dữ liệu quốc gia về dân cư chưa xác nhận được người có số định danh này là người thân của bạn " +
      "như mục này ghi, nên không tự điền thông tin của họ. Vui lòng tự nhập họ tên và các thông tin còn lại; " +
      "cán bộ sẽ kiểm tra.",
    limited:
      "Bạn đã tra cứu số định danh của người khác nhiều lần trong một giờ. Vui lòng tự nhập thông tin, hoặc " +
      "thử tra cứu lại sau.",
    saved: "Bản nháp được lưu sau mỗi bước; bạn có thể tiếp tục trên thiết bị khác.",
    autosaved: "Đã tự động lưu bản nháp lúc {time}.",
    autosaveFailed: "Chưa tự động lưu được; nội dung sẽ được lưu khi bạn bấm “Lưu và tiếp tục”.",
    autosaveStopped:
      "Bản nháp đã được lưu từ một trang khác (thẻ hoặc thiết bị khác) sau khi trang này được mở, nên trang " +
      "này không tự động lưu nữa để không ghi đè. Nội dung trang này sẽ được lưu khi bạn bấm “Lưu và tiếp " +
      "tục”.",
    uploading: "Đang tải lên {name}",
    uploaded: "Đã tải lên: {name}",
    filledNow: "Đã điền {n} thông tin từ {database}: {labels}.",
  },
  signing: {
    title: "Ký số tờ khai",
    intro:
      "Bạn sắp ký số nội dung dưới đây. Chữ ký được lưu cùng hồ sơ; bất kỳ ai được xem hồ sơ đều kiểm tra " +
      "được dữ liệu không bị thay đổi sau khi ký.",
    signer: "Người ký",
    person: "Cá nhân",
    organisation: "Tổ chức",
    hash: "Mã băm SHA-256 của nội dung được ký",
    content: "Nội dung được ký",
    send: "Gửi mã xác nhận đến điện thoại",
    otp: "Mã xác nhận (OTP)",
    otpHint: "Mã gồm 6 chữ số, gửi đến ứng dụng ký số trên điện thoại của người ký; có hiệu lực 5 phút.",
    confirm: "Xác nhận ký và nộp hồ sơ",
    resend: "Gửi lại mã",
    demo: "Bản mô phỏng: dịch vụ ký số không gửi tin nhắn thật. Mã xác nhận là",
    back: "Quay lại kiểm tra thông tin",
    summary: "Có lỗi cần sửa",
    problems: {
      otp: "Mã xác nhận không đúng. Hãy kiểm tra rồi nhập lại.",
      expired: "Yêu cầu ký đã hết hạn hoặc đã bị hủy. Hãy gửi lại mã.",
      unavailable: "Chưa kết nối được dịch vụ ký số. Vui lòng thử lại sau ít phút.",
      limited: "Bạn đã nhập sai mã xác nhận nhiều lần. Vui lòng thử lại sau {minutes} phút.",
    },
  },
  start: { resume: "Tiếp tục bản nháp lưu lúc", startNew: "Bắt đầu nộp hồ sơ mới" },
  field: {
    optional: " (không bắt buộc)",
    locked: " – không sửa được",
    choose: "– Chọn –",
    row: "Dòng {n}",
    removeRow: "Xóa dòng {n}",
    addRow: "Thêm dòng",
  },
};

const en: typeof vi = {
  submit: { submit: "Submit the dossier" },
  checkAnswers: {
    problem: "The dossier was not submitted. Correct the marked answers and submit again.",
    forbidden:
      "Nothing was filed: you may no longer file this draft for the organisation it was started for (the " +
      "mandate was revoked, or you are acting in another capacity).",
    locked: "Identity data differs from what VNeID provided; sign in again, then submit.",
    signature: "The dossier must be signed before it is submitted; it was not signed, or it changed after signing.",
    limited:
      "The dossier was not submitted: you have submitted many dossiers in a short while. Your draft is kept; " +
      "please submit again in {minutes} minutes.",
    title: "Check your answers before submitting",
    change: "Change",
    lockedValue:
      "Cannot be changed here. A wrong value is corrected in the national population database (through the " +
      "VNeID app or the ward police).",
    deadline: "Time limit, counted from reception",
    source: "From the national population database",
    sourceBusiness: "From the national business registration database",
    lockedBusiness:
      "Cannot be changed here. A wrong value is corrected by the business registration office, in the " +
      "national business registration database.",
    fees: "Fees for filing online",
    free: "No fee is due for filing online.",
    total: "Total",
    payAfter: "After submitting you pay online; the dossier goes to the competent agency as soon as it is paid.",
    signNote:
      "This procedure asks you to sign the form digitally. You will see what is signed and confirm with a " +
      "one-time code.",
    sign: "Sign and submit",
  },
  draftPage: {
    actingSelf: "You are filing for yourself.",
    actingOrg: "You are filing for: {org}.",
    step: "Step {i} of {n}",
    back: "Back",
    next: "Save and continue",
    summary: "There is a problem",
    filled: "Details were taken from the {database}. Check them, then choose “Save and continue”.",
    unavailable:
      "The national database could not be reached. You can type the details; typed details will be checked by staff.",
    notConfirmed:
      "The national population database could not confirm that the person with this ID number is related to " +
      "you as this field says, so their details were not filled in. Type their name and the other details; " +
      "staff will check them.",
    limited:
      "You have looked up other people's ID numbers many times this hour. Type the details yourself, or try " +
      "the lookup again later.",
    saved: "Your draft is saved at every step; you can continue on another device.",
    autosaved: "Draft saved automatically at {time}.",
    autosaveFailed: "The draft could not be saved automatically; it will be saved when you choose “Save and continue”.",
    autosaveStopped:
      "The draft was saved from another page (another tab or device) after this one was opened, so this page " +
      "no longer saves itself, not to write over that. This page's answers are saved when you choose “Save " +
      "and continue”.",
    uploading: "Uploading {name}",
    uploaded: "Uploaded: {name}",
    filledNow: "{n} details were filled in from the {database}: {labels}.",
  },
  signing: {
    title: "Sign the form",
    intro:
      "You are about to sign the content below. The signature is kept with the dossier; anyone allowed to see " +
      "the dossier can check the data has not changed since it was signed.",
    signer: "Signer",
    person: "Person",
    organisation: "Organisation",
    hash: "SHA-256 hash of the signed content",
    content: "Content being signed",
    send: "Send a code to my phone",
    otp: "Confirmation code (OTP)",
    otpHint: "Six digits, sent to the signer's signing app; valid for 5 minutes.",
    confirm: "Sign and submit",
    resend: "Send a new code",
    demo: "Demo: the signing service sends no real message. The code is",
    back: "Back to checking your answers",
    summary: "There is a problem",
    problems: {
      otp: "The code is not correct. Check it and enter it again.",
      expired: "The signing request expired or was cancelled. Send a new code.",
      unavailable: "The signing service cannot be reached. Please try again in a few minutes.",
      limited: "You have entered a wrong code several times. Please try again in {minutes} minutes.",
    },
  },
  start: { resume: "Continue the draft saved at", startNew: "Start a new dossier" },
  field: {
    optional: " (optional)",
    locked: " – cannot be changed",
    choose: "– Choose –",
    row: "Row {n}",
    removeRow: "Remove row {n}",
    addRow: "Add a row",
  },
};

export const filingMessages = { vi, en };
