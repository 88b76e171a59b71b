import { maxBorrowable } from '../../borrowing/maxBorrowable.js';
import { MarginError } from '../../errors.js';
import { given, optional, required, type Command } from '../command.js';
import { modeOf, venueOf } from '../venueFlag.js';

export const borrowable: Command = {
  name: 'borrowable',
  summary: 'how much may be borrowed, and which of the three limits binds',
  mirrors: 'maxBorrowable (docs/borrowing.md)',
  flags: {
    margin: { type: 'string', description: "collateral (net assets) in the borrowed asset's unit" },
    maxLeverage: { type: 'string', description: 'the cap (3 = borrow up to 2 × margin)', defaultText: "the venue's for --mode" },
    mode: { type: 'string', description: "cross | isolated: which of the venue's caps", defaultText: 'cross' },
    borrowed: { type: 'string', description: 'already owed of this asset', defaultText: '0' },
    coinLimit: { type: 'string', description: 'per-user cap on this coin' },
    poolRemaining: { type: 'string', description: 'what the lending pool has left' },
  },
  examples: ['margin-math borrowable --margin 10000 --venue bitget', 'margin-math borrowable --margin 10000 --maxLeverage 3 --coinLimit 15000 --json'],
  run(values) {
    const venue = venueOf(values);
    const mode = modeOf(values);
    const maxLeverage = optional(values, 'maxLeverage') ?? venue?.maxLeverage[mode];
    if (maxLeverage === undefined) {
      throw new MarginError('MISSING_INPUT', venue === undefined ? '--maxLeverage is required (or --venue)' : `${venue.title} publishes no ${mode} leverage; give --maxLeverage`, { field: 'maxLeverage' });
    }
    const result = maxBorrowable({
      margin: required(values, 'margin'),
      maxLeverage,
      ...given(values, 'borrowed', 'borrowed'),
      ...given(values, 'coinLimit', 'coinLimit'),
      ...given(values, 'poolRemaining', 'poolRemaining'),
    });
    return {
      text: `max borrowable ${result.amount.toFixed()} (limited by ${result.limitedBy}; max leverage ${maxLeverage})`,
      json: { amount: result.amount.toFixed(), limitedBy: result.limitedBy, maxLeverage },
    };
  },
};
