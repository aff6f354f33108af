"use client";

import { useRouter } from "next/navigation";
import { send } from "@/app/components/api-client";
import { FormError, useApiAction } from "@/app/components/useApiAction";

/** The join code panel: the code, the join link, a new code, joining on or off (instructors). */
export function JoinCodePanel({ seminarId, code, origin }: { seminarId: string; code: string | null; origin: string }) {
  const router = useRouter();
  const { error, run } = useApiAction();
  const act = (body: unknown) =>
    run(async () => {
      await send(`/api/seminars/${seminarId}`, "PATCH", body);
      router.refresh();
    });
  return (
    <section className="join-panel" aria-labelledby="join-code-title">
      <h2 id="join-code-title">Join code</h2>
      {code ? (
        <>
          <p>
            Students join with the code <strong className="join-code">{code}</strong>, or the link{" "}
            <a href={`/join/${code}`}>
              {origin}/join/{code}
            </a>
            .
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => act({ newCode: true })}>
              New code
            </button>
            <button type="button" className="button" onClick={() => act({ joining: "off" })}>
              Turn joining off
            </button>
          </div>
        </>
      ) : (
        <>
          <p>Joining is off: nobody can join with a code.</p>
          <button type="button" className="button" onClick={() => act({ joining: "on" })}>
            Turn joining on (with a new code)
          </button>
        </>
      )}
      <FormError error={error} />
    </section>
  );
}

/** Promote or remove a member (instructors). */
export function MemberActions({ seminarId, userId, name, role }: { seminarId: string; userId: string; name: string; role: "instructor" | "student" }) {
  const router = useRouter();
  const { error, run } = useApiAction();
  const act = (method: "PATCH" | "DELETE") => {
    if (method === "DELETE" && !window.confirm(`Remove ${name} from the seminar? Their notes stay, marked as from a former member.`)) return;
    return run(async () => {
      await send(`/api/seminars/${seminarId}/members/${encodeURIComponent(userId)}`, method, method === "PATCH" ? { role: "instructor" } : undefined);
      router.refresh();
    });
  };
  return (
    <span className="member-actions">
      {role === "student" && (
        <button type="button" className="button button--small" onClick={() => act("PATCH")}>
          Make co-instructor<span className="visually-hidden">: {name}</span>
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => act("DELETE")}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
      <FormError error={error} inline />
    </span>
  );
}
