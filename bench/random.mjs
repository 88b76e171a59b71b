// A seeded generator (mulberry32): every run benchmarks the same accounts.
export function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** A whole number in [low, high]. */
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    /** A decimal string in [low, high) with `places` decimals, built from integers (no float formatting). */
    decimal: (low, high, places) => {
      const unit = 10 ** places;
      const units = Math.floor(low * unit) + Math.floor(next() * (high - low) * unit);
      const whole = Math.floor(units / unit);
      const fraction = String(units % unit).padStart(places, '0');
      return places === 0 ? String(whole) : `${whole}.${fraction}`;
    },
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
