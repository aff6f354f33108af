"use client";
import { createAuthClient } from "better-auth/react";

/** The browser side of better-auth: sign-up, sign-in, sign-out, profile. */
export const authClient = createAuthClient();
