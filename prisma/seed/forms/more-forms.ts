// E-forms of permanent residence, the marital status certificate, household business
// registration and the house construction permit. Identity values are prefilled and
// locked; what the registries hold is filled by number; the rest is asked once.
import type { FormDefinitionInput } from "@/lib/forms/definition";

const L = (vi: string, en: string) => ({ vi, en });

export type PageInput = FormDefinitionInput["pages"][number];

/** The applicant, as VNeID knows them: prefilled and locked. */
export const APPLICANT_PAGE: PageInput = {
  id: "nguoi-yeu-cau",
  title: L("Người yêu cầu", "Applicant"),
  fields: [
    { id: "fullName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), prefill: "identity.fullName" },
    {
      id: "idNumber",
      type: "idNumber",
      label: L("Số định danh cá nhân", "Personal ID number"),
      prefill: "identity.idNumber",
    },
    { id: "birthDate", type: "date", label: L("Ngày sinh", "Date of birth"), prefill: "identity.birthDate" },
    { id: "address", type: "text", label: L("Nơi cư trú hiện tại", "Current residence"), prefill: "identity.address" },
    { id: "phone", type: "phone", label: L("Số điện thoại", "Phone"), prefill: "identity.phone" },
    { id: "email", type: "email", label: L("Thư điện tử", "Email"), required: false, prefill: "identity.email" },
  ],
};

/** The ward whose agency decides, for procedures decided at ward level. */
export const WARD_PAGE = (labelVi: string, labelEn: string): PageInput => ({
  id: "noi-nop",
  title: L("Nơi giải quyết", "Where it is handled"),
  fields: [{ id: "competentWard", type: "ward", label: L(labelVi, labelEn) }],
});

export const PERMANENT_RESIDENCE_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "noi-dang-ky",
      title: L("Nơi đăng ký thường trú", "New permanent residence"),
      fields: [
        {
          id: "newAddress",
          type: "text",
          label: L("Địa chỉ chỗ ở hợp pháp", "Address of the lawful residence"),
          maxLength: 200,
        },
        {
          id: "housingBasis",
          type: "radio",
          label: L("Căn cứ chỗ ở hợp pháp", "Basis of the lawful residence"),
          options: [
            { value: "owner", label: L("Nhà thuộc sở hữu của tôi", "I own the home") },
            {
              value: "relative",
              label: L(
                "Nhà của người thân, được chủ hộ đồng ý",
                "A relative's home, with the household head's consent",
              ),
            },
            { value: "rented", label: L("Nhà thuê, mượn, ở nhờ", "Rented or borrowed home") },
          ],
        },
        {
          id: "householdHeadIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của chủ hộ", "Household head's ID number"),
          showIf: { field: "housingBasis", in: ["relative", "rented"] },
          fill: { fullName: "householdHeadName" },
        },
        {
          id: "householdHeadName",
          type: "text",
          label: L("Họ và tên chủ hộ", "Household head's name"),
          showIf: { field: "housingBasis", in: ["relative", "rented"] },
        },
        {
          id: "relationshipToHead",
          type: "text",
          label: L("Quan hệ với chủ hộ", "Relationship to the household head"),
          showIf: { field: "housingBasis", in: ["relative", "rented"] },
        },
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
            "Ví dụ: giấy chứng nhận quyền sở hữu nhà, hợp đồng mua bán, hợp đồng thuê, mượn, ở nhờ.",
            "For instance: a certificate of ownership, a contract of sale, a lease or a loan of the home.",
          ),
        },
        {
          id: "householdHeadConsent",
          type: "attachment",
          documentKey: "dong-y-chu-ho",
          label: L("Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở", "Consent of the head of household or owner"),
          hint: L(
            "Văn bản có chữ ký của chủ hộ hoặc chủ sở hữu đồng ý cho bạn đăng ký thường trú tại chỗ ở này.",
            "A letter signed by the head of household or the owner agreeing to your registration at this home.",
          ),
          showIf: { field: "housingBasis", in: ["relative", "rented"] },
        },
      ],
    },
    WARD_PAGE("Công an phường, xã, đặc khu nơi đăng ký thường trú", "Police of the ward of the new residence"),
  ],
} satisfies FormDefinitionInput;

