/** What a liquidate command reads of the plan it is given: the version it was made for and its options. */
export interface PlanHead<O> {
  readonly version: number;
  readonly options: O;
}

/**
 * The plan's version and options, each read once — a plan may come back from outside, and what
 * is executed is the library's own plan made again from these, the given one only compared with it
 * — or `undefined` when `value` is no plan (no number `version`, no `options` object, no `list` array).
 */
export function planHead<O extends object>(value: unknown, list: 'steps' | 'closes'): PlanHead<O> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, options, [list]: items } = value as { version?: unknown; options?: unknown; steps?: unknown; closes?: unknown };
  return typeof version === 'number' && typeof options === 'object' && options !== null && Array.isArray(items) ? { version, options: options as O } : undefined;
}
