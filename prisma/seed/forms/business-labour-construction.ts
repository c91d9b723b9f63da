// E-forms of enterprise registration (founding, changes, suspension), work permits, the
// unemployment benefit, house renovation and permit extension, and foreigners' criminal records.
// Identity values are prefilled and locked; an enterprise's name, address and representative are filled by its code.
import type { FormDefinitionInput } from "@/lib/forms/definition";
import { CERTIFICATE_TYPE_FIELD } from "./criminal-record";
import { WARD_PAGE, type PageInput } from "./more-forms";

const L = (vi: string, en: string) => ({ vi, en });

type FieldInput = PageInput["fields"][number];

const SEX_OPTIONS = [
  { value: "male", label: L("Nam", "Male") },
  { value: "female", label: L("Nữ", "Female") },
];

/** The person filing for themselves, from their VNeID sign-in. */
const PERSON_FIELDS: FieldInput[] = [
  { id: "fullName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), prefill: "identity.fullName" },
  {
    id: "idNumber",
    type: "idNumber",
    label: L("Số định danh cá nhân", "Personal ID number"),
    prefill: "identity.idNumber",
  },
  { id: "birthDate", type: "date", label: L("Ngày sinh", "Date of birth"), prefill: "identity.birthDate" },
  { id: "sex", type: "radio", label: L("Giới tính", "Sex"), prefill: "identity.sex", options: SEX_OPTIONS },
  { id: "address", type: "text", label: L("Nơi cư trú hiện tại", "Current residence"), prefill: "identity.address" },
  { id: "phone", type: "phone", label: L("Số điện thoại", "Phone"), prefill: "identity.phone" },
  { id: "email", type: "email", label: L("Thư điện tử", "Email"), required: false, prefill: "identity.email" },
];

const PERSON_PAGE = (titleVi: string, titleEn: string, extra: FieldInput[] = []): PageInput => ({
  id: "nguoi-yeu-cau",
  title: L(titleVi, titleEn),
  fields: [...PERSON_FIELDS, ...extra],
});

/**
 * The enterprise filing, as the person acting for it: its code from the organisation's
 * e-ID, its name, address and legal representative from the business registry.
 */
const ENTERPRISE_PAGE = (titleVi: string, titleEn: string): PageInput => ({
  id: "doanh-nghiep",
  title: L(titleVi, titleEn),
  intro: L(
    "Tên, địa chỉ trụ sở và người đại diện theo pháp luật được lấy từ Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.",
    "The name, head office address and legal representative come from the national business registration database.",
  ),
  fields: [
    {
      id: "enterpriseCode",
      type: "enterpriseCode",
      label: L("Mã số doanh nghiệp", "Enterprise code"),
      prefill: "organisation.enterpriseCode",
      fill: { name: "enterpriseName", address: "enterpriseAddress", legalRepresentative: "legalRepresentative" },
    },
    { id: "enterpriseName", type: "text", label: L("Tên doanh nghiệp", "Enterprise name"), maxLength: 300 },
    {
      id: "enterpriseAddress",
      type: "text",
      label: L("Địa chỉ trụ sở chính", "Head office address"),
      maxLength: 300,
    },
    {
      id: "legalRepresentative",
      type: "text",
      label: L("Người đại diện theo pháp luật", "Legal representative"),
      maxLength: 200,
    },
    {
      id: "contactName",
      type: "text",
      label: L("Người nộp hồ sơ", "Person filing"),
      prefill: "identity.fullName",
    },
    {
      id: "contactPhone",
      type: "phone",
      label: L("Số điện thoại liên hệ", "Contact phone"),
      prefill: "identity.phone",
    },
    {
      id: "contactEmail",
      type: "email",
      label: L("Thư điện tử liên hệ", "Contact email"),
      required: false,
      prefill: "identity.email",
    },
  ],
});

/** A business line of the Vietnamese standard industrial classification (VSIC), level 4. */
const LINE_FIELDS = [
  {
    id: "code",
    type: "text",
    label: L("Mã ngành cấp 4", "Level-4 code"),
    maxLength: 5,
    hint: L(
      "Theo Hệ thống ngành kinh tế Việt Nam, ví dụ 4711 (bán lẻ trong siêu thị, cửa hàng tiện lợi).",
      "From the Vietnamese industrial classification, e.g. 4711 (retail in supermarkets, convenience stores).",
    ),
  },
  {
    id: "description",
    type: "text",
    label: L("Tên ngành, ghi chi tiết nếu cần", "Name of the line, with details if needed"),
    maxLength: 300,
  },
] satisfies FieldInput[];

const REPRESENTATIVE_TITLES = [
  { value: "director", label: L("Giám đốc", "Director") },
  { value: "generalDirector", label: L("Tổng giám đốc", "General director") },
  { value: "chairman", label: L("Chủ tịch công ty", "Company chairman") },
];

const FOREIGN_DOCUMENT_HINT = L(
  "Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự (trừ khi được miễn) và dịch sang tiếng Việt có chứng thực.",
  "Documents issued abroad need consular legalisation (unless exempt) and a certified Vietnamese translation.",
);

const PHOTO_HINT = L(
  "Ảnh màu cỡ 4 cm × 6 cm, phông nền trắng, mặt nhìn thẳng, đầu để trần, không đeo kính màu, chụp trong 6 tháng.",
  "Colour photo, 4 × 6 cm, white background, facing the camera, bareheaded, no tinted glasses, under 6 months old.",
);

/** The worker's two photos, asked by the permit and its reissue alike. */
const PHOTOS_FIELD: FieldInput = {
  id: "photos",
  type: "attachment",
  documentKey: "anh-the",
  label: L("Ảnh màu cỡ 4 cm × 6 cm", "Colour photo, 4 × 6 cm"),
  hint: PHOTO_HINT,
};

export const SINGLE_MEMBER_COMPANY_FORM = {
  formVersion: 1,
  requiresSignature: true,
  pages: [
    PERSON_PAGE("Người thành lập doanh nghiệp", "Founder", [
      {
        id: "ownerType",
        type: "radio",
        label: L("Chủ sở hữu công ty", "Owner of the company"),
        options: [
          { value: "individual", label: L("Cá nhân: tôi là chủ sở hữu", "An individual: I am the owner") },
          {
            value: "organisation",
            label: L("Tổ chức: tôi nộp thay tổ chức là chủ sở hữu", "An organisation: I file for the owning one"),
          },
        ],
      },
      {
        id: "ownerCode",
        type: "enterpriseCode",
        label: L("Mã số doanh nghiệp của tổ chức chủ sở hữu", "Enterprise code of the owning organisation"),
        showIf: { field: "ownerType", equals: "organisation" },
        prefill: "organisation.enterpriseCode",
        fill: { name: "ownerName", address: "ownerAddress" },
      },
      {
        id: "ownerName",
        type: "text",
        label: L("Tên tổ chức chủ sở hữu", "Name of the owning organisation"),
        showIf: { field: "ownerType", equals: "organisation" },
        maxLength: 300,
      },
      {
        id: "ownerAddress",
        type: "text",
        label: L("Địa chỉ trụ sở của tổ chức chủ sở hữu", "Head office of the owning organisation"),
        showIf: { field: "ownerType", equals: "organisation" },
        maxLength: 300,
      },
    ]),
    {
      id: "cong-ty",
      title: L("Công ty đăng ký thành lập", "The new company"),
      fields: [
        {
          id: "companyName",
          type: "text",
          label: L("Tên công ty viết bằng tiếng Việt", "Company name in Vietnamese"),
          maxLength: 200,
          hint: L(
            "Gồm loại hình và tên riêng, ví dụ “Công ty TNHH Bình Minh”; không trùng với tên doanh nghiệp đã đăng ký.",
            "The legal form and a proper name, e.g. “Công ty TNHH Bình Minh”; not the name of a registered enterprise.",
          ),
        },
        {
          id: "foreignName",
          type: "text",
          label: L("Tên công ty viết bằng tiếng nước ngoài", "Company name in a foreign language"),
          required: false,
          maxLength: 200,
        },
        {
          id: "abbreviation",
          type: "text",
          label: L("Tên công ty viết tắt", "Abbreviated name"),
          required: false,
          maxLength: 100,
        },
        {
          id: "headOfficeAddress",
          type: "text",
          label: L("Địa chỉ trụ sở chính", "Head office address"),
          maxLength: 300,
          hint: L(
            "Số nhà, đường, phường, xã hoặc đặc khu, Thành phố Hồ Chí Minh.",
            "House number, street, ward, commune or special zone, Ho Chi Minh City.",
          ),
        },
        {
          id: "companyPhone",
          type: "phone",
          label: L("Điện thoại của công ty", "Company phone"),
          required: false,
        },
        {
          id: "companyEmail",
          type: "email",
          label: L("Thư điện tử của công ty", "Company email"),
          required: false,
        },
        {
          id: "businessLines",
          type: "group",
          label: L("Ngành, nghề kinh doanh", "Business lines"),
          minItems: 1,
          maxItems: 20,
          fields: LINE_FIELDS,
        },
        {
          id: "mainLineCode",
          type: "text",
          label: L("Mã ngành kinh doanh chính", "Code of the main business line"),
          maxLength: 5,
          hint: L("Một trong các mã ngành đã kê ở trên.", "One of the codes listed above."),
        },
        {
          id: "charterCapital",
          type: "number",
          label: L("Vốn điều lệ (đồng)", "Charter capital (đồng)"),
          min: 1,
          max: 100_000_000_000_000,
          hint: L(
            "Chủ sở hữu phải góp đủ trong 90 ngày kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp.",
            "The owner must contribute it in full within 90 days of the registration certificate.",
          ),
        },
      ],
    },
    {
      id: "nguoi-dai-dien",
      title: L("Người đại diện theo pháp luật", "Legal representative"),
      fields: [
        {
          id: "representative",
          type: "radio",
          label: L("Người đại diện theo pháp luật", "Legal representative"),
          options: [
            { value: "self", label: L("Tôi, người thành lập", "Myself, the founder") },
            { value: "other", label: L("Người khác", "Someone else") },
          ],
        },
        {
          // Without a relation, the registry only confirms the name typed for this number.
          id: "representativeIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của người đại diện", "Representative's personal ID number"),
          showIf: { field: "representative", equals: "other" },
          fill: { fullName: "representativeName" },
        },
        {
          id: "representativeName",
          type: "text",
          label: L("Họ và tên người đại diện", "Representative's full name"),
          showIf: { field: "representative", equals: "other" },
          maxLength: 100,
        },
        {
          id: "representativeTitle",
          type: "select",
          label: L("Chức danh", "Title"),
          options: REPRESENTATIVE_TITLES,
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "charter",
          type: "attachment",
          documentKey: "dieu-le",
          label: L("Điều lệ công ty", "Company charter"),
          hint: L(
            "Có chữ ký của chủ sở hữu, hoặc của người đại diện theo ủy quyền nếu chủ sở hữu là tổ chức.",
            "Signed by the owner, or by the authorised representative when the owner is an organisation.",
          ),
        },
        {
          id: "ownerDocuments",
          type: "attachment",
          documentKey: "giay-to-chu-so-huu",
          label: L(
            "Bản sao giấy tờ pháp lý của tổ chức chủ sở hữu",
            "Copy of the owning organisation's legal documents",
          ),
          showIf: { field: "ownerType", equals: "organisation" },
          hint: L(
            "Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập, kèm văn bản cử người đại diện theo " +
              "ủy quyền. Chủ sở hữu là cá nhân đã xác thực qua VNeID không phải nộp giấy tờ.",
            "Its registration certificate or founding decision, with the appointment of its authorised " +
              "representative. An owner who is a person verified through VNeID submits none.",
          ),
        },
      ],
    },
  ],
} satisfies FormDefinitionInput;

