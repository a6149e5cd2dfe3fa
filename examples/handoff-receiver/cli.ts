/**
 * Runs the reference receiver by hand:
 *   npm run receiver -- --port 8788 --secret s3cret --db ./cases.sqlite
 * then put the printed webhook URL (and the secret) into Careline's options page.
 * The --*-rate flags inject faults, to watch Careline's retries against a flaky call center.
 * A case's status goes back to the agents' team server with the `status` command (ticket-status.ts):
 *   CARELINE_TICKET_SECRET=cts_… npm run receiver -- status --db ./cases.sqlite \
 *     --team-server https://careline.example.com --team-id <team id> CL-000001 solved "Replaced the SIM"
 */
import { parseArgs } from 'node:util';
import { startReceiver } from './server';
import { CaseStore } from './store';
import { sendCaseStatus } from './ticket-status';
import { TicketState } from '../../utils/team/desk-wire';

const USAGE = `Usage: tsx examples/handoff-receiver/cli.ts [options]
  --port N                    port to listen on (default 8788; 0 picks a free one)
  --host H                    address to listen on (default 127.0.0.1)
  --secret S                  require X-Careline-Signature made with this secret
  --db PATH                   SQLite file to keep cases in (default: in memory, gone on exit)
  --ticket-prefix P           ticket ids read P-000001 (default CL)
  --fail-rate R               fraction of POSTs answered 503 (0..1)
  --hang-rate R               fraction of POSTs never answered
  --fail-after-store-rate R   fraction stored, then answered 503
  --hang-after-store-rate R   fraction stored, then never answered
  --seed N                    seed of the fault schedule (default 1)

Usage: tsx examples/handoff-receiver/cli.ts status --db PATH --team-server URL --team-id ID TICKET STATE [NOTE]
  Sends the case's status (received, in-progress, solved, closed) to the agents' team server, signed
  with the team's ticket secret from the CARELINE_TICKET_SECRET environment variable (never a flag:
  flags show in the process list and the shell's history).`;

/** `status`: one signed ticket status, for the case of TICKET in the receiver's database. */
async function statusCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      'team-server': { type: 'string' },
      'team-id': { type: 'string' },
      'ticket-prefix': { type: 'string', default: 'CL' },
    },
  });
  const [ticket, state, ...note] = positionals;
  const secret = process.env.CARELINE_TICKET_SECRET ?? '';
  if (!values.db || !values['team-server'] || !values['team-id'] || !ticket || !state)
    throw new Error('status needs --db, --team-server, --team-id, a ticket and a state');
  if (!secret) throw new Error('set CARELINE_TICKET_SECRET to the ticket secret the team lead gave you');
  const status = TicketState.safeParse(state);
  if (!status.success) throw new Error(`the state must be one of ${TicketState.options.join(', ')}, not "${state}"`);
  const store = new CaseStore(values.db, values['ticket-prefix']);
  try {
    const link = { url: values['team-server'], teamId: values['team-id'], secret };
    const stored = await sendCaseStatus(store, link, ticket, status.data, note.join(' ') || undefined);
    console.log(stored.duplicate ? `${ticket}: already sent` : `${ticket}: ${status.data} sent`);
  } finally {
    store.close();
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8788' },
      host: { type: 'string', default: '127.0.0.1' },
      secret: { type: 'string' },
      db: { type: 'string', default: ':memory:' },
      'ticket-prefix': { type: 'string', default: 'CL' },
      'fail-rate': { type: 'string' },
      'hang-rate': { type: 'string' },
      'fail-after-store-rate': { type: 'string' },
      'hang-after-store-rate': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }

  const port = toNumber('--port', values.port);
  if (port === undefined || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, not ${values.port}`);
  const faults = {
    failRate: toNumber('--fail-rate', values['fail-rate']),
    hangRate: toNumber('--hang-rate', values['hang-rate']),
    failAfterStoreRate: toNumber('--fail-after-store-rate', values['fail-after-store-rate']),
    hangAfterStoreRate: toNumber('--hang-after-store-rate', values['hang-after-store-rate']),
    seed: toNumber('--seed', values.seed),
  };

  startReceiver({
    port,
    host: values.host,
    secret: values.secret,
    dbPath: values.db,
    ticketPrefix: values['ticket-prefix'],
    faults,
  }).then(
    (receiver) => {
      console.log(`Careline handoff receiver: cases at ${receiver.url}/`);
      console.log(`Webhook URL: ${receiver.webhookUrl}`);
      console.log(
        values.secret ? 'Signatures are required (X-Careline-Signature).' : 'No secret: signatures are not checked.',
      );
      let stopping = false;
      const stop = (): void => {
        // A second Ctrl-C while closing means "now".
        if (stopping) process.exit(130);
        stopping = true;
        receiver.close().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(error);
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(`handoff-receiver: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

function toNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`${flag} must be a number, not "${value}"`);
  return n;
}

if (process.argv[2] === 'status') {
  statusCommand(process.argv.slice(3)).catch((error: unknown) => {
    console.error(`handoff-receiver: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  });
} else {
  try {
    main();
  } catch (error) {
    console.error(`handoff-receiver: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}
