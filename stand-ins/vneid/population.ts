// The simulated national population database: named personas for every demo case, and
// generated households (married couples, children, residence histories) living in the
// city's wards after the 2025 reorganisation. Deterministic: the same on every machine.
import { composeIdNumber, type Sex } from "@/lib/identity/id-number";
import type { Address, PersonRecord } from "@/lib/registries/records";
import { seededRandom } from "@/stand-ins/vneid/random";

const CITY = "Thành phố Hồ Chí Minh";
const WARDS = [
  "Phường Sài Gòn",
  "Phường Tân Định",
  "Phường Bến Thành",
  "Phường Cầu Ông Lãnh",
  "Phường Bàn Cờ",
  "Phường Xuân Hòa",
  "Phường Nhiêu Lộc",
  "Phường Khánh Hội",
  "Phường Chợ Lớn",
  "Phường Bình Tây",
  "Phường Gia Định",
  "Phường Bình Thạnh",
  "Phường Thủ Đức",
  "Phường Linh Xuân",
  "Phường Tân Sơn Nhất",
  "Phường Thủ Dầu Một",
  "Phường Dĩ An",
  "Phường Vũng Tàu",
  "Phường Bà Rịa",
  "Xã Bình Chánh",
  "Xã Củ Chi",
  "Xã Cần Giờ",
  "Xã Hóc Môn",
  "Đặc khu Côn Đảo",
];
const STREETS = [
  "Lê Lợi",
  "Nguyễn Huệ",
  "Pasteur",
  "Hai Bà Trưng",
  "Điện Biên Phủ",
  "Cách Mạng Tháng Tám",
  "Võ Văn Tần",
  "Nguyễn Thị Minh Khai",
  "Trần Hưng Đạo",
  "Lý Tự Trọng",
  "Phan Đăng Lưu",
  "Xô Viết Nghệ Tĩnh",
  "Võ Văn Ngân",
  "Kha Vạn Cân",
  "Nguyễn Văn Cừ",
  "Lê Văn Sỹ",
];
const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE: Record<Sex, string[]> = {
  male: ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công"],
  female: ["Thị", "Ngọc", "Thu", "Thanh", "Mai", "Kim"],
};
const GIVEN: Record<Sex, string[]> = {
  male: [
    "An",
    "Bảo",
    "Cường",
    "Dũng",
    "Hải",
    "Hiếu",
    "Hùng",
    "Khang",
    "Khoa",
    "Long",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thắng",
    "Trung",
    "Tuấn",
    "Việt",
    "Vinh",
  ],
  female: [
    "Anh",
    "Bình",
    "Chi",
    "Diệp",
    "Giang",
    "Hà",
    "Hạnh",
    "Hương",
    "Lan",
    "Linh",
    "Loan",
    "My",
    "Ngân",
    "Nhung",
    "Phương",
    "Quyên",
    "Thảo",
    "Trang",
    "Uyên",
    "Yến",
  ],
};
const PROVINCES_OF_BIRTH = ["079", "079", "079", "074", "077", "001", "048", "052", "094"];
const HOMETOWNS = [
  "Thành phố Hồ Chí Minh",
  "Tỉnh Đồng Nai",
  "Tỉnh Tây Ninh",
  "Thành phố Đà Nẵng",
  "Thành phố Hà Nội",
  "Tỉnh An Giang",
];
const OCCUPATIONS = [
  "Nhân viên văn phòng",
  "Kinh doanh",
  "Giáo viên",
  "Kỹ sư",
  "Công nhân",
  "Sinh viên",
  "Học sinh",
  "Lao động tự do",
];

export const DEMO_REFERENCE_DATE = "2026-11-01";

function address(street: string, ward: string): Address {
  return { street, ward, city: CITY };
}

type PersonInput = Omit<
  PersonRecord,
  | "fullName"
  | "nationality"
  | "ethnicity"
  | "residenceHistory"
  | "spouseIdNumber"
  | "fatherIdNumber"
  | "motherIdNumber"
  | "maritalStatus"
  | "hometown"
> &
  Partial<
    Pick<
      PersonRecord,
      "residenceHistory" | "spouseIdNumber" | "fatherIdNumber" | "motherIdNumber" | "maritalStatus" | "hometown"
    >
  >;

function person(input: PersonInput): PersonRecord {
  return {
    fullName: `${input.familyName} ${input.givenName}`,
    nationality: "Việt Nam",
    ethnicity: "Kinh",
    hometown: "Thành phố Hồ Chí Minh",
    maritalStatus: "single",
    spouseIdNumber: null,
    fatherIdNumber: null,
    motherIdNumber: null,
    residenceHistory: [],
    ...input,
  };
}

