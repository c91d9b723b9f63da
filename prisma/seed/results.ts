// Each procedure's result in its legal form (issue 27, item 1): the template kept with the
// seeded version, filled at the decision (lib/results/template.ts). Values come from the
// answers, what the agency decides, the register and the dossier; contact details (phone,
// e-mail) appear on none of them, as on the paper forms.
import type { Condition } from "@/lib/forms/definition";
import type { ResultTemplateInput } from "@/lib/results/template";

type Line = { label: string; value: string; showIf?: Condition };

const line = (label: string, value: string, showIf?: Condition): Line =>
  showIf ? { label, value, showIf } : { label, value };
const para = (value: string, showIf?: Condition): Line => line("", value, showIf);
const when = (field: string, equals: string | boolean): Condition => ({ field, equals });

/** Entered in the agency's register of the year: its number and book. */
const REGISTER_ENTRY = [line("Số", "{{register.number}}"), line("Quyển số", "{{register.book}}")];
const CODE_ONLY = [line("Số", "{{result.code}}")];
const REGISTERED_AT = [line("Nơi đăng ký", "{{agency.name}}"), line("Ngày, tháng, năm đăng ký", "{{result.issuedOn}}")];
const VALIDITY = line("Giá trị sử dụng", "{{version.validity}}.");

/** The applicant, by the answers of the applicant page most forms share. */
function person(): Line[] {
  return [
    line("Họ, chữ đệm, tên", "{{answers.fullName}}"),
    line("Ngày, tháng, năm sinh", "{{answers.birthDate}}"),
    line("Số định danh cá nhân", "{{answers.idNumber}}"),
    line("Nơi cư trú", "{{answers.address}}"),
  ];
}

const ENTERPRISE = [
  line("Mã số doanh nghiệp", "{{answers.enterpriseCode}}"),
  line("Tên doanh nghiệp", "{{answers.enterpriseName|upper}}"),
  line("Địa chỉ trụ sở chính", "{{answers.enterpriseAddress}}"),
  line("Người đại diện theo pháp luật", "{{answers.legalRepresentative}}"),
];

const criminalRecordDecision = [
  {
    key: "record",
    label: { vi: "Tình trạng án tích", en: "Criminal record" },
    hint: {
      vi:
        "Theo Cơ sở dữ liệu lý lịch tư pháp: “Không có án tích”, hoặc từng bản án với tội danh, hình phạt " +
        "và tình trạng thi hành.",
      en:
        "From the criminal-record database: “No criminal record”, or each judgment with the offence, sentence " +
        "and whether it was served.",
    },
    draft: "Không có án tích.",
  },
  {
    key: "officeBans",
    label: {
      vi: "Cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã (khi được yêu cầu)",
      en: "Bans on holding office or founding and managing enterprises (where asked)",
    },
    draft: "",
    required: false,
  },
];

/** A criminal-record certificate (Phiếu lý lịch tư pháp): identity, then the record as the agency found it. */
function criminalRecord(identity: Line[]): ResultTemplateInput {
  return {
    title: "PHIẾU LÝ LỊCH TƯ PHÁP",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: [line("Số", "{{register.number}}/{{register.book}}/LLTP"), para("{{answers.certificateType|upper}}")],
    sections: [
      {
        title: "Thông tin về nhân thân",
        lines: [
          line("Họ và tên", "{{answers.fullName|upper}}"),
          line("Giới tính", "{{answers.sex}}"),
          line("Ngày, tháng, năm sinh", "{{answers.birthDate}}"),
          line("Nơi sinh", "{{answers.birthPlace}}"),
          line("Quốc tịch", "{{answers.nationality}}"),
          ...identity,
        ],
      },
      { title: "Tình trạng án tích", lines: [para("{{decision.record}}")] },
      {
        title: "Thông tin về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã",
        lines: [para("{{decision.officeBans}}")],
      },
    ],
    closing: [line("Mục đích sử dụng", "{{answers.purpose}}")],
    decision: criminalRecordDecision,
  };
}

