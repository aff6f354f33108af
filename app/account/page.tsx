import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/app/components/account/AccountForm";
import { currentUser } from "@/app/lib/auth";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=/account");
  return (
    <div className="page narrow">
      <h1>Your account</h1>
      <p className="lede">Signed in as {user.email}.</p>
      <AccountForm name={user.name} />
    </div>
  );
}