/** The demo personas (README lists them with their sign-in details). */
export const PERSONAS: PersonRecord[] = [
  person({
    idNumber: "079090001234",
    familyName: "Nguyễn Văn",
    givenName: "An",
    birthDate: "1990-05-12",
    sex: "male",
    permanentAddress: address("12 Lê Lợi", "Phường Sài Gòn"),
    phone: "0903123456",
    email: "an.nguyen@example.vn",
    maritalStatus: "married",
    spouseIdNumber: "079192005678",
    residenceHistory: [
      {
        from: "2004-05",
        to: "2012-08",
        address: address("45 Phan Đăng Lưu", "Phường Gia Định"),
        occupation: "Học sinh",
      },
      {
        from: "2012-09",
        to: "2016-06",
        address: address("Ký túc xá Đại học Quốc gia", "Phường Linh Xuân"),
        occupation: "Sinh viên",
      },
    ],
  }),
  person({
    idNumber: "079192005678",
    familyName: "Trần Thị",
    givenName: "Bình",
    birthDate: "1992-09-03",
    sex: "female",
    permanentAddress: address("12 Lê Lợi", "Phường Sài Gòn"),
    phone: "0903987654",
    email: "binh.tran@example.vn",
    maritalStatus: "married",
    spouseIdNumber: "079090001234",
    hometown: "Tỉnh Đồng Nai",
  }),
  person({
    idNumber: "079195004321",
    familyName: "Lê Thị",
    givenName: "Cúc",
    birthDate: "1995-02-20",
    sex: "female",
    permanentAddress: address("88 Võ Văn Tần", "Phường Xuân Hòa"),
    phone: "0912345670",
    email: null,
  }),
  person({
    idNumber: "079088007777",
    familyName: "Phạm Văn",
    givenName: "Dũng",
    birthDate: "1988-11-30",
    sex: "male",
    permanentAddress: address("7 Trần Hưng Đạo", "Phường Cầu Ông Lãnh"),
    phone: "0987000777",
    email: null,
  }),
  person({
    idNumber: "079085002468",
    familyName: "Hoàng Minh",
    givenName: "Đức",
    birthDate: "1985-07-07",
    sex: "male",
    permanentAddress: address("200 Điện Biên Phủ", "Phường Bàn Cờ"),
    phone: "0908246802",
    email: "duc.hoang@saigonxanh.vn",
    maritalStatus: "married",
    spouseIdNumber: null,
  }),
  person({
    idNumber: "079198009999",
    familyName: "Huỳnh Thị",
    givenName: "Oanh",
    birthDate: "1998-03-15",
    sex: "female",
    permanentAddress: address("15 Lý Tự Trọng", "Phường Bến Thành"),
    phone: "0933999000",
    email: "oanh.huynh@saigonxanh.vn",
  }),
  person({
    idNumber: "079187003333",
    familyName: "Võ Thị",
    givenName: "Hạnh",
    birthDate: "1987-12-01",
    sex: "female",
    permanentAddress: address("3 Pasteur", "Phường Sài Gòn"),
    phone: "0283823333",
    email: "hanh.vo@phuongsaigon.gov.vn",
  }),
  person({
    idNumber: "079082004444",
    familyName: "Đặng Văn",
    givenName: "Khoa",
    birthDate: "1982-04-18",
    sex: "male",
    permanentAddress: address("141 Pasteur", "Phường Xuân Hòa"),
    phone: "0283824444",
    email: "khoa.dang@stp.hochiminhcity.gov.vn",
  }),
  person({
    idNumber: "079075005555",
    familyName: "Bùi Văn",
    givenName: "Long",
    birthDate: "1975-08-25",
    sex: "male",
    permanentAddress: address("9 Hai Bà Trưng", "Phường Sài Gòn"),
    phone: "0283825555",
    email: "long.bui@phuongsaigon.gov.vn",
  }),
  person({
    idNumber: "079180006666",
    familyName: "Ngô Thị",
    givenName: "Mai",
    birthDate: "1980-10-10",
    sex: "female",
    permanentAddress: address("86 Lê Thánh Tôn", "Phường Sài Gòn"),
    phone: "0283826666",
    email: "mai.ngo@hochiminhcity.gov.vn",
  }),
  person({
    idNumber: "079070008888",
    familyName: "Dương Văn",
    givenName: "Nam",
    birthDate: "1970-06-06",
    sex: "male",
    permanentAddress: address("32 Lê Thánh Tôn", "Phường Sài Gòn"),
    phone: "0283828888",
    email: "nam.duong@hdnd.hochiminhcity.gov.vn",
  }),
  person({
    idNumber: "079183001111",
    familyName: "Đỗ Thị",
    givenName: "Lan",
    birthDate: "1983-01-21",
    sex: "female",
    permanentAddress: address("5 Nguyễn Huệ", "Phường Bến Thành"),
    phone: "0283821111",
    email: "lan.do@phuongsaigon.gov.vn",
  }),
  person({
    idNumber: "079191012121",
    familyName: "Trương Thị",
    givenName: "Quyên",
    birthDate: "1991-04-09",
    sex: "female",
    permanentAddress: address("14 Tôn Đức Thắng", "Phường Sài Gòn"),
    phone: "0283827121",
    email: "quyen.truong@congan.phuongsaigon.gov.vn",
  }),
  person({
    idNumber: "079086012122",
    familyName: "Lý Văn",
    givenName: "Phúc",
    birthDate: "1986-02-17",
    sex: "male",
    permanentAddress: address("60 Nguyễn Du", "Phường Bến Thành"),
    phone: "0283827122",
    email: "phuc.ly@congan.phuongsaigon.gov.vn",
  }),
  person({
    idNumber: "079078012123",
    familyName: "Mạc Văn",
    givenName: "Sơn",
    birthDate: "1978-10-30",
    sex: "male",
    permanentAddress: address("21 Đồng Khởi", "Phường Sài Gòn"),
    phone: "0283827123",
    email: "son.mac@congan.phuongsaigon.gov.vn",
  }),
  person({
    idNumber: "079189013131",
    familyName: "Phan Thị",
    givenName: "Thu",
    birthDate: "1989-07-22",
    sex: "female",
    permanentAddress: address("268 Trần Hưng Đạo", "Phường Cầu Ông Lãnh"),
    phone: "0283827131",
    email: "thu.phan@congan.hochiminhcity.gov.vn",
  }),
  person({
    idNumber: "079084013132",
    familyName: "Châu Văn",
    givenName: "Tài",
    birthDate: "1984-12-05",
    sex: "male",
    permanentAddress: address("459 Trần Hưng Đạo", "Phường Cầu Ông Lãnh"),
    phone: "0283827132",
    email: "tai.chau@congan.hochiminhcity.gov.vn",
  }),
  person({
    idNumber: "079072013133",
    familyName: "Tôn Thất",
    givenName: "Vinh",
    birthDate: "1972-03-14",
    sex: "male",
    permanentAddress: address("30 Lê Duẩn", "Phường Sài Gòn"),
    phone: "0283827133",
    email: "vinh.ton@congan.hochiminhcity.gov.vn",
  }),
];