export const RESULT_TEMPLATES: Record<string, ResultTemplateInput> = {
  "dang-ky-khai-sinh": {
    title: "GIẤY KHAI SINH",
    holder: ["{{answers.childName}}"],
    register: true,
    preamble: REGISTER_ENTRY,
    sections: [
      {
        title: "Người được khai sinh",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.childName|upper}}"),
          line("Ngày, tháng, năm sinh", "{{answers.childBirthDate}}"),
          line("Ghi bằng chữ", "{{answers.childBirthDate|words}}"),
          line("Giới tính", "{{answers.childSex}}"),
          line("Dân tộc", "{{answers.childEthnicity}}"),
          line("Quốc tịch", "{{answers.childNationality}}"),
          line("Nơi sinh", "{{answers.birthPlace}}"),
          line("Quê quán", "{{answers.hometown}}"),
          line("Số định danh cá nhân", "{{decision.childIdNumber}}"),
        ],
      },
      {
        title: "Người mẹ",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.motherName}}"),
          line("Năm sinh", "{{answers.motherBirthYear}}"),
          line("Dân tộc", "{{answers.motherEthnicity}}"),
          line("Quốc tịch", "{{answers.motherNationality}}"),
          line("Nơi cư trú", "{{answers.motherAddress}}"),
        ],
      },
      {
        title: "Người cha",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.fatherName}}"),
          line("Năm sinh", "{{answers.fatherBirthYear}}"),
          line("Dân tộc", "{{answers.fatherEthnicity}}"),
          line("Quốc tịch", "{{answers.fatherNationality}}"),
          line("Nơi cư trú", "{{answers.fatherAddress}}"),
        ],
      },
      {
        title: "Người đi khai sinh",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.requesterName}}"),
          line("Quan hệ với người được khai sinh", "{{answers.relationship}}"),
        ],
      },
    ],
    closing: REGISTERED_AT,
    decision: [
      {
        key: "childIdNumber",
        label: { vi: "Số định danh cá nhân của trẻ", en: "The child's personal ID number" },
        hint: {
          vi: "Khi Cơ sở dữ liệu quốc gia về dân cư đã cấp số cho trẻ.",
          en: "When the national population database has issued one.",
        },
        draft: "",
        required: false,
        short: true,
      },
    ],
  },

  "cap-phieu-ly-lich-tu-phap": criminalRecord([
    line("Số định danh cá nhân", "{{answers.idNumber}}"),
    line("Nơi thường trú", "{{answers.permanentAddress}}"),
    line("Nơi tạm trú", "{{answers.temporaryAddress}}"),
    line("Họ và tên cha", "{{answers.fatherName}}", when("certificateType", "2")),
    line("Họ và tên mẹ", "{{answers.motherName}}", when("certificateType", "2")),
    line("Họ và tên vợ hoặc chồng", "{{answers.spouseName}}", when("certificateType", "2")),
  ]),

  "cap-phieu-ly-lich-tu-phap-nguoi-nuoc-ngoai": criminalRecord([
    line("Số hộ chiếu", "{{answers.passportNumber}}"),
    line("Nơi cư trú tại Việt Nam", "{{answers.cityAddresses|list}}"),
  ]),

  "dang-ky-thuong-tru": {
    title: "THÔNG BÁO KẾT QUẢ ĐĂNG KÝ THƯỜNG TRÚ",
    holder: ["{{answers.fullName}}"],
    preamble: CODE_ONLY,
    sections: [
      {
        title: "",
        lines: [
          para(
            "{{agency.name}} thông báo: công dân có tên dưới đây đã được đăng ký thường trú tại địa chỉ " +
              "{{answers.newAddress}} kể từ ngày {{result.issuedOn}}.",
          ),
          line("Họ, chữ đệm, tên", "{{answers.fullName|upper}}"),
          line("Ngày, tháng, năm sinh", "{{answers.birthDate}}"),
          line("Số định danh cá nhân", "{{answers.idNumber}}"),
          line("Nơi thường trú", "{{answers.newAddress}}"),
          line("Họ và tên chủ hộ", "{{answers.householdHeadName}}"),
          line("Quan hệ với chủ hộ", "{{answers.relationshipToHead}}"),
          line("Nơi cư trú trước khi đăng ký", "{{answers.address}}"),
        ],
      },
    ],
    closing: [para("Thông tin về nơi thường trú đã được cập nhật vào Cơ sở dữ liệu về cư trú.")],
  },

  "dang-ky-tam-tru": {
    title: "THÔNG BÁO KẾT QUẢ ĐĂNG KÝ TẠM TRÚ",
    holder: ["{{answers.fullName}}"],
    preamble: CODE_ONLY,
    sections: [
      {
        title: "",
        lines: [
          para(
            "{{agency.name}} thông báo: công dân có tên dưới đây đã được đăng ký tạm trú tại địa chỉ " +
              "{{answers.stayAddress}} từ ngày {{answers.fromDate}}, thời hạn tạm trú {{answers.months}} tháng.",
          ),
          ...person(),
          line("Lý do tạm trú", "{{answers.reason}}"),
        ],
      },
    ],
    closing: [VALIDITY, para("Thông tin về nơi tạm trú đã được cập nhật vào Cơ sở dữ liệu về cư trú.")],
  },

  "xoa-dang-ky-thuong-tru": {
    title: "THÔNG BÁO VỀ VIỆC XÓA ĐĂNG KÝ THƯỜNG TRÚ",
    holder: ["{{answers.memberName}}", "{{answers.fullName}}"],
    preamble: CODE_ONLY,
    sections: [
      {
        title: "",
        lines: [
          para("{{agency.name}} thông báo đã xóa đăng ký thường trú của công dân có tên dưới đây."),
          line("Họ, chữ đệm, tên", "{{answers.fullName|upper}}", when("subject", "self")),
          line("Số định danh cá nhân", "{{answers.idNumber}}", when("subject", "self")),
          line("Họ, chữ đệm, tên", "{{answers.memberName|upper}}", when("subject", "member")),
          line("Số định danh cá nhân", "{{answers.memberIdNumber}}", when("subject", "member")),
          line("Trường hợp xóa đăng ký", "{{answers.reason}}"),
          line("Ngày xóa đăng ký", "{{result.issuedOn}}"),
          line("Người đề nghị", "{{answers.fullName}}", when("subject", "member")),
        ],
      },
    ],
    closing: [para("Thông tin đã được cập nhật vào Cơ sở dữ liệu về cư trú.")],
  },

  "khai-bao-tam-vang": {
    title: "PHIẾU KHAI BÁO TẠM VẮNG",
    holder: ["{{answers.fullName}}"],
    preamble: CODE_ONLY,
    sections: [
      {
        title: "",
        lines: [
          ...person(),
          line("Tạm vắng từ ngày", "{{answers.fromDate}}"),
          line("Đến ngày", "{{answers.toDate}}"),
          line("Nơi đến", "{{answers.destination}}"),
          line("Lý do tạm vắng", "{{answers.reason}}"),
          line("Lý do cụ thể", "{{answers.otherReason}}"),
        ],
      },
    ],
    closing: [para("{{agency.name}} xác nhận công dân trên đã khai báo tạm vắng ngày {{result.issuedOn}}.")],
  },

  "xac-nhan-tinh-trang-hon-nhan": {
    title: "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: REGISTER_ENTRY,
    sections: [
      {
        title: "",
        lines: [
          para("{{agency.name}} xác nhận:"),
          line("Họ, chữ đệm, tên", "{{answers.fullName|upper}}"),
          line("Ngày, tháng, năm sinh", "{{answers.birthDate}}"),
          line("Số định danh cá nhân", "{{answers.idNumber}}"),
          line("Nơi cư trú", "{{answers.address}}"),
          line("Tình trạng hôn nhân", "{{decision.status}}"),
          line("Mục đích sử dụng", "{{answers.purpose}}"),
          line("Kết hôn với", "{{answers.intendedSpouseName}}"),
          line("Mục đích khác", "{{answers.otherPurpose}}"),
        ],
      },
    ],
    closing: [VALIDITY, para("Giấy này không có giá trị khi sử dụng vào mục đích khác với mục đích ghi trên.")],
    decision: [
      {
        key: "status",
        label: { vi: "Tình trạng hôn nhân được xác nhận", en: "The marital status certified" },
        hint: {
          vi:
            "Sau khi kiểm tra sổ hộ tịch và Cơ sở dữ liệu hộ tịch điện tử: tình trạng và thời gian cư trú " +
            "được xác nhận.",
          en: "After checking the civil-status registers: the status and the period of residence certified.",
        },
        draft: "{{answers.maritalStatus}}.",
      },
    ],
  },

  "dang-ky-ket-hon": {
    title: "GIẤY CHỨNG NHẬN KẾT HÔN",
    holder: ["{{answers.fullName}} và {{answers.partnerName}}"],
    register: true,
    preamble: REGISTER_ENTRY,
    sections: [
      { title: "Bên thứ nhất", lines: person() },
      {
        title: "Bên thứ hai",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.partnerName}}"),
          line("Ngày, tháng, năm sinh", "{{answers.partnerBirthDate}}"),
          line("Số định danh cá nhân", "{{answers.partnerIdNumber}}"),
          line("Nơi cư trú", "{{answers.partnerAddress}}"),
        ],
      },
    ],
    closing: REGISTERED_AT,
  },

  "dang-ky-khai-tu": {
    title: "TRÍCH LỤC KHAI TỬ",
    holder: ["{{answers.deceasedName}}"],
    register: true,
    preamble: REGISTER_ENTRY,
    sections: [
      {
        title: "Người đã chết",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.deceasedName|upper}}"),
          line("Ngày, tháng, năm sinh", "{{answers.deceasedBirthDate}}"),
          line("Giới tính", "{{answers.deceasedSex}}"),
          line("Số định danh cá nhân", "{{answers.deceasedIdNumber}}"),
          line("Đã chết vào ngày", "{{answers.deathDate}}"),
          line("Nơi chết", "{{answers.deathPlace}}"),
          line("Nguyên nhân chết", "{{answers.deathCause}}"),
        ],
      },
      {
        title: "Người đi khai tử",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.fullName}}"),
          line("Số định danh cá nhân", "{{answers.idNumber}}"),
          line("Quan hệ với người đã chết", "{{answers.relationship}}"),
        ],
      },
    ],
    closing: REGISTERED_AT,
  },

  "cap-ban-sao-trich-luc-ho-tich": {
    title: "BẢN SAO TRÍCH LỤC HỘ TỊCH",
    holder: ["{{answers.subjectName}}", "{{answers.fullName}}"],
    register: true,
    preamble: REGISTER_ENTRY,
    sections: [
      {
        title: "",
        lines: [
          line("Sự kiện hộ tịch", "{{answers.eventType}}"),
          line("Người có sự kiện hộ tịch", "{{answers.fullName}}", when("subject", "self")),
          line("Người có sự kiện hộ tịch", "{{answers.subjectName}}", when("subject", "relative")),
          line("Cơ quan đã đăng ký", "{{answers.registrationPlace}}"),
          line("Số, quyển số đăng ký", "{{answers.registrationNumber}}"),
          line("Ngày đăng ký", "{{answers.registrationDate}}"),
        ],
      },
      { title: "Nội dung trích lục", lines: [para("{{decision.extract}}")] },
    ],
    closing: [
      line("Số bản sao được cấp", "{{answers.copies}}"),
      para("Bản sao trích lục này được cấp từ Sổ hộ tịch, ngày {{result.issuedOn}}."),
    ],
    decision: [
      {
        key: "extract",
        label: { vi: "Nội dung trích lục từ Sổ hộ tịch", en: "The entry as copied from the civil-status register" },
        hint: {
          vi: "Chép nguyên văn nội dung đã đăng ký trong Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử.",
          en: "Copy the entry word for word from the register or the electronic civil-status database.",
        },
        draft: "",
      },
    ],
  },

  "dang-ky-lai-khai-sinh": {
    title: "GIẤY KHAI SINH (ĐĂNG KÝ LẠI)",
    holder: ["{{answers.personName}}", "{{answers.fullName}}"],
    register: true,
    preamble: REGISTER_ENTRY,
    sections: [
      {
        title: "Người được khai sinh",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.fullName|upper}}", when("forWhom", "self")),
          line("Ngày, tháng, năm sinh", "{{answers.birthDate}}", when("forWhom", "self")),
          line("Ghi bằng chữ", "{{answers.birthDate|words}}", when("forWhom", "self")),
          line("Giới tính", "{{answers.ownSex}}", when("forWhom", "self")),
          line("Số định danh cá nhân", "{{answers.idNumber}}", when("forWhom", "self")),
          line("Họ, chữ đệm, tên", "{{answers.personName|upper}}", when("forWhom", "child")),
          line("Ngày, tháng, năm sinh", "{{answers.personBirthDate}}", when("forWhom", "child")),
          line("Ghi bằng chữ", "{{answers.personBirthDate|words}}", when("forWhom", "child")),
          line("Giới tính", "{{answers.personSex}}", when("forWhom", "child")),
          line("Nơi sinh", "{{answers.birthPlace}}"),
          line("Quê quán", "{{answers.hometown}}"),
          line("Họ, chữ đệm, tên người cha", "{{answers.fatherName}}"),
          line("Họ, chữ đệm, tên người mẹ", "{{answers.motherName}}"),
        ],
      },
    ],
    closing: [
      line("Nơi đăng ký khai sinh trước đây", "{{answers.firstRegistrationPlace}}"),
      ...REGISTERED_AT,
      para("Đăng ký lại khai sinh."),
    ],
  },

  "dang-ky-nhan-cha-me-con": {
    title: "TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: REGISTER_ENTRY,
    sections: [
      {
        title: "Bên nhận",
        lines: [...person(), line("Là", "{{answers.applicantRole}}")],
      },
      {
        title: "Bên được nhận",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.otherName}}"),
          line("Ngày, tháng, năm sinh", "{{answers.otherBirthDate}}"),
          line("Số định danh cá nhân", "{{answers.otherIdNumber}}"),
          line("Nơi cư trú", "{{answers.otherAddress}}"),
        ],
      },
    ],
    closing: REGISTERED_AT,
  },

  "chung-thuc-ban-sao-tu-ban-chinh": {
    title: "LỜI CHỨNG CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: [line("Số chứng thực", "{{register.number}}"), line("Quyển số", "{{register.book}}-SCT/BS")],
    sections: [
      {
        title: "",
        lines: [
          para(
            "Chứng thực bản sao đúng với bản chính {{answers.documentName}} do {{answers.issuer}} cấp, " +
              "do {{answers.fullName}} (số định danh cá nhân {{answers.idNumber}}) xuất trình.",
          ),
          line("Số trang của giấy tờ", "{{answers.pages}}"),
          line("Số bản sao được chứng thực", "{{answers.copies}}"),
        ],
      },
    ],
    closing: [para("{{agency.name}}, ngày {{result.issuedOn}}.")],
  },

  "chung-thuc-chu-ky": {
    title: "LỜI CHỨNG CHỨNG THỰC CHỮ KÝ",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: [line("Số chứng thực", "{{register.number}}"), line("Quyển số", "{{register.book}}-SCT/CK")],
    sections: [
      {
        title: "",
        lines: [
          para(
            "Chứng thực {{answers.fullName}}, số định danh cá nhân {{answers.idNumber}}, đã ký vào văn bản " +
              "“{{answers.documentTitle}}” trước mặt người thực hiện chứng thực.",
          ),
          line("Ngôn ngữ của văn bản", "{{answers.documentLanguage}}"),
        ],
      },
    ],
    closing: [para("{{agency.name}}, ngày {{result.issuedOn}}.")],
  },

  "tro-cap-xa-hoi-hang-thang": {
    title: "QUYẾT ĐỊNH VỀ VIỆC HƯỞNG TRỢ CẤP XÃ HỘI HẰNG THÁNG",
    holder: ["{{answers.beneficiaryName}}", "{{answers.fullName}}"],
    register: true,
    preamble: [line("Số", "{{register.number}}/QĐ-TCXH")],
    sections: [
      {
        title: "Người được hưởng trợ cấp",
        lines: [
          line("Họ, chữ đệm, tên", "{{answers.fullName}}", when("forWhom", "self")),
          line("Số định danh cá nhân", "{{answers.idNumber}}", when("forWhom", "self")),
          line("Họ, chữ đệm, tên", "{{answers.beneficiaryName}}", when("forWhom", "dependant")),
          line("Số định danh cá nhân", "{{answers.beneficiaryIdNumber}}", when("forWhom", "dependant")),
          line("Thuộc đối tượng", "{{answers.category}}"),
        ],
      },
      {
        title: "Quyết định",
        lines: [
          line("Mức trợ cấp xã hội hằng tháng", "{{decision.amount}}"),
          line("Thời điểm được hưởng", "{{decision.from}}"),
          line("Hình thức nhận trợ cấp", "{{answers.paymentMethod}}"),
          line("Ngân hàng", "{{answers.bankName}}"),
          line("Số tài khoản", "{{answers.bankAccount}}"),
          line("Người đề nghị", "{{answers.fullName}}", when("forWhom", "dependant")),
        ],
      },
    ],
    closing: [para("Quyết định có hiệu lực kể từ ngày ký.")],
    decision: [
      {
        key: "amount",
        label: { vi: "Mức trợ cấp hằng tháng", en: "Monthly allowance" },
        hint: { vi: "Theo hệ số của đối tượng, ví dụ: 500.000 đồng/tháng.", en: "By the category's coefficient." },
        draft: "",
      },
      { key: "from", label: { vi: "Hưởng từ", en: "Paid from" }, draft: "", short: true },
    ],
  },

  "giai-quyet-huong-tro-cap-that-nghiep": {
    title: "QUYẾT ĐỊNH VỀ VIỆC HƯỞNG TRỢ CẤP THẤT NGHIỆP",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: [line("Số", "{{register.number}}/QĐ-TCTN")],
    sections: [
      {
        title: "Người lao động",
        lines: [
          ...person(),
          line("Giới tính", "{{answers.sex}}"),
          line("Mã số bảo hiểm xã hội", "{{answers.socialInsuranceNumber}}"),
          line("Đơn vị đã làm việc", "{{answers.employerName}}"),
          line("Ngày chấm dứt hợp đồng", "{{answers.contractEndDate}}"),
          line("Số tháng đã đóng bảo hiểm thất nghiệp", "{{answers.contributionMonths}}"),
        ],
      },
      {
        title: "Được hưởng trợ cấp thất nghiệp",
        lines: [
          line("Số tháng được hưởng", "{{decision.months}}"),
          line("Mức hưởng hằng tháng", "{{decision.amount}}"),
          line("Thời gian hưởng", "{{decision.period}}"),
          line("Nhận qua tài khoản", "{{answers.bankAccountNumber}} – {{answers.bankAccountHolder}}"),
          line("Tại ngân hàng", "{{answers.bankName}}"),
        ],
      },
    ],
    closing: [para("Hằng tháng, người lao động thông báo về việc tìm kiếm việc làm với Trung tâm Dịch vụ việc làm.")],
    decision: [
      { key: "months", label: { vi: "Số tháng được hưởng", en: "Months of benefit" }, draft: "", short: true },
      { key: "amount", label: { vi: "Mức hưởng hằng tháng", en: "Monthly benefit" }, draft: "" },
      { key: "period", label: { vi: "Thời gian hưởng (từ ngày đến ngày)", en: "Benefit period" }, draft: "" },
    ],
  },

  "dang-ky-thanh-lap-ho-kinh-doanh": {
    title: "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH",
    holder: ["{{answers.businessName}}"],
    register: true,
    preamble: [
      line("Số đăng ký", "{{register.number}}/{{register.book}}/HKD"),
      line("Đăng ký lần đầu", "{{result.issuedOn}}"),
    ],
    sections: [
      {
        title: "",
        lines: [
          line("1. Tên hộ kinh doanh", "{{answers.businessName|upper}}"),
          line("2. Địa điểm kinh doanh", "{{answers.businessAddress}}"),
          line("3. Ngành, nghề kinh doanh", "{{answers.sector}}"),
          line("4. Vốn kinh doanh", "{{answers.capital}} đồng"),
          line("Bằng chữ", "{{answers.capital|words}} đồng"),
          line("5. Số lao động", "{{answers.employees}}"),
        ],
      },
      {
        title: "6. Chủ hộ kinh doanh",
        lines: [...person()],
      },
      {
        title: "7. Các thành viên hộ gia đình đăng ký hộ kinh doanh",
        lines: [para("{{answers.members|list}}")],
      },
    ],
    closing: [],
  },

  "dang-ky-thanh-lap-cong-ty-tnhh-mot-thanh-vien": {
    title: "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP – CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN",
    holder: ["{{answers.companyName}}"],
    preamble: [
      line("Mã số doanh nghiệp", "{{decision.enterpriseCode}}"),
      line("Đăng ký lần đầu", "{{result.issuedOn}}"),
    ],
    sections: [
      {
        title: "1. Tên công ty",
        lines: [
          line("Tên công ty viết bằng tiếng Việt", "{{answers.companyName|upper}}"),
          line("Tên công ty viết bằng tiếng nước ngoài", "{{answers.foreignName}}"),
          line("Tên công ty viết tắt", "{{answers.abbreviation}}"),
        ],
      },
      { title: "2. Địa chỉ trụ sở chính", lines: [para("{{answers.headOfficeAddress}}")] },
      {
        title: "3. Vốn điều lệ",
        lines: [
          line("Bằng số", "{{answers.charterCapital}} đồng"),
          line("Bằng chữ", "{{answers.charterCapital|words}} đồng"),
        ],
      },
      {
        title: "4. Thông tin về chủ sở hữu",
        lines: [
          line("Họ và tên", "{{answers.fullName}}", when("ownerType", "individual")),
          line("Ngày, tháng, năm sinh", "{{answers.birthDate}}", when("ownerType", "individual")),
          line("Số định danh cá nhân", "{{answers.idNumber}}", when("ownerType", "individual")),
          line("Nơi cư trú", "{{answers.address}}", when("ownerType", "individual")),
          line("Tên tổ chức", "{{answers.ownerName}}", when("ownerType", "organisation")),
          line("Mã số doanh nghiệp", "{{answers.ownerCode}}", when("ownerType", "organisation")),
          line("Địa chỉ trụ sở", "{{answers.ownerAddress}}", when("ownerType", "organisation")),
        ],
      },
      {
        title: "5. Người đại diện theo pháp luật",
        lines: [
          line("Họ và tên", "{{answers.fullName}}", when("representative", "self")),
          line("Số định danh cá nhân", "{{answers.idNumber}}", when("representative", "self")),
          line("Họ và tên", "{{answers.representativeName}}", when("representative", "other")),
          line("Số định danh cá nhân", "{{answers.representativeIdNumber}}", when("representative", "other")),
          line("Chức danh", "{{answers.representativeTitle}}"),
        ],
      },
      {
        title: "6. Ngành, nghề kinh doanh",
        lines: [para("{{answers.businessLines|list}}"), line("Ngành kinh doanh chính", "{{answers.mainLineCode}}")],
      },
    ],
    closing: [],
    decision: [
      {
        key: "enterpriseCode",
        label: { vi: "Mã số doanh nghiệp được cấp", en: "The enterprise code issued" },
        hint: {
          vi: "Mã số do Hệ thống thông tin quốc gia về đăng ký doanh nghiệp tạo (10 chữ số).",
          en: "The code the national business registration system generates (10 digits).",
        },
        draft: "",
        short: true,
      },
    ],
  },

  "dang-ky-thay-doi-noi-dung-dang-ky-doanh-nghiep": {
    title: "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP (ĐĂNG KÝ THAY ĐỔI)",
    holder: ["{{answers.newName}}", "{{answers.enterpriseName}}"],
    preamble: [
      line("Mã số doanh nghiệp", "{{answers.enterpriseCode}}"),
      line("Đăng ký thay đổi ngày", "{{result.issuedOn}}"),
    ],
    sections: [
      {
        title: "1. Tên doanh nghiệp",
        lines: [
          line("Tên viết bằng tiếng Việt", "{{answers.enterpriseName|upper}}", when("changeName", false)),
          line("Tên viết bằng tiếng Việt", "{{answers.newName|upper}}", when("changeName", true)),
          line("Tên viết bằng tiếng nước ngoài", "{{answers.newForeignName}}"),
          line("Tên viết tắt", "{{answers.newAbbreviation}}"),
        ],
      },
      {
        title: "2. Địa chỉ trụ sở chính",
        lines: [
          para("{{answers.enterpriseAddress}}", when("changeHeadOffice", false)),
          para("{{answers.newHeadOfficeAddress}}", when("changeHeadOffice", true)),
        ],
      },
      {
        title: "3. Ngành, nghề kinh doanh",
        lines: [
          line("Bổ sung", "{{answers.addedLines|list}}"),
          line("Bỏ bớt", "{{answers.removedLines|list}}"),
          line("Ngành kinh doanh chính", "{{answers.newMainLineCode}}"),
        ],
      },
      {
        title: "4. Vốn điều lệ",
        lines: [
          line("Bằng số", "{{answers.newCharterCapital}} đồng"),
          line("Bằng chữ", "{{answers.newCharterCapital|words}} đồng"),
        ],
      },
      {
        title: "5. Người đại diện theo pháp luật",
        lines: [
          line("Họ và tên", "{{answers.legalRepresentative}}", when("changeRepresentative", false)),
          line("Họ và tên", "{{answers.newRepresentativeName}}", when("changeRepresentative", true)),
          line("Số định danh cá nhân", "{{answers.newRepresentativeIdNumber}}"),
          line("Chức danh", "{{answers.newRepresentativeTitle}}"),
        ],
      },
    ],
    closing: [para("Các nội dung khác trong Giấy chứng nhận đăng ký doanh nghiệp không thay đổi.")],
  },

  "thong-bao-tam-ngung-kinh-doanh": {
    title: "GIẤY XÁC NHẬN VỀ VIỆC DOANH NGHIỆP ĐĂNG KÝ TẠM NGỪNG KINH DOANH",
    holder: ["{{answers.enterpriseName}}"],
    preamble: CODE_ONLY,
    sections: [
      {
        title: "",
        lines: [
          para("{{agency.name}} xác nhận:"),
          ...ENTERPRISE,
          para("đã đăng ký tạm ngừng kinh doanh từ ngày {{answers.fromDate}} đến ngày {{answers.toDate}}."),
          line("Lý do", "{{answers.reason}}"),
        ],
      },
    ],
    closing: [],
  },

  "cap-giay-phep-lao-dong": {
    title: "GIẤY PHÉP LAO ĐỘNG",
    holder: ["{{answers.workerName}}"],
    register: true,
    preamble: [line("Số", "{{register.number}}/{{register.book}}/GPLĐ")],
    sections: [
      {
        title: "Người lao động nước ngoài",
        lines: [
          line("Họ và tên", "{{answers.workerName|upper}}"),
          line("Giới tính", "{{answers.workerSex}}"),
          line("Ngày, tháng, năm sinh", "{{answers.workerBirthDate}}"),
          line("Quốc tịch", "{{answers.workerNationality}}"),
          line("Số hộ chiếu", "{{answers.passportNumber}}"),
        ],
      },
      {
        title: "Làm việc tại",
        lines: [
          line("Doanh nghiệp", "{{answers.enterpriseName}}"),
          line("Mã số doanh nghiệp", "{{answers.enterpriseCode}}"),
          line("Địa điểm làm việc", "{{answers.workplaceAddress}}"),
          line("Vị trí công việc", "{{answers.jobPosition}}"),
          line("Chức danh công việc", "{{answers.jobTitle}}"),
          line("Hình thức làm việc", "{{answers.workForm}}"),
          line("Thời hạn làm việc", "Từ ngày {{answers.fromDate}} đến ngày {{answers.toDate}}"),
        ],
      },
    ],
    closing: [VALIDITY],
  },

  "cap-lai-giay-phep-lao-dong": {
    title: "GIẤY PHÉP LAO ĐỘNG (CẤP LẠI)",
    holder: ["{{answers.workerName}}"],
    register: true,
    preamble: [line("Số", "{{register.number}}/{{register.book}}/GPLĐ")],
    sections: [
      {
        title: "",
        lines: [
          line("Họ và tên", "{{answers.workerName|upper}}"),
          line("Số hộ chiếu", "{{answers.passportNumber}}"),
          line("Doanh nghiệp", "{{answers.enterpriseName}}"),
          line("Mã số doanh nghiệp", "{{answers.enterpriseCode}}"),
          line("Cấp lại giấy phép lao động số", "{{answers.currentPermitNumber}}"),
          line("Lý do cấp lại", "{{answers.reason}}"),
          line("Nội dung thay đổi", "{{answers.changedDetails}}"),
          line("Thời hạn của giấy phép cấp lại", "{{decision.validUntil}}"),
        ],
      },
    ],
    closing: [],
    decision: [
      {
        key: "validUntil",
        label: { vi: "Thời hạn của giấy phép cấp lại", en: "Validity of the reissued permit" },
        hint: {
          vi: "Bằng thời hạn còn lại của giấy phép đã được cấp.",
          en: "The time left on the permit issued before.",
        },
        draft: "",
        short: true,
      },
    ],
  },

  "cap-giay-phep-xay-dung-nha-o-rieng-le": {
    title: "GIẤY PHÉP XÂY DỰNG",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: [line("Số", "{{register.number}}/{{register.book}}/GPXD"), para("(Sử dụng cho nhà ở riêng lẻ)")],
    sections: [
      {
        title: "",
        lines: [
          line("1. Cấp cho", "{{answers.fullName}}"),
          line("Địa chỉ", "{{answers.address}}"),
          line("2. Được phép xây dựng công trình", "Nhà ở riêng lẻ"),
          line("Theo thiết kế của", "{{answers.designer}}"),
          line("Địa điểm xây dựng", "{{answers.siteAddress}}"),
          line("Lô đất", "{{answers.landParcel}}"),
          line("Diện tích lô đất", "{{answers.landArea}} m²"),
          line("Diện tích xây dựng tầng 1", "{{answers.buildingArea}} m²"),
        ],
      },
      {
        title: "3. Nội dung được phép",
        lines: [
          line("Số tầng", "{{decision.floors}}"),
          line("Chiều cao công trình", "{{decision.height}}"),
          line("Tổng diện tích sàn", "{{decision.floorArea}}"),
          line("Chỉ giới đường đỏ, chỉ giới xây dựng", "{{decision.buildingLines}}"),
          line("Cốt xây dựng (cốt nền)", "{{decision.groundLevel}}"),
        ],
      },
    ],
    closing: [
      line("4. Hiệu lực", "{{version.validity}}."),
      para("Chủ đầu tư phải thông báo ngày khởi công cho cơ quan cấp phép trước khi khởi công xây dựng."),
    ],
    decision: [
      {
        key: "floors",
        label: { vi: "Số tầng được phép", en: "Floors permitted" },
        draft: "{{answers.floors}} tầng",
        short: true,
      },
      {
        key: "height",
        label: { vi: "Chiều cao được phép", en: "Height permitted" },
        draft: "{{answers.height}} m",
        short: true,
      },
      {
        key: "floorArea",
        label: { vi: "Tổng diện tích sàn được phép", en: "Total floor area permitted" },
        draft: "",
        short: true,
      },
      {
        key: "buildingLines",
        label: { vi: "Chỉ giới đường đỏ, chỉ giới xây dựng", en: "Street and building lines" },
        hint: { vi: "Theo quy hoạch tại thửa đất, ví dụ: lùi 2,4 m so với chỉ giới đường đỏ.", en: "From the plan." },
        draft: "",
      },
      {
        key: "groundLevel",
        label: { vi: "Cốt xây dựng (cốt nền)", en: "Ground level" },
        draft: "",
        short: true,
      },
    ],
  },

  "cap-giay-phep-sua-chua-cai-tao-nha-o-rieng-le": {
    title: "GIẤY PHÉP SỬA CHỮA, CẢI TẠO",
    holder: ["{{answers.fullName}}"],
    register: true,
    preamble: [line("Số", "{{register.number}}/{{register.book}}/GPXD"), para("(Sử dụng cho nhà ở riêng lẻ)")],
    sections: [
      {
        title: "",
        lines: [
          line("1. Cấp cho", "{{answers.fullName}}"),
          line("Địa chỉ", "{{answers.address}}"),
          line("2. Được phép sửa chữa, cải tạo nhà ở tại", "{{answers.houseAddress}}"),
          line("Giấy chứng nhận quyền sở hữu nhà ở số", "{{answers.ownershipCertificateNumber}}"),
          line("Hiện trạng", "{{answers.currentFloors}} tầng, tổng diện tích sàn {{answers.currentFloorArea}} m²"),
        ],
      },
      { title: "3. Nội dung được phép sửa chữa, cải tạo", lines: [para("{{decision.works}}")] },
    ],
    closing: [para("Chủ đầu tư phải thông báo ngày khởi công cho cơ quan cấp phép trước khi khởi công.")],
    decision: [
      {
        key: "works",
        label: { vi: "Nội dung được phép sửa chữa, cải tạo", en: "The works permitted" },
        draft: "{{answers.works}}",
      },
    ],
  },

  "gia-han-giay-phep-xay-dung": {
    title: "GIA HẠN GIẤY PHÉP XÂY DỰNG",
    holder: ["{{answers.fullName}}"],
    preamble: CODE_ONLY,
    sections: [
      {
        title: "",
        lines: [
          para(
            "Gia hạn Giấy phép xây dựng số {{answers.permitNumber}} ngày {{answers.permitDate}} do " +
              "{{answers.issuingAuthority}} cấp cho {{answers.fullName}}.",
          ),
          line("Địa điểm xây dựng", "{{answers.siteAddress}}"),
          line("Thời gian có hiệu lực của giấy phép được gia hạn đến ngày", "{{decision.extendedUntil}}"),
        ],
      },
    ],
    closing: [para("Văn bản này là bộ phận không tách rời của Giấy phép xây dựng đã được cấp.")],
    decision: [
      {
        key: "extendedUntil",
        label: { vi: "Giấy phép được gia hạn đến ngày", en: "The permit is extended until" },
        hint: { vi: "Mỗi lần gia hạn 12 tháng, gia hạn tối đa 02 lần.", en: "12 months each time, at most twice." },
        draft: "",
        short: true,
      },
    ],
  },
};
