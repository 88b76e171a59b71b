import type { Command } from '../command.js';
import { borrowable } from './borrowable.js';
import { interest } from './interest.js';
import { liqPrice } from './liqPrice.js';
import { plan } from './plan.js';
import { risk } from './risk.js';
import { simulate } from './simulate.js';
import { spotLiqPrice } from './spotLiqPrice.js';

/** Every subcommand, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [borrowable, interest, risk, liqPrice, spotLiqPrice, plan, simulate];
