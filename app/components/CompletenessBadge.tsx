import { completenessLabel } from "@/lib/format";

/** The badge that says, in words and not by colour alone, whether an edition is a full text. */
export function CompletenessBadge({ edition }: { edition: { completeness: "full" | "excerpt"; summary: string } }) {
  return <span className={`badge badge--${edition.completeness}`}>{completenessLabel(edition)}</span>;
}
