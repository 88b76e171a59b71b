import { readFileSync } from 'node:fs';

export interface Vector<I, E> {
  readonly name: string;
  readonly source: string;
  readonly input: I;
  readonly expected: E;
}

export interface VectorFile<I, E> {
  readonly description: string;
  readonly vectors: readonly Vector<I, E>[];
}

/** Reads test/vectors/<name>.json. Every vector must name its source. */
export function loadVectors<I, E>(name: string): readonly Vector<I, E>[] {
  const file = JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as VectorFile<I, E>;
  for (const v of file.vectors) {
    if (typeof v.source !== 'string' || v.source.length === 0) throw new Error(`vector "${v.name}" in ${name}.json has no source`);
  }
  return file.vectors;
}

/** ISO-8601 instants in vectors become epoch ms. */
export function ms(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad instant in vector: ${iso}`);
  return t;
}
