/**
 * Dropping coincidental matches. A minimal diff of two unrelated passages matches every shared
 * "of", "the" and comma, and shows confetti: a dozen tiny equal pieces among long changes. This
 * is diff-match-patch's semantic clean-up, weighed in words (characters at char granularity)
 * and stricter: a match goes only when it is lighter than both changes beside it, so that a word
 * or two between two spelling variants ("non-combatant targets by sub national") stays equal.
 */

/**
 * Unmatch every run of matched tokens that weighs less than the changes on each side of it
 * (weight of a change = the heavier of its deleted and inserted sides), so that the changes
 * around it merge into one. Runs at the start or end of the texts are always kept, and so are
 * runs between changes that weigh nothing (a comma inserted). Works in one pass with a stack
 * (a dropped run grows the change before it, so the previous kept run is looked at again).
 * `match[i]` is the right index matched to left token i, or -1; it is changed in place.
 * Returns how many tokens were unmatched.
 */
export function dropNoiseMatches(match: Int32Array, leftWeights: ArrayLike<number>, rightWeights: ArrayLike<number>): number {
  const n = match.length;
  // Equal runs: [leftFrom, leftTo) matched to [rightFrom, ...) on a diagonal, with their weights.
  const runFrom: number[] = [];
  const runTo: number[] = [];
  const runWeight: number[] = [];
  // Change weights before each run (index k) and after the last (index runs), per side.
  const changeLeft: number[] = [];
  const changeRight: number[] = [];
  let left = 0;
  let right = 0;
  for (let i = 0; i < n; ) {
    if (match[i]! < 0) {
      i++;
      continue;
    }
    let lw = 0;
    for (let t = left; t < i; t++) lw += leftWeights[t]!;
    let rw = 0;
    for (let t = right; t < match[i]!; t++) rw += rightWeights[t]!;
    changeLeft.push(lw);
    changeRight.push(rw);
    const from = i;
    let weight = 0;
    do {
      weight += leftWeights[i]!;
      i++;
    } while (i < n && match[i] === match[i - 1]! + 1);
    runFrom.push(from);
    runTo.push(i);
    runWeight.push(weight);
    left = i;
    right = match[i - 1]! + 1;
  }
  let lw = 0;
  for (let t = left; t < n; t++) lw += leftWeights[t]!;
  let rw = 0;
  for (let t = right; t < rightWeights.length; t++) rw += rightWeights[t]!;
  changeLeft.push(lw);
  changeRight.push(rw);

  const runs = runFrom.length;
  const dropped = new Uint8Array(runs);
  const kept: number[] = [];
  const keptBeforeLeft: number[] = [];
  const keptBeforeRight: number[] = [];
  let beforeLeft = changeLeft[0]!;
  let beforeRight = changeRight[0]!;
  for (let k = 0; k < runs; k++) {
    const weight = runWeight[k]!;
    let afterLeft = changeLeft[k + 1]!;
    let afterRight = changeRight[k + 1]!;
    if (weight < Math.max(beforeLeft, beforeRight) && weight < Math.max(afterLeft, afterRight)) {
      dropped[k] = 1;
      afterLeft += beforeLeft + weight;
      afterRight += beforeRight + weight;
      // The change after the previous kept run has grown: look at that run again.
      while (kept.length > 0) {
        const p = kept[kept.length - 1]!;
        const pLeft = keptBeforeLeft[keptBeforeLeft.length - 1]!;
        const pRight = keptBeforeRight[keptBeforeRight.length - 1]!;
        if (!(runWeight[p]! < Math.max(pLeft, pRight) && runWeight[p]! < Math.max(afterLeft, afterRight))) break;
        dropped[p] = 1;
        kept.pop();
        keptBeforeLeft.pop();
        keptBeforeRight.pop();
        afterLeft += pLeft + runWeight[p]!;
        afterRight += pRight + runWeight[p]!;
      }
      beforeLeft = afterLeft;
      beforeRight = afterRight;
    } else {
      kept.push(k);
      keptBeforeLeft.push(beforeLeft);
      keptBeforeRight.push(beforeRight);
      beforeLeft = afterLeft;
      beforeRight = afterRight;
    }
  }

  let unmatched = 0;
  for (let k = 0; k < runs; k++) {
    if (!dropped[k]) continue;
    match.fill(-1, runFrom[k]!, runTo[k]!);
    unmatched += runTo[k]! - runFrom[k]!;
  }
  return unmatched;
}
