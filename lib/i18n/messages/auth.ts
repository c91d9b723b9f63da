// Signing in, the account and the registries' checks.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  navAccount: "Tài khoản",
  signInTitle: "Đăng nhập",
  signInIntro:
    "Dùng tài khoản định danh điện tử VNeID để nộp và theo dõi hồ sơ. Cổng dịch vụ công không biết và không " +
    "lưu mật khẩu của bạn.",
  signInButton: "Đăng nhập bằng VNeID",
  identityProviderUnavailable:
    "Chưa kết nối được với VNeID: hệ thống định danh điện tử đang gián đoạn. Vui lòng thử lại sau ít phút. " +
    "Trong lúc chờ, bạn vẫn xem được thủ tục và tra cứu hồ sơ bằng mã hồ sơ.",
  signInFailed: "Đăng nhập chưa thành công hoặc đã bị hủy. Vui lòng thử lại.",
  signInIncomplete:
    "Đăng nhập chưa hoàn tất: Cổng chưa xác nhận được kết quả đăng nhập trả về cho lần đăng nhập này (lần " +
    "đăng nhập đã quá lâu, hoặc bị gián đoạn giữa chừng). Vui lòng bấm “Đăng nhập bằng VNeID” để đăng nhập " +
    "lại.",
  signInLimited:
    "Có quá nhiều lần đăng nhập từ địa chỉ mạng của bạn trong thời gian ngắn. Vui lòng thử lại sau {minutes} phút.",
  signInRequired: "Vui lòng đăng nhập để tiếp tục.",
  accountTitle: "Tài khoản của tôi",
  identityHeading: "Thông tin định danh",
  identitySource: "Từ Cơ sở dữ liệu quốc gia về dân cư, qua VNeID; xác thực lúc {time}",
  organisationSource: "Từ Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, qua VNeID; xác thực lúc {time}",
  fullName: "Họ và tên",
  organisationName: "Tên tổ chức",
  idNumber: "Số định danh cá nhân",
  enterpriseCode: "Mã số doanh nghiệp",
  birthDate: "Ngày sinh",
  address: "Nơi thường trú",
  accountLevel: "Mức độ tài khoản",
  levelValue: "Mức độ {level}",
  actingHeading: "Bạn đang thực hiện thủ tục cho",
  actingSelf: "Bản thân bạn",
  actingOrganisation: "{name} (mã số {code})",
  organisationDossiers: "Mọi hồ sơ của tổ chức, do mọi người đại diện nộp",
  actForLabel: "Mã số doanh nghiệp của tổ chức",
  actForHint: "Bạn là người đại diện theo pháp luật hoặc được tổ chức ủy quyền.",
  actForButton: "Thực hiện cho tổ chức này",
  actForSelfButton: "Chuyển về thực hiện cho bản thân",
  myOrganisations: "Tổ chức bạn có thể đại diện",
  legalRepresentative: "Người đại diện theo pháp luật",
  mandated: "Được ủy quyền",
  mandatesHeading: "Người được ủy quyền thực hiện thủ tục cho tổ chức",
  noMandates: "Chưa ủy quyền cho ai.",
  mandateIdLabel: "Số định danh cá nhân của người được ủy quyền",
  grantMandate: "Ủy quyền",
  revokeMandate: "Thu hồi ủy quyền của {name}",
  draftsHeading: "Hồ sơ đang soạn",
  draftsNote: "Bản nháp chưa nộp được xóa, cùng thông tin cá nhân đã điền sẵn, sau 30 ngày không sửa.",
  deleteDraft: "Xóa bản nháp {name}",
  rolesHeading: "Vai trò cán bộ",
  staffAreaLink: "Vào khu vực cán bộ",
  signOut: "Đăng xuất",
  signedOutTitle: "Bạn đã đăng xuất",
  signedOutBody: "Phiên làm việc trên Cổng dịch vụ công và trên VNeID đã kết thúc.",
  signInAgain: "Đăng nhập lại",
  noAccessTitle: "Bạn không có quyền truy cập trang này",
  noAccessBody:
    "Trang này dành cho cán bộ được phân công. Nếu bạn cho rằng mình cần quyền truy cập, hãy liên hệ quản trị " +
    "viên của cơ quan.",
  loa2Title: "Thủ tục này yêu cầu tài khoản định danh điện tử mức độ 2",
  loa2Body:
    "Tài khoản VNeID của bạn đang ở mức độ 1, chỉ dùng được cho một số dịch vụ. Để nộp hồ sơ thủ tục này, bạn " +
    "cần tài khoản mức độ 2.",
  loa2HowTo:
    "Cách nâng cấp: mang thẻ căn cước đến Công an phường, xã nơi cư trú để đăng ký tài khoản định danh điện " +
    "tử mức độ 2; sau khi được kích hoạt, hãy đăng xuất và đăng nhập lại.",
  loa2Counter: "Bạn vẫn có thể nộp hồ sơ trực tiếp tại bộ phận một cửa của {agency}.",
  loa2Back: "Xem lại thủ tục: giấy tờ cần chuẩn bị, phí và nơi nộp",
  filingTitle: "Nộp hồ sơ: {name}",
  filingReady: "Tài khoản của bạn đủ điều kiện nộp hồ sơ thủ tục này.",
  errors: {
    "id-number": "Số định danh cá nhân phải gồm 12 chữ số hợp lệ.",
    "enterprise-code": "Mã số doanh nghiệp gồm 8 đến 20 chữ số hoặc chữ cái.",
    role: "Hãy chọn vai trò.",
    agency: "Hãy chọn cơ quan.",
    notFound: "Không tìm thấy hoặc bạn không có quyền với mục này.",
    summary: "Có lỗi cần sửa",
  },
};

