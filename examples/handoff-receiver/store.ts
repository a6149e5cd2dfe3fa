/**
 * The receiver's case store: one SQLite row per handoff, keyed by its Idempotency-Key. A retry of a
 * handoff whose answer was lost must find the first row and get the same ticket back, never open a
 * second case, so the key is UNIQUE and "look up, else insert" runs in one write transaction.
 */
import Database from 'better-sqlite3';
import type { HandoffPayload } from '../../utils/handoff/types';

/** A stored case as the receiver's API (cases(), /cases.json) shows it. */
export interface ReceivedCase {
  ticketId: string;
  idempotencyKey: string;
  /** ISO-8601, when the first attempt was stored. */
  receivedAt: string;
  /** How many POSTs carried this key: 1, plus one for every replay. */
  attempts: number;
  /** The body as first received, unknown extra fields (e.g. callbackPhone) included. */
  payload: HandoffPayload & Record<string, unknown>;
}

export type StoreOutcome = { kind: 'created'; case: ReceivedCase } | { kind: 'replayed'; case: ReceivedCase };

interface CaseRow {
  id: number;
  idempotency_key: string;
  ticket_id: string;
  received_at: string;
  attempts: number;
  payload_json: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS cases (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    ticket_id       TEXT NOT NULL UNIQUE,
    received_at     TEXT NOT NULL,
    customer_handle TEXT NOT NULL,
    reason          TEXT NOT NULL,
    priority        TEXT NOT NULL,
    payload_json    TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 1
  )`;

export class CaseStore {
  private readonly db: Database.Database;
  private readonly storeTransaction: (key: string, rawBody: string, payload: HandoffPayload) => StoreOutcome;

  constructor(
    dbPath: string,
    private readonly ticketPrefix: string,
  ) {
    this.db = new Database(dbPath);
    // WAL lets the page be read while a handoff is written; ':memory:' ignores it.
    if (dbPath !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);

    const byKey = this.db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE idempotency_key = ?');
    const bumpAttempts = this.db.prepare<[string]>(
      'UPDATE cases SET attempts = attempts + 1 WHERE idempotency_key = ?',
    );
    const nextId = this.db.prepare<[], { next: number }>('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM cases');
    const insert = this.db.prepare<[number, string, string, string, string, string, string, string]>(
      `INSERT INTO cases (id, idempotency_key, ticket_id, received_at, customer_handle, reason, priority, payload_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );

    const run = this.db.transaction((key: string, rawBody: string, payload: HandoffPayload): StoreOutcome => {
      const existing = byKey.get(key);
      if (existing) {
        bumpAttempts.run(key);
        return { kind: 'replayed', case: toCase({ ...existing, attempts: existing.attempts + 1 }) };
      }
      const id = nextId.get()?.next ?? 1;
      const row: CaseRow = {
        id,
        idempotency_key: key,
        ticket_id: this.ticketId(id),
        received_at: new Date().toISOString(),
        attempts: 1,
        payload_json: rawBody,
      };
      insert.run(
        id,
        key,
        row.ticket_id,
        row.received_at,
        payload.customer.handle,
        String(payload.reason ?? ''),
        String(payload.priority ?? ''),
        rawBody,
      );
      return { kind: 'created', case: toCase(row) };
    });
    // IMMEDIATE takes the write lock before the lookup, so two processes sharing one file cannot both
    // miss the key and insert it twice.
    this.storeTransaction = (key, rawBody, payload) => run.immediate(key, rawBody, payload);
  }

  /** Stores the case, or counts a replay of it: the answer's ticket is the same either way. */
  store(key: string, rawBody: string, payload: HandoffPayload): StoreOutcome {
    return this.storeTransaction(key, rawBody, payload);
  }

  /** The case with this ticket id (case-insensitive, as staff type it), if any. */
  byTicket(ticketId: string): ReceivedCase | undefined {
    const row = this.db
      .prepare<[string], CaseRow>('SELECT * FROM cases WHERE upper(ticket_id) = upper(?)')
      .get(ticketId.trim());
    return row ? toCase(row) : undefined;
  }

  /** Newest first, as the page lists them. */
  all(): ReceivedCase[] {
    return this.db.prepare<[], CaseRow>('SELECT * FROM cases ORDER BY id DESC').all().map(toCase);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private ticketId(id: number): string {
    return `${this.ticketPrefix}-${String(id).padStart(6, '0')}`;
  }
}

function toCase(row: CaseRow): ReceivedCase {
  return {
    ticketId: row.ticket_id,
    idempotencyKey: row.idempotency_key,
    receivedAt: row.received_at,
    attempts: row.attempts,
    payload: JSON.parse(row.payload_json) as ReceivedCase['payload'],
  };
}
