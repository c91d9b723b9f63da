// The home page.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  title: "Bạn cần làm thủ tục gì?",
  intro: "Tìm thủ tục, xem hồ sơ cần chuẩn bị, lệ phí và thời hạn giải quyết.",
  searchLabel: "Tìm thủ tục",
  searchPlaceholder: "Ví dụ: khai sinh, tạm trú, giấy phép xây dựng",
  searchButton: "Tìm kiếm",
  featured: "Thủ tục thường dùng",
  byField: "Tìm theo lĩnh vực",
  byLevel: "Tìm theo cơ quan giải quyết",
  cityLevel: "Sở, ban, ngành và Công an Thành phố",
  cityLevelHint: "Thủ tục do cơ quan cấp Thành phố giải quyết",
  wardLevel: "Phường, xã, đặc khu",
  wardLevelHint: "Thủ tục do Ủy ban nhân dân và Công an cấp xã giải quyết",
  procedureCount: "{count} thủ tục",
  allProcedures: "Xem tất cả thủ tục",
};

const en: typeof vi = {
  title: "What do you need to do?",
  intro: "Find a procedure, the documents to prepare, its fees and its time limit.",
  searchLabel: "Search procedures",
  searchPlaceholder: "For example: birth, temporary residence, building permit",
  searchButton: "Search",
  featured: "Commonly used procedures",
  byField: "Browse by field",
  byLevel: "Browse by who handles it",
  cityLevel: "City departments and City Police",
  cityLevelHint: "Procedures handled at city level",
  wardLevel: "Wards, communes and special zone",
  wardLevelHint: "Procedures handled by ward-level People's Committees and police",
  procedureCount: "{count} procedures",
  allProcedures: "See all procedures",
};

export const homeMessages = { vi, en };
