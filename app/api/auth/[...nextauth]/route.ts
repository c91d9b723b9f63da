import { handlers } from "@/lib/identity/auth";
import { limitSignInStarts } from "@/lib/identity/sign-in-limit";

export const GET = handlers.GET;
export const POST = limitSignInStarts(handlers.POST);
