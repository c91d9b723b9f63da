// E-form of the criminal-record certificate (forms 03/04): identity prefilled and locked,
// parents and spouse by ID number from the population registry, residence history from
// age 14 as repeatable rows, certificate type, purpose and copies.
import type { FormDefinitionInput } from "@/lib/forms/definition";

const L = (vi: string, en: string) => ({ vi, en });

/** Certificate No. 1 or No. 2 (forms 03/04), asked by citizens' and foreigners' requests alike. */
export const CERTIFICATE_TYPE_FIELD = {
  id: "certificateType",
  type: "radio",
  label: L("Loại Phiếu", "Certificate"),
  options: [
    { value: "1", label: L("Phiếu lý lịch tư pháp số 1", "Certificate No. 1") },
    { value: "2", label: L("Phiếu lý lịch tư pháp số 2", "Certificate No. 2") },
  ],
} satisfies FormDefinitionInput["pages"][number]["fields"][number];

export const CRIMINAL_RECORD_FORM = {
  formVersion: 1,
  pages: [
    {
      id: "nguoi-yeu-cau",
      title: L("Người được cấp Phiếu", "Applicant"),
      fields: [
        { id: "fullName", type: "text", label: L("Họ và tên", "Full name"), prefill: "identity.fullName" },
        {
          id: "idNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân", "Personal ID number"),
          prefill: "identity.idNumber",
        },
        { id: "birthDate", type: "date", label: L("Ngày sinh", "Date of birth"), prefill: "identity.birthDate" },
        {
          id: "sex",
          type: "radio",
          label: L("Giới tính", "Sex"),
          prefill: "identity.sex",
          options: [
            { value: "male", label: L("Nam", "Male") },
            { value: "female", label: L("Nữ", "Female") },
          ],
        },
        { id: "birthPlace", type: "text", label: L("Nơi sinh", "Place of birth"), maxLength: 200 },
        { id: "nationality", type: "text", label: L("Quốc tịch", "Nationality"), maxLength: 50 },
        {
          id: "permanentAddress",
          type: "text",
          label: L("Nơi thường trú", "Permanent residence"),
          prefill: "identity.address",
        },
        { id: "temporaryAddress", type: "text", label: L("Nơi tạm trú", "Temporary residence"), required: false },
        { id: "phone", type: "phone", label: L("Số điện thoại", "Phone"), prefill: "identity.phone" },
      ],
    },
    {
      id: "gia-dinh",
      title: L("Cha, mẹ, vợ hoặc chồng", "Parents and spouse"),
      intro: L(
        "Nhập số định danh cá nhân: họ tên và ngày sinh được lấy từ Cơ sở dữ liệu quốc gia về dân cư.",
        "Enter personal ID numbers: names and dates of birth come from the national population database.",
      ),
      fields: [
        {
          id: "fatherIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của cha", "Father's ID number"),
          required: false,
          relation: "father",
          fill: { fullName: "fatherName", birthDate: "fatherBirthDate" },
        },
        { id: "fatherName", type: "text", label: L("Họ và tên cha", "Father's name"), required: false },
        {
          id: "fatherBirthDate",
          type: "date",
          label: L("Ngày sinh của cha", "Father's date of birth"),
          required: false,
        },
        {
          id: "motherIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của mẹ", "Mother's ID number"),
          required: false,
          relation: "mother",
          fill: { fullName: "motherName", birthDate: "motherBirthDate" },
        },
        { id: "motherName", type: "text", label: L("Họ và tên mẹ", "Mother's name"), required: false },
        {
          id: "motherBirthDate",
          type: "date",
          label: L("Ngày sinh của mẹ", "Mother's date of birth"),
          required: false,
        },
        {
          id: "spouseIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của vợ hoặc chồng", "Spouse's ID number"),
          required: false,
          relation: "spouse",
          fill: { fullName: "spouseName", birthDate: "spouseBirthDate" },
        },
        { id: "spouseName", type: "text", label: L("Họ và tên vợ hoặc chồng", "Spouse's name"), required: false },
        {
          id: "spouseBirthDate",
          type: "date",
          label: L("Ngày sinh của vợ hoặc chồng", "Spouse's date of birth"),
          required: false,
        },
      ],
    },
    {
      id: "qua-trinh-cu-tru",
      title: L("Quá trình cư trú từ đủ 14 tuổi", "Residence history from age 14"),
      fields: [
        {
          id: "residences",
          type: "group",
          label: L("Nơi cư trú", "Place of residence"),
          minItems: 1,
          maxItems: 10,
          fields: [
            {
              id: "period",
              type: "text",
              label: L("Từ tháng, năm đến tháng, năm", "From – to (month/year)"),
              maxLength: 40,
            },
            { id: "address", type: "text", label: L("Nơi cư trú", "Address"), maxLength: 200 },
            { id: "occupation", type: "text", label: L("Nghề nghiệp", "Occupation"), maxLength: 100 },
            { id: "workplace", type: "text", label: L("Nơi làm việc", "Workplace"), maxLength: 200, required: false },
          ],
        },
      ],
    },
    {
      id: "yeu-cau",
      title: L("Yêu cầu cấp Phiếu", "Request"),
      fields: [
        CERTIFICATE_TYPE_FIELD,
        { id: "purpose", type: "text", label: L("Mục đích sử dụng Phiếu", "Purpose"), maxLength: 200 },
        {
          id: "copies",
          type: "number",
          label: L("Số lượng Phiếu", "Number of copies"),
          min: 1,
          max: 10,
          hint: L(
            "Từ Phiếu thứ 3 trở đi, mỗi Phiếu thêm 5.000 đồng.",
            "From the third copy, each copy costs 5,000 đồng more.",
          ),
        },
        {
          id: "feeCategory",
          type: "radio",
          label: L("Mức phí", "Fee"),
          hint: L(
            "Người thuộc diện giảm hoặc miễn phí xuất trình giấy tờ chứng minh khi nhận kết quả.",
            "Reduced or exempt applicants show proof when they collect the result.",
          ),
          options: [
            { value: "standard", label: L("Phí thông thường (200.000 đồng)", "Standard fee (200,000 đồng)") },
            {
              value: "reduced",
              label: L(
                "Sinh viên, người có công với cách mạng, thân nhân liệt sĩ (100.000 đồng)",
                "Students, persons with merit, martyrs' relatives (100,000 đồng)",
              ),
            },
            {
              value: "exempt",
              label: L(
                "Trẻ em, người cao tuổi, người khuyết tật, hộ nghèo, cư trú tại xã đặc biệt khó khăn (miễn phí)",
                "Children, the elderly, people with disabilities, poor households, especially disadvantaged " +
                  "communes (exempt)",
              ),
            },
          ],
        },
      ],
    },
  ],
  // The version's fee lines, in order: 0 standard, 1 reduced, 2 each copy from the third, 3 exempt.
  feeRules: [
    { line: 0, when: { field: "feeCategory", equals: "standard" } },
    { line: 1, when: { field: "feeCategory", equals: "reduced" } },
    { line: 2, when: { field: "feeCategory", in: ["standard", "reduced"] }, perUnitOf: "copies", beyond: 2 },
  ],
} satisfies FormDefinitionInput;
