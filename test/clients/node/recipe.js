// test/clients/node/recipe.js DBNAME: the Node recipe of docs/clients.md with node-postgres
// (pg, from npm: package.json / package-lock.json here).  Run it under two time zones, east and
// west of UTC (tools/test/clients.sh: TZ=Asia/Tokyo and TZ=America/Los_Angeles): dates must
// arrive and leave as 'YYYY-MM-DD' strings, numbers as numbers.  Also shows that the pitfalls
// the docs name are real in that time zone.  Connection from the libpq environment (PGHOST,
// PGPORT, PGUSER, PGPASSWORD), which pg reads too.  Prints TAP.
'use strict';
const pg = require('pg');

const dbname = process.argv[2];
if (!dbname) {
  console.error('usage: node test/clients/node/recipe.js DBNAME');
  process.exit(2);
}
const tz = process.env.TZ || '(unset)';
const offsetMin = -new Date(2016, 0, 1).getTimezoneOffset(); // east of UTC: positive
let n = 0;
let failed = 0;
function ok(cond, name, diag) {
  n += 1;
  console.log(`${cond ? 'ok' : 'not ok'} ${n} - ${name} [TZ=${tz}]`);
  if (!cond) {
    failed += 1;
    if (diag !== undefined) String(typeof diag === 'string' ? diag : JSON.stringify(diag)).split('\n').forEach((l) => console.log(`# ${l}`));
  }
}

// the question of the issue: JPN's stance toward RUS on the territorial dispute is contested
// (two different stances claimed) on 2016-01-01 and not on 2015-12-31
const STANCES = `SELECT count(DISTINCT stance)::int AS stances
                   FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', $1::date)`;

async function pitfalls() {
  // default node-postgres, no type parsers registered yet
  const client = new pg.Client({ database: dbname });
  await client.connect();
  try {
    const r = await client.query(`SELECT DATE '2016-01-01' AS d, 1::bigint AS big, 1.5::numeric AS num`);
    const d = r.rows[0].d;
    ok(d instanceof Date && typeof r.rows[0].big === 'string' && typeof r.rows[0].num === 'string',
      'pitfall: by default a date arrives as a JS Date, bigint and numeric as strings', r.rows[0]);
    const utcDay = d.toISOString().slice(0, 10);
    if (offsetMin > 0) {
      ok(utcDay === '2015-12-31', `pitfall east of UTC: DATE '2016-01-01' read as a Date at local midnight is ${utcDay} in UTC`);
    } else {
      ok(utcDay === '2016-01-01', `west of UTC the Date reads back as ${utcDay} in UTC (the eastern pitfall does not show here)`);
    }
    // a Date built from an ISO day is UTC midnight; pg sends it in local time
    const asDate = (await client.query(STANCES, [new Date('2016-01-01')])).rows[0].stances;
    const asText = (await client.query(STANCES, ['2016-01-01'])).rows[0].stances;
    if (offsetMin < 0) {
      ok(asText === 2 && asDate === 1,
        `pitfall west of UTC: new Date('2016-01-01') as a parameter queries 2015-12-31 (${asDate} stance) instead of 2016-01-01 (${asText}, contested)`);
    } else {
      ok(asText === 2 && asDate === 2, `east of UTC new Date('2016-01-01') as a parameter happens to hit the day (${asDate} stances)`);
    }
    // before a zone's standard time began, a local midnight is at local mean time (Tokyo's
    // +09:18:59 until the start of 1888): the 1855 Treaty of Shimoda event's day shifts by minutes
    const early = (await client.query(`SELECT occurred_from FROM bilateral.events_plain
                                        WHERE event_key = 'treaty_signing_1855_shimoda'`)).rows[0];
    const e = early && early.occurred_from;
    const lmt = { 'Asia/Tokyo': '1854-12-31T14:41:01.000Z', 'America/Los_Angeles': '1855-01-01T07:52:58.000Z' }[tz];
    ok(e instanceof Date && lmt !== undefined && e.toISOString() === lmt && e.getTime() % 3600000 !== 0,
      `pitfall: without the DATE parser the 1855 Treaty of Shimoda event's 1855-01-01 is ${e instanceof Date ? e.toISOString() : e}, `
      + 'local mean time, not a whole number of hours from UTC', { got: e, want: lmt });
    if (tz === 'Asia/Tokyo') {
      const b = (await client.query(`SELECT DATE '1887-12-31' AS d1, DATE '1888-01-01' AS d2, DATE '1888-01-02' AS d3`)).rows[0];
      const iso = [b.d1, b.d2, b.d3].map((d) => d.toISOString());
      ok(iso[0] === '1887-12-30T14:41:01.000Z' && iso[1] === '1887-12-31T14:41:01.000Z' && iso[2] === '1888-01-01T15:00:00.000Z',
        `the shift ends with 1888-01-01 in Tokyo (standard time began at its midnight, so that midnight is local mean time): ${iso.join(', ')}`);
    }
  } finally {
    await client.end();
  }
}

