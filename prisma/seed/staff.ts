// Demo staff roles and a demo organisation with one mandate (the personas are in
// stand-ins/vneid/population.ts; the README lists them).
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const STAFF: Array<{ idNumber: string; role: StaffRole; agency: string | null }> = [
  { idNumber: "079187003333", role: "RECEPTION_CLERK", agency: "ubnd-phuong-sai-gon" },
  { idNumber: "079183001111", role: "SPECIALIST", agency: "ubnd-phuong-sai-gon" },
  { idNumber: "079075005555", role: "LEADER", agency: "ubnd-phuong-sai-gon" },
  { idNumber: "079075005555", role: "AGENCY_ADMIN", agency: "ubnd-phuong-sai-gon" },
  { idNumber: "079082004444", role: "SPECIALIST", agency: "so-tu-phap" },
  { idNumber: "079082004444", role: "PROCEDURE_EDITOR", agency: "so-tu-phap" },
  { idNumber: "079191012121", role: "RECEPTION_CLERK", agency: "ca-phuong-sai-gon" },
  { idNumber: "079086012122", role: "SPECIALIST", agency: "ca-phuong-sai-gon" },
  { idNumber: "079078012123", role: "LEADER", agency: "ca-phuong-sai-gon" },
  { idNumber: "079189013131", role: "RECEPTION_CLERK", agency: "cong-an-thanh-pho" },
  { idNumber: "079084013132", role: "SPECIALIST", agency: "cong-an-thanh-pho" },
  { idNumber: "079072013133", role: "LEADER", agency: "cong-an-thanh-pho" },
  { idNumber: "079180006666", role: "SYSTEM_ADMIN", agency: null },
  { idNumber: "079070008888", role: "INSPECTOR", agency: null },
];

export const DEMO_ORGANISATION = {
  enterpriseCode: "0312345678",
  name: "Công ty TNHH Sài Gòn Xanh",
  kind: "ENTERPRISE",
  address: "200 Điện Biên Phủ, Phường Bàn Cờ, Thành phố Hồ Chí Minh",
  legalRepIdNumber: "079085002468",
  legalRepName: "Hoàng Minh Đức",
  mandateHolder: { idNumber: "079198009999", name: "Huỳnh Thị Oanh" },
};
