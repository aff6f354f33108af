import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { createAuthMiddleware, APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { ApiError } from "@/app/api/http";
import * as authSchema from "@/db/auth-schema";
import { getDb } from "@/db/client";
import { readAuthSecret } from "@/db/secret";
import { getRateLimiter } from "./rate-limit";

/** Failed sign-ins allowed per e-mail address in LOGIN_WINDOW_SECONDS, whatever the address it comes from. */
const LOGIN_FAILURES = 8;
const LOGIN_WINDOW_SECONDS = 15 * 60;

function baseUrl(): string {
  return process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

function createAuth() {
  const url = new URL(baseUrl());
  const port = url.port ? `:${url.port}` : "";
  return betterAuth({
    appName: "Synopsis",
    baseURL: url.origin,
    secret: readAuthSecret(),
    trustedOrigins: [url.origin, `${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`],
    database: drizzleAdapter(getDb(), { provider: "sqlite", schema: authSchema }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 128, autoSignIn: true },
    user: { changeEmail: { enabled: false } },
    // A signed cookie caches the session for a minute, so most requests need no session lookup;
    // a sign-out elsewhere takes effect within that minute.
    session: { expiresIn: 60 * 60 * 24 * 14, cookieCache: { enabled: true, maxAge: 60 } },
    // better-auth's own limits, stored in the database so that several app servers share them.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: Number(process.env.SYNOPSIS_SIGNIN_PER_MINUTE ?? 10) },
        "/sign-up/email": { window: 60, max: Number(process.env.SYNOPSIS_SIGNUP_PER_MINUTE ?? 10) },
      },
    },
    hooks: {
      // A second limit per account, so that guessing one person's password from many addresses fails too.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "").toLowerCase();
        const state = await getRateLimiter().peek(`login:${email}`, LOGIN_WINDOW_SECONDS);
        if (state.count >= LOGIN_FAILURES) {
          throw new APIError("TOO_MANY_REQUESTS", { message: `Too many failed sign-ins for this account. Try again in ${Math.ceil(state.retryAfter / 60)} minutes.` });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "").toLowerCase();
        if (ctx.context.returned instanceof APIError) await getRateLimiter().hit(`login:${email}`, LOGIN_WINDOW_SECONDS);
      }),
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const shared = globalThis as unknown as { synopsisAuth?: Auth };

/** The better-auth instance (one per process; its state lives in the database). */
export function getAuth(): Auth {
  shared.synopsisAuth ??= createAuth();
  return shared.synopsisAuth;
}

/** Who is signed in. */
export interface SignedInUser {
  id: string;
  name: string;
  email: string;
}

/** The signed-in user of the current request, or null. */
export async function currentUser(request?: Request): Promise<SignedInUser | null> {
  const session = await getAuth().api.getSession({ headers: request ? request.headers : await headers() });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}

/** The signed-in user of a request; a 401 with `message` (saying what signing in is for) when nobody is. */
export async function requireUser(request: Request, message: string): Promise<SignedInUser> {
  const user = await currentUser(request);
  if (!user) throw new ApiError(401, "unauthenticated", message);
  return user;
}
