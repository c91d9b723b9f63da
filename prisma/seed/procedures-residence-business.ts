// Residence (cư trú: ward police, managed by the City Police) and business
// registration (household businesses at ward level; enterprises at the Department of Finance).
import { AUTHORISATION, FREE, REQUEST_FORM, standardSteps, type ProcedureSeed } from "./procedure-types";

const EFFECTIVE = "2025-07-01";
const WARD_POLICE_VI = "Công an phường, xã, đặc khu nơi cư trú";
const WARD_POLICE_EN = "Ward, commune or special-zone police of the place of residence";
const RESIDENCE_LAW = ["Luật Cư trú số 68/2020/QH14", "Nghị định 154/2024/NĐ-CP", "Thông tư 53/2025/TT-BCA", "Thông tư 75/2022/TT-BTC"];
const ENTERPRISE_LAW = ["Luật Doanh nghiệp 2020", "Nghị định 168/2025/NĐ-CP về đăng ký doanh nghiệp", "Thông tư 47/2019/TT-BTC"];
const RESIDENCE_FORM = REQUEST_FORM("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", "Residence information change form (CT01)");
const DEPARTMENT_OF_FINANCE_VI = "Sở Tài chính (Phòng Đăng ký kinh doanh)";
const DEPARTMENT_OF_FINANCE_EN = "Department of Finance (Business Registration Office)";

