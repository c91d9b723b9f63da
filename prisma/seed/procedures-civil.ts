// Civil status (hộ tịch) and certification (chứng thực): ward-level procedures managed
// by the Department of Justice.
import { AUTHORISATION, FREE, REQUEST_FORM, standardSteps, type ProcedureSeed } from "./procedure-types";

const WARD_COMMITTEE_VI = "Ủy ban nhân dân phường, xã, đặc khu";
const WARD_COMMITTEE_EN = "Ward, commune or special-zone People's Committee";
const CIVIL_LAW = ["Luật Hộ tịch số 60/2014/QH13", "Nghị định 123/2015/NĐ-CP", "Thông tư 04/2020/TT-BTP", "Nghị định 118/2025/NĐ-CP (một cửa, một cửa liên thông)"];
const EFFECTIVE = "2025-07-01";

export const CIVIL_PROCEDURES: ProcedureSeed[] = [
  {
    code: "1.001193.000.00.00.H29", slug: "dang-ky-khai-sinh", nameVi: "Đăng ký khai sinh", nameEn: "Birth registration",
    field: "ho-tich", level: "WARD", managing: "so-tu-phap", featuredRank: 1, keywords: ["giấy khai sinh", "khai sinh cho con", "birth certificate"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [0, "SAME_DAY"], sameDayCutoff: "15:00",
      noteVi: "Giải quyết ngay trong ngày; hồ sơ tiếp nhận sau 15 giờ được trả kết quả trong ngày làm việc tiếp theo.",
      noteEn: "Decided the same day; dossiers received after 15:00 are decided the next working day.",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI} nơi cư trú của người cha hoặc người mẹ`, competentEn: `${WARD_COMMITTEE_EN} where the father or mother resides`,
      eligibleVi: "Cha, mẹ, ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em", eligibleEn: "The child's father, mother, grandparents, other relatives, or the person or organisation raising the child",
      resultVi: "Giấy khai sinh (bản chính) và bản điện tử", resultEn: "Birth certificate (original) and its electronic copy",
      legalBasis: CIVIL_LAW,
      fees: [{ labelVi: "Lệ phí đăng ký khai sinh đúng hạn", labelEn: "Fee for on-time birth registration", amount: 0, exemptionVi: "Miễn lệ phí khi đăng ký đúng hạn (trong 60 ngày kể từ ngày sinh)", exemptionEn: "Free when registered on time (within 60 days of birth)" }],
      documents: [
        REQUEST_FORM("Tờ khai đăng ký khai sinh (theo mẫu)", "Birth registration form (official template)"),
        { key: "giay-chung-sinh", nameVi: "Giấy chứng sinh", nameEn: "Hospital birth certificate", form: "ORIGINAL", noteVi: "Nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh", noteEn: "If unavailable: a witness statement or a written undertaking about the birth" },
        AUTHORISATION,
      ],
      steps: standardSteps(1),
    },
  },
  {
    code: "1.000894.000.00.00.H29", slug: "dang-ky-ket-hon", nameVi: "Đăng ký kết hôn", nameEn: "Marriage registration",
    field: "ho-tich", level: "WARD", managing: "so-tu-phap", featuredRank: 4, keywords: ["kết hôn", "giấy đăng ký kết hôn", "marriage certificate"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "PARTIAL_ONLINE", limit: [0, "SAME_DAY"], sameDayCutoff: "15:00",
      noteVi: "Giải quyết ngay trong ngày; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.",
      noteEn: "Decided the same day; up to 5 working days when the conditions for marriage need verification.",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI} nơi cư trú của bên nam hoặc bên nữ`, competentEn: `${WARD_COMMITTEE_EN} where either partner resides`,
      eligibleVi: "Hai bên nam, nữ có đủ điều kiện kết hôn; cả hai phải có mặt khi trao giấy chứng nhận", eligibleEn: "Both partners meeting the conditions for marriage; both must attend the handover of the certificate",
      resultVi: "Giấy chứng nhận kết hôn", resultEn: "Marriage certificate",
      legalBasis: ["Luật Hôn nhân và gia đình 2014", ...CIVIL_LAW],
      fees: [{ ...FREE, labelVi: "Lệ phí đăng ký kết hôn", labelEn: "Marriage registration fee", exemptionVi: "Miễn lệ phí đối với công dân Việt Nam cư trú trong nước", exemptionEn: "Free for Vietnamese citizens residing in Vietnam" }],
      documents: [
        REQUEST_FORM("Tờ khai đăng ký kết hôn (theo mẫu)", "Marriage registration form (official template)"),
        { key: "xac-nhan-tinh-trang-hon-nhan", nameVi: "Giấy xác nhận tình trạng hôn nhân (khi đăng ký tại nơi không phải nơi thường trú)", nameEn: "Marital status certificate (when registering away from the permanent residence)", form: "ORIGINAL", required: false },
      ],
      steps: standardSteps(1, "Kiểm tra điều kiện kết hôn", "Check of the conditions for marriage"),
    },
  },
  {
    code: "1.004873.000.00.00.H29", slug: "xac-nhan-tinh-trang-hon-nhan", nameVi: "Cấp Giấy xác nhận tình trạng hôn nhân", nameEn: "Marital status certificate",
    field: "ho-tich", level: "WARD", managing: "so-tu-phap", featuredRank: 5, keywords: ["độc thân", "xác nhận độc thân", "single status"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [3, "WORKING_DAYS"],
      noteVi: "Trường hợp cần xác minh tại nơi cư trú trước đây thì thời hạn có thể kéo dài.", noteEn: "Longer when a former place of residence must be checked.",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI} nơi thường trú`, competentEn: `${WARD_COMMITTEE_EN} of the permanent residence`,
      eligibleVi: "Công dân Việt Nam cư trú trong nước", eligibleEn: "Vietnamese citizens residing in Vietnam",
      resultVi: "Giấy xác nhận tình trạng hôn nhân", resultEn: "Marital status certificate",
      validityVi: "Có giá trị 06 tháng kể từ ngày cấp", validityEn: "Valid for 6 months from issue",
      legalBasis: CIVIL_LAW,
      fees: [{ labelVi: "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", labelEn: "Certificate fee", amount: 3000 }],
      documents: [REQUEST_FORM("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)", "Application form (official template)"), AUTHORISATION],
      steps: standardSteps(3),
    },
  },
  {
    code: "1.000656.000.00.00.H29", slug: "dang-ky-khai-tu", nameVi: "Đăng ký khai tử", nameEn: "Death registration",
    field: "ho-tich", level: "WARD", managing: "so-tu-phap", featuredRank: 8, keywords: ["giấy chứng tử", "báo tử", "death certificate"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [0, "SAME_DAY"], sameDayCutoff: "15:00",
      noteVi: "Hồ sơ tiếp nhận sau 15 giờ được trả kết quả trong ngày làm việc tiếp theo; cần xác minh thì không quá 03 ngày làm việc.",
      noteEn: "Dossiers received after 15:00 are decided the next working day; up to 3 working days when verification is needed.",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI} nơi cư trú cuối cùng của người chết`, competentEn: `${WARD_COMMITTEE_EN} of the deceased's last residence`,
      eligibleVi: "Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết", eligibleEn: "The deceased's spouse, children, parents or other relatives",
      resultVi: "Trích lục khai tử", resultEn: "Death registration extract",
      legalBasis: CIVIL_LAW,
      fees: [{ labelVi: "Lệ phí đăng ký khai tử đúng hạn", labelEn: "Fee for on-time death registration", amount: 0, exemptionVi: "Miễn lệ phí khi đăng ký trong 15 ngày kể từ ngày chết", exemptionEn: "Free within 15 days of the death" }],
      documents: [
        REQUEST_FORM("Tờ khai đăng ký khai tử (theo mẫu)", "Death registration form (official template)"),
        { key: "giay-bao-tu", nameVi: "Giấy báo tử hoặc giấy tờ thay thế giấy báo tử", nameEn: "Death notice or an equivalent document", form: "ORIGINAL" },
        AUTHORISATION,
      ],
      steps: standardSteps(1),
    },
  },
  {
    code: "2.000635.000.00.00.H29", slug: "cap-ban-sao-trich-luc-ho-tich", nameVi: "Cấp bản sao trích lục hộ tịch", nameEn: "Copy of a civil status extract",
    field: "ho-tich", level: "WARD", managing: "so-tu-phap", keywords: ["bản sao giấy khai sinh", "trích lục"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "FULL_ONLINE", limit: [0, "SAME_DAY"], sameDayCutoff: "15:00",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI} đang lưu giữ sổ hộ tịch`, competentEn: `${WARD_COMMITTEE_EN} holding the civil status register`,
      eligibleVi: "Cá nhân có yêu cầu cấp bản sao trích lục về sự kiện hộ tịch của mình hoặc người thân", eligibleEn: "A person requesting a copy of an extract about their own or a relative's civil status event",
      resultVi: "Bản sao trích lục hộ tịch", resultEn: "Copy of the civil status extract",
      legalBasis: CIVIL_LAW,
      fees: [{ labelVi: "Phí cấp bản sao trích lục", labelEn: "Fee per copy", amount: 8000, exemptionVi: "Tính cho mỗi bản sao", exemptionEn: "Charged per copy" }],
      documents: [REQUEST_FORM("Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)", "Request form (official template)"), AUTHORISATION],
      steps: standardSteps(1),
    },
  },
  {
    code: "1.004884.000.00.00.H29", slug: "dang-ky-lai-khai-sinh", nameVi: "Đăng ký lại khai sinh", nameEn: "Re-registration of a birth",
    field: "ho-tich", level: "WARD", managing: "so-tu-phap", keywords: ["mất giấy khai sinh", "khai sinh lại"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "PARTIAL_ONLINE", limit: [5, "WORKING_DAYS"],
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI} nơi đã đăng ký khai sinh trước đây hoặc nơi thường trú`, competentEn: `${WARD_COMMITTEE_EN} where the birth was registered or of the permanent residence`,
      eligibleVi: "Người đã đăng ký khai sinh nhưng sổ hộ tịch và bản chính giấy khai sinh đều bị mất", eligibleEn: "A person whose birth was registered but both the register and the original certificate are lost",
      resultVi: "Giấy khai sinh (đăng ký lại)", resultEn: "Birth certificate (re-registered)",
      legalBasis: CIVIL_LAW,
      fees: [{ labelVi: "Lệ phí đăng ký lại khai sinh", labelEn: "Re-registration fee", amount: null }],
      documents: [
        REQUEST_FORM("Tờ khai đăng ký lại khai sinh (theo mẫu)", "Re-registration form (official template)"),
        { key: "giay-to-lien-quan", nameVi: "Bản sao giấy tờ có thông tin về nội dung khai sinh", nameEn: "Copies of documents showing the birth details", form: "COPY_WITH_ORIGINAL" },
      ],
      steps: standardSteps(5, "Xác minh, thẩm định", "Verification and appraisal"),
    },
  },
  {
    code: "1.001022.000.00.00.H29", slug: "dang-ky-nhan-cha-me-con", nameVi: "Đăng ký nhận cha, mẹ, con", nameEn: "Registration of parentage recognition",
    field: "ho-tich", level: "WARD", managing: "so-tu-phap", keywords: ["nhận cha con", "nhận mẹ con"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "PARTIAL_ONLINE", limit: [3, "WORKING_DAYS"],
      noteVi: "Cần xác minh thì không quá 05 ngày làm việc.", noteEn: "Up to 5 working days when verification is needed.",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI} nơi cư trú của người nhận hoặc người được nhận`, competentEn: `${WARD_COMMITTEE_EN} of either party's residence`,
      eligibleVi: "Cha, mẹ, con; các bên phải có mặt khi đăng ký", eligibleEn: "The parent and child; both parties must attend",
      resultVi: "Trích lục đăng ký nhận cha, mẹ, con", resultEn: "Parentage recognition extract",
      legalBasis: CIVIL_LAW,
      fees: [{ labelVi: "Lệ phí đăng ký nhận cha, mẹ, con", labelEn: "Registration fee", amount: null }],
      documents: [
        REQUEST_FORM("Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)", "Registration form (official template)"),
        { key: "chung-cu-quan-he", nameVi: "Văn bản của cơ quan y tế, giám định xác nhận quan hệ cha con hoặc mẹ con, hoặc chứng cứ khác", nameEn: "Medical or forensic confirmation of the relationship, or other evidence", form: "ORIGINAL_OR_CERTIFIED_COPY" },
      ],
      steps: standardSteps(3),
    },
  },
  {
    code: "2.000815.000.00.00.H29", slug: "chung-thuc-ban-sao-tu-ban-chinh", nameVi: "Chứng thực bản sao từ bản chính", nameEn: "Certified copy from an original",
    field: "chung-thuc", level: "WARD", managing: "so-tu-phap", featuredRank: 6, keywords: ["sao y", "công chứng bản sao", "photo công chứng"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "PARTIAL_ONLINE", limit: [0, "SAME_DAY"], sameDayCutoff: "15:00",
      noteVi: "Trong ngày; tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo. Người yêu cầu xuất trình bản chính.", noteEn: "Same day; after 15:00, the next working day. The original must be presented.",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: `${WARD_COMMITTEE_VI}; có thể thực hiện tại bất kỳ nơi nào trong Thành phố`, competentEn: `${WARD_COMMITTEE_EN}; any one in the city`,
      eligibleVi: "Cá nhân, tổ chức có yêu cầu", eligibleEn: "Any person or organisation",
      resultVi: "Bản sao được chứng thực từ bản chính", resultEn: "Certified copy",
      legalBasis: ["Nghị định 23/2015/NĐ-CP", "Thông tư 01/2020/TT-BTP", "Thông tư 226/2016/TT-BTC"],
      fees: [{ labelVi: "Phí chứng thực bản sao", labelEn: "Certification fee", amount: 2000, exemptionVi: "2.000 đ/trang cho trang 1–2; từ trang 3 là 1.000 đ/trang; tối đa 200.000 đ/bản", exemptionEn: "2,000 đ per page for pages 1–2, 1,000 đ from page 3, at most 200,000 đ per copy" }],
      documents: [
        { key: "ban-chinh", nameVi: "Bản chính giấy tờ, văn bản cần chứng thực", nameEn: "The original document", form: "ORIGINAL" },
        { key: "ban-sao", nameVi: "Bản sao cần chứng thực", nameEn: "The copy to certify", form: "COPY", required: false, noteVi: "Nếu người yêu cầu không tự chuẩn bị thì cơ quan thực hiện chụp từ bản chính", noteEn: "Made from the original by the office if not brought" },
      ],
      steps: standardSteps(1, "Đối chiếu bản sao với bản chính", "Comparison with the original"),
    },
  },
  {
    code: "2.000884.000.00.00.H29", slug: "chung-thuc-chu-ky", nameVi: "Chứng thực chữ ký trong giấy tờ, văn bản", nameEn: "Certification of a signature",
    field: "chung-thuc", level: "WARD", managing: "so-tu-phap", keywords: ["chứng thực chữ ký"],
    version: {
      effectiveFrom: EFFECTIVE, serviceLevel: "PARTIAL_ONLINE", limit: [0, "SAME_DAY"], sameDayCutoff: "15:00",
      noteVi: "Người yêu cầu phải ký trước mặt người thực hiện chứng thực.", noteEn: "The signer must sign in front of the certifying officer.",
      competent: "WARD_PEOPLES_COMMITTEE", competentVi: WARD_COMMITTEE_VI, competentEn: WARD_COMMITTEE_EN,
      eligibleVi: "Cá nhân có yêu cầu", eligibleEn: "Any person",
      resultVi: "Giấy tờ, văn bản đã được chứng thực chữ ký", resultEn: "Document with the certified signature",
      legalBasis: ["Nghị định 23/2015/NĐ-CP", "Thông tư 226/2016/TT-BTC"],
      fees: [{ labelVi: "Phí chứng thực chữ ký", labelEn: "Signature certification fee", amount: 10000, exemptionVi: "Tính cho mỗi trường hợp", exemptionEn: "Per signature certified" }],
      documents: [
        { key: "giay-to-tuy-than", nameVi: "Căn cước hoặc hộ chiếu còn giá trị", nameEn: "A valid ID card or passport", form: "ORIGINAL" },
        { key: "van-ban-can-ky", nameVi: "Giấy tờ, văn bản sẽ ký", nameEn: "The document to be signed", form: "ORIGINAL" },
      ],
      steps: standardSteps(1),
    },
  },
];
