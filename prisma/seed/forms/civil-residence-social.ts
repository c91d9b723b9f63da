// E-forms of the civil-status, certification, residence and social-protection procedures
// decided at the ward. The applicant is prefilled from VNeID and locked; another person is
// named by ID number, whose lookup confirms the name typed (or fills it, where the registry
// can tell who the person is to the applicant); what is asked once is what no register holds.
import type { FormDefinitionInput, PrefillSource } from "@/lib/forms/definition";
import { APPLICANT_PAGE, WARD_PAGE, type PageInput } from "./more-forms";

type FieldInput = PageInput["fields"][number];

const L = (vi: string, en: string) => ({ vi, en });

const sex = (id: string, showIf?: FieldInput["showIf"], prefill?: PrefillSource): FieldInput => ({
  id,
  type: "radio",
  label: L("Giới tính", "Sex"),
  options: [
    { value: "male", label: L("Nam", "Male") },
    { value: "female", label: L("Nữ", "Female") },
  ],
  ...(showIf ? { showIf } : {}),
  ...(prefill ? { prefill } : {}),
});

const PEOPLES_COMMITTEE = WARD_PAGE(
  "Ủy ban nhân dân phường, xã, đặc khu nơi giải quyết",
  "People's Committee of the ward that handles it",
);

