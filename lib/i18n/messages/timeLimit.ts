// How a time limit is said.
// Vietnamese first; the English must have exactly the same keys (the type says so).
const vi = {
  sameDay: "Trong ngày",
  sameDayCutoff: "Trong ngày; nhận sau {cutoff} trả trong ngày làm việc tiếp theo",
  workingDays: "{count} ngày làm việc",
  calendarDays: "{count} ngày",
};

const en: typeof vi = {
  sameDay: "Same day",
  sameDayCutoff: "Same day; received after {cutoff}, the next working day",
  workingDays: "{count} working days",
  calendarDays: "{count} days",
};

export const timeLimitMessages = { vi, en };
