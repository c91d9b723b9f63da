// Construction, criminal records, labour and social protection.
import { AUTHORISATION, FREE, REQUEST_FORM, standardSteps, type ProcedureSeed } from "./procedure-types";

const EFFECTIVE = "2025-07-01";
const CONSTRUCTION_LAW = [
  "Luật Xây dựng 2014 (sửa đổi 2020)",
  "Nghị định 175/2024/NĐ-CP",
  "Nghị quyết của HĐND Thành phố về lệ phí cấp giấy phép xây dựng",
];
const CRIMINAL_RECORD_LAW = ["Luật Lý lịch tư pháp 2009", "Thông tư 244/2016/TT-BTC", "Nghị định 118/2025/NĐ-CP"];
const LABOUR_LAW = [
  "Bộ luật Lao động 2019",
  "Nghị định 219/2025/NĐ-CP về người lao động nước ngoài làm việc tại Việt Nam",
];
const CITY_POLICE_VI = "Công an Thành phố Hồ Chí Minh";
const CITY_POLICE_EN = "Ho Chi Minh City Police";
const WARD_COMMITTEE_VI = "Ủy ban nhân dân phường, xã, đặc khu nơi có công trình";
const WARD_COMMITTEE_EN = "People's Committee of the ward, commune or special zone where the building stands";
const CRIMINAL_RECORD_FEES = [
  { labelVi: "Phí cung cấp thông tin lý lịch tư pháp", labelEn: "Criminal record information fee", amount: 200000 },
  {
    labelVi: "Phí đối với sinh viên, người có công với cách mạng, thân nhân liệt sĩ",
    labelEn: "Fee for students, persons with merit and martyrs' relatives",
    amount: 100000,
  },
  { labelVi: "Phí cấp thêm phiếu từ phiếu thứ 3 trở đi", labelEn: "Each copy from the third", amount: 5000 },
  {
    labelVi: "Miễn phí",
    labelEn: "Exempt",
    amount: 0,
    exemptionVi:
      "Trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn",
    exemptionEn:
      "Children, the elderly, people with disabilities, poor households, residents of especially " +
      "disadvantaged communes",
  },
];

