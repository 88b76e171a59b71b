import type { Decimal } from '../decimal/constructor.js';
import { MarginError, shown } from '../errors.js';
import { parseInstant } from './command.js';
import { toPrice } from '../positions/position.js';

export interface PricePoint {
  readonly at: number;
  readonly price: Decimal;
}

function badLine(line: number, message: string): MarginError {
  return new MarginError('INVALID_OPTION', `--path line ${line}: ${message}`, { field: 'path', line: String(line) });
}

/**
 * Parses `time,price` lines (a header line is skipped; time ISO-8601 or epoch ms, strictly
 * increasing; price a positive decimal). At least two points.
 */
export function parsePricePath(csv: string): PricePoint[] {
  const points: PricePoint[] = [];
  csv.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(',').map((c) => c.trim());
    if (index === 0 && cells[1] !== undefined && !/^[\d.]/.test(cells[1])) return; // header
    if (cells.length !== 2) throw badLine(index + 1, `expected time,price, got ${shown(line)}`);
    const [time, price] = cells as [string, string];
    let at: number;
    try {
      at = parseInstant(time, `--path line ${index + 1}`);
    } catch {
      throw badLine(index + 1, `bad time ${shown(time)}: ISO-8601 with Z or an offset, or epoch milliseconds up to the year 9999`);
    }
    const previous = points[points.length - 1];
    if (previous !== undefined && at <= previous.at) throw badLine(index + 1, 'times must increase');
    points.push({ at, price: toPrice(price, `path line ${index + 1}`) });
  });
  if (points.length < 2) throw new MarginError('INVALID_OPTION', '--path needs at least two time,price lines', { field: 'path' });
  return points;
}
