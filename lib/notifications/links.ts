// Where a notification leads, in the portal and in its e-mail: an applicant's to their
// dossier; a staff member's to where they act on it (a question from another agency to the
// consultations they answer); one about no dossier to the account page.

export function notificationPath(kind: string, dossierCode: string | null): string {
  if (!dossierCode) return "/tai-khoan";
  const code = encodeURIComponent(dossierCode);
  if (kind === "staff.consulted") return "/clerk/lay-y-kien";
  if (kind.startsWith("staff.")) return `/clerk/ho-so/${code}`;
  return `/ho-so/${code}/xac-nhan`;
}
