"use server";

import { signIn } from "@/lib/identity/auth";
import { safeNextPath } from "@/lib/identity/navigation";

/** Starts the VNeID sign-in; Auth.js redirects to the identity provider. */
export async function signInAction(formData: FormData) {
  await signIn("vneid", { redirectTo: safeNextPath(formData.get("next")) });
}