export const RESIDENCE_AND_BUSINESS_PROCEDURES: ProcedureSeed[] = [
  {
    code: "1.004194.000.00.00.H29", slug: "dang-ky-thuong-tru", nameVi: "Đăng ký thường trú", nameEn: "Permanent residence registration",
    field: "cu-tru", level: "WARD", managing: "cong-an-thanh-pho", featuredRank: 2, keywords: ["hộ khẩu", "nhập hộ khẩu", "thường trú"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [7, "WORKING_DAYS"],
      competent: "WARD_POLICE", competentVi: WARD_POLICE_VI, competentEn: WARD_POLICE_EN,
      eligibleVi: "Công dân Việt Nam có chỗ ở hợp pháp", eligibleEn: "Vietnamese citizens with a lawful place of residence",
      resultVi: "Thông báo kết quả đăng ký thường trú; thông tin được cập nhật vào Cơ sở dữ liệu về cư trú", resultEn: "Notice of the registration; the residence database is updated",
      legalBasis: RESIDENCE_LAW,
      fees: [
        { channel: "COUNTER", labelVi: "Lệ phí khi nộp trực tiếp", labelEn: "Fee at the counter", amount: 20000 },
        { channel: "ONLINE", labelVi: "Lệ phí khi nộp trực tuyến", labelEn: "Fee online", amount: 10000 },
      ],
      documents: [
        RESIDENCE_FORM,
        { key: "cho-o-hop-phap", nameVi: "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", nameEn: "Proof of a lawful place of residence", form: "COPY", noteVi: "Không cần nộp nếu thông tin đã có trong cơ sở dữ liệu chuyên ngành", noteEn: "Not needed when the information is already in a government database" },
        { key: "dong-y-chu-ho", nameVi: "Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở (khi đăng ký vào chỗ ở của người khác)", nameEn: "Consent of the head of household or owner (when registering at someone else's home)", form: "ORIGINAL", required: false, requiredWhenVi: "Khi đăng ký vào chỗ ở của người khác", requiredWhenEn: "When registering at someone else's home" },
      ],
      steps: standardSteps(7, "Kiểm tra, xác minh thông tin cư trú", "Residence check"),
    },
  },
  {
    code: "1.004197.000.00.00.H29", slug: "dang-ky-tam-tru", nameVi: "Đăng ký tạm trú", nameEn: "Temporary residence registration",
    field: "cu-tru", level: "WARD", managing: "cong-an-thanh-pho", featuredRank: 3, keywords: ["tạm trú", "khai báo tạm trú", "sổ tạm trú"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [3, "WORKING_DAYS"],
      competent: "WARD_POLICE", competentVi: WARD_POLICE_VI, competentEn: WARD_POLICE_EN,
      eligibleVi: "Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi nơi thường trú từ 30 ngày trở lên", eligibleEn: "Citizens living 30 days or more at a lawful place outside their permanent residence",
      resultVi: "Thông báo kết quả đăng ký tạm trú", resultEn: "Notice of the temporary residence registration",
      validityVi: "Thời hạn tạm trú tối đa 02 năm, có thể gia hạn", validityEn: "Up to 2 years, renewable",
      legalBasis: RESIDENCE_LAW,
      fees: [
        { channel: "COUNTER", labelVi: "Lệ phí khi nộp trực tiếp", labelEn: "Fee at the counter", amount: 15000 },
        { channel: "ONLINE", labelVi: "Lệ phí khi nộp trực tuyến", labelEn: "Fee online", amount: 7000 },
      ],
      documents: [RESIDENCE_FORM, { key: "cho-o-hop-phap", nameVi: "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", nameEn: "Proof of a lawful place of residence", form: "COPY" }],
      steps: standardSteps(3),
    },
  },
  {
    code: "1.004200.000.00.00.H29", slug: "xoa-dang-ky-thuong-tru", nameVi: "Xóa đăng ký thường trú", nameEn: "Deregistration of permanent residence",
    field: "cu-tru", level: "WARD", managing: "cong-an-thanh-pho", keywords: ["cắt hộ khẩu", "xóa hộ khẩu"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [1, "WORKING_DAYS"],
      competent: "WARD_POLICE", competentVi: WARD_POLICE_VI, competentEn: WARD_POLICE_EN,
      eligibleVi: "Người thuộc trường hợp bị xóa đăng ký thường trú hoặc người đại diện hộ gia đình", eligibleEn: "The person concerned or the household's representative",
      resultVi: "Thông báo về việc xóa đăng ký thường trú", resultEn: "Notice of deregistration",
      legalBasis: RESIDENCE_LAW,
      fees: [FREE],
      documents: [RESIDENCE_FORM, { key: "giay-to-chung-minh", nameVi: "Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú", nameEn: "Proof of the grounds for deregistration", form: "COPY" }],
      steps: standardSteps(1),
    },
  },
  {
    code: "1.004203.000.00.00.H29", slug: "khai-bao-tam-vang", nameVi: "Khai báo tạm vắng", nameEn: "Declaration of temporary absence",
    field: "cu-tru", level: "WARD", managing: "cong-an-thanh-pho", keywords: ["tạm vắng"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [1, "WORKING_DAYS"],
      competent: "WARD_POLICE", competentVi: WARD_POLICE_VI, competentEn: WARD_POLICE_EN,
      eligibleVi: "Công dân đi khỏi nơi cư trú trong các trường hợp phải khai báo tạm vắng", eligibleEn: "Citizens leaving their residence in the cases that require a declaration",
      resultVi: "Phiếu khai báo tạm vắng được xác nhận", resultEn: "Confirmed declaration of temporary absence",
      legalBasis: RESIDENCE_LAW,
      fees: [FREE],
      documents: [REQUEST_FORM("Phiếu khai báo tạm vắng (mẫu CT03)", "Temporary absence declaration (CT03)")],
      steps: standardSteps(1),
    },
  },
  {
    code: "2.000720.000.00.00.H29", slug: "dang-ky-thanh-lap-ho-kinh-doanh", nameVi: "Đăng ký thành lập hộ kinh doanh", nameEn: "Household business registration",
    field: "dang-ky-kinh-doanh", level: "WARD", managing: "so-tai-chinh", featuredRank: 7, keywords: ["giấy phép kinh doanh", "hộ kinh doanh", "mở quán", "household business"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [3, "WORKING_DAYS"],
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `Ủy ban nhân dân phường, xã, đặc khu nơi đặt trụ sở hộ kinh doanh`, competentEn: `The People's Committee of the ward, commune or special zone where the business is located`,
      eligibleVi: "Cá nhân hoặc thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ", eligibleEn: "A Vietnamese adult with full civil capacity, or members of a household",
      resultVi: "Giấy chứng nhận đăng ký hộ kinh doanh", resultEn: "Household business registration certificate",
      legalBasis: ["Nghị định 168/2025/NĐ-CP về đăng ký doanh nghiệp", "Nghị quyết của HĐND Thành phố về lệ phí"],
      fees: [{ labelVi: "Lệ phí đăng ký hộ kinh doanh", labelEn: "Registration fee", amount: null, exemptionVi: "Theo nghị quyết của Hội đồng nhân dân Thành phố", exemptionEn: "Set by the City People's Council" }],
      documents: [
        REQUEST_FORM("Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)", "Application form (official template)"),
        { key: "bien-ban-hop-thanh-vien", nameVi: "Biên bản họp thành viên hộ gia đình (khi các thành viên cùng đăng ký)", nameEn: "Minutes of the household members' meeting (when members register together)", form: "COPY", required: false },
        AUTHORISATION,
      ],
      steps: standardSteps(3),
    },
  },
  {
    code: "2.001610.000.00.00.H29", slug: "dang-ky-thanh-lap-cong-ty-tnhh-mot-thanh-vien", nameVi: "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", nameEn: "Registration of a single-member limited liability company",
    field: "dang-ky-kinh-doanh", level: "CITY", managing: "so-tai-chinh", handling: "so-tai-chinh", keywords: ["thành lập công ty", "công ty TNHH", "giấy phép kinh doanh", "mở công ty"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [3, "WORKING_DAYS"],
      competent: "CITY_DEPARTMENT", competentVi: DEPARTMENT_OF_FINANCE_VI, competentEn: DEPARTMENT_OF_FINANCE_EN,
      eligibleVi: "Cá nhân, tổ chức không thuộc trường hợp bị cấm thành lập doanh nghiệp", eligibleEn: "Persons and organisations not barred from founding an enterprise",
      resultVi: "Giấy chứng nhận đăng ký doanh nghiệp", resultEn: "Enterprise registration certificate",
      legalBasis: ENTERPRISE_LAW,
      fees: [
        { channel: "COUNTER", labelVi: "Lệ phí đăng ký doanh nghiệp", labelEn: "Registration fee", amount: 50000 },
        { channel: "ONLINE", labelVi: "Lệ phí đăng ký doanh nghiệp qua mạng", labelEn: "Registration fee online", amount: 0, exemptionVi: "Miễn lệ phí khi đăng ký qua mạng điện tử", exemptionEn: "Free when filed online" },
        { labelVi: "Phí công bố nội dung đăng ký doanh nghiệp", labelEn: "Publication fee", amount: 100000 },
      ],
      documents: [
        REQUEST_FORM("Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)", "Application form (official template)"),
        { key: "dieu-le", nameVi: "Điều lệ công ty", nameEn: "Company charter", form: "ORIGINAL" },
        { key: "giay-to-chu-so-huu", nameVi: "Bản sao giấy tờ pháp lý của chủ sở hữu", nameEn: "Copy of the owner's legal documents", form: "COPY" },
        AUTHORISATION,
      ],
      steps: standardSteps(3),
    },
  },
  {
    code: "2.002012.000.00.00.H29", slug: "dang-ky-thay-doi-noi-dung-dang-ky-doanh-nghiep", nameVi: "Đăng ký thay đổi nội dung đăng ký doanh nghiệp", nameEn: "Change of enterprise registration details",
    field: "dang-ky-kinh-doanh", level: "CITY", managing: "so-tai-chinh", handling: "so-tai-chinh", keywords: ["thay đổi giấy phép kinh doanh", "đổi địa chỉ công ty", "thay đổi người đại diện"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [3, "WORKING_DAYS"],
      competent: "CITY_DEPARTMENT", competentVi: DEPARTMENT_OF_FINANCE_VI, competentEn: DEPARTMENT_OF_FINANCE_EN,
      eligibleVi: "Doanh nghiệp, qua người đại diện theo pháp luật hoặc người được ủy quyền", eligibleEn: "The enterprise, through its legal representative or an authorised person",
      resultVi: "Giấy chứng nhận đăng ký doanh nghiệp (cập nhật)", resultEn: "Updated enterprise registration certificate",
      legalBasis: ENTERPRISE_LAW,
      fees: [
        { channel: "COUNTER", labelVi: "Lệ phí đăng ký thay đổi", labelEn: "Change fee", amount: 50000 },
        { channel: "ONLINE", labelVi: "Lệ phí đăng ký thay đổi qua mạng", labelEn: "Change fee online", amount: 0, exemptionVi: "Miễn lệ phí khi đăng ký qua mạng điện tử", exemptionEn: "Free when filed online" },
      ],
      documents: [REQUEST_FORM("Thông báo thay đổi nội dung đăng ký doanh nghiệp (theo mẫu)", "Notice of change (official template)"), { key: "nghi-quyet", nameVi: "Nghị quyết, quyết định của chủ sở hữu hoặc hội đồng thành viên về việc thay đổi", nameEn: "The owner's or members' resolution on the change", form: "ORIGINAL" }, AUTHORISATION],
      steps: standardSteps(3),
    },
  },
  {
    code: "2.001583.000.00.00.H29", slug: "thong-bao-tam-ngung-kinh-doanh", nameVi: "Thông báo tạm ngừng kinh doanh", nameEn: "Notice of temporary suspension of business",
    field: "dang-ky-kinh-doanh", level: "CITY", managing: "so-tai-chinh", handling: "so-tai-chinh", keywords: ["tạm ngưng kinh doanh", "tạm dừng"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [3, "WORKING_DAYS"],
      competent: "CITY_DEPARTMENT", competentVi: DEPARTMENT_OF_FINANCE_VI, competentEn: DEPARTMENT_OF_FINANCE_EN,
      eligibleVi: "Doanh nghiệp tạm ngừng kinh doanh; thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng", eligibleEn: "An enterprise suspending business, at least 3 working days beforehand",
      resultVi: "Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh", resultEn: "Confirmation of the suspension",
      legalBasis: ENTERPRISE_LAW,
      fees: [FREE],
      documents: [REQUEST_FORM("Thông báo tạm ngừng kinh doanh (theo mẫu)", "Notice of suspension (official template)"), AUTHORISATION],
      steps: standardSteps(3),
    },
  },
];
