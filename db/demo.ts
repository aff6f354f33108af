import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { account, user } from "./schema";

/** The demo accounts created when SYNOPSIS_DEMO_ACCOUNTS=1 (never by default). */
export const DEMO_ACCOUNTS = [
  { name: "Demo Scholar", email: "scholar@demo.synopsis", password: "synopsis-demo-1" },
  { name: "Demo Student", email: "student@demo.synopsis", password: "synopsis-demo-2" },
] as const;

/** Create the demo accounts that do not exist yet; returns the e-mails created. */
export async function ensureDemoAccounts(db: Db): Promise<string[]> {
  const created: string[] = [];
  for (const demo of DEMO_ACCOUNTS) {
    if (db.select({ id: user.id }).from(user).where(eq(user.email, demo.email)).get()) continue;
    const id = randomUUID();
    const now = new Date();
    const password = await hashPassword(demo.password);
    db.transaction((tx) => {
      tx.insert(user).values({ id, name: demo.name, email: demo.email, emailVerified: true, createdAt: now, updatedAt: now }).run();
      tx.insert(account).values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password, createdAt: now, updatedAt: now }).run();
    });
    created.push(demo.email);
  }
  return created;
}