const en: typeof vi = {
  navAccount: "Account",
  signInTitle: "Sign in",
  signInIntro:
    "Use your VNeID electronic identity account to file and track dossiers. The portal never sees or stores " +
    "your password.",
  signInButton: "Sign in with VNeID",
  identityProviderUnavailable:
    "VNeID cannot be reached: the electronic identity service is interrupted. Please try again in a few " +
    "minutes. Meanwhile you can still read procedures and look a dossier up by its code.",
  signInFailed: "Sign-in did not complete or was cancelled. Please try again.",
  signInIncomplete:
    "Sign-in did not complete: the portal could not confirm the answer it received for this sign-in (it took " +
    "too long, or was interrupted on the way). Choose “Sign in with VNeID” to sign in again.",
  signInLimited:
    "There have been too many sign-ins from your network address in a short while. Please try again in " +
    "{minutes} minutes.",
  signInRequired: "Please sign in to continue.",
  accountTitle: "My account",
  identityHeading: "Identity",
  identitySource: "From the national population database, through VNeID; verified at {time}",
  organisationSource: "From the national business registration database, through VNeID; verified at {time}",
  fullName: "Full name",
  organisationName: "Organisation name",
  idNumber: "Personal ID number",
  enterpriseCode: "Enterprise code",
  birthDate: "Date of birth",
  address: "Permanent residence",
  accountLevel: "Account level",
  levelValue: "Level {level}",
  actingHeading: "You are acting for",
  actingSelf: "Yourself",
  actingOrganisation: "{name} (code {code})",
  organisationDossiers: "All dossiers of the organisation, by every representative",
  actForLabel: "Enterprise code of the organisation",
  actForHint: "You are its legal representative or hold its mandate.",
  actForButton: "Act for this organisation",
  actForSelfButton: "Act for yourself again",
  myOrganisations: "Organisations you may represent",
  legalRepresentative: "Legal representative",
  mandated: "Mandated",
  mandatesHeading: "People mandated to file for the organisation",
  noMandates: "No mandates yet.",
  mandateIdLabel: "Personal ID number of the person to mandate",
  grantMandate: "Grant mandate",
  revokeMandate: "Revoke the mandate of {name}",
  draftsHeading: "Dossiers in progress",
  draftsNote:
    "Drafts not submitted are deleted, with the personal data filled into them, after 30 days without changes.",
  deleteDraft: "Delete the draft of {name}",
  rolesHeading: "Staff roles",
  staffAreaLink: "Go to the staff area",
  signOut: "Sign out",
  signedOutTitle: "You are signed out",
  signedOutBody: "Your sessions on the portal and on VNeID have ended.",
  signInAgain: "Sign in again",
  noAccessTitle: "You do not have access to this page",
  noAccessBody: "This page is for assigned staff. If you think you need access, contact your agency's administrator.",
  loa2Title: "This procedure needs a level 2 electronic identity account",
  loa2Body:
    "Your VNeID account is level 1, which works for some services only. To file this procedure you need a " +
    "level 2 account.",
  loa2HowTo:
    "How to upgrade: bring your ID card to the police of your ward or commune to register a level 2 " +
    "electronic identity; once it is active, sign out and sign in again.",
  loa2Counter: "You can still file in person at the one-stop desk of {agency}.",
  loa2Back: "Back to the procedure: documents to prepare, fees and where to file",
  filingTitle: "File: {name}",
  filingReady: "Your account may file this procedure.",
  errors: {
    "id-number": "A personal ID number has 12 valid digits.",
    "enterprise-code": "An enterprise code has 8 to 20 letters or digits.",
    role: "Choose a role.",
    agency: "Choose an agency.",
    notFound: "Not found, or you may not act on it.",
    summary: "There is a problem",
  },
};

export const authMessages = { vi, en };