export const BUSINESS_CHANGE_FORM = {
  formVersion: 1,
  requiresSignature: true,
  pages: [
    ENTERPRISE_PAGE("Doanh nghiệp", "The enterprise"),
    {
      // Conditions cannot read a checkboxes answer (a list), so each change is its own yes/no.
      id: "noi-dung-thay-doi",
      title: L("Nội dung đăng ký thay đổi", "What changes"),
      intro: L(
        "Trả lời “Có” cho từng nội dung thay đổi (ít nhất một) và ghi nội dung mới.",
        "Answer “Yes” for each detail that changes (at least one) and give the new value.",
      ),
      fields: [
        { id: "changeName", type: "yesno", label: L("Thay đổi tên doanh nghiệp?", "Change the name?") },
        {
          id: "newName",
          type: "text",
          label: L("Tên mới viết bằng tiếng Việt", "New name in Vietnamese"),
          showIf: { field: "changeName", equals: true },
          maxLength: 200,
        },
        {
          id: "newForeignName",
          type: "text",
          label: L("Tên mới viết bằng tiếng nước ngoài", "New name in a foreign language"),
          showIf: { field: "changeName", equals: true },
          required: false,
          maxLength: 200,
        },
        {
          id: "newAbbreviation",
          type: "text",
          label: L("Tên viết tắt mới", "New abbreviated name"),
          showIf: { field: "changeName", equals: true },
          required: false,
          maxLength: 100,
        },
        {
          id: "changeHeadOffice",
          type: "yesno",
          label: L("Thay đổi địa chỉ trụ sở chính?", "Change the head office?"),
        },
        {
          id: "newHeadOfficeAddress",
          type: "text",
          label: L("Địa chỉ trụ sở chính mới", "New head office address"),
          showIf: { field: "changeHeadOffice", equals: true },
          maxLength: 300,
          hint: L(
            "Chuyển trụ sở sang tỉnh, thành phố khác thì nộp hồ sơ tại nơi đặt trụ sở mới.",
            "A move to another province is filed where the new head office will be.",
          ),
        },
        {
          id: "changeBusinessLines",
          type: "yesno",
          label: L("Thay đổi ngành, nghề kinh doanh?", "Change the business lines?"),
        },
        {
          id: "addedLines",
          type: "group",
          label: L("Ngành, nghề bổ sung", "Lines added"),
          showIf: { field: "changeBusinessLines", equals: true },
          maxItems: 20,
          fields: LINE_FIELDS,
        },
        {
          id: "removedLines",
          type: "group",
          label: L("Ngành, nghề bỏ bớt", "Lines removed"),
          showIf: { field: "changeBusinessLines", equals: true },
          maxItems: 20,
          fields: LINE_FIELDS,
        },
        {
          id: "newMainLineCode",
          type: "text",
          label: L("Mã ngành kinh doanh chính sau khi thay đổi", "Code of the main line after the change"),
          showIf: { field: "changeBusinessLines", equals: true },
          required: false,
          maxLength: 5,
          hint: L("Bỏ trống nếu ngành chính không đổi.", "Leave empty if the main line stays the same."),
        },
        {
          id: "changeCapital",
          type: "yesno",
          label: L("Thay đổi vốn điều lệ?", "Change the charter capital?"),
        },
        {
          id: "newCharterCapital",
          type: "number",
          label: L("Vốn điều lệ mới (đồng)", "New charter capital (đồng)"),
          showIf: { field: "changeCapital", equals: true },
          min: 1,
          max: 100_000_000_000_000,
        },
        {
          id: "changeRepresentative",
          type: "yesno",
          label: L("Thay đổi người đại diện theo pháp luật?", "Change the legal representative?"),
        },
        {
          // Without a relation, the registry only confirms the name typed for this number.
          id: "newRepresentativeIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của người đại diện mới", "New representative's personal ID number"),
          showIf: { field: "changeRepresentative", equals: true },
          fill: { fullName: "newRepresentativeName" },
        },
        {
          id: "newRepresentativeName",
          type: "text",
          label: L("Họ và tên người đại diện mới", "New representative's full name"),
          showIf: { field: "changeRepresentative", equals: true },
          maxLength: 100,
        },
        {
          id: "newRepresentativeTitle",
          type: "select",
          label: L("Chức danh của người đại diện mới", "New representative's title"),
          showIf: { field: "changeRepresentative", equals: true },
          options: [...REPRESENTATIVE_TITLES, { value: "other", label: L("Chức danh khác", "Another title") }],
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "resolution",
          type: "attachment",
          documentKey: "nghi-quyet",
          label: L("Nghị quyết, quyết định về việc thay đổi", "Resolution or decision on the change"),
          hint: L(
            "Của chủ sở hữu công ty, Hội đồng thành viên hoặc Đại hội đồng cổ đông, có chữ ký theo điều lệ.",
            "By the owner, the members' council or the shareholders' meeting, signed as the charter requires.",
          ),
        },
      ],
    },
  ],
} satisfies FormDefinitionInput;

