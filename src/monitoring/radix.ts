/**
 * One pass of an LSD radix sort over 16-bit digits (the index's id hashes and trigger keys): fills
 * `counts` (65,536 entries) with where each digit's run starts, for the digit of entry i at
 * `(words[stride · i + offset] >>> shift) & 0xffff`. False when every entry has the same digit:
 * the pass would move nothing and is skipped.
 */
export function digitStarts(words: Uint32Array, stride: number, offset: number, shift: number, n: number, counts: Uint32Array): boolean {
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(words[stride * i + offset]! >>> shift) & 0xffff]!++;
  if (n === 0 || counts[(words[offset]! >>> shift) & 0xffff] === n) return false;
  let total = 0;
  for (let d = 0; d < 65536; d++) {
    const c = counts[d]!;
    counts[d] = total;
    total += c;
  }
  return true;
}
