// The float64 floor: the same formulas on plain numbers (fast, and wrong in the last places).

/** Status by coverage multiples kLiq = nL/dL, kCall = nC/dC: beyond when d·assets ≤ n·liabilities. */
export function floatStatus(assets, liabilities, nL, dL, nC, dC) {
  if (liabilities === 0) return 'normal';
  if (assets * dL <= liabilities * nL) return 'liquidation';
  return assets * dC <= liabilities * nC ? 'marginCall' : 'normal';
}

/** Rounds a positive float to `scale` places up (ceil) or down (floor), as the library's conservative side does. */
export function roundFloat(value, scale, direction) {
  const unit = 10 ** scale;
  return (direction === 'ceil' ? Math.ceil(value * unit) : Math.floor(value * unit)) / unit;
}
