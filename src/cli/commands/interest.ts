import { accruedInterest } from '../../interest/accruedInterest.js';
import { chargeInstants } from '../../interest/chargeInstants.js';
import type { InterestClock } from '../../interest/clock.js';
import { choice, given, instantFlag, numberFlag, required, type Command, type FlagValues } from '../command.js';
import { venueOf } from '../venueFlag.js';

function clockOf(values: FlagValues): { clock: InterestClock; ratePeriodHours?: number } {
  const venue = venueOf(values);
  const kind = choice(values, 'clock', ['clockHours', 'elapsedPeriods', 'snapshots', 'continuous'] as const);
  const ratePeriodHours = numberFlag(values, 'ratePeriodHours') ?? venue?.interest?.ratePeriodHours;
  const period = numberFlag(values, 'periodHours');
  let clock: InterestClock = venue?.interest?.clock ?? { kind: 'clockHours' };
  if (kind === 'elapsedPeriods') clock = { kind, ...(period !== undefined && { periodHours: period }), ...(values['openingCharge'] === true && { openingCharge: true }) };
  else if (kind === 'snapshots') clock = { kind, ...(period !== undefined && { periodHours: period }) };
  else if (kind !== undefined) clock = { kind };
  return { clock, ...(ratePeriodHours !== undefined && { ratePeriodHours }) };
}

export const interest: Command = {
  name: 'interest',
  summary: 'the interest a loan owes between two instants, and when it is charged',
  mirrors: 'accruedInterest, chargeInstants (docs/interest.md)',
  flags: {
    principal: { type: 'string', description: 'the amount borrowed' },
    rate: { type: 'string', description: 'the rate per ratePeriodHours as a fraction (0.02% = 0.0002)' },
    openingRate: { type: 'string', description: "the first charge's rate, at the borrow, where it differs (Kraken's opening fee)", defaultText: '--rate' },
    from: { type: 'string', description: 'borrowed at: ISO-8601 (2024-03-01T13:20:00Z) or epoch ms' },
    to: { type: 'string', description: 'repaid at (not charged itself)' },
    ratePeriodHours: { type: 'string', description: 'hours --rate is quoted for (24: a daily rate, 1: an hourly one)', defaultText: "the period the venue quotes its rates for (MEXC: 1, Kraken: 4), else 24; the output says which" },
    clock: { type: 'string', description: 'clockHours | elapsedPeriods | snapshots | continuous', defaultText: "the venue's, else clockHours" },
    periodHours: { type: 'string', description: 'period of elapsedPeriods / snapshots', defaultText: '1' },
    openingCharge: { type: 'boolean', description: 'elapsedPeriods: one more charge at borrow' },
    scale: { type: 'string', description: 'decimal places', defaultText: '8' },
  },
  examples: [
    'margin-math interest --venue binance --principal 1000 --rate 0.0002 --from 2024-03-01T13:20:00Z --to 2024-03-01T14:15:00Z',
    'margin-math interest --venue kraken --principal 60 --rate 0.0005 --from 2024-03-01T09:00:00Z --to 2024-03-01T09:10:00Z --json',
  ],
  run(values) {
    const { clock, ratePeriodHours } = clockOf(values);
    const from = instantFlag(values, 'from');
    const to = instantFlag(values, 'to');
    const scale = numberFlag(values, 'scale');
    const amount = accruedInterest({
      principal: required(values, 'principal'),
      rate: required(values, 'rate'),
      ...given(values, 'openingRate', 'openingRate'),
      from,
      to,
      clock,
      ...(ratePeriodHours !== undefined && { ratePeriodHours }),
      ...(scale !== undefined && { scale }),
    });
    const charges = chargeInstants({ from, to, clock }).map((t) => new Date(t).toISOString());
    const period = ratePeriodHours ?? 24;
    return {
      text: `interest ${amount.toFixed()} over ${charges.length} charge(s) on ${clock.kind}: ${charges.map((c) => c.slice(11, 16)).join(', ')} (rate ${required(values, 'rate')} per ${period} h)`,
      json: { interest: amount.toFixed(), charges, clock, rate: required(values, 'rate'), ratePeriodHours: period },
    };
  },
};
