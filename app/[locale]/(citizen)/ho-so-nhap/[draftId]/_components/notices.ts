/** What the registries said when a filing page was saved, shown above its form (?notice=). */
export const REGISTRY_NOTICES = [
  "filled",
  "registry-unavailable",
  "registry-not-confirmed",
  "registry-limited",
] as const;
export type RegistryNotice = (typeof REGISTRY_NOTICES)[number];
