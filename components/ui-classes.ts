// The classes of the portal's buttons, in one place: every page's buttons look and behave
// alike (a 44–48 px target, the brand colour, a visible hover).

/** The page's main action: "Lưu và tiếp tục", "Nộp hồ sơ", "Tìm kiếm"… */
export const PRIMARY_BUTTON = "min-h-12 rounded bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800";

/** A link that starts a journey, drawn as the main action. */
export const PRIMARY_LINK_BUTTON =
  "inline-flex min-h-12 items-center rounded bg-brand-700 px-6 text-lg font-semibold text-white no-underline " +
  "hover:bg-brand-800";

/** A second action beside the main one. */
export const SECONDARY_BUTTON = "min-h-11 rounded border-2 border-brand-700 px-4 font-semibold text-brand-800";

/** An action that undoes or refuses (withdraw, refuse, revoke). */
export const DANGER_BUTTON = "min-h-11 rounded border-2 border-red-800 px-4 font-semibold text-red-800";
