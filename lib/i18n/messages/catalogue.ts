// The catalogue of procedures and its search.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  title: "Thủ tục hành chính",
  resultsFor: "Kết quả cho “{q}”",
  resultCount: "{count} thủ tục",
  noResults: "Không tìm thấy thủ tục phù hợp.",
  noResultsHint: "Hãy thử từ khóa khác, viết ngắn hơn, hoặc bỏ bớt bộ lọc.",
  filters: "Bộ lọc",
  field: "Lĩnh vực",
  level: "Cấp giải quyết",
  agency: "Cơ quan",
  service: "Mức độ dịch vụ",
  any: "Tất cả",
  apply: "Áp dụng",
  clear: "Xóa bộ lọc",
  ignoredFilter: "Bộ lọc không hợp lệ đã được bỏ qua.",
  pageClamped: "Trang bạn yêu cầu không có; đang hiển thị trang cuối.",
  pagination: "Phân trang",
  previous: "Trang trước",
  next: "Trang sau",
  pageOf: "Trang {page} / {pageCount}",
  timeLimit: "Thời hạn",
};

const en: typeof vi = {
  title: "Administrative procedures",
  resultsFor: "Results for “{q}”",
  resultCount: "{count} procedures",
  noResults: "No procedure matches.",
  noResultsHint: "Try other or fewer words, or remove some filters.",
  filters: "Filters",
  field: "Field",
  level: "Handling level",
  agency: "Agency",
  service: "Service level",
  any: "All",
  apply: "Apply",
  clear: "Clear filters",
  ignoredFilter: "An invalid filter was ignored.",
  pageClamped: "That page does not exist; showing the last page.",
  pagination: "Pagination",
  previous: "Previous page",
  next: "Next page",
  pageOf: "Page {page} of {pageCount}",
  timeLimit: "Time limit",
};

export const catalogueMessages = { vi, en };
