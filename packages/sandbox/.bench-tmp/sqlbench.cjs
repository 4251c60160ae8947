const Database = require('better-sqlite3');
const fs = require('fs');
function run(label, { ordered, autockpt }) {
  const dir = fs.mkdtempSync('/tmp/sqlb-');
  const db = new Database(dir + '/a.db'); db.pragma('journal_mode=WAL'); db.pragma('synchronous=FULL');
  if (autockpt) db.pragma('wal_autocheckpoint=' + autockpt);
  db.exec('CREATE TABLE docs (collection TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID; CREATE INDEX docs_by_seq ON docs (collection, seq);');
  const ins = db.prepare('INSERT INTO docs VALUES (?,?,?,?)');
  let seq = 0; const body = JSON.stringify({ name: 'Load Test', x: 'y'.repeat(250) });
  const rnd = () => Math.random().toString(36).slice(2, 14);
  const id = (p) => ordered ? p + (Date.now().toString(36) + String(seq).padStart(8, '0')) + rnd() : p + rnd() + rnd();
  let commitMs = 0;
  for (let b = 0; b < 500; b++) {
    db.exec('BEGIN IMMEDIATE');
    for (let k = 0; k < 20; k++) { ins.run('patients', id('pat_'), ++seq, body); ins.run('events', id('evt_'), ++seq, body + body); }
    const t = performance.now(); db.exec('COMMIT'); commitMs += performance.now() - t;
  }
  console.log(label, 'commit avg ms', (commitMs / 500).toFixed(2));
  fs.rmSync(dir, { recursive: true });
}
run('random ids', { ordered: false });
run('ordered ids', { ordered: true });
run('random ids, autockpt 10000', { ordered: false, autockpt: 10000 });
run('ordered ids, autockpt 10000', { ordered: true, autockpt: 10000 });
