// The simulated national business registration database.
import type { BusinessRecord } from "@/lib/registries/records";
import { POPULATION } from "@/stand-ins/vneid/population";

const CITY = "Thành phố Hồ Chí Minh";

export const BUSINESSES: BusinessRecord[] = [
  {
    enterpriseCode: "0312345678",
    name: "Công ty TNHH Sài Gòn Xanh",
    kind: "ENTERPRISE",
    address: { street: "200 Điện Biên Phủ", ward: "Phường Bàn Cờ", city: CITY },
    legalRepresentative: { idNumber: "079085002468", fullName: "Hoàng Minh Đức", title: "Giám đốc" },
    registeredOn: "2015-03-02",
    status: "active",
  },
  ...generated(),
];

function generated(): BusinessRecord[] {
  const names = [
    "Công ty TNHH Thương mại Bến Thành",
    "Công ty Cổ phần Công nghệ Thủ Đức",
    "Công ty TNHH Xây dựng Gia Định",
    "Công ty TNHH Thực phẩm Chợ Lớn",
    "Công ty Cổ phần Vận tải Khánh Hội",
    "Công ty TNHH Du lịch Cần Giờ",
    "Công ty TNHH Cà phê Tân Định",
    "Công ty Cổ phần Dược phẩm Nhiêu Lộc",
    "Công ty TNHH May mặc Bình Tây",
    "Công ty TNHH Cơ khí Dĩ An",
    "Công ty Cổ phần Hải sản Vũng Tàu",
    "Công ty TNHH Giáo dục Xuân Hòa",
  ];
  const households = [
    "Hộ kinh doanh Phở Hạnh",
    "Hộ kinh doanh Tạp hóa Minh Tâm",
    "Hộ kinh doanh Cơm tấm Sài Gòn",
    "Hộ kinh doanh Sửa xe Thành Công",
    "Hộ kinh doanh Bánh mì Bảy Hổ",
    "Hộ kinh doanh Tiệm may Thu Hà",
    "Hộ kinh doanh Cà phê Góc Phố",
    "Hộ kinh doanh Nhà thuốc An Khang",
    "Hộ kinh doanh Quán chè Cô Ba",
    "Hộ kinh doanh Tiệm tóc Thanh Xuân",
  ];
  const adults = POPULATION.filter((p) => Number(p.birthDate.slice(0, 4)) < 1995).slice(20);
  return [...names, ...households].map((name, i) => {
    const rep = adults[i * 3] ?? adults[0]!;
    const household = name.startsWith("Hộ kinh doanh");
    return {
      enterpriseCode: household
        ? `41N8${String(100000 + i).slice(1)}`
        : `03${String(10_000_000 + i * 7919).slice(0, 8)}`,
      name,
      kind: household ? "HOUSEHOLD_BUSINESS" : "ENTERPRISE",
      address: rep.permanentAddress,
      legalRepresentative: {
        idNumber: rep.idNumber,
        fullName: rep.fullName,
        title: household ? "Chủ hộ kinh doanh" : "Giám đốc",
      },
      registeredOn: `${2010 + (i % 15)}-0${1 + (i % 9)}-15`,
      status: i === 7 ? "suspended" : "active",
    } satisfies BusinessRecord;
  });
}

const byCode = new Map(BUSINESSES.map((b) => [b.enterpriseCode, b]));

export function findBusinessRecord(code: string): BusinessRecord | null {
  return byCode.get(code) ?? null;
}
