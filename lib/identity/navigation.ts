// Where to send people after sign-in: only paths on this site, never another origin. A
// path is accepted only if it starts with one "/", holds no backslash or control character
// (browsers drop tabs and newlines, so "/\t/evil.example" would become "//evil.example"),
// and still resolves to this site.
const BASE = "http://portal.invalid";

export function safeNextPath(value: unknown, fallback = "/tai-khoan"): string {
  if (typeof value !== "string" || value.length > 300 || !value.startsWith("/") || value.startsWith("//"))
    return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? value : fallback;
  } catch {
    return fallback;
  }
}
