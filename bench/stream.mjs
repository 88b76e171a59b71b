// The command streams of the execute workloads: `size` commands round-robin over `accounts`
// accounts, the round's step choosing each command, and their replay through `execute`.
import { execute } from '../dist/index.js';

/** `size` commands, account j % accounts in round ⌊j / accounts⌋ doing step round % steps. */
export function roundRobin(size, accounts, steps, commandAt) {
  const commands = [];
  for (let j = 0; j < size; j++) {
    const round = Math.floor(j / accounts);
    commands.push({ account: j % accounts, command: commandAt(round % steps, round) });
  }
  return commands;
}

/** Every command executed on its account, all starting from `start`; the final states. A rejection is a broken workload. */
export function replayStream(commands, start, accounts) {
  const states = new Array(accounts).fill(start);
  for (const { account, command } of commands) {
    const r = execute(states[account], command);
    if (!r.ok) throw new Error(`rejected ${command.type}: ${r.rejection.message}`);
    states[account] = r.state;
  }
  return states;
}
