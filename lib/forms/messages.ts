// What each validation error says, in Vietnamese and English.
import type { FormErrorKey } from "./compile";

export const FORM_ERROR_MESSAGES: Record<FormErrorKey | "locked-changed", { vi: string; en: string }> = {
  required: { vi: "Vui lòng nhập thông tin này.", en: "Enter this information." },
  "required-choice": { vi: "Vui lòng chọn một mục.", en: "Choose one of the options." },
  "required-file": {
    vi: "Vui lòng đính kèm giấy tờ này (tải lên tệp hoặc chọn từ kho dữ liệu).",
    en: "Attach this document (upload a file or choose one from your data store).",
  },
  "too-long": { vi: "Nội dung quá dài.", en: "This is too long." },
  "invalid-date": { vi: "Ngày không hợp lệ.", en: "Enter a real date." },
  "future-date": { vi: "Ngày không được sau ngày hôm nay.", en: "The date cannot be in the future." },
  "not-a-number": { vi: "Vui lòng nhập một số.", en: "Enter a number." },
  "too-small": { vi: "Giá trị quá nhỏ.", en: "The value is too small." },
  "too-large": { vi: "Giá trị quá lớn.", en: "The value is too large." },
  "invalid-option": { vi: "Vui lòng chọn một mục trong danh sách.", en: "Choose an option from the list." },
  "id-number": {
    vi: "Số định danh cá nhân phải gồm 12 chữ số hợp lệ.",
    en: "A personal ID number has 12 valid digits.",
  },
  phone: { vi: "Số điện thoại không hợp lệ (ví dụ 0903123456).", en: "Enter a valid phone number (e.g. 0903123456)." },
  email: { vi: "Địa chỉ thư điện tử không hợp lệ.", en: "Enter a valid email address." },
  "enterprise-code": {
    vi: "Mã số doanh nghiệp gồm 8 đến 20 chữ số hoặc chữ cái.",
    en: "An enterprise code has 8 to 20 letters or digits.",
  },
  "too-few-items": { vi: "Vui lòng thêm ít nhất một dòng.", en: "Add at least one row." },
  "too-many-items": { vi: "Có quá nhiều dòng.", en: "There are too many rows." },
  "unknown-field": { vi: "Thông tin không thuộc biểu mẫu.", en: "This is not part of the form." },
  invalid: { vi: "Thông tin không hợp lệ.", en: "This is not valid." },
  "locked-changed": {
    vi: "Thông tin định danh đã bị thay đổi so với dữ liệu từ VNeID.",
    en: "Identity data differs from what VNeID provided.",
  },
};

/** A message for an error key, or the message itself when the domain already wrote one. */
export function formErrorMessage(error: string | { vi: string; en: string }): { vi: string; en: string } {
  if (typeof error !== "string") return error;
  return FORM_ERROR_MESSAGES[error as FormErrorKey] ?? FORM_ERROR_MESSAGES.invalid;
}

export type FieldErrors = Record<string, string | { vi: string; en: string }>;
