import type { Metadata } from "next";
import { Breadcrumb } from "@/app/components/Breadcrumb";
import { seminarPageAccess } from "@/app/components/seminars/access";
import { AssignmentForm } from "@/app/components/seminars/AssignmentForm";

export const metadata: Metadata = { title: "New assignment" };
export const dynamic = "force-dynamic";

/** Set an assignment (instructors). `?compare=` pre-fills the comparison. */
export default async function NewAssignmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string }> }) {
  const { id } = await params;
  const { compare } = await searchParams;
  const { seminar } = await seminarPageAccess(id, `/seminars/${id}/assignments/new`, true);
  return (
    <div className="page narrow">
      <Breadcrumb items={[{ label: "Seminars", href: "/seminars" }, { label: seminar.name, href: `/seminars/${id}` }, { label: "New assignment" }]} />
      <h1>New assignment</h1>
      <AssignmentForm seminarId={id} compare={compare ? `/compare?${compare.replace(/^\/?compare\?/, "")}` : ""} />
    </div>
  );
}
