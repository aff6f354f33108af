import "server-only";
export { getDb } from "@/db/client";