function generatedHouseholds(): PersonRecord[] {
  const rnd = seededRandom(20250701);
  const people: PersonRecord[] = [];
  let serial = 100_000;
  const makePerson = (
    sex: Sex,
    birthYear: number,
    familyName: string,
    home: Address,
    extra: Partial<PersonRecord> = {},
  ): PersonRecord => {
    const given = rnd.pick(GIVEN[sex]);
    const month = String(rnd.int(1, 12)).padStart(2, "0");
    const day = String(rnd.int(1, 28)).padStart(2, "0");
    const p = person({
      idNumber: composeIdNumber(rnd.pick(PROVINCES_OF_BIRTH), birthYear, sex, serial++),
      familyName: `${familyName} ${rnd.pick(MIDDLE[sex])}`,
      givenName: given,
      birthDate: `${birthYear}-${month}-${day}`,
      sex,
      permanentAddress: home,
      phone: `09${rnd.int(10_000_000, 99_999_999)}`,
      email:
        rnd.next() < 0.4
          ? null
          : `${given.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase()}${serial}@example.vn`,
      hometown: rnd.pick(HOMETOWNS),
      ...extra,
    });
    if (birthYear < 2008 && rnd.next() < 0.5) {
      p.residenceHistory = [
        {
          from: `${birthYear + 14}-09`,
          to: `${birthYear + 22}-06`,
          address: address(`${rnd.int(1, 300)} ${rnd.pick(STREETS)}`, rnd.pick(WARDS)),
          occupation: rnd.pick(OCCUPATIONS),
        },
      ];
    }
    people.push(p);
    return p;
  };
  for (let h = 0; h < 75; h++) {
    const home = address(`${rnd.int(1, 400)} ${rnd.pick(STREETS)}`, rnd.pick(WARDS));
    const familyName = rnd.pick(FAMILY);
    const husband = makePerson("male", rnd.int(1960, 1998), familyName, home, { maritalStatus: "married" });
    const wife = makePerson("female", rnd.int(1962, 2000), rnd.pick(FAMILY), home, { maritalStatus: "married" });
    husband.spouseIdNumber = wife.idNumber;
    wife.spouseIdNumber = husband.idNumber;
    const children = rnd.int(0, 2);
    for (let c = 0; c < children; c++) {
      const year = Math.min(2025, Number(wife.birthDate.slice(0, 4)) + rnd.int(22, 34));
      makePerson(rnd.next() < 0.5 ? "male" : "female", year, familyName, home, {
        fatherIdNumber: husband.idNumber,
        motherIdNumber: wife.idNumber,
        email: null,
        phone: null,
      });
    }
  }
  for (let s = 0; s < 40; s++) {
    makePerson(
      rnd.next() < 0.5 ? "male" : "female",
      rnd.int(1950, 2006),
      rnd.pick(FAMILY),
      address(`${rnd.int(1, 400)} ${rnd.pick(STREETS)}`, rnd.pick(WARDS)),
    );
  }
  return people;
}

export const POPULATION: PersonRecord[] = [...PERSONAS, ...generatedHouseholds()];

const byId = new Map(POPULATION.map((p) => [p.idNumber, p]));

export function findPersonRecord(idNumber: string): PersonRecord | null {
  return byId.get(idNumber) ?? null;
}
