import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JoinSeminarForm } from "@/app/components/seminars/SeminarForms";
import { currentUser } from "@/app/lib/auth";
import { normaliseCode } from "@/app/lib/seminars";

export const metadata: Metadata = { title: "Join a seminar" };
export const dynamic = "force-dynamic";

/** The join link an instructor shares: sign in if needed, then confirm joining. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/join/${code}`)}`);
  return (
    <div className="page narrow">
      <h1>Join a seminar</h1>
      <p className="lede">You were given a link to join a seminar as a student. Check the code and join.</p>
      <JoinSeminarForm initialCode={normaliseCode(decodeURIComponent(code))} />
    </div>
  );
}
