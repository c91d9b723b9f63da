// The page for an address that leads nowhere.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  title: "Không tìm thấy trang",
  body: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
  home: "Về trang chủ",
  search: "Tìm thủ tục",
};

const en: typeof vi = {
  title: "Page not found",
  body: "The page you are looking for does not exist or has moved.",
  home: "Go to the home page",
  search: "Search procedures",
};

export const notFoundMessages = { vi, en };
