/**
 * The receiver's case list at GET /. Every value comes from a customer or an agent (names, notes,
 * tweets), so every value is escaped: a note reading `<script>` must show as text, not run.
 */
import type { ReceivedCase } from './store';

export function casesPage(cases: ReceivedCase[]): string {
  const rows = cases.map(caseRow).join('\n');
  const empty = `<tr><td colspan="11" class="empty">No handoffs yet. POST one to /handoffs.</td></tr>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Careline handoffs (${cases.length})</title>
<style>
  body { font: 14px/1.4 system-ui, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif; margin: 1.5rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f3f3f3; }
  td.note { white-space: pre-wrap; max-width: 30rem; }
  td:nth-child(-n+2) { white-space: nowrap; }
  .empty { color: #666; text-align: center; }
  .prio-high, .prio-urgent { font-weight: bold; color: #b00020; }
</style>
</head>
<body>
<h1>Careline handoffs</h1>
<p>${cases.length} case(s), newest first. <a href="/cases.json">JSON</a></p>
<table>
<thead><tr><th>Ticket</th><th>Received</th><th>Handle</th><th>Name</th><th>Phone</th><th>Reason</th><th>Priority</th><th>Note</th><th>Conversation</th><th>Agent</th><th>Attempts</th></tr></thead>
<tbody>
${rows || empty}
</tbody>
</table>
</body>
</html>
`;
}

function caseRow(c: ReceivedCase): string {
  const p = c.payload;
  const phone = text(p.callbackPhone) || text(p.customer?.phone);
  const priority = text(p.priority);
  const cells = [
    escapeHtml(c.ticketId),
    `<time datetime="${escapeHtml(c.receivedAt)}">${escapeHtml(c.receivedAt)}</time>`,
    `@${escapeHtml(text(p.customer?.handle))}`,
    escapeHtml(text(p.customer?.name)),
    escapeHtml(phone),
    escapeHtml(text(p.reason)),
    `<span class="prio-${escapeHtml(priority)}">${escapeHtml(priority)}</span>`,
    escapeHtml(text(p.note)),
    conversationLink(p.conversation?.url),
    escapeHtml(text(p.agent?.name)),
    String(c.attempts),
  ];
  const classes = ['', '', '', '', '', '', '', ' class="note"', '', '', ''];
  return `<tr>${cells.map((cell, i) => `<td${classes[i]}>${cell}</td>`).join('')}</tr>`;
}

/** Only http(s) links: a `javascript:` URL in a payload must not become a clickable link. */
function conversationLink(url: unknown): string {
  const href = text(url);
  if (!/^https?:\/\//i.test(href)) return escapeHtml(href);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(href)}</a>`;
}

/** Payload fields are untrusted JSON: a "name" may be a number or an object; show what is there. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