export const MARITAL_STATUS_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "xac-nhan",
      title: L("Nội dung xác nhận", "What to certify"),
      fields: [
        {
          id: "maritalStatus",
          type: "radio",
          label: L("Tình trạng hôn nhân hiện tại", "Current marital status"),
          options: [
            { value: "single", label: L("Chưa đăng ký kết hôn với ai", "Never married") },
            { value: "divorced", label: L("Đã ly hôn", "Divorced") },
            { value: "widowed", label: L("Vợ hoặc chồng đã chết", "Widowed") },
            { value: "married", label: L("Đang có vợ hoặc chồng", "Married") },
          ],
        },
        {
          id: "spouseIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của vợ hoặc chồng", "Spouse's ID number"),
          showIf: { field: "maritalStatus", equals: "married" },
          relation: "spouse",
          fill: { fullName: "spouseName" },
        },
        {
          id: "spouseName",
          type: "text",
          label: L("Họ và tên vợ hoặc chồng", "Spouse's name"),
          showIf: { field: "maritalStatus", equals: "married" },
        },
        {
          id: "purpose",
          type: "select",
          label: L("Mục đích sử dụng", "Purpose"),
          options: [
            { value: "marriage", label: L("Để đăng ký kết hôn", "To register a marriage") },
            { value: "property", label: L("Để giao dịch tài sản, vay vốn", "For a property transaction or a loan") },
            { value: "other", label: L("Mục đích khác", "Another purpose") },
          ],
        },
        {
          id: "intendedSpouseName",
          type: "text",
          label: L("Họ tên người dự định kết hôn", "Name of the intended spouse"),
          showIf: { field: "purpose", equals: "marriage" },
        },
        {
          id: "otherPurpose",
          type: "text",
          label: L("Mục đích khác", "Other purpose"),
          showIf: { field: "purpose", equals: "other" },
        },
      ],
    },
    WARD_PAGE(
      "Ủy ban nhân dân phường, xã, đặc khu nơi thường trú",
      "People's Committee of the ward of permanent residence",
    ),
  ],
} satisfies FormDefinitionInput;