export const BUSINESS_SUSPENSION_FORM = {
  formVersion: 1,
  requiresSignature: true,
  pages: [
    ENTERPRISE_PAGE("Doanh nghiệp", "The enterprise"),
    {
      id: "tam-ngung",
      title: L("Thời gian tạm ngừng", "Suspension"),
      fields: [
        {
          id: "fromDate",
          type: "date",
          label: L("Tạm ngừng kinh doanh từ ngày", "Suspended from"),
          hint: L(
            "Gửi thông báo chậm nhất 03 ngày làm việc trước ngày này.",
            "Send the notice at least 3 working days before this date.",
          ),
        },
        {
          id: "toDate",
          type: "date",
          label: L("Đến ngày", "Until"),
          hint: L(
            "Mỗi lần thông báo tạm ngừng không quá một năm; muốn tạm ngừng tiếp, gửi thông báo mới.",
            "At most one year per notice; to stay suspended longer, send a new notice.",
          ),
        },
        {
          id: "reason",
          type: "textarea",
          label: L("Lý do tạm ngừng", "Reason"),
          maxLength: 1000,
        },
      ],
    },
  ],
} satisfies FormDefinitionInput;

export const WORK_PERMIT_FORM = {
  formVersion: 1,
  // The employer's written request is signed (and sealed) in the national procedure.
  requiresSignature: true,
  pages: [
    ENTERPRISE_PAGE("Người sử dụng lao động", "The employer"),
    {
      id: "nguoi-lao-dong",
      title: L("Người lao động nước ngoài", "The foreign worker"),
      fields: [
        {
          id: "workerName",
          type: "text",
          label: L("Họ và tên (ghi như trong hộ chiếu)", "Full name (as in the passport)"),
          maxLength: 100,
        },
        { id: "workerSex", type: "radio", label: L("Giới tính", "Sex"), options: SEX_OPTIONS },
        {
          id: "workerBirthDate",
          type: "date",
          label: L("Ngày sinh", "Date of birth"),
          notAfterToday: true,
        },
        { id: "workerNationality", type: "text", label: L("Quốc tịch", "Nationality"), maxLength: 50 },
        { id: "passportNumber", type: "text", label: L("Số hộ chiếu", "Passport number"), maxLength: 20 },
      ],
    },
    {
      id: "cong-viec",
      title: L("Vị trí công việc", "The job"),
      fields: [
        {
          id: "jobPosition",
          type: "select",
          label: L("Vị trí công việc", "Position"),
          options: [
            { value: "manager", label: L("Nhà quản lý", "Manager") },
            { value: "executive", label: L("Giám đốc điều hành", "Executive director") },
            { value: "expert", label: L("Chuyên gia", "Expert") },
            { value: "technicalWorker", label: L("Lao động kỹ thuật", "Technical worker") },
          ],
        },
        {
          id: "jobTitle",
          type: "text",
          label: L("Chức danh công việc", "Job title"),
          maxLength: 100,
          hint: L("Ví dụ: Kỹ sư trưởng dây chuyền sản xuất.", "For instance: Chief production-line engineer."),
        },
        {
          id: "workForm",
          type: "select",
          label: L("Hình thức làm việc", "Form of work"),
          options: [
            { value: "labourContract", label: L("Thực hiện hợp đồng lao động", "Under a labour contract") },
            {
              value: "intraCompanyTransfer",
              label: L("Di chuyển trong nội bộ doanh nghiệp", "Intra-company transfer"),
            },
            {
              value: "commercialContract",
              label: L(
                "Thực hiện hợp đồng, thỏa thuận kinh tế, thương mại",
                "Under an economic or commercial contract",
              ),
            },
            {
              value: "serviceSupplier",
              label: L("Nhà cung cấp dịch vụ theo hợp đồng", "Contractual service supplier"),
            },
            { value: "other", label: L("Hình thức khác", "Another form") },
          ],
        },
        {
          id: "workplaceAddress",
          type: "text",
          label: L("Địa điểm làm việc", "Workplace"),
          maxLength: 300,
          hint: L(
            "Ghi đủ địa chỉ; làm việc ở nhiều nơi thì ghi tất cả các nơi.",
            "The full address; list every place if there are several.",
          ),
        },
        { id: "fromDate", type: "date", label: L("Làm việc từ ngày", "Working from") },
        {
          id: "toDate",
          type: "date",
          label: L("Đến ngày", "Until"),
          hint: L(
            "Giấy phép lao động có thời hạn tối đa 02 năm và không dài hơn hợp đồng lao động.",
            "A work permit lasts at most 2 years and no longer than the labour contract.",
          ),
        },
        {
          id: "salary",
          type: "number",
          label: L("Mức lương (đồng/tháng)", "Salary (đồng a month)"),
          required: false,
          min: 0,
          max: 100_000_000_000,
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      intro: FOREIGN_DOCUMENT_HINT,
      fields: [
        {
          id: "needApproval",
          type: "attachment",
          documentKey: "chap-thuan-nhu-cau",
          label: L(
            "Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài",
            "Approval of the need to employ foreign workers",
          ),
        },
        {
          id: "positionProof",
          type: "attachment",
          documentKey: "chung-minh-vi-tri",
          label: L(
            "Giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật",
            "Proof of being a manager, executive, expert or technical worker",
          ),
          hint: L(
            "Ví dụ: văn bằng và xác nhận kinh nghiệm làm việc, hoặc điều lệ, nghị quyết bổ nhiệm.",
            "For instance: diplomas and proof of experience, or the charter or appointment decision.",
          ),
        },
        {
          id: "healthCertificate",
          type: "attachment",
          documentKey: "giay-chung-nhan-suc-khoe",
          label: L("Giấy chứng nhận sức khỏe", "Health certificate"),
          hint: L(
            "Do cơ sở y tế có thẩm quyền ở nước ngoài hoặc Việt Nam cấp trong 12 tháng trước khi nộp.",
            "Issued by a competent health facility abroad or in Vietnam within the 12 months before filing.",
          ),
        },
        {
          id: "criminalRecord",
          type: "attachment",
          documentKey: "ly-lich-tu-phap",
          label: L(
            "Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải người đang chấp hành án",
            "Criminal record certificate or equivalent",
          ),
          hint: L("Cấp không quá 06 tháng trước ngày nộp hồ sơ.", "Issued no more than 6 months before filing."),
        },
        {
          id: "passport",
          type: "attachment",
          documentKey: "ho-chieu",
          label: L("Bản sao có chứng thực hộ chiếu", "Certified copy of the passport"),
          hint: L("Hộ chiếu phải còn thời hạn.", "The passport must be valid."),
        },
        PHOTOS_FIELD,
      ],
    },
  ],
} satisfies FormDefinitionInput;

export const WORK_PERMIT_REISSUE_FORM = {
  formVersion: 1,
  requiresSignature: true,
  pages: [
    ENTERPRISE_PAGE("Người sử dụng lao động", "The employer"),
    {
      id: "nguoi-lao-dong",
      title: L("Người lao động và giấy phép", "The worker and the permit"),
      fields: [
        {
          id: "workerName",
          type: "text",
          label: L("Họ và tên (ghi như trong hộ chiếu)", "Full name (as in the passport)"),
          maxLength: 100,
        },
        { id: "passportNumber", type: "text", label: L("Số hộ chiếu", "Passport number"), maxLength: 20 },
        {
          id: "currentPermitNumber",
          type: "text",
          label: L("Số giấy phép lao động đã được cấp", "Number of the current work permit"),
          maxLength: 30,
          hint: L(
            "Giấy phép phải còn thời hạn; ghi đúng số in trên giấy phép.",
            "The permit must still be valid; copy the number printed on it.",
          ),
        },
        {
          id: "reason",
          type: "radio",
          label: L("Lý do đề nghị cấp lại", "Reason for the reissue"),
          options: [
            { value: "lost", label: L("Bị mất", "Lost") },
            { value: "damaged", label: L("Bị hỏng", "Damaged") },
            {
              value: "changed",
              label: L(
                "Thay đổi họ tên, quốc tịch, số hộ chiếu hoặc địa điểm làm việc",
                "Change of name, nationality, passport number or workplace",
              ),
            },
          ],
        },
        {
          id: "changedDetails",
          type: "textarea",
          label: L("Nội dung thay đổi", "What changed"),
          showIf: { field: "reason", equals: "changed" },
          maxLength: 1000,
          hint: L(
            "Ghi thông tin cũ và thông tin mới, ví dụ: số hộ chiếu cũ C1234567, mới C7654321.",
            "Give the old and new details, e.g. passport number C1234567, now C7654321.",
          ),
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "currentPermit",
          type: "attachment",
          documentKey: "giay-phep-hien-tai",
          label: L("Giấy phép lao động đã được cấp", "The work permit issued"),
          showIf: { field: "reason", in: ["damaged", "changed"] },
        },
        {
          id: "changeProof",
          type: "attachment",
          documentKey: "chung-minh-thay-doi",
          label: L("Giấy tờ chứng minh nội dung thay đổi", "Proof of the change"),
          showIf: { field: "reason", equals: "changed" },
        },
        PHOTOS_FIELD,
      ],
    },
  ],
} satisfies FormDefinitionInput;

export const UNEMPLOYMENT_BENEFIT_FORM = {
  formVersion: 1,
  pages: [
    PERSON_PAGE("Người lao động", "The worker", [
      {
        id: "socialInsuranceNumber",
        type: "text",
        label: L("Mã số bảo hiểm xã hội cũ (nếu có)", "Former social insurance number (if any)"),
        required: false,
        maxLength: 10,
        hint: L(
          "Từ ngày 01/7/2025 số định danh cá nhân của bạn là mã số bảo hiểm xã hội; chỉ ghi mã 10 chữ số cũ " +
            "nếu sổ bảo hiểm của bạn còn dùng mã đó.",
          "Since 1 July 2025 your personal ID number is your social insurance number; give the former 10-digit " +
            "number only if your insurance book still uses it.",
        ),
      },
    ]),
    {
      id: "viec-lam-cu",
      title: L("Công việc trước khi thất nghiệp", "The job that ended"),
      fields: [
        {
          id: "employerCode",
          type: "enterpriseCode",
          label: L("Mã số doanh nghiệp của đơn vị cũ", "Enterprise code of the last employer"),
          required: false,
          fill: { name: "employerName" },
          hint: L(
            "Tên đơn vị được điền theo mã số. Đơn vị không có mã số doanh nghiệp thì bỏ trống và ghi tên.",
            "The name is filled from the code. Without an enterprise code, leave it empty and type the name.",
          ),
        },
        {
          id: "employerName",
          type: "text",
          label: L("Tên đơn vị đã làm việc", "Last employer"),
          maxLength: 300,
        },
        {
          id: "contractType",
          type: "select",
          label: L("Loại hợp đồng", "Type of contract"),
          options: [
            { value: "indefinite", label: L("Hợp đồng lao động không xác định thời hạn", "Open-ended contract") },
            { value: "definite", label: L("Hợp đồng lao động xác định thời hạn", "Fixed-term contract") },
            {
              value: "seasonal",
              label: L(
                "Hợp đồng theo mùa vụ hoặc công việc nhất định (từ 3 đến dưới 12 tháng)",
                "Seasonal or task contract (3 to under 12 months)",
              ),
            },
            { value: "publicService", label: L("Hợp đồng làm việc (viên chức)", "Public employee contract") },
          ],
        },
        {
          id: "contractEndDate",
          type: "date",
          label: L("Ngày chấm dứt hợp đồng", "Date the contract ended"),
          notAfterToday: true,
          hint: L(
            "Hồ sơ phải nộp trong 03 tháng kể từ ngày này.",
            "The claim must be filed within 3 months of this date.",
          ),
        },
        {
          id: "terminationReason",
          type: "select",
          label: L("Lý do chấm dứt", "Why it ended"),
          options: [
            { value: "expired", label: L("Hết hạn hợp đồng", "The contract expired") },
            { value: "agreement", label: L("Hai bên thỏa thuận chấm dứt", "Ended by agreement") },
            { value: "employer", label: L("Đơn vị chấm dứt hoặc cho thôi việc", "Ended by the employer") },
            {
              value: "workerLawful",
              label: L("Tôi đơn phương chấm dứt đúng pháp luật", "I ended it lawfully"),
            },
            { value: "other", label: L("Lý do khác", "Another reason") },
          ],
        },
        {
          id: "contributionMonths",
          type: "number",
          label: L("Số tháng đã đóng bảo hiểm thất nghiệp", "Months of unemployment insurance contributions"),
          min: 1,
          max: 600,
          hint: L(
            "Cần đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng; xem trong ứng dụng VssID.",
            "You need 12 months within the 24 months before the contract ended; see the VssID app.",
          ),
        },
        {
          id: "registeredWithCentre",
          type: "yesno",
          label: L(
            "Bạn đã đăng ký thất nghiệp với Trung tâm Dịch vụ việc làm chưa?",
            "Have you registered as unemployed with the Employment Service Centre?",
          ),
        },
      ],
    },
    {
      id: "nhan-tro-cap",
      title: L("Nhận trợ cấp", "Payment"),
      intro: L(
        "Không ghi tài khoản thì trợ cấp được chi trả bằng tiền mặt tại bưu điện nơi bạn chọn khi nhận quyết định.",
        "Without an account, the allowance is paid in cash at the post office you choose when you get the decision.",
      ),
      fields: [
        { id: "bankName", type: "text", label: L("Ngân hàng", "Bank"), required: false, maxLength: 100 },
        {
          id: "bankAccountNumber",
          type: "text",
          label: L("Số tài khoản", "Account number"),
          showIf: { field: "bankName", filled: true },
          maxLength: 30,
        },
        {
          id: "bankAccountHolder",
          type: "text",
          label: L("Chủ tài khoản", "Account holder"),
          showIf: { field: "bankName", filled: true },
          maxLength: 100,
          hint: L(
            "Tài khoản phải đứng tên bạn; ghi như ngân hàng in, ví dụ NGUYEN VAN AN.",
            "The account must be in your name; write it as the bank prints it, e.g. NGUYEN VAN AN.",
          ),
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "contractEnded",
          type: "attachment",
          documentKey: "cham-dut-hop-dong",
          label: L("Giấy tờ xác nhận chấm dứt hợp đồng lao động", "Proof that the contract ended"),
          hint: L(
            "Ví dụ: quyết định thôi việc, thông báo chấm dứt hợp đồng, thỏa thuận chấm dứt hoặc hợp đồng đã hết hạn.",
            "For instance: a dismissal decision, a termination notice or agreement, or the expired contract.",
          ),
        },
      ],
    },
  ],
} satisfies FormDefinitionInput;

export const RENOVATION_PERMIT_FORM = {
  formVersion: 1,
  pages: [
    PERSON_PAGE("Chủ sở hữu nhà ở", "Owner of the house"),
    {
      id: "nha-o",
      title: L("Nhà ở và nội dung sửa chữa", "The house and the works"),
      fields: [
        { id: "houseAddress", type: "text", label: L("Địa chỉ nhà ở", "Address of the house"), maxLength: 200 },
        {
          id: "ownershipCertificateNumber",
          type: "text",
          label: L("Số giấy chứng nhận quyền sở hữu nhà ở", "Number of the ownership certificate"),
          maxLength: 50,
          hint: L(
            "Số phát hành in trên trang 1 của giấy chứng nhận (sổ hồng, sổ đỏ), ví dụ CS 123456.",
            "The serial printed on page 1 of the certificate, e.g. CS 123456.",
          ),
        },
        {
          id: "currentFloors",
          type: "number",
          label: L("Số tầng hiện có", "Current number of floors"),
          min: 1,
          max: 20,
        },
        {
          id: "currentFloorArea",
          type: "number",
          label: L("Tổng diện tích sàn hiện có (m²)", "Current total floor area (m²)"),
          min: 1,
          max: 100_000,
          integer: false,
        },
        {
          id: "works",
          type: "textarea",
          label: L("Nội dung sửa chữa, cải tạo", "What will be repaired or renovated"),
          maxLength: 2000,
          hint: L(
            "Ví dụ: thay mái tôn tầng 3, mở rộng cửa sổ mặt tiền, gia cố dầm tầng 2.",
            "For instance: new roof on the 3rd floor, wider front windows, strengthened 2nd-floor beams.",
          ),
        },
        {
          id: "structureChanges",
          type: "yesno",
          label: L(
            "Có thay đổi kết cấu chịu lực hoặc mặt ngoài của nhà?",
            "Does the load-bearing structure or the façade change?",
          ),
          hint: L(
            "Sửa chữa bên trong không làm thay đổi kết cấu chịu lực, công năng sử dụng thường được miễn giấy phép.",
            "Indoor works that change neither the load-bearing structure nor the use usually need no permit.",
          ),
        },
        { id: "plannedStart", type: "date", label: L("Dự kiến khởi công", "Planned start"), required: false },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "ownershipProof",
          type: "attachment",
          documentKey: "quyen-so-huu",
          label: L("Giấy tờ về quyền sở hữu nhà ở", "Proof of ownership of the house"),
          hint: L("Bản sao có chứng thực giấy chứng nhận.", "A certified copy of the certificate."),
        },
        {
          id: "currentStatePhotos",
          type: "attachment",
          documentKey: "anh-hien-trang",
          label: L("Ảnh chụp hiện trạng công trình", "Photos of the current state"),
          hint: L(
            "Ảnh mặt tiền và các phần sẽ sửa chữa, trong một tệp PDF.",
            "The front and the parts to be worked on, in one PDF.",
          ),
        },
        {
          id: "renovationDrawings",
          type: "attachment",
          documentKey: "ban-ve-cai-tao",
          label: L("Bản vẽ thiết kế sửa chữa, cải tạo", "Design drawings of the works"),
          showIf: { field: "structureChanges", equals: true },
          hint: L(
            "Mặt bằng, mặt cắt, mặt đứng của phần sửa chữa, trong một tệp PDF.",
            "Plans, sections and elevations of the works, in one PDF.",
          ),
        },
      ],
    },
    WARD_PAGE("Ủy ban nhân dân phường, xã, đặc khu nơi có nhà ở", "People's Committee of the ward where the house is"),
  ],
} satisfies FormDefinitionInput;

export const PERMIT_EXTENSION_FORM = {
  formVersion: 1,
  pages: [
    PERSON_PAGE("Chủ đầu tư", "Owner"),
    {
      id: "giay-phep",
      title: L("Giấy phép xây dựng", "The building permit"),
      fields: [
        { id: "permitNumber", type: "text", label: L("Số giấy phép", "Permit number"), maxLength: 50 },
        {
          id: "permitDate",
          type: "date",
          label: L("Ngày cấp", "Date issued"),
          notAfterToday: true,
          hint: L(
            "Giấy phép hết hiệu lực nếu không khởi công trong 12 tháng kể từ ngày cấp.",
            "A permit lapses when works do not start within 12 months of this date.",
          ),
        },
        {
          id: "issuingAuthority",
          type: "text",
          label: L("Cơ quan cấp", "Issuing authority"),
          maxLength: 200,
          hint: L(
            "Ghi như trên giấy phép, ví dụ Ủy ban nhân dân Quận 3 (trước ngày 01/7/2025).",
            "As on the permit, e.g. People's Committee of District 3 (before 1 July 2025).",
          ),
        },
        { id: "siteAddress", type: "text", label: L("Địa điểm xây dựng", "Building site"), maxLength: 200 },
        {
          id: "reasonNotStarted",
          type: "textarea",
          label: L("Lý do chưa khởi công", "Why works have not started"),
          maxLength: 2000,
          hint: L(
            "Giấy phép được gia hạn tối đa 02 lần, mỗi lần 12 tháng.",
            "A permit can be extended twice at most, by 12 months each time.",
          ),
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "issuedPermit",
          type: "attachment",
          documentKey: "giay-phep-da-cap",
          label: L("Giấy phép xây dựng đã được cấp", "The permit issued"),
          hint: L(
            "Bản chụp giấy phép và bản vẽ kèm theo; nộp bản chính khi nhận kết quả.",
            "A scan of the permit and its drawings; hand in the original when you collect the result.",
          ),
        },
      ],
    },
    WARD_PAGE(
      "Ủy ban nhân dân phường, xã, đặc khu nơi có công trình",
      "People's Committee of the ward where the building stands",
    ),
  ],
} satisfies FormDefinitionInput;

export const FOREIGNER_CRIMINAL_RECORD_FORM = {
  formVersion: 1,
  pages: [
    {
      id: "nguoi-yeu-cau",
      title: L("Người được cấp Phiếu", "Applicant"),
      fields: [
        { id: "fullName", type: "text", label: L("Họ và tên", "Full name"), prefill: "identity.fullName" },
        { id: "birthDate", type: "date", label: L("Ngày sinh", "Date of birth"), prefill: "identity.birthDate" },
        { id: "sex", type: "radio", label: L("Giới tính", "Sex"), prefill: "identity.sex", options: SEX_OPTIONS },
        { id: "birthPlace", type: "text", label: L("Nơi sinh", "Place of birth"), maxLength: 200 },
        { id: "nationality", type: "text", label: L("Quốc tịch", "Nationality"), maxLength: 50 },
        { id: "passportNumber", type: "text", label: L("Số hộ chiếu", "Passport number"), maxLength: 20 },
        {
          id: "currentAddress",
          type: "text",
          label: L("Nơi cư trú hiện tại", "Current residence"),
          prefill: "identity.address",
          maxLength: 300,
        },
        { id: "phone", type: "phone", label: L("Số điện thoại", "Phone"), prefill: "identity.phone" },
        { id: "email", type: "email", label: L("Thư điện tử", "Email"), required: false, prefill: "identity.email" },
      ],
    },
    {
      id: "cu-tru",
      title: L("Thời gian cư trú tại Việt Nam", "Residence in Vietnam"),
      fields: [
        {
          id: "residenceFrom",
          type: "date",
          label: L("Cư trú tại Việt Nam từ ngày", "In Vietnam from"),
          notAfterToday: true,
        },
        {
          id: "residenceTo",
          type: "date",
          label: L("Đến ngày", "Until"),
          required: false,
          hint: L("Bỏ trống nếu bạn vẫn đang cư trú tại Việt Nam.", "Leave empty if you still live in Vietnam."),
        },
        {
          id: "cityAddresses",
          type: "group",
          label: L("Nơi cư trú tại Thành phố Hồ Chí Minh", "Addresses in Ho Chi Minh City"),
          minItems: 1,
          maxItems: 10,
          fields: [
            { id: "from", type: "date", label: L("Từ ngày", "From") },
            {
              id: "to",
              type: "date",
              label: L("Đến ngày", "To"),
              required: false,
              hint: L("Bỏ trống nếu vẫn ở địa chỉ này.", "Leave empty if you still live here."),
            },
            { id: "address", type: "text", label: L("Địa chỉ", "Address"), maxLength: 200 },
          ],
        },
      ],
    },
    {
      id: "yeu-cau",
      title: L("Yêu cầu cấp Phiếu", "Request"),
      fields: [
        {
          ...CERTIFICATE_TYPE_FIELD,
          hint: L(
            "Phiếu số 2 ghi cả án tích đã được xóa; thường dùng khi cơ quan nước ngoài yêu cầu.",
            "Certificate No. 2 also lists expunged convictions; often asked for by foreign authorities.",
          ),
        },
        {
          id: "purpose",
          type: "text",
          label: L("Mục đích sử dụng Phiếu", "Purpose"),
          maxLength: 200,
          hint: L("Ví dụ: xin cấp thị thực, xin việc ở nước ngoài.", "For instance: a visa, a job abroad."),
        },
        {
          id: "copies",
          type: "number",
          label: L("Số lượng Phiếu", "Number of copies"),
          hint: L(
            "200.000 đồng cho hai Phiếu đầu; từ Phiếu thứ ba, thêm 5.000 đồng mỗi Phiếu.",
            "200,000 đồng for the first two; from the third, 5,000 đồng more for each.",
          ),
          min: 1,
          max: 10,
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "passport",
          type: "attachment",
          documentKey: "ho-chieu",
          label: L("Hộ chiếu", "Passport"),
          hint: L(
            "Bản chụp trang thông tin cá nhân; xuất trình bản chính khi nhận Phiếu.",
            "A scan of the data page; show the original when you collect the certificate.",
          ),
        },
        {
          id: "residenceProof",
          type: "attachment",
          documentKey: "giay-to-cu-tru",
          label: L("Giấy tờ chứng minh nơi cư trú tại Thành phố", "Proof of residence in the city"),
          hint: L(
            "Ví dụ: thẻ tạm trú, thẻ thường trú hoặc xác nhận tạm trú.",
            "For instance: a temporary or permanent residence card, or a confirmation of temporary residence.",
          ),
        },
      ],
    },
  ],
  // The version's fee lines, in order: 0 the certificate, 1 each copy from the third.
  feeRules: [{ line: 0 }, { line: 1, perUnitOf: "copies", beyond: 2 }],
} satisfies FormDefinitionInput;

/** E-forms by procedure slug. */
export const BUSINESS_LABOUR_CONSTRUCTION_FORMS: Record<string, FormDefinitionInput> = {
  "dang-ky-thanh-lap-cong-ty-tnhh-mot-thanh-vien": SINGLE_MEMBER_COMPANY_FORM,
  "dang-ky-thay-doi-noi-dung-dang-ky-doanh-nghiep": BUSINESS_CHANGE_FORM,
  "thong-bao-tam-ngung-kinh-doanh": BUSINESS_SUSPENSION_FORM,
  "cap-giay-phep-lao-dong": WORK_PERMIT_FORM,
  "cap-lai-giay-phep-lao-dong": WORK_PERMIT_REISSUE_FORM,
  "giai-quyet-huong-tro-cap-that-nghiep": UNEMPLOYMENT_BENEFIT_FORM,
  "cap-giay-phep-sua-chua-cai-tao-nha-o-rieng-le": RENOVATION_PERMIT_FORM,
  "gia-han-giay-phep-xay-dung": PERMIT_EXTENSION_FORM,
  "cap-phieu-ly-lich-tu-phap-nguoi-nuoc-ngoai": FOREIGNER_CRIMINAL_RECORD_FORM,
};
