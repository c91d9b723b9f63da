// Names of the catalogue's values (service levels, channels, units).
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  level: { CITY: "Cấp Thành phố", WARD: "Cấp xã (phường, xã, đặc khu)" },
  service: { FULL_ONLINE: "Toàn trình", PARTIAL_ONLINE: "Một phần" },
  channel: { ONLINE: "Trực tuyến", COUNTER: "Trực tiếp", POSTAL: "Bưu chính" },
  documentForm: {
    ORIGINAL: "Bản chính",
    CERTIFIED_COPY: "Bản sao có chứng thực",
    COPY: "Bản sao",
    ORIGINAL_OR_CERTIFIED_COPY: "Bản chính hoặc bản sao có chứng thực",
    COPY_WITH_ORIGINAL: "Bản sao kèm bản chính để đối chiếu",
  },
};

const en: typeof vi = {
  level: { CITY: "City level", WARD: "Ward level (wards, communes, special zone)" },
  service: { FULL_ONLINE: "Fully online", PARTIAL_ONLINE: "Partially online" },
  channel: { ONLINE: "Online", COUNTER: "In person", POSTAL: "By post" },
  documentForm: {
    ORIGINAL: "Original",
    CERTIFIED_COPY: "Certified copy",
    COPY: "Copy",
    ORIGINAL_OR_CERTIFIED_COPY: "Original or certified copy",
    COPY_WITH_ORIGINAL: "Copy, with the original for comparison",
  },
};

export const enumsMessages = { vi, en };
