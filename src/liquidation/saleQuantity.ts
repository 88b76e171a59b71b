/** What one sale of an asset may sell, in units of the asset's grid in the plan's ledger: whole lots of at least `first` lots, or the whole cap. */
export interface SaleLimits {
  readonly lot: bigint;
  /** The fewest lots one sale may sell (at least 1: the minimum, in lots, rounded up). */
  readonly first: bigint;
  /** The most this sale may sell (the balance, or less); always allowed itself. */
  readonly cap: bigint;
}

/**
 * The smallest allowed quantity up to `limits.cap` that passes, given that the cap passes. The
 * search starts at `estimate` lots (the closed form) and gallops, then bisects, so it costs a
 * couple of evaluations when the estimate is right and O(log n) when rounding moved the answer.
 * It ends on adjacent allowed quantities — the result passes and one lot less does not — so the
 * answer is minimal even where rounding makes `passes` step unevenly. `quick`, where given, must
 * answer as `passes` does for that many lots, or `undefined`.
 */
export function smallestQuantity(limits: SaleLimits, estimate: bigint, passes: (quantity: bigint) => boolean, quick?: (lots: bigint) => boolean | undefined): bigint {
  const { lot, first, cap } = limits;
  const whole = cap / lot;
  if (whole < first) return cap;
  // index `top` is the cap itself: a whole lot count, or one past the last whole lot
  const top = whole * lot === cap ? whole : whole + 1n;
  const at = (i: bigint): bigint => (i === top ? cap : lot * i);
  // `quick` answers from the lot count where it can (the planner's trial sales), else `passes` decides
  const ok = (i: bigint): boolean => i === top || (quick?.(i) ?? passes(at(i)));

  let lo = first - 1n; // below the minimum: not allowed, treated as failing
  let hi = top;
  const start = minBig(maxBig(estimate, first), top);
  if (ok(start)) {
    hi = start;
    for (let step = 1n; hi - step >= first; step *= 2n) {
      if (!ok(hi - step)) {
        lo = hi - step;
        break;
      }
      hi -= step;
    }
  } else {
    lo = start;
    for (let step = 1n; lo + step < hi; step *= 2n) {
      if (ok(lo + step)) {
        hi = lo + step;
        break;
      }
      lo += step;
    }
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return at(hi);
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
