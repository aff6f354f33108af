import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/app/lib/auth";

export const dynamic = "force-dynamic";

/** better-auth's endpoints: sign-up, sign-in, sign-out, session, update user. */
export function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request);
}