// --- the recipe (docs/clients.md, "Node") ---------------------------------------------------------
function registerTypeParsers(types) {
  // dates as 'YYYY-MM-DD' strings: a calendar day is not an instant
  types.setTypeParser(types.builtins.DATE, (v) => v);
  // bigint (ids, counts) as numbers; refuse what a double cannot hold exactly
  types.setTypeParser(types.builtins.INT8, (v) => {
    const x = Number(v);
    if (!Number.isSafeInteger(x)) throw new RangeError(`bigint ${v} does not fit a JS number`);
    return x;
  });
  // numeric (stance_mean, indicator values) as numbers
  types.setTypeParser(types.builtins.NUMERIC, (v) => parseFloat(v));
}

async function recipe() {
  registerTypeParsers(pg.types);
  const pool = new pg.Pool({ database: dbname, options: '-c search_path=bilateral,public' });
  try {
    // dates go out as strings too, cast in SQL
    const stances = (await pool.query(STANCES, ['2016-01-01'])).rows[0].stances;
    const before = (await pool.query(STANCES, ['2015-12-31'])).rows[0].stances;
    ok(stances === 2 && before === 1,
      `stance_at with '2016-01-01' as a string parameter: contested (${stances} stances), 2015-12-31 not (${before})`);

    const p = (await pool.query(
      `SELECT claim_id, position_literal, stance, valid_from, valid_to FROM positions_plain
        WHERE position_literal = $1`, ['JPN->RUS:territorial_dispute:-1:2016/2016'])).rows[0];
    ok(p && p.valid_from === '2016-01-01' && p.valid_to === '2016-12-31' && typeof p.claim_id === 'number'
      && p.stance === -1, 'positions_plain: valid_from/valid_to as YYYY-MM-DD strings, claim_id and stance numbers', p);

    const ev = (await pool.query(`SELECT occurred_from, occurred_from_year, event_id FROM events_plain
                                   WHERE event_key = 'japan_sakoku_policy'`)).rows[0];
    ok(ev && ev.occurred_from === '1635-01-01' && ev.occurred_from_year === 1635 && typeof ev.event_id === 'number',
      'events_plain: the 1635 event reads as \'1635-01-01\'', ev);
    const shimoda = (await pool.query(`SELECT e.occurred_from, t.signed_on
                                         FROM events_plain e, treaties_plain t
                                        WHERE e.event_key = 'treaty_signing_1855_shimoda'
                                          AND t.treaty_literal = '1855-02-07:JPN+RUS:shimoda' LIMIT 1`)).rows[0];
    ok(shimoda && shimoda.occurred_from === '1855-01-01' && shimoda.signed_on === '1855-02-07',
      'with the DATE parser, before 1888 too: the Shimoda event reads as \'1855-01-01\', the treaty signed_on \'1855-02-07\'', shimoda);

    const panel = (await pool.query(`SELECT ccode1, ccode2, year, stance_mean, n_claims, in_system
                                       FROM dyad_year_panel
                                      WHERE ccode1 = $1 AND ccode2 = $2 AND year = $3 AND issue IS NULL`,
    [740, 365, 1956])).rows[0];
    ok(panel && panel.stance_mean === -1.799 && panel.year === 1956 && panel.n_claims === 4
      && panel.in_system === true, 'dyad_year_panel: stance_mean (numeric) -1.799 as a number, year 1956', panel);

    const ind = (await pool.query(`SELECT indicator_value, indicator_year, count(*) OVER () AS n
                                     FROM indicators_plain LIMIT 1`)).rows[0];
    ok(ind && typeof ind.indicator_value === 'number' && typeof ind.n === 'number' && typeof ind.indicator_year === 'number',
      'indicators_plain: indicator_value (numeric) and a count (bigint) are numbers', ind);

    const t = (await pool.query(`SELECT treaty_literal, signed_on, in_force_from FROM treaties_plain
                                  WHERE treaty_literal = '1956-10-19:JPN+RUS:joint_declaration' LIMIT 1`)).rows[0];
    ok(t && t.signed_on === '1956-10-19' && t.in_force_from === '1956-12-12',
      'treaties_plain: the 1956 Joint Declaration signed_on 1956-10-19, in force from 1956-12-12', t);
  } finally {
    await pool.end();
  }
}

(async () => {
  try {
    await pitfalls();
    await recipe();
  } catch (e) {
    ok(false, 'the recipe runs', e.stack || String(e));
  }
  console.log(`1..${n}`);
  process.exit(failed || n === 0 ? 1 : 0);
})();
