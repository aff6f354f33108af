"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { send } from "./api";

/** The join code panel: the code, the join link, a new code, joining on or off (instructors). */
export function JoinCodePanel({ seminarId, code, origin }: { seminarId: string; code: string | null; origin: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const act = async (body: unknown) => {
    try {
      await send(`/api/seminars/${seminarId}`, "PATCH", body);
      setError(null);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
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
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** Promote or remove a member (instructors). */
export function MemberActions({ seminarId, userId, name, role }: { seminarId: string; userId: string; name: string; role: "instructor" | "student" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const act = async (method: "PATCH" | "DELETE") => {
    if (method === "DELETE" && !window.confirm(`Remove ${name} from the seminar? Their notes stay, marked as from a former member.`)) return;
    try {
      await send(`/api/seminars/${seminarId}/members/${encodeURIComponent(userId)}`, method, method === "PATCH" ? { role: "instructor" } : undefined);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    }
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
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
