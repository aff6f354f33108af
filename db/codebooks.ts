import type { Db } from "./client";
import { createCodebook, getCodebook } from "./queries/codebooks";

/** The id of the default codebook (it never changes, so links to its matrix stay valid). */
export const DEFAULT_CODEBOOK_ID = "schmid-1984";

/**
 * Schmid's 22 definitional elements of terrorism, with the share of the 109 academic definitions
 * he surveyed that contained each (A. P. Schmid, Political Terrorism, 1984, pp. 76-77; repeated
 * in Schmid and Jongman, Political Terrorism, 1988), in the book's order.
 */
const SCHMID: readonly [code: string, name: string, share: number][] = [
  ["violence", "Violence, force", 83.5],
  ["political", "Political", 65],
  ["fear", "Fear, terror emphasised", 51],
  ["threat", "Threat", 47],
  ["psychological", "Psychological effects and anticipated reactions", 41.5],
  ["victim-target", "Victim-target differentiation", 37.5],
  ["purposive", "Purposive, planned, systematic, organised action", 32],
  ["method", "Method of combat, strategy, tactic", 30.5],
  ["extranormality", "Extranormality, breach of accepted rules", 30],
  ["coercion", "Coercion, extortion, induction of compliance", 28],
  ["publicity", "Publicity", 21.5],
  ["arbitrariness", "Arbitrariness, indiscrimination", 21],
  ["civilians", "Civilians, non-combatants as victims", 17.5],
  ["intimidation", "Intimidation", 17],
  ["innocence", "Innocence of victims emphasised", 15.5],
  ["perpetrator-group", "Group, movement, organisation as perpetrator", 14],
  ["symbolic", "Symbolic aspect", 13.5],
  ["incalculability", "Incalculability, unpredictability", 9],
  ["clandestine", "Clandestine, covert nature", 9],
  ["repetitiveness", "Repetitiveness, campaign character", 7],
  ["criminal", "Criminal", 6],
  ["demands", "Demands made on third parties", 4],
];

/** Create the default codebook if the database does not have it yet. */
export function ensureDefaultCodebook(db: Db): boolean {
  if (getCodebook(db, DEFAULT_CODEBOOK_ID)) return false;
  createCodebook(
    db,
    {
      id: DEFAULT_CODEBOOK_ID,
      family: DEFAULT_CODEBOOK_ID,
      version: 1,
      name: "Schmid's definitional elements of terrorism",
      description: "The 22 elements Alex Schmid found in 109 academic definitions of terrorism, with the share of definitions containing each.",
      source: "A. P. Schmid, Political Terrorism (Amsterdam, 1984), pp. 76-77; repeated in A. P. Schmid and A. J. Jongman, Political Terrorism (1988).",
      createdBy: null,
      now: new Date(0).toISOString(),
    },
    SCHMID.map(([code, name, share]) => ({ code, name, share })),
  );
  return true;
}
