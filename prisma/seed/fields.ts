// Fields (lĩnh vực) of the catalogue, in the order the home page shows them.
export type FieldSeed = { slug: string; nameVi: string; nameEn: string };

export const FIELDS: FieldSeed[] = [
  { slug: "ho-tich", nameVi: "Hộ tịch", nameEn: "Civil status" },
  { slug: "cu-tru", nameVi: "Cư trú", nameEn: "Residence" },
  { slug: "dang-ky-kinh-doanh", nameVi: "Đăng ký kinh doanh", nameEn: "Business registration" },
  { slug: "xay-dung", nameVi: "Xây dựng", nameEn: "Construction" },
  { slug: "ly-lich-tu-phap", nameVi: "Lý lịch tư pháp", nameEn: "Criminal records" },
  { slug: "lao-dong", nameVi: "Lao động, việc làm", nameEn: "Labour and employment" },
  { slug: "chung-thuc", nameVi: "Chứng thực", nameEn: "Certification" },
  { slug: "bao-tro-xa-hoi", nameVi: "Bảo trợ xã hội", nameEn: "Social protection" },
];
