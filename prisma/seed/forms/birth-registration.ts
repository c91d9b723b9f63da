// E-form of birth registration (Đăng ký khai sinh): requester, child, parents, place of
// registration. Identity values are prefilled and locked; a parent's ID number fills the
// parent's details from the population registry.
import type { FormDefinitionInput } from "@/lib/forms/definition";

const L = (vi: string, en: string) => ({ vi, en });

export const BIRTH_REGISTRATION_FORM = {
  formVersion: 1,
  requiresSignature: false,
  pages: [
    {
      id: "nguoi-yeu-cau",
      title: L("Người yêu cầu", "Requester"),
      fields: [
        { id: "requesterName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), prefill: "identity.fullName" },
        {
          id: "requesterIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân", "Personal ID number"),
          prefill: "identity.idNumber",
        },
        { id: "requesterAddress", type: "text", label: L("Nơi cư trú", "Residence"), prefill: "identity.address" },
        {
          id: "relationship",
          type: "radio",
          label: L("Quan hệ với người được khai sinh", "Relationship to the child"),
          options: [
            { value: "father", label: L("Cha", "Father") },
            { value: "mother", label: L("Mẹ", "Mother") },
            { value: "grandparent", label: L("Ông, bà", "Grandparent") },
            { value: "other", label: L("Người thân khác", "Other relative") },
          ],
        },
        { id: "phone", type: "phone", label: L("Số điện thoại liên hệ", "Contact phone"), prefill: "identity.phone" },
        { id: "email", type: "email", label: L("Thư điện tử", "Email"), required: false, prefill: "identity.email" },
      ],
    },
    {
      id: "tre-em",
      title: L("Người được khai sinh", "The child"),
      fields: [
        { id: "childName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), maxLength: 100 },
        { id: "childBirthDate", type: "date", label: L("Ngày, tháng, năm sinh", "Date of birth"), notAfterToday: true },
        {
          id: "childSex",
          type: "radio",
          label: L("Giới tính", "Sex"),
          options: [
            { value: "male", label: L("Nam", "Male") },
            { value: "female", label: L("Nữ", "Female") },
          ],
        },
        { id: "childEthnicity", type: "text", label: L("Dân tộc", "Ethnicity"), maxLength: 50 },
        { id: "childNationality", type: "text", label: L("Quốc tịch", "Nationality"), maxLength: 50 },
        {
          id: "birthPlace",
          type: "text",
          label: L("Nơi sinh (tên cơ sở y tế hoặc địa chỉ)", "Place of birth (hospital or address)"),
          maxLength: 200,
        },
        { id: "hometown", type: "text", label: L("Quê quán", "Hometown"), maxLength: 200 },
      ],
    },
    {
      id: "me",
      title: L("Người mẹ", "The mother"),
      intro: L(
        "Nhập số định danh cá nhân của người mẹ: thông tin còn lại được lấy từ Cơ sở dữ liệu quốc gia về dân cư.",
        "Enter the mother's personal ID number: the rest comes from the national population database.",
      ),
      fields: [
        {
          id: "motherIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của mẹ", "Mother's personal ID number"),
          relation: "selfOrSpouse",
          fill: {
            fullName: "motherName",
            birthYear: "motherBirthYear",
            ethnicity: "motherEthnicity",
            nationality: "motherNationality",
            address: "motherAddress",
          },
        },
        { id: "motherName", type: "text", label: L("Họ, chữ đệm, tên", "Full name"), maxLength: 100 },
        { id: "motherBirthYear", type: "number", label: L("Năm sinh", "Year of birth"), min: 1900, max: 2100 },
        { id: "motherEthnicity", type: "text", label: L("Dân tộc", "Ethnicity"), maxLength: 50 },
        { id: "motherNationality", type: "text", label: L("Quốc tịch", "Nationality"), maxLength: 50 },
        { id: "motherAddress", type: "text", label: L("Nơi cư trú", "Residence"), maxLength: 200 },
      ],
    },
    {
      id: "cha",
      title: L("Người cha", "The father"),
      fields: [
        { id: "fatherDeclared", type: "yesno", label: L("Khai thông tin người cha?", "Declare the father?") },
        {
          id: "fatherIdNumber",
          type: "idNumber",
          label: L("Số định danh cá nhân của cha", "Father's personal ID number"),
          showIf: { field: "fatherDeclared", equals: true },
          relation: "selfOrSpouse",
          fill: {
            fullName: "fatherName",
            birthYear: "fatherBirthYear",
            ethnicity: "fatherEthnicity",
            nationality: "fatherNationality",
            address: "fatherAddress",
          },
        },
        {
          id: "fatherName",
          type: "text",
          label: L("Họ, chữ đệm, tên", "Full name"),
          maxLength: 100,
          showIf: { field: "fatherDeclared", equals: true },
        },
        {
          id: "fatherBirthYear",
          type: "number",
          label: L("Năm sinh", "Year of birth"),
          min: 1900,
          max: 2100,
          showIf: { field: "fatherDeclared", equals: true },
        },
        {
          id: "fatherEthnicity",
          type: "text",
          label: L("Dân tộc", "Ethnicity"),
          maxLength: 50,
          showIf: { field: "fatherDeclared", equals: true },
        },
        {
          id: "fatherNationality",
          type: "text",
          label: L("Quốc tịch", "Nationality"),
          maxLength: 50,
          showIf: { field: "fatherDeclared", equals: true },
        },
        {
          id: "fatherAddress",
          type: "text",
          label: L("Nơi cư trú", "Residence"),
          maxLength: 200,
          showIf: { field: "fatherDeclared", equals: true },
        },
      ],
    },
    {
      id: "giay-to",
      title: L("Giấy tờ kèm theo", "Documents"),
      fields: [
        {
          id: "birthCertificate",
          type: "attachment",
          documentKey: "giay-chung-sinh",
          label: L("Giấy chứng sinh", "Hospital birth certificate"),
          hint: L(
            "Bản chụp hoặc bản quét rõ nét. Nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh.",
            "A clear photo or scan. If unavailable: a witness statement or a written undertaking about the birth.",
          ),
        },
      ],
    },
    {
      id: "noi-dang-ky",
      title: L("Nơi đăng ký", "Where to register"),
      fields: [
        {
          id: "competentWard",
          type: "ward",
          label: L(
            "Ủy ban nhân dân phường, xã, đặc khu nơi cư trú của cha hoặc mẹ",
            "People's Committee of the ward where the father or mother lives",
          ),
        },
      ],
    },
  ],
} satisfies FormDefinitionInput;