export const HOUSEHOLD_BUSINESS_FORM = {
  formVersion: 1,
  requiresSignature: true,
  pages: [
    APPLICANT_PAGE,
    {
      // Shown only when filing as an organisation (e.g. a firm the founder authorised to file):
      // its code and name come from its e-ID, its address and representative from the registry.
      id: "to-chuc-nop",
      title: L("Tổ chức nộp hồ sơ", "Filing organisation"),
      intro: L(
        "Bạn nộp hồ sơ này thay mặt tổ chức; hồ sơ được ký số bằng chữ ký của tổ chức.",
        "You file this dossier on behalf of an organisation; it is signed with the organisation's signature.",
      ),
      showIf: { field: "organisationCode", filled: true },
      fields: [
        {
          id: "organisationCode",
          type: "enterpriseCode",
          label: L("Mã số doanh nghiệp", "Enterprise code"),
          prefill: "organisation.enterpriseCode",
          fill: { address: "organisationAddress", legalRepresentative: "organisationRepresentative" },
        },
        {
          id: "organisationName",
          type: "text",
          label: L("Tên tổ chức", "Organisation name"),
          prefill: "organisation.name",
        },
        {
          id: "organisationAddress",
          type: "text",
          label: L("Địa chỉ trụ sở chính", "Head office address"),
          maxLength: 300,
        },
        {
          id: "organisationRepresentative",
          type: "text",
          label: L("Người đại diện theo pháp luật", "Legal representative"),
          maxLength: 200,
        },
      ],
    },
    {
      id: "ho-kinh-doanh",
      title: L("Hộ kinh doanh", "The household business"),
      fields: [
        {
          id: "businessName",
          type: "text",
          label: L("Tên hộ kinh doanh", "Business name"),
          maxLength: 200,
          hint: L("Bắt đầu bằng “Hộ kinh doanh”.", "Starts with “Hộ kinh doanh”."),
        },
        { id: "businessAddress", type: "text", label: L("Địa điểm kinh doanh", "Business address"), maxLength: 200 },
        { id: "sector", type: "text", label: L("Ngành, nghề kinh doanh", "Line of business"), maxLength: 300 },
        {
          id: "capital",
          type: "number",
          label: L("Vốn kinh doanh (đồng)", "Capital (đồng)"),
          min: 0,
          max: 100_000_000_000,
        },
        { id: "employees", type: "number", label: L("Số lao động", "Number of workers"), min: 0, max: 1000 },
        {
          id: "membersRegister",
          type: "yesno",
          label: L("Các thành viên hộ gia đình cùng đăng ký?", "Do household members register together?"),
        },
        {
          id: "members",
          type: "group",
          label: L("Thành viên hộ gia đình", "Household members"),
          showIf: { field: "membersRegister", equals: true },
          minItems: 1,
          maxItems: 10,
          fields: [
            { id: "idNumber", type: "idNumber", label: L("Số định danh cá nhân", "Personal ID number") },
            { id: "fullName", type: "text", label: L("Họ và tên", "Full name") },
          ],
        },
      ],
    },
    WARD_PAGE(
      "Ủy ban nhân dân phường, xã, đặc khu nơi đặt địa điểm kinh doanh",
      "People's Committee of the ward where the business is",
    ),
  ],
} satisfies FormDefinitionInput;

export const CONSTRUCTION_PERMIT_FORM = {
  formVersion: 1,
  pages: [
    APPLICANT_PAGE,
    {
      id: "cong-trinh",
      title: L("Công trình", "The building"),
      fields: [
        { id: "siteAddress", type: "text", label: L("Địa điểm xây dựng", "Building site"), maxLength: 200 },
        {
          id: "landParcel",
          type: "text",
          label: L("Thửa đất số, tờ bản đồ số", "Land parcel and map sheet numbers"),
          maxLength: 100,
        },
        {
          id: "landArea",
          type: "number",
          label: L("Diện tích lô đất (m²)", "Plot area (m²)"),
          min: 1,
          max: 100_000,
          integer: false,
        },
        {
          id: "buildingArea",
          type: "number",
          label: L("Diện tích xây dựng tầng 1 (m²)", "Ground-floor area (m²)"),
          min: 1,
          max: 100_000,
          integer: false,
        },
        { id: "floors", type: "number", label: L("Số tầng", "Number of floors"), min: 1, max: 20 },
        {
          id: "height",
          type: "number",
          label: L("Chiều cao công trình (m)", "Height (m)"),
          min: 1,
          max: 100,
          integer: false,
        },
        { id: "basement", type: "yesno", label: L("Có tầng hầm?", "Basement?") },
        { id: "designer", type: "text", label: L("Đơn vị hoặc người thiết kế", "Designer"), maxLength: 200 },
        { id: "startDate", type: "date", label: L("Dự kiến khởi công", "Planned start"), required: false },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "landUseRights",
          type: "attachment",
          documentKey: "quyen-su-dung-dat",
          label: L("Giấy tờ về quyền sử dụng đất", "Land-use right documents"),
          hint: L(
            "Bản sao có chứng thực giấy chứng nhận quyền sử dụng đất.",
            "A certified copy of the land-use right certificate.",
          ),
        },
        {
          id: "designDrawings",
          type: "attachment",
          documentKey: "ban-ve-thiet-ke",
          label: L("Bản vẽ thiết kế xây dựng", "Design drawings"),
          hint: L(
            "Mặt bằng, mặt cắt, mặt đứng và móng, trong một tệp PDF.",
            "Site plan, sections, elevations and foundations, in one PDF.",
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
