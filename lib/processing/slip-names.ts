// What each standard slip is called (Circular 03/2025 forms, as docs/domain.md §3 lists them).
export const SLIP_NAMES: Record<string, { vi: string; en: string }> = {
  MAU_01: { vi: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)", en: "Receipt and appointment (form 01)" },
  MAU_02: { vi: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)", en: "Supplement request (form 02)" },
  MAU_03: { vi: "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)", en: "Refusal (form 03)" },
  MAU_04: { vi: "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)", en: "Apology and new appointment (form 04)" },
};