export const OTHER_PROCEDURES: ProcedureSeed[] = [
  {
    code: "1.009995.000.00.00.H29",
    slug: "cap-giay-phep-xay-dung-nha-o-rieng-le",
    nameVi: "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    nameEn: "Building permit for a detached house",
    field: "xay-dung",
    level: "WARD",
    managing: "so-xay-dung",
    featuredRank: 9,
    keywords: ["giấy phép xây dựng", "xin phép xây nhà", "GPXD", "building permit"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "FULL_ONLINE",
      limit: [15, "CALENDAR_DAYS"],
      noteVi: "Trường hợp cần xem xét thêm, cơ quan cấp phép thông báo lý do và được kéo dài không quá 10 ngày.",
      noteEn: "When more review is needed, the authority gives its reasons and may take up to 10 more days.",
      competent: "WARD_PEOPLES_COMMITTEE",
      competentVi: WARD_COMMITTEE_VI,
      competentEn: WARD_COMMITTEE_EN,
      eligibleVi: "Chủ đầu tư (chủ hộ, cá nhân có quyền sử dụng đất hợp pháp)",
      eligibleEn: "The owner (household or person with lawful land-use rights)",
      resultVi: "Giấy phép xây dựng",
      resultEn: "Building permit",
      validityVi: "Giấy phép hết hiệu lực nếu sau 12 tháng kể từ ngày cấp chưa khởi công",
      validityEn: "Lapses if works have not started within 12 months",
      legalBasis: CONSTRUCTION_LAW,
      fees: [
        { labelVi: "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", labelEn: "Building permit fee", amount: 75000 },
      ],
      documents: [
        REQUEST_FORM(
          "Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)",
          "Application for a building permit (official template)",
        ),
        {
          key: "quyen-su-dung-dat",
          nameVi: "Giấy tờ về quyền sử dụng đất",
          nameEn: "Land-use right documents",
          form: "CERTIFIED_COPY",
        },
        {
          key: "ban-ve-thiet-ke",
          nameVi: "Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)",
          nameEn: "Design drawings (site plan, sections, elevations, foundations)",
          form: "ORIGINAL",
          copies: 2,
        },
        AUTHORISATION,
      ],
      steps: standardSteps(11, "Thẩm định hồ sơ, kiểm tra thực địa", "Appraisal and site inspection"),
    },
  },
  {
    code: "1.009996.000.00.00.H29",
    slug: "cap-giay-phep-sua-chua-cai-tao-nha-o-rieng-le",
    nameVi: "Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ",
    nameEn: "Permit to repair or renovate a detached house",
    field: "xay-dung",
    level: "WARD",
    managing: "so-xay-dung",
    keywords: ["sửa nhà", "cải tạo nhà", "giấy phép sửa chữa"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "FULL_ONLINE",
      limit: [15, "CALENDAR_DAYS"],
      competent: "WARD_PEOPLES_COMMITTEE",
      competentVi: WARD_COMMITTEE_VI,
      competentEn: WARD_COMMITTEE_EN,
      eligibleVi: "Chủ sở hữu nhà ở",
      eligibleEn: "The owner of the house",
      resultVi: "Giấy phép sửa chữa, cải tạo",
      resultEn: "Repair or renovation permit",
      legalBasis: CONSTRUCTION_LAW,
      fees: [{ labelVi: "Lệ phí cấp giấy phép", labelEn: "Permit fee", amount: 75000 }],
      documents: [
        REQUEST_FORM("Đơn đề nghị cấp giấy phép sửa chữa, cải tạo (theo mẫu)", "Application form (official template)"),
        {
          key: "quyen-so-huu",
          nameVi: "Giấy tờ về quyền sở hữu nhà ở",
          nameEn: "Proof of ownership of the house",
          form: "CERTIFIED_COPY",
        },
        {
          key: "anh-hien-trang",
          nameVi: "Ảnh chụp hiện trạng công trình",
          nameEn: "Photos of the current state",
          form: "ORIGINAL",
        },
      ],
      steps: standardSteps(11, "Thẩm định hồ sơ, kiểm tra thực địa", "Appraisal and site inspection"),
    },
  },
  {
    code: "1.009997.000.00.00.H29",
    slug: "gia-han-giay-phep-xay-dung",
    nameVi: "Gia hạn giấy phép xây dựng",
    nameEn: "Extension of a building permit",
    field: "xay-dung",
    level: "WARD",
    managing: "so-xay-dung",
    keywords: ["gia hạn GPXD"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "FULL_ONLINE",
      limit: [5, "WORKING_DAYS"],
      competent: "WARD_PEOPLES_COMMITTEE",
      competentVi: WARD_COMMITTEE_VI,
      competentEn: WARD_COMMITTEE_EN,
      eligibleVi: "Chủ đầu tư chưa khởi công trong thời hạn của giấy phép",
      eligibleEn: "An owner who has not started works within the permit's term",
      resultVi: "Giấy phép xây dựng được gia hạn",
      resultEn: "Extended building permit",
      legalBasis: CONSTRUCTION_LAW,
      fees: [{ labelVi: "Lệ phí gia hạn giấy phép xây dựng", labelEn: "Extension fee", amount: 15000 }],
      documents: [
        REQUEST_FORM(
          "Đơn đề nghị gia hạn giấy phép xây dựng (theo mẫu)",
          "Application for extension (official template)",
        ),
        {
          key: "giay-phep-da-cap",
          nameVi: "Bản chính giấy phép xây dựng đã được cấp",
          nameEn: "The original permit",
          form: "ORIGINAL",
        },
      ],
      steps: standardSteps(5),
    },
  },
  {
    code: "2.000488.000.00.00.H29",
    slug: "cap-phieu-ly-lich-tu-phap",
    nameVi: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
    nameEn: "Criminal record certificate for Vietnamese citizens",
    field: "ly-lich-tu-phap",
    level: "CITY",
    managing: "cong-an-thanh-pho",
    handling: "cong-an-thanh-pho",
    featuredRank: 10,
    keywords: ["lý lịch tư pháp", "LLTP", "phiếu số 1", "phiếu số 2", "criminal record"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "FULL_ONLINE",
      limit: [10, "WORKING_DAYS"],
      noteVi:
        "Không quá 15 ngày làm việc nếu người yêu cầu là công dân đã cư trú ở nhiều nơi hoặc có thời gian cư " +
        "trú ở nước ngoài, hoặc cần xác minh.",
      noteEn:
        "Up to 15 working days when the applicant has lived in several places or abroad, or verification is needed.",
      competent: "CITY_POLICE",
      competentVi: CITY_POLICE_VI,
      competentEn: CITY_POLICE_EN,
      eligibleVi:
        "Công dân Việt Nam thường trú hoặc tạm trú tại Thành phố; cơ quan tiến hành tố tụng, cơ quan nhà " +
        "nước, tổ chức chính trị - xã hội (Phiếu số 1)",
      eligibleEn:
        "Vietnamese citizens residing in the city; courts, investigators and public bodies (Certificate No. 1)",
      resultVi: "Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử)",
      resultEn: "Criminal record certificate No. 1 or No. 2 (paper or electronic)",
      legalBasis: CRIMINAL_RECORD_LAW,
      fees: CRIMINAL_RECORD_FEES,
      documents: [
        REQUEST_FORM(
          "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (mẫu 03; mẫu 04 khi ủy quyền)",
          "Request form (form 03; form 04 through a representative)",
        ),
        {
          key: "van-ban-uy-quyen",
          nameVi: "Văn bản ủy quyền (khi ủy quyền yêu cầu Phiếu số 1)",
          nameEn: "Power of attorney (Certificate No. 1 through a representative)",
          form: "ORIGINAL_OR_CERTIFIED_COPY",
          required: false,
          requiredWhenVi: "Khi ủy quyền người khác yêu cầu Phiếu số 1",
          requiredWhenEn: "When someone else requests Certificate No. 1 for you",
          noteVi: "Không được ủy quyền yêu cầu cấp Phiếu số 2",
          noteEn: "Certificate No. 2 cannot be requested through a representative",
        },
      ],
      steps: standardSteps(
        10,
        "Tra cứu, xác minh thông tin lý lịch tư pháp",
        "Criminal record search and verification",
      ),
    },
  },
  {
    code: "2.000505.000.00.00.H29",
    slug: "cap-phieu-ly-lich-tu-phap-nguoi-nuoc-ngoai",
    nameVi: "Cấp Phiếu lý lịch tư pháp cho người nước ngoài",
    nameEn: "Criminal record certificate for foreign nationals",
    field: "ly-lich-tu-phap",
    level: "CITY",
    managing: "cong-an-thanh-pho",
    handling: "cong-an-thanh-pho",
    keywords: ["lý lịch tư pháp người nước ngoài", "foreigner criminal record"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "PARTIAL_ONLINE",
      inPersonVi:
        "Xuất trình bản chính hộ chiếu và giấy tờ cư trú khi nhận Phiếu lý lịch tư pháp tại Công an Thành phố.",
      inPersonEn:
        "Show your original passport and residence papers when you collect the certificate at the City Police.",
      limit: [10, "WORKING_DAYS"],
      noteVi: "Không quá 15 ngày làm việc khi cần xác minh.",
      noteEn: "Up to 15 working days when verification is needed.",
      competent: "CITY_POLICE",
      competentVi: CITY_POLICE_VI,
      competentEn: CITY_POLICE_EN,
      eligibleVi: "Người nước ngoài đã hoặc đang cư trú tại Thành phố",
      eligibleEn: "Foreign nationals who live or have lived in the city",
      resultVi: "Phiếu lý lịch tư pháp",
      resultEn: "Criminal record certificate",
      legalBasis: CRIMINAL_RECORD_LAW,
      // The standard fee, and each copy from the third.
      fees: [CRIMINAL_RECORD_FEES[0]!, CRIMINAL_RECORD_FEES[2]!],
      documents: [
        REQUEST_FORM("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (mẫu 03)", "Request form (form 03)"),
        { key: "ho-chieu", nameVi: "Hộ chiếu", nameEn: "Passport", form: "COPY_WITH_ORIGINAL" },
        {
          key: "giay-to-cu-tru",
          nameVi: "Giấy tờ chứng minh nơi cư trú tại Thành phố",
          nameEn: "Proof of residence in the city",
          form: "COPY_WITH_ORIGINAL",
        },
      ],
      steps: standardSteps(
        10,
        "Tra cứu, xác minh thông tin lý lịch tư pháp",
        "Criminal record search and verification",
      ),
    },
  },
  {
    code: "1.000105.000.00.00.H29",
    slug: "cap-giay-phep-lao-dong",
    nameVi: "Cấp giấy phép lao động cho người lao động nước ngoài",
    nameEn: "Work permit for a foreign worker",
    field: "lao-dong",
    level: "CITY",
    managing: "so-noi-vu",
    handling: "so-noi-vu",
    keywords: ["work permit", "giấy phép lao động", "lao động nước ngoài"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "FULL_ONLINE",
      limit: [10, "WORKING_DAYS"],
      competent: "CITY_DEPARTMENT",
      competentVi: "Sở Nội vụ Thành phố Hồ Chí Minh",
      competentEn: "Ho Chi Minh City Department of Home Affairs",
      eligibleVi: "Người sử dụng lao động đề nghị cấp giấy phép cho người lao động nước ngoài",
      eligibleEn: "The employer, on behalf of the foreign worker",
      resultVi: "Giấy phép lao động",
      resultEn: "Work permit",
      validityVi: "Tối đa 02 năm, có thể gia hạn một lần",
      validityEn: "Up to 2 years, renewable once",
      legalBasis: LABOUR_LAW,
      fees: [{ labelVi: "Lệ phí cấp mới giấy phép lao động", labelEn: "New work permit fee", amount: 600000 }],
      documents: [
        REQUEST_FORM("Văn bản đề nghị cấp giấy phép lao động (theo mẫu)", "Employer's application (official template)"),
        {
          key: "giay-chung-nhan-suc-khoe",
          nameVi: "Giấy chứng nhận sức khỏe",
          nameEn: "Health certificate",
          form: "ORIGINAL_OR_CERTIFIED_COPY",
        },
        {
          key: "ly-lich-tu-phap",
          nameVi: "Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải người đang chấp hành án",
          nameEn: "Criminal record certificate or equivalent",
          form: "ORIGINAL_OR_CERTIFIED_COPY",
        },
        { key: "ho-chieu", nameVi: "Hộ chiếu", nameEn: "Passport", form: "CERTIFIED_COPY" },
        {
          key: "anh-the",
          nameVi: "02 ảnh màu cỡ 4 cm × 6 cm",
          nameEn: "Two colour photos, 4 × 6 cm",
          form: "ORIGINAL",
          copies: 2,
        },
      ],
      steps: standardSteps(10),
    },
  },
  {
    code: "1.000459.000.00.00.H29",
    slug: "cap-lai-giay-phep-lao-dong",
    nameVi: "Cấp lại giấy phép lao động",
    nameEn: "Reissue of a work permit",
    field: "lao-dong",
    level: "CITY",
    managing: "so-noi-vu",
    handling: "so-noi-vu",
    keywords: ["mất giấy phép lao động", "work permit reissue"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "FULL_ONLINE",
      limit: [5, "WORKING_DAYS"],
      competent: "CITY_DEPARTMENT",
      competentVi: "Sở Nội vụ Thành phố Hồ Chí Minh",
      competentEn: "Ho Chi Minh City Department of Home Affairs",
      eligibleVi: "Người sử dụng lao động có người lao động nước ngoài bị mất, hỏng giấy phép hoặc thay đổi thông tin",
      eligibleEn: "The employer, when a permit is lost, damaged or its details change",
      resultVi: "Giấy phép lao động cấp lại",
      resultEn: "Reissued work permit",
      legalBasis: LABOUR_LAW,
      fees: [{ labelVi: "Lệ phí cấp lại giấy phép lao động", labelEn: "Reissue fee", amount: 450000 }],
      documents: [
        REQUEST_FORM("Văn bản đề nghị cấp lại giấy phép lao động (theo mẫu)", "Application (official template)"),
        {
          key: "anh-the",
          nameVi: "02 ảnh màu cỡ 4 cm × 6 cm",
          nameEn: "Two colour photos, 4 × 6 cm",
          form: "ORIGINAL",
          copies: 2,
        },
      ],
      steps: standardSteps(5),
    },
  },
  {
    code: "1.001978.000.00.00.H29",
    slug: "giai-quyet-huong-tro-cap-that-nghiep",
    nameVi: "Giải quyết hưởng trợ cấp thất nghiệp",
    nameEn: "Unemployment benefit claim",
    field: "lao-dong",
    level: "CITY",
    managing: "so-noi-vu",
    handling: "so-noi-vu",
    keywords: ["bảo hiểm thất nghiệp", "thất nghiệp", "unemployment"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "PARTIAL_ONLINE",
      inPersonVi:
        "Nhận quyết định trực tiếp tại Trung tâm dịch vụ việc làm, và thông báo về việc tìm kiếm việc " +
        "làm tại đó hằng tháng.",
      inPersonEn:
        "Collect the decision in person at the employment service centre, and report your job search " +
        "there every month.",
      limit: [20, "WORKING_DAYS"],
      competent: "CITY_DEPARTMENT",
      competentVi: "Sở Nội vụ (Trung tâm Dịch vụ việc làm Thành phố)",
      competentEn: "Department of Home Affairs (City Employment Service Centre)",
      eligibleVi:
        "Người lao động đã đóng bảo hiểm thất nghiệp đủ thời gian quy định, nộp hồ sơ trong 03 tháng kể từ " +
        "khi chấm dứt hợp đồng",
      eligibleEn: "Insured workers filing within 3 months of the end of their contract",
      resultVi: "Quyết định về việc hưởng trợ cấp thất nghiệp",
      resultEn: "Decision on unemployment benefit",
      legalBasis: ["Luật Việc làm 2013", "Nghị định 28/2015/NĐ-CP"],
      fees: [FREE],
      documents: [
        REQUEST_FORM("Đề nghị hưởng trợ cấp thất nghiệp (theo mẫu)", "Benefit claim (official template)"),
        {
          key: "cham-dut-hop-dong",
          nameVi: "Giấy tờ xác nhận chấm dứt hợp đồng lao động",
          nameEn: "Proof that the employment contract ended",
          form: "ORIGINAL_OR_CERTIFIED_COPY",
        },
      ],
      steps: standardSteps(20),
    },
  },
  {
    code: "1.001776.000.00.00.H29",
    slug: "tro-cap-xa-hoi-hang-thang",
    nameVi: "Thực hiện trợ cấp xã hội hằng tháng",
    nameEn: "Monthly social allowance",
    field: "bao-tro-xa-hoi",
    level: "WARD",
    managing: "so-y-te",
    keywords: ["trợ cấp người cao tuổi", "trợ cấp khuyết tật", "bảo trợ xã hội"],
    version: {
      effectiveFrom: EFFECTIVE,
      serviceLevel: "PARTIAL_ONLINE",
      inPersonVi:
        "Tiếp cán bộ phường đến xác minh hoàn cảnh tại nơi ở; nhận trợ cấp tại điểm chi trả của phường " +
        "nếu không chọn chuyển khoản.",
      inPersonEn:
        "Receive the ward officer who visits to verify the circumstances; collect the allowance at the " +
        "ward's pay point unless you chose a bank account.",
      limit: [10, "WORKING_DAYS"],
      competent: "WARD_PEOPLES_COMMITTEE",
      competentVi: "Ủy ban nhân dân phường, xã, đặc khu nơi cư trú",
      competentEn: "People's Committee of the ward, commune or special zone of residence",
      eligibleVi: "Người cao tuổi, người khuyết tật, trẻ em có hoàn cảnh đặc biệt và các đối tượng bảo trợ xã hội khác",
      eligibleEn:
        "Elderly people, people with disabilities, children in special circumstances and other protected persons",
      resultVi: "Quyết định trợ cấp xã hội hằng tháng",
      resultEn: "Decision granting the monthly allowance",
      legalBasis: ["Nghị định 20/2021/NĐ-CP", "Nghị định 76/2024/NĐ-CP"],
      fees: [FREE],
      documents: [
        REQUEST_FORM(
          "Tờ khai đề nghị trợ giúp xã hội (theo mẫu)",
          "Application for social assistance (official template)",
        ),
        AUTHORISATION,
      ],
      steps: standardSteps(10, "Xét duyệt, niêm yết công khai", "Review and public posting"),
    },
  },
];
