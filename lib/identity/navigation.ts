// Where to send people after sign-in: only paths on this site, never another origin.
export function safeNextPath(value: unknown, fallback = "/tai-khoan"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value.slice(0, 300);
}