export const MARRIAGE_FORM = {
  formVersion: 1,
  pages: [
    {
      ...APPLICANT_PAGE,
      fields: [
        ...APPLICANT_PAGE.fields,
        {
          id: "applicantMarriageNumber",
          type: "number",
          label: L("Đây là lần kết hôn thứ mấy của bạn", "Which of your marriages this is"),
          min: 1,
          max: 10,
        },
      ],
    },
    {
      id: "nguoi-cung-dang-ky",
      title: L("Người cùng đăng ký kết hôn", "The person you marry"),
      intro: L(
        "Nhập họ tên và số định danh cá nhân: cơ quan đăng ký đối chiếu với Cơ sở dữ liệu quốc gia về dân cư.",
        "Enter the name and personal ID number: the registry office checks them against the population database.",
      ),
      fields: [
        { id: "partnerName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), maxLength: 100 },
        {
          id: "partnerIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân", "Personal ID number"),
          fill: { fullName: "partnerName" },
        },
        { id: "partnerBirthDate", type: "date", label: L("Ngày sinh", "Date of birth"), notAfterToday: true },
        { id: "partnerAddress", type: "text", label: L("Nơi cư trú", "Residence"), maxLength: 200 },
        {
          id: "partnerMarriageNumber",
          type: "number",
          label: L("Đây là lần kết hôn thứ mấy của người này", "Which of their marriages this is"),
          min: 1,
          max: 10,
        },
      ],
    },
    {
      id: "tinh-trang-hon-nhan",
      title: L("Tình trạng hôn nhân", "Marital status"),
      fields: [
        {
          id: "bothResideHere",
          type: "yesno",
          label: L(
            "Cả hai người đều thường trú tại phường, xã nơi nộp hồ sơ?",
            "Do both of you live permanently in the ward where you file?",
          ),
          hint: L(
            "Nếu không, người thường trú nơi khác nộp giấy xác nhận tình trạng hôn nhân do nơi thường trú cấp.",
            "If not, the one who lives elsewhere attaches a marital status certificate from their own ward.",
          ),
        },
        {
          id: "maritalStatusCertificate",
          type: "attachment",
          documentKey: "xac-nhan-tinh-trang-hon-nhan",
          label: L("Giấy xác nhận tình trạng hôn nhân", "Marital status certificate"),
          showIf: { field: "bothResideHere", equals: false },
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
} satisfies FormDefinitionInput;

export const DEATH_REGISTRATION_FORM = {
  formVersion: 1,
  pages: [
    {
      ...APPLICANT_PAGE,
      fields: [
        ...APPLICANT_PAGE.fields,
        {
          id: "relationship",
          type: "radio",
          label: L("Quan hệ với người chết", "Relationship to the deceased"),
          options: [
            { value: "spouse", label: L("Vợ hoặc chồng", "Spouse") },
            { value: "child", label: L("Con", "Child") },
            { value: "parent", label: L("Cha hoặc mẹ", "Father or mother") },
            { value: "relative", label: L("Người thân thích khác", "Another relative") },
          ],
        },
      ],
    },
    {
      id: "nguoi-chet",
      title: L("Người chết", "The deceased"),
      fields: [
        { id: "deceasedName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), maxLength: 100 },
        {
          id: "deceasedIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân", "Personal ID number"),
          fill: { fullName: "deceasedName" },
          hint: L("Ghi trên căn cước hoặc giấy báo tử.", "As on the identity card or the death notice."),
        },
        { id: "deceasedBirthDate", type: "date", label: L("Ngày sinh", "Date of birth"), notAfterToday: true },
        sex("deceasedSex"),
        { id: "deathDate", type: "date", label: L("Ngày chết", "Date of death"), notAfterToday: true },
        {
          id: "deathPlace",
          type: "text",
          label: L("Nơi chết (cơ sở y tế hoặc địa chỉ)", "Place of death (hospital or address)"),
          maxLength: 200,
        },
        { id: "deathCause", type: "text", label: L("Nguyên nhân chết", "Cause of death"), required: false },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "deathNotice",
          type: "attachment",
          documentKey: "giay-bao-tu",
          label: L("Giấy báo tử hoặc giấy tờ thay thế", "Death notice or a document in its place"),
          hint: L(
            "Do cơ sở y tế nơi người chết được điều trị, hoặc Công an, cấp.",
            "Issued by the hospital that treated the deceased, or by the police.",
          ),
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
} satisfies FormDefinitionInput;

export const CIVIL_EXTRACT_COPY_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "trich-luc",
      title: L("Bản sao trích lục cần cấp", "The extract requested"),
      fields: [
        {
          id: "eventType",
          type: "select",
          label: L("Sự kiện hộ tịch", "Civil-status event"),
          options: [
            { value: "birth", label: L("Khai sinh", "Birth") },
            { value: "marriage", label: L("Kết hôn", "Marriage") },
            { value: "death", label: L("Khai tử", "Death") },
            { value: "parentage", label: L("Nhận cha, mẹ, con", "Parentage") },
            { value: "other", label: L("Sự kiện hộ tịch khác", "Another event") },
          ],
        },
        {
          id: "subject",
          type: "radio",
          label: L("Trích lục về", "The extract concerns"),
          options: [
            { value: "self", label: L("Bản thân tôi", "Myself") },
            { value: "relative", label: L("Người thân của tôi", "A relative of mine") },
          ],
        },
        {
          id: "subjectName",
          type: "text",
          label: L("Họ, chữ đệm, tên người có sự kiện hộ tịch", "Full name of the person concerned"),
          showIf: { field: "subject", equals: "relative" },
          maxLength: 100,
        },
        {
          id: "subjectRelationship",
          type: "text",
          label: L("Quan hệ với bạn", "Relationship to you"),
          showIf: { field: "subject", equals: "relative" },
          maxLength: 50,
        },
        {
          id: "registrationPlace",
          type: "text",
          label: L("Cơ quan đã đăng ký", "Where it was registered"),
          maxLength: 200,
        },
        {
          id: "registrationNumber",
          type: "text",
          label: L("Số, quyển số đăng ký (nếu biết)", "Registration and book number (if known)"),
          required: false,
          maxLength: 50,
        },
        {
          id: "registrationDate",
          type: "date",
          label: L("Ngày đăng ký (nếu biết)", "Date registered (if known)"),
          required: false,
          notAfterToday: true,
        },
        {
          id: "copies",
          type: "number",
          label: L("Số bản sao", "Number of copies"),
          hint: L("8.000 đồng mỗi bản.", "8,000 đồng a copy."),
          min: 1,
          max: 10,
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
  feeRules: [{ line: 0, perUnitOf: "copies" }],
} satisfies FormDefinitionInput;

export const BIRTH_REREGISTRATION_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "noi-dung-khai-sinh",
      title: L("Nội dung khai sinh", "The birth"),
      intro: L(
        "Ghi như trong giấy tờ còn giữ được (học bạ, hộ chiếu, giấy chứng minh cũ…).",
        "As written in the papers you still have (school records, a passport, an old identity card…).",
      ),
      fields: [
        {
          id: "forWhom",
          type: "radio",
          label: L("Người được đăng ký lại khai sinh", "Whose birth is registered again"),
          options: [
            { value: "self", label: L("Bản thân tôi", "Mine") },
            { value: "child", label: L("Con tôi", "My child's") },
          ],
        },
        {
          id: "personName",
          type: "text",
          label: L("Họ, chữ đệm, tên của con", "Your child's full name"),
          showIf: { field: "forWhom", equals: "child" },
          maxLength: 100,
        },
        {
          id: "personBirthDate",
          type: "date",
          label: L("Ngày sinh của con", "Your child's date of birth"),
          showIf: { field: "forWhom", equals: "child" },
          notAfterToday: true,
        },
        sex("personSex", { field: "forWhom", equals: "child" }),
        sex("ownSex", { field: "forWhom", equals: "self" }, "identity.sex"),
        { id: "birthPlace", type: "text", label: L("Nơi sinh", "Place of birth"), maxLength: 200 },
        { id: "hometown", type: "text", label: L("Quê quán", "Hometown"), maxLength: 200 },
        { id: "fatherName", type: "text", label: L("Họ và tên cha", "Father's name"), required: false },
        { id: "motherName", type: "text", label: L("Họ và tên mẹ", "Mother's name"), required: false },
        {
          id: "firstRegistrationPlace",
          type: "text",
          label: L("Nơi đã đăng ký khai sinh trước đây", "Where the birth was first registered"),
          maxLength: 200,
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "birthRecords",
          type: "attachment",
          documentKey: "giay-to-lien-quan",
          label: L("Giấy tờ có thông tin về nội dung khai sinh", "Papers showing the birth details"),
          hint: L(
            "Tải lên bản chụp; mang bản chính đến để đối chiếu khi nhận kết quả.",
            "Upload a scan; bring the originals to be compared when you collect the result.",
          ),
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
} satisfies FormDefinitionInput;

export const PARENTAGE_FORM = {
  formVersion: 1,
  pages: [
    {
      ...APPLICANT_PAGE,
      fields: [
        ...APPLICANT_PAGE.fields,
        {
          id: "applicantRole",
          type: "radio",
          label: L("Bạn là", "You are"),
          options: [
            { value: "father", label: L("Người cha nhận con", "The father") },
            { value: "mother", label: L("Người mẹ nhận con", "The mother") },
            { value: "child", label: L("Người con nhận cha hoặc mẹ", "The child") },
          ],
        },
      ],
    },
    {
      id: "nguoi-duoc-nhan",
      title: L("Người được nhận", "The other person"),
      fields: [
        { id: "otherName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), maxLength: 100 },
        {
          id: "otherIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân", "Personal ID number"),
          fill: { fullName: "otherName" },
        },
        { id: "otherBirthDate", type: "date", label: L("Ngày sinh", "Date of birth"), notAfterToday: true },
        { id: "otherAddress", type: "text", label: L("Nơi cư trú", "Residence"), maxLength: 200 },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "relationshipEvidence",
          type: "attachment",
          documentKey: "chung-cu-quan-he",
          label: L("Chứng cứ chứng minh quan hệ cha, mẹ, con", "Evidence of the parent–child relationship"),
          hint: L(
            "Kết quả giám định ADN của cơ quan có thẩm quyền, hoặc văn bản của cơ quan y tế.",
            "A DNA test by an accredited body, or a letter from a health facility.",
          ),
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
} satisfies FormDefinitionInput;

export const CERTIFIED_COPY_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "giay-to-chung-thuc",
      title: L("Giấy tờ cần chứng thực", "What to certify"),
      fields: [
        {
          id: "documentName",
          type: "text",
          label: L("Tên giấy tờ, văn bản", "Name of the document"),
          hint: L("Ví dụ: Bằng tốt nghiệp đại học.", "For instance: a university diploma."),
          maxLength: 200,
        },
        { id: "issuer", type: "text", label: L("Cơ quan cấp", "Issued by"), maxLength: 200 },
        { id: "pages", type: "number", label: L("Số trang của giấy tờ", "Pages of the document"), min: 1, max: 200 },
        {
          id: "copies",
          type: "number",
          label: L("Số bản sao cần chứng thực", "Copies to certify"),
          hint: L(
            "Phí nộp khi nhận bản sao: 2.000 đồng mỗi trang cho trang 1 và 2, từ trang 3 là 1.000 đồng mỗi " +
              "trang, tối đa 200.000 đồng mỗi bản.",
            "The fee is paid on collecting the copies: 2,000 đồng a page for pages 1 and 2, 1,000 đồng a page " +
              "from page 3, at most 200,000 đồng a copy.",
          ),
          min: 1,
          max: 50,
        },
        {
          id: "originalScan",
          type: "attachment",
          documentKey: "ban-chinh",
          label: L("Bản chụp bản chính", "A scan of the original"),
          hint: L(
            "Để cán bộ kiểm tra trước; bản chính vẫn phải xuất trình khi nhận bản sao.",
            "For the officer to check beforehand; you still show the original when you collect the copies.",
          ),
        },
        {
          id: "preparedCopies",
          type: "attachment",
          documentKey: "ban-sao",
          label: L("Bản sao bạn đã chuẩn bị (nếu có)", "Copies you made yourself (if any)"),
          required: false,
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
} satisfies FormDefinitionInput;

export const SIGNATURE_CERTIFICATION_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "van-ban",
      title: L("Văn bản sẽ ký", "The document you will sign"),
      intro: L(
        "Bạn ký trước mặt người thực hiện chứng thực; căn cước của bạn đã được xác thực qua VNeID.",
        "You sign in front of the certifying officer; your identity card has been verified through VNeID.",
      ),
      fields: [
        { id: "documentTitle", type: "text", label: L("Tên văn bản", "Title of the document"), maxLength: 200 },
        {
          id: "documentLanguage",
          type: "radio",
          label: L("Ngôn ngữ của văn bản", "Language of the document"),
          options: [
            { value: "vi", label: L("Tiếng Việt", "Vietnamese") },
            { value: "other", label: L("Tiếng nước ngoài", "A foreign language") },
          ],
        },
        {
          id: "documentToSign",
          type: "attachment",
          documentKey: "van-ban-can-ky",
          label: L("Văn bản sẽ ký (chưa ký)", "The document, not yet signed"),
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
} satisfies FormDefinitionInput;

const HOUSING_BASIS: FieldInput[] = [
  {
    id: "housingBasis",
    type: "radio",
    label: L("Căn cứ chỗ ở hợp pháp", "Basis of the lawful residence"),
    options: [
      { value: "owner", label: L("Nhà thuộc sở hữu của tôi", "I own the home") },
      { value: "rented", label: L("Nhà thuê, mượn, ở nhờ", "Rented or borrowed home") },
    ],
  },
  {
    id: "ownerName",
    type: "text",
    label: L("Họ và tên chủ nhà", "Owner's name"),
    showIf: { field: "housingBasis", equals: "rented" },
    maxLength: 100,
  },
  {
    id: "ownerIdNumber",
    type: "idNumber",
    label: L("Số định danh cá nhân của chủ nhà", "Owner's ID number"),
    showIf: { field: "housingBasis", equals: "rented" },
    fill: { fullName: "ownerName" },
  },
];

export const TEMPORARY_RESIDENCE_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "noi-tam-tru",
      title: L("Nơi đăng ký tạm trú", "Temporary residence"),
      fields: [
        { id: "stayAddress", type: "text", label: L("Địa chỉ chỗ ở", "Address"), maxLength: 200 },
        { id: "fromDate", type: "date", label: L("Tạm trú từ ngày", "From") },
        {
          id: "months",
          type: "number",
          label: L("Thời hạn tạm trú (tháng)", "Length of stay (months)"),
          hint: L("Tối đa 24 tháng; hết hạn có thể gia hạn.", "At most 24 months; it can be extended."),
          min: 1,
          max: 24,
        },
        {
          id: "reason",
          type: "select",
          label: L("Lý do", "Reason"),
          options: [
            { value: "work", label: L("Lao động, làm việc", "Work") },
            { value: "study", label: L("Học tập", "Study") },
            { value: "family", label: L("Ở cùng gia đình", "To live with family") },
            { value: "other", label: L("Lý do khác", "Another reason") },
          ],
        },
        ...HOUSING_BASIS,
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "lawfulResidenceProof",
          type: "attachment",
          documentKey: "cho-o-hop-phap",
          label: L("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", "Proof of a lawful place of residence"),
          hint: L(
            "Ví dụ: giấy chứng nhận quyền sở hữu nhà, hợp đồng thuê, mượn, ở nhờ.",
            "For instance: a certificate of ownership, a lease or a loan of the home.",
          ),
        },
        {
          id: "ownerConsent",
          type: "attachment",
          documentKey: "dong-y-chu-ho",
          label: L("Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở", "Consent of the head of household or owner"),
          showIf: { field: "housingBasis", equals: "rented" },
          hint: L(
            "Văn bản có chữ ký của chủ nhà đồng ý cho bạn đăng ký tạm trú (Luật Cư trú, Điều 28).",
            "A letter signed by the owner agreeing to your temporary registration (Law on Residence, Art. 28).",
          ),
        },
      ],
    },
    WARD_PAGE("Công an phường, xã, đặc khu nơi tạm trú", "Police of the ward of the temporary residence"),
  ],
} satisfies FormDefinitionInput;

export const RESIDENCE_REMOVAL_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "nguoi-bi-xoa",
      title: L("Người được xóa đăng ký thường trú", "Whose registration is removed"),
      fields: [
        {
          id: "subject",
          type: "radio",
          label: L("Xóa đăng ký thường trú của", "Remove the registration of"),
          options: [
            { value: "self", label: L("Bản thân tôi", "Myself") },
            { value: "member", label: L("Một thành viên hộ gia đình tôi", "A member of my household") },
          ],
        },
        {
          id: "memberName",
          type: "text",
          label: L("Họ, chữ đệm, tên thành viên", "Member's full name"),
          showIf: { field: "subject", equals: "member" },
          maxLength: 100,
        },
        {
          id: "memberIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của thành viên", "Member's ID number"),
          showIf: { field: "subject", equals: "member" },
          fill: { fullName: "memberName" },
        },
        {
          id: "reason",
          type: "select",
          label: L("Trường hợp xóa đăng ký", "Why it is removed"),
          options: [
            { value: "died", label: L("Người đã chết", "The person has died") },
            { value: "abroad", label: L("Định cư ở nước ngoài", "Settled abroad") },
            {
              value: "absent",
              label: L(
                "Vắng mặt liên tục từ 12 tháng trở lên không rõ lý do",
                "Absent for 12 months or more without notice",
              ),
            },
            { value: "elsewhere", label: L("Đã đăng ký thường trú nơi khác", "Registered at another home") },
            { value: "other", label: L("Trường hợp khác", "Another case") },
          ],
        },
        {
          id: "reasonDetail",
          type: "textarea",
          label: L("Mô tả trường hợp", "Describe the case"),
          showIf: { field: "reason", equals: "other" },
          maxLength: 1000,
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "removalProof",
          type: "attachment",
          documentKey: "giay-to-chung-minh",
          label: L("Giấy tờ chứng minh trường hợp xóa đăng ký", "Proof of the case"),
          hint: L(
            "Ví dụ: trích lục khai tử, giấy tờ định cư ở nước ngoài.",
            "For instance: a death extract, papers of settlement abroad.",
          ),
        },
      ],
    },
    WARD_PAGE("Công an phường, xã, đặc khu nơi thường trú", "Police of the ward of permanent residence"),
  ],
} satisfies FormDefinitionInput;

export const TEMPORARY_ABSENCE_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "tam-vang",
      title: L("Thời gian và nơi đến", "When and where"),
      fields: [
        { id: "fromDate", type: "date", label: L("Vắng mặt từ ngày", "Away from") },
        { id: "toDate", type: "date", label: L("Đến ngày", "Until") },
        { id: "destination", type: "text", label: L("Nơi đến", "Destination"), maxLength: 200 },
        {
          id: "reason",
          type: "select",
          label: L("Lý do tạm vắng", "Reason"),
          options: [
            { value: "work", label: L("Lao động, làm việc", "Work") },
            { value: "study", label: L("Học tập", "Study") },
            { value: "treatment", label: L("Chữa bệnh", "Medical treatment") },
            { value: "other", label: L("Lý do khác", "Another reason") },
          ],
        },
        {
          id: "otherReason",
          type: "text",
          label: L("Lý do khác", "Other reason"),
          showIf: { field: "reason", equals: "other" },
          maxLength: 200,
        },
      ],
    },
    WARD_PAGE("Công an phường, xã, đặc khu nơi cư trú", "Police of the ward where you live"),
  ],
} satisfies FormDefinitionInput;

export const SOCIAL_ALLOWANCE_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "nguoi-huong",
      title: L("Người hưởng trợ cấp", "Who receives the allowance"),
      fields: [
        {
          id: "forWhom",
          type: "radio",
          label: L("Trợ cấp cho", "The allowance is for"),
          options: [
            { value: "self", label: L("Bản thân tôi", "Myself") },
            { value: "dependant", label: L("Người tôi chăm sóc, nuôi dưỡng", "Someone in my care") },
          ],
        },
        {
          id: "beneficiaryName",
          type: "text",
          label: L("Họ, chữ đệm, tên người hưởng", "Full name of the beneficiary"),
          showIf: { field: "forWhom", equals: "dependant" },
          maxLength: 100,
        },
        {
          id: "beneficiaryIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của người hưởng", "Beneficiary's ID number"),
          showIf: { field: "forWhom", equals: "dependant" },
          fill: { fullName: "beneficiaryName" },
        },
        {
          id: "category",
          type: "radio",
          label: L("Thuộc đối tượng", "Category"),
          options: [
            { value: "elderly80", label: L("Người từ đủ 80 tuổi", "Aged 80 or over") },
            {
              value: "elderlyPoor",
              label: L("Người cao tuổi thuộc hộ nghèo, không có người phụng dưỡng", "Elderly, poor, with no support"),
            },
            { value: "disabled", label: L("Người khuyết tật nặng, đặc biệt nặng", "Severely disabled") },
            { value: "child", label: L("Trẻ em không có nguồn nuôi dưỡng", "A child with no one to support them") },
            { value: "singleParent", label: L("Người đơn thân nghèo nuôi con", "A poor single parent") },
            { value: "other", label: L("Đối tượng khác", "Another category") },
          ],
        },
        {
          id: "disabilityCertificate",
          type: "text",
          label: L("Số giấy xác nhận khuyết tật", "Number of the disability certificate"),
          showIf: { field: "category", equals: "disabled" },
          maxLength: 50,
        },
        {
          id: "circumstances",
          type: "textarea",
          label: L("Hoàn cảnh hiện nay", "Present circumstances"),
          hint: L(
            "Người cùng sống, thu nhập, sức khỏe: những điều giúp cán bộ đánh giá.",
            "Who lives with them, income, health: what helps the officer assess the request.",
          ),
          maxLength: 2000,
        },
        {
          id: "receivesPension",
          type: "yesno",
          label: L(
            "Đang hưởng lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng?",
            "Receiving a pension or a monthly social-insurance benefit?",
          ),
        },
      ],
    },
    {
      id: "nhan-tro-cap",
      title: L("Cách nhận trợ cấp", "How it is paid"),
      fields: [
        {
          id: "paymentMethod",
          type: "radio",
          label: L("Nhận trợ cấp", "Paid"),
          options: [
            { value: "cash", label: L("Tiền mặt tại điểm chi trả của phường", "In cash at the ward's pay point") },
            { value: "bank", label: L("Chuyển khoản vào tài khoản", "Into a bank account") },
          ],
        },
        {
          id: "bankName",
          type: "text",
          label: L("Ngân hàng", "Bank"),
          showIf: { field: "paymentMethod", equals: "bank" },
          maxLength: 100,
        },
        {
          id: "bankAccount",
          type: "text",
          label: L("Số tài khoản", "Account number"),
          showIf: { field: "paymentMethod", equals: "bank" },
          maxLength: 30,
        },
      ],
    },
    PEOPLES_COMMITTEE,
  ],
} satisfies FormDefinitionInput;

/** The forms above by procedure slug. */
export const CIVIL_RESIDENCE_SOCIAL_FORMS = {
  "dang-ky-ket-hon": MARRIAGE_FORM,
  "dang-ky-khai-tu": DEATH_REGISTRATION_FORM,
  "cap-ban-sao-trich-luc-ho-tich": CIVIL_EXTRACT_COPY_FORM,
  "dang-ky-lai-khai-sinh": BIRTH_REREGISTRATION_FORM,
  "dang-ky-nhan-cha-me-con": PARENTAGE_FORM,
  "chung-thuc-ban-sao-tu-ban-chinh": CERTIFIED_COPY_FORM,
  "chung-thuc-chu-ky": SIGNATURE_CERTIFICATION_FORM,
  "dang-ky-tam-tru": TEMPORARY_RESIDENCE_FORM,
  "xoa-dang-ky-thuong-tru": RESIDENCE_REMOVAL_FORM,
  "khai-bao-tam-vang": TEMPORARY_ABSENCE_FORM,
  "tro-cap-xa-hoi-hang-thang": SOCIAL_ALLOWANCE_FORM,
} satisfies Record<string, FormDefinitionInput>;
