import type { Metadata } from "next";
import { AuthForm } from "@/app/components/account/AuthForm";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <div className="page narrow">
      <h1>Create an account</h1>
      <p className="lede">Your display name is shown with your notes.</p>
      <AuthForm mode="sign-up" next={next ?? null} />
    </div>
  );
}
