import type { Metadata } from "next";
import { AuthForm } from "@/app/components/account/AuthForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <div className="page narrow">
      <h1>Sign in</h1>
      <p className="lede">Reading needs no account; writing notes does.</p>
      <AuthForm mode="sign-in" next={next ?? null} />
    </div>
  );
}
