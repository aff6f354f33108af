import Link from "next/link";
import type { Counterpart, ResolvedSide } from "@/app/lib/compare";
import { formatSide } from "@/lib/compare/params";

function href(side: ResolvedSide, c: Counterpart, from: string): string {
  const left = formatSide({ document: side.document.id, edition: side.edition.id, provision: c.curated ? c.curated.left.provision : from });
  const right = formatSide({ document: c.document.id, edition: c.edition, provision: c.provision.id });
  return `/compare?left=${left}&right=${right}`;
}

/**
 * Where a provision has counterparts in the other documents: the curated pairs (kind and the
 * reason they hold) and, set apart and marked as such, machine suggestions with their score.
 */
export function Counterparts({ side, curated, suggested, compact = false }: { side: ResolvedSide; curated: Counterpart[]; suggested: Counterpart[]; compact?: boolean }) {
  const from = side.provision?.id ?? "";
  return (
    <section className="counterparts" aria-labelledby="counterparts-title">
      <h2 id="counterparts-title">{compact ? "Other counterparts" : "Counterparts in the other documents"}</h2>
      {curated.length > 0 ? (
        <>
          <h3>Curated</h3>
          <ul className="counterparts__list">
            {curated.map((c) => (
              <li key={`${c.curated!.left.provision}-${c.document.id}-${c.provision.id}`} className="counterpart counterpart--curated">
                <Link href={href(side, c, from)}>
                  Compare {c.curated!.left.provision !== from ? `${side.flat.find((p) => p.id === c.curated!.left.provision)?.label ?? c.curated!.left.provision} ` : ""}with{" "}
                  {c.document.shortTitle} {c.provision.label}
                </Link>{" "}
                <span className={`kind kind--${c.curated!.kind}`}>{c.curated!.kind}</span>
                <p className="counterpart__note">{c.curated!.note}</p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">No curated counterparts for {side.provision ? side.provision.label : side.document.shortTitle} yet.</p>
      )}
      {suggested.length > 0 && (
        <>
          <h3>Suggested by textual similarity</h3>
          <p className="muted">
            Ranked by shared vocabulary (TF-IDF cosine over words), not by meaning: a starting point to check, not an alignment anyone has made.
          </p>
          <ul className="counterparts__list">
            {suggested.map((c) => (
              <li key={`${c.document.id}-${c.edition}-${c.provision.id}`} className="counterpart counterpart--suggested">
                <span className="suggested-tag">Suggested · {Math.round((c.score ?? 0) * 100)}%</span>{" "}
                <Link href={href(side, c, from)}>
                  Compare with {c.document.shortTitle} {c.provision.label}
                </Link>
                <p className="counterpart__note muted">{c.provision.fullText.slice(0, 180)}{c.provision.fullText.length > 180 ? "…" : ""}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
