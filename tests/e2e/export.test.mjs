// Journey (issue 3): the visible table is downloaded as CSV and JSON, generated in the browser,
// in the current filter, sort order and language; the files are read back and checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';

const env = journeys();

/**
 * A strict RFC 4180 reader: CRLF record ends, fields quoted when (and only when) they need it,
 * quotes inside quoted fields doubled. Throws on anything else.
 */
function parseCsv(text) {
  const records = [];
  let record = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
      if (!/[",\r\n]/.test(field)) throw new Error(`needlessly quoted field: ${field}`);
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`unquoted field with a quote or LF at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`expected a comma or CRLF at ${i}`);
    }
  }
  if (record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

test('the CSV reader itself rejects what RFC 4180 forbids and reads what it allows', () => {
  assert.deepEqual(parseCsv('a,"b,c","say ""hi"""\r\n'), [['a', 'b,c', 'say "hi"']]);
  assert.throws(() => parseCsv('a,b\n'));
  assert.throws(() => parseCsv('a,b"c\r\n'));
  assert.throws(() => parseCsv('a,b'));
});

/** The table as the user sees it: header labels and each visible row's cells, without icons. */
async function visibleTable(w) {
  return w.page.evaluate(() => {
    const table = document.querySelector('.vkc-table__table');
    const text = (cell) => {
      const copy = cell.cloneNode(true);
      copy.querySelectorAll('[aria-hidden=true], details, .vkc-badge').forEach((e) => e.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const header = [...table.querySelectorAll('thead th')].slice(1).map(text);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('.vkc-table__tool').textContent,
      ...[...tr.querySelectorAll('td[data-field]')].map(text),
    ]);
    return { header, rows };
  });
}

test('CSV: BOM, CRLF, RFC 4180, the visible rows in the shown order and language', async () => {
  const w = await env.open({ hash: '#e2e=yes&min=100&plat=browser&sort=participants.desc' });
  await w.waitForCount(4, 11);
  const { name, bytes } = await w.download(w.words.csv);
  assert.equal(name, 'videokonferenz-tools-original.csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
  const records = parseCsv(text);
  const shown = await visibleTable(w);
  assert.deepEqual(records[0], shown.header);
  assert.deepEqual(records[0].slice(0, 4), ['Tool', 'Server', 'Max. Teilnehmer', 'Ende-zu-Ende-Verschlüsselung']);
  assert.deepEqual(records.slice(1), shown.rows.map((row) => row.map((cell) => cell.replace(/^(\S+) (EU\/EWR|Drittland)$/, '$1 ($2)'))));
  assert.deepEqual(records.slice(1).map((r) => r[0]), ['GoToMeeting by LogMeIn', 'Cisco Webex', 'fastviewer', 'BlueJeans']);
  assert.deepEqual(records[3], ['fastviewer', 'DE (EU/EWR)', '100', 'Ja', 'Ja', 'Ja', 'Nein', 'Nein', 'Ja', 'k. A.']);
  assert.deepEqual(w.requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith('blob:')), []);
  await w.close();
});

test('CSV in English from the current view: English labels, "n/a" for unknown, every visible row', async () => {
  const w = await env.open({ hash: '#view=current&lang=en&q=e', lang: 'en' });
  const { n } = await w.shown();
  const { name, bytes } = await w.download(w.words.csv);
  assert.equal(name, 'videokonferenz-tools-current.csv');
  const records = parseCsv(bytes.toString('utf8').replace(/^\ufeff/, ''));
  assert.equal(records[0][2], 'Max. participants');
  assert.equal(records.length - 1, n, 'one record per visible row');
  assert.deepEqual(records.slice(1).map((r) => r[0]), await w.names());
  const jitsi = records.find((r) => r[0] === 'Jitsi Meet');
  assert.deepEqual(jitsi.slice(1, 4), ['self-hosted (location of your choice)', 'n/a', 'Yes']);
  await w.close();
});

test('JSON: the visible rows in the shown order, stable values, labels of the language', async () => {
  const w = await env.open({ hash: '#view=current&e2e=yes&sort=participants.desc' });
  const { n } = await w.shown();
  const { name, bytes } = await w.download(w.words.json);
  assert.equal(name, 'videokonferenz-tools-current.json');
  const json = JSON.parse(bytes.toString('utf8'));
  assert.equal(json.lang, 'de');
  assert.equal(json.tools.length, n);
  assert.deepEqual(json.tools.map((t) => t.name), await w.names());
  const zoom = json.tools.find((t) => t.id === 'zoom');
  assert.deepEqual(
    { e2e: zoom.e2e, max: zoom.max_participants, location: zoom.location, region: zoom.region },
    { e2e: 'yes', max: 300, location: 'USA', region: 'Drittland' },
    'the current view exports the updated values',
  );
  const jitsi = json.tools.find((t) => t.id === 'jitsi-meet');
  assert.deepEqual(
    { location: jitsi.location, region: jitsi.region },
    { location: 'self-hosted', region: 'Standort nach Wahl' },
    'self-hosted is a location of its own, not unknown',
  );
  const participants = json.tools.map((t) => t.max_participants);
  const known = participants.filter((p) => p !== null);
  assert.deepEqual(known, [...known].sort((a, b) => b - a), 'descending');
  assert.deepEqual(participants.slice(known.length), participants.filter((p) => p === null), 'unknown last');
  await w.close();
});
