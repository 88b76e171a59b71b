import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { riskBar } from '../../src/cli/commands/simulate.js';
import { EXAMPLE_ACCOUNTS, EXAMPLE_PATHS } from '../../src/cli/examples.js';

const io = { readText: (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8') };
const cli = (line: string) => runCli(line.split(/\s+/).filter(Boolean), io);
const json = (line: string) => {
  const outcome = cli(`${line} --json`);
  expect(outcome.exitCode).toBe(0);
  return JSON.parse(outcome.stdout) as Record<string, unknown>;
};

describe('margin-math CLI', () => {
  it('answers borrowable with the venue cap (Bitget 10,000 at 3x → 20,000)', () => {
    expect(json('borrowable --margin 10000 --venue bitget')).toEqual({ amount: '20000', limitedBy: 'leverage', maxLeverage: '3' });
    expect(json('borrowable --margin 10000 --maxLeverage 3 --coinLimit 15000')).toMatchObject({ amount: '15000', limitedBy: 'coinLimit' });
  });

  it("answers interest on the venue's clock (Binance 13:20 → 14:15: 0.01666667; Kraken's opening fee alone in the first 4 hours: 0.03)", () => {
    expect(json('interest --venue binance --principal 1000 --rate 0.0002 --from 2024-03-01T13:20:00Z --to 2024-03-01T14:15:00Z')).toMatchObject({
      interest: '0.01666667',
      charges: ['2024-03-01T13:20:00.000Z', '2024-03-01T14:00:00.000Z'],
    });
    // Kraken: the opening fee at the borrow, the first rollover only after 4 hours
    expect(json('interest --venue kraken --principal 60 --rate 0.0005 --from 2024-03-01T09:00:00Z --to 2024-03-01T09:10:00Z')).toMatchObject({ interest: '0.03' });
    expect(json('interest --principal 60 --rate 0.0005 --ratePeriodHours 4 --clock elapsedPeriods --periodHours 4 --openingCharge --from 0 --to 600000')).toMatchObject({ interest: '0.06' });
  });

  it("states the rate's period in every answer, and never reads a daily rate as the venue's hourly one", () => {
    // MEXC quotes hourly rates: interest takes the venue's period and says so
    const mexc = cli('interest --venue mexc --principal 0.1 --rate 0.000033 --from 2024-03-01T00:00:00Z --to 2024-03-01T00:30:00Z');
    expect(mexc.stdout).toContain('interest 0.0000033 over 1 charge(s)');
    expect(mexc.stdout).toContain('(rate 0.000033 per 1 h)');
    expect(json('interest --venue binance --principal 1000 --rate 0.0002 --from 2024-03-01T13:20:00Z --to 2024-03-01T14:15:00Z')).toMatchObject({ ratePeriodHours: 24 });
    // simulate's --rate is daily whatever the venue: 5 hourly MEXC charges by 05:00 bill 5 × 2,000 × 0.000126279 / 24
    type Row = { at: number; interestPaid: string };
    const rows = (venue: string, extra = '') => json(`simulate --venue ${venue}${extra}`)['rows'] as Row[];
    expect(rows('mexc')[5]).toMatchObject({ at: Date.UTC(2024, 2, 1, 5), interestPaid: '0.05261625' });
    expect(rows('mexc', ' --ratePeriodHours 1')[5]).toMatchObject({ interestPaid: '1.26279' });
    expect(cli('simulate --venue mexc').stdout).toContain('at 0.000126279 per 24 h');
  });

  it("classifies risk under the venue's model (Bitget 800 owed on 900: 80%, margin call; its debt-ratio reading; Binance margin level 1.25)", () => {
    expect(json('risk --assets 900 --liabilities 800 --venue bitget')).toEqual({ model: 'maintenance', riskRate: '0.8', status: 'marginCall' });
    expect(json('risk --assets 1000 --liabilities 850 --venue bitgetDebtRatio')).toEqual({ model: 'debtRatio', riskRate: '0.85', status: 'marginCall' });
    expect(json('risk --assets 1250 --liabilities 1000 --venue binance')).toEqual({ model: 'marginLevel', riskRate: '1.25', status: 'marginCall' });
    expect(json('risk --assets 1000 --liabilities 960 --marginCall 0.95 --liquidation 0.97')).toMatchObject({ status: 'marginCall' });
  });

  it("takes the venue's maintenance basis for liq-price (Bybit entry basis → 19,700)", () => {
    expect(json('liq-price --venue bybit --side long --entryPrice 20000 --quantity 1 --leverage 50 --maintenanceMarginRate 0.005')).toEqual({ liquidationPrice: '19700', maintenanceBasis: 'entry', closeFeeBasis: 'bankruptcy' });
    expect(json('liq-price --side long --entryPrice 84000 --quantity 1 --margin 8400 --maintenanceMarginRate 0.004')).toEqual({ liquidationPrice: '75903.61445784', maintenanceBasis: 'mark', closeFeeBasis: 'liquidation' });
  });

  it("takes Bybit's fee to close at the bankruptcy price and a tick (its inverse cross example: 5,739.50)", () => {
    const inverse = 'liq-price --venue bybit --contract inverse --side long --entryPrice 8000 --quantity 10000 --margin 0.5 --maintenanceMarginRate 0.005 --closeFeeRate 0.00075';
    expect(json(`${inverse} --tickSize 0.5`)).toEqual({ liquidationPrice: '5739.5', maintenanceBasis: 'entry', closeFeeBasis: 'bankruptcy' });
    expect(cli(`${inverse} --tickSize 0.5`).stdout.trim()).toBe('liquidation price 5739.5 (maintenance at entry; fee to close at the bankruptcy price)');
    expect(json(`${inverse} --closeFeeBasis liquidation`).closeFeeBasis).toBe('liquidation');
    expect(json('spot-liq-price --base.held 0.04995 --quote.debt 2000 --venue binance --mode isolated --tickSize 0.01')).toEqual({ liquidationPrice: '42042.05' });
    expect(cli(`${inverse} --closeFeeBasis entry`).exitCode).toBe(2);
  });

  it('solves the spot liquidation price (3x long: 44,000 on Bitget cross, 40,000 under the debt ratio, a per-pair rate for Bitget isolated)', () => {
    // Bitget cross, MMR 10%: liquidated when assets ≤ 1.1 × liabilities → 1.1 × 2,000 / 0.05 = 44,000
    expect(json('spot-liq-price --base.held 0.05 --quote.debt 2000 --venue bitget')).toEqual({ liquidationPrice: '44000' });
    expect(json('spot-liq-price --base.held 0.05 --quote.debt 2000 --venue bitgetDebtRatio --mode isolated')).toEqual({ liquidationPrice: '40000' });
    expect(cli('spot-liq-price --base.held 0.05 --quote.debt 2000 --venue bitget --mode isolated').exitCode).toBe(2);
    expect(json('spot-liq-price --base.held 0.05 --quote.debt 2000 --venue bitget --mode isolated --maintenanceMarginRate 0.05')).toEqual({ liquidationPrice: '42000' });
  });

  it('plans a liquidation for an account in a JSON file (Bitget maintenance 50%: 0.10204082 BTC)', () => {
    const plan = json('plan --account examples/accounts/bitget-maintenance.json --targetRiskRate 0.5');
    expect(plan).toMatchObject({ mode: 'partial', riskAfter: '0.49999998' });
    expect((plan['steps'] as { kind: string; quantity?: string }[])[0]).toMatchObject({ kind: 'sell', quantity: '0.10204082' });
    const underwater = json('plan --account examples/accounts/underwater.json --venue binance');
    expect(underwater).toMatchObject({ mode: 'full', feeTotal: '39', shortfall: '89.5' });
  });

  it('simulates a perpetual: funding out of the margin moves the liquidation price, and the takeover says what the fund gets', () => {
    type Row = { at: number; margin: string; liquidationPrice: string | null; fundingPaid: string; status: string; plan?: { fundDelta: string } };
    const out = json('simulate --product perpetual --leverage 3 --fundingRate 0.0003');
    const rows = out['rows'] as Row[];
    // derived: 0.05 BTC at 60,000, 3x → liquidation (Q·E − M) / (Q·(1 − m)) = 2,000 / 0.04975 = 40,201.00502513 (up); the 08:00
    // funding 0.05 × 53,800 × 0.0003 = 0.807 leaves 999.193 → (3,000 − 999.193) / 0.04975 = 40,217.22613066
    expect([out['quantity'], rows[0]!.liquidationPrice, rows[8]!.margin, rows[8]!.fundingPaid, rows[8]!.liquidationPrice]).toEqual(['0.05', '40201.00502513', '999.193', '0.807', '40217.22613066']);
    const liquidated = rows.find((r) => r.plan !== undefined);
    expect(liquidated?.status).toBe('liquidation');
    expect(cli('simulate --product perpetual --venue binance').exitCode).toBe(2);
    expect(cli('simulate --fundingRate 0.0001').exitCode).toBe(2);
  });

  it('simulates the embedded path to a margin call and two curable partial liquidations, the same every run', () => {
    const first = cli('simulate');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('status normal → marginCall');
    expect(first.stdout).toContain('status marginCall → liquidation');
    expect(first.stdout).toContain('partial liquidation');
    expect(first.stdout).not.toContain('full liquidation');
    expect(cli('simulate').stdout).toBe(first.stdout);
    const sim = json('simulate');
    const rows = sim['rows'] as { status: string; plan?: unknown }[];
    expect(rows).toHaveLength(48);
    expect(rows.filter((r) => r.plan !== undefined)).toHaveLength(2);
  });

  it('reproduces the worked example of docs/cli.md (hand-derived: 2,000 × 0.000126279 / 24 = 0.01052325 an hour; Bitget risk = debt × 10% / equity)', () => {
    type Step = { kind: string; quantity?: string; proceeds?: string; interest?: string; principal?: string };
    const rows = json('simulate')['rows'] as { at: number; riskRate: string; status: string; interestPaid: string; plan?: { mode: string; riskAfter: string; steps: Step[] } }[];
    // 2,000.01052325 × 0.1 / 999.98947675 = 0.2000031570… → 0.20000316
    expect(rows[0]).toMatchObject({ riskRate: '0.20000316', interestPaid: '0.01052325', status: 'normal' });
    // 23:00, 44,900: 23 charges = 0.24203475; 200.024203475 / 244.75796525 = 0.8172326619… ≥ 0.8
    const call = rows.find((r) => r.status === 'marginCall');
    expect(call).toMatchObject({ at: Date.UTC(2024, 2, 1, 23), riskRate: '0.81723267', interestPaid: '0.24203475' });
    // next day 08:00, 43,100: 32 charges = 0.336744; 200.0336744 / 154.663256 = 1.2933496912… ≥ 1
    const fired = rows.find((r) => r.plan !== undefined);
    expect(fired).toMatchObject({ at: Date.UTC(2024, 2, 2, 8), riskRate: '1.2933497', interestPaid: '0.336744', status: 'liquidation' });
    // sell to 50%: x = (1.2 × 2,000.336744 − 2,155) / 0.2 = 1,227.020464 of value → 0.02846916 BTC (whole lots, up)
    expect(fired?.plan).toMatchObject({ mode: 'partial', riskAfter: '0.49999979' });
    expect(fired?.plan?.steps).toEqual([
      expect.objectContaining({ kind: 'sell', quantity: '0.02846916', proceeds: '1227.020796' }),
      expect.objectContaining({ kind: 'repay', interest: '0.336744', principal: '1226.684052' }),
    ]);
  });

  it('writes an SVG chart with time and value axes, a legend, the liquidation price and labels that do not overprint', () => {
    const outcome = cli('simulate --venue binance --leverage 5 --side short --example rally --svg out.svg');
    expect(outcome.files).toHaveLength(1);
    const svg = outcome.files[0]?.content ?? '';
    expect(svg.startsWith('<svg')).toBe(true);
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
    const labels = texts.map((t) => t.text);
    // axes: the time axis with its UTC labels, the price axis with its unit, the lower panel's measure
    expect(labels).toContain('time (UTC)');
    expect(labels).toContain('06-01 00:00');
    expect(labels).toContain('price (USDT per BTC)');
    expect(labels).toContain('closeness to liquidation: k × debt ÷ assets (1 = liquidation)');
    // the legend, and the caption saying what the lower panel measures
    for (const entry of ['price', 'liquidation price', 'closeness to liquidation (lower panel)', 'a liquidation']) expect(labels).toContain(entry);
    expect(labels.some((l) => l.startsWith('Lower panel: how close the account is to its liquidation line'))).toBe(true);
    // the two lines in Binance's own measure; 1.05 and 1.1 sit close, so their labels are placed apart
    const call = texts.find((t) => t.text === 'margin call (margin level 1.1)');
    const liquidation = texts.find((t) => t.text === 'liquidation (margin level 1.05)');
    expect(call && liquidation).toBeTruthy();
    expect(Math.abs(call!.y - liquidation!.y) >= 11 || Math.abs(call!.x - liquidation!.x) > 200).toBe(true);
    // the liquidation price on the price panel (dashed), and the liquidation marked
    expect(svg).toMatch(/stroke="#c0392b" stroke-width="1.5" stroke-dasharray="6 4"/);
    expect(svg).toContain('<circle');
  });

  it('prints the terminal simulation with units, a legend for the risk column, each plan before the status change it causes, and no risk once the debt is gone', () => {
    const out = cli('simulate --venue binance --leverage 5 --side short --example rally').stdout;
    const lines = out.split('\n');
    expect(out).toContain('margin level: assets ÷ debt; lower is riskier — margin call at 1.1, liquidation at 1.05');
    expect(out).toContain('prices in USDT per BTC, interest in BTC');
    expect(out).toContain('opened 0.06666666 BTC at 60000 USDT');
    const plan = lines.findIndex((l) => l.includes('full liquidation'));
    const fired = lines.findIndex((l) => l.includes('status marginCall → liquidation'));
    const after = lines.findIndex((l) => l.includes('status liquidation → normal'));
    expect(fired).toBeGreaterThan(0);
    expect(plan).toBeGreaterThan(fired);
    expect(after).toBeGreaterThan(plan);
    expect(lines[after]).toContain('(after the liquidation)');
    expect(out).toContain('fees worth 100.000002 USDT, shortfall of 27.292748 USDT covered by the insurance fund');
    expect(out).not.toContain('unbounded');
    expect(lines.slice(after + 1).filter((l) => l.startsWith('2024-')).every((l) => l.endsWith('closed (no debt)'))).toBe(true);
    const perpetual = cli('simulate --product perpetual --leverage 20 --fundingRate 0.0003').stdout;
    expect(perpetual).toContain('2024-03-01 06:00      55000           —           —            —          0.00  closed (no position)');
  });

  it('reads a CSV price path', () => {
    const sim = json('simulate --path examples/btc-path.csv --side short');
    expect((sim['rows'] as unknown[]).length).toBe(10);
    expect(sim['borrowedAsset']).toBe('BTC');
  });

  it('runs anywhere: the built-in examples are the repository files, and --version prints the version', () => {
    for (const name of Object.keys(EXAMPLE_ACCOUNTS)) expect(EXAMPLE_ACCOUNTS[name]).toEqual(JSON.parse(io.readText(`examples/accounts/${name}.json`)));
    expect(EXAMPLE_PATHS['rally']).toBe(io.readText('examples/btc-path.csv'));
    expect(json('plan --example bitget-maintenance --targetRiskRate 0.5')).toEqual(json('plan --account examples/accounts/bitget-maintenance.json --targetRiskRate 0.5'));
    expect(json('simulate --example rally --side short')).toEqual(json('simulate --path examples/btc-path.csv --side short'));
    const version = runCli(['--version'], { ...io, version: '9.9.9' });
    expect([version.exitCode, version.stdout]).toEqual([0, '9.9.9\n']);
  });

  it('under --json, bad input is a JSON error on stderr with the same exit code, naming the field', () => {
    const outcome = cli('borrowable --margin abc --maxLeverage 3 --json');
    expect([outcome.exitCode, outcome.stdout]).toEqual([2, '']);
    expect(JSON.parse(outcome.stderr)).toMatchObject({ error: { code: 'INVALID_DECIMAL', field: 'margin' } });
    expect(JSON.parse(cli('frob --json').stderr)).toMatchObject({ error: { code: 'INVALID_OPTION', field: 'command' } });
    expect(JSON.parse(cli('borrowable --margn 5 --json').stderr).error.message).toContain('Unknown option');
  });

  it('prints --help for every command and exits 0', () => {
    for (const command of COMMANDS) {
      const outcome = cli(`${command.name} --help`);
      expect(outcome.exitCode).toBe(0);
      expect(outcome.stdout).toContain(`margin-math ${command.name}`);
      expect(outcome.stdout).toContain('--venue');
      for (const flag of Object.keys(command.flags)) expect(outcome.stdout).toContain(`--${flag}`);
    }
    expect(cli('--help').exitCode).toBe(0);
  });

  it.each([
    ['borrowable --margin abc --maxLeverage 3', 'margin'],
    ['borrowable --margn 5', 'Unknown option'],
    ['frob', 'unknown command'],
    ['interest --principal 1 --rate 0.1 --from yesterday --to 0', 'from'],
    ['risk --assets 1 --liabilities 1 --venue ftx', 'venue'],
    ['risk --assets 1 --liabilities 1 --venue bybit', 'model'],
    ['risk --assets 1 --liabilities 1 --marginCall 0.8', 'liquidation'],
    ['liq-price --side up --entryPrice 1 --quantity 1 --leverage 2', 'side'],
    ['plan --account examples/nope.json', 'account'],
    ['simulate --leverage 20', 'leverage'],
    ['simulate --venue primexbt', 'PrimeXBT'],
    ['simulate --path examples/nope.csv', '--path'],
    ['plan', '--account FILE or --example NAME'],
    ['plan --example nope', '--example must be one of bitget-maintenance, underwater'],
    ['plan --example underwater --account examples/accounts/underwater.json', 'not both'],
    ['simulate --example nope', '--example must be one of rally'],
    ['spot-liq-price --venue bitget', '--base.held'],
  ])('exits 2 with one line for bad input: %s', (line, mentions) => {
    const outcome = cli(line);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(outcome.stderr).toMatch(/^margin-math: /);
    expect(outcome.stderr).toContain(mentions);
  });

  it('draws the risk bar up to the liquidation line with the margin call marked', () => {
    expect(riskBar(0.5, 0.8)).toBe(`${'█'.repeat(15)}${'·'.repeat(9)}|${'·'.repeat(5)} `);
    expect(riskBar(1.2, 0.8)).toBe(`${'█'.repeat(24)}|${'█'.repeat(5)}▶`);
  });
});
