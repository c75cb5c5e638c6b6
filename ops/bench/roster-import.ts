import { residentIdCheckCharacter } from '@rv/schema';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { gql, login, startPlatformProcess } from './platform-process.ts';
import { sized } from './smoke.ts';

/**
 * A prison's 10,000-row roster, as an XLSX file through the portal's path (open, upload in pieces,
 * run, progress polled): seconds per phase and the platform's memory; then the same file again
 * (nothing changes: every row unchanged) and the same roster as sync batches of 1,000. The floor: the
 * same rows written by one raw multi-row insert (jsonb_to_recordset) with their custody rows, in one
 * transaction on the same database, rolled back: what the import costs beyond the writes themselves.
 */
const ROWS = sized(Number(process.env.BENCH_ROSTER_ROWS ?? 10_000), 50);
const JOB = 'status totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errorCount';

function residentId(sequence: number): string {
  const first17 = `440106${1960 + (sequence % 40)}0101${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const roster = Array.from({ length: ROWS }, (_, i) => ({
  inmateNumber: `B${String(i + 1).padStart(6, '0')}`,
  name: `测试${i + 1}`,
  idNumber: residentId(i),
  ward: (i % 5) + 1,
}));

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('roster');
  sheet.addRow(['罪犯编号', '姓名', '身份证号码', '监区', '处遇级别', '罪名类别', '外籍或无国籍']);
  for (const row of roster) sheet.addRow([row.inmateNumber, row.name, row.idNumber, row.ward, '普管级', '普通', '否']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function must(result: any, what: string): any {
  if (!result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** One file import as the portal does it; returns the phases' times, the job, progress samples and peak memory. */
async function importOnce(platform: Awaited<ReturnType<typeof startPlatformProcess>>, token: string, file: Buffer) {
  const t0 = performance.now();
  const id = must(await gql(platform.url, 'mutation { startInmateImport(format: XLSX, fileName: "bench.xlsx") { id } }', {}, token), 'start').startInmateImport
    .id;
  const base64 = file.toString('base64');
  for (let from = 0; from < base64.length; from += 120_000) {
    must(
      await gql(
        platform.url,
        'mutation($id: ID!, $c: String!) { appendInmateImport(id: $id, chunk: $c) { receivedBytes } }',
        { id, c: base64.slice(from, from + 120_000) },
        token,
      ),
      'append',
    );
  }
  const uploaded = performance.now();
  const samples: number[] = [];
  let peakRss = await platform.rssMb();
  let running = true;
  const watcher = (async () => {
    while (running) {
      const progress = await gql(platform.url, 'query($id: ID!) { inmateImport(id: $id) { processedRows } }', { id }, token);
      samples.push(progress.data?.inmateImport.processedRows ?? -1);
      peakRss = Math.max(peakRss, await platform.rssMb());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const job = must(await gql(platform.url, `mutation($id: ID!) { runInmateImport(id: $id) { ${JOB} } }`, { id }, token), 'run').runInmateImport;
  running = false;
  await watcher;
  const done = performance.now();
  return { job, uploadMs: uploaded - t0, runMs: done - uploaded, samples, peakRss };
}

/** The floor: the rows and their admission events as two set-based inserts in one transaction (rolled back). */
async function rawInsertMs(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ prison_id: prisonId, ward_id: wardId }] = (
      await client.query(
        `select p.id as prison_id, w.id as ward_id from prison.prison p join prison.ward w on w.prison_id = p.id order by p.name, w.number limit 1`,
      )
    ).rows;
    const rows = roster.map((row, i) => ({
      id: crypto.randomUUID(),
      inmate_number: `F${String(i + 1).padStart(6, '0')}`,
      name: row.name,
      id_number: row.idNumber,
    }));
    const started = performance.now();
    await client.query('begin');
    await client.query(
      `insert into prison.inmate (id, prison_id, ward_id, name, inmate_number, id_number, custody_status, treatment_level, crime_category, "foreign")
       select r.id, $1, $2, r.name, r.inmate_number, r.id_number, 'IN_CUSTODY', 'ORDINARY', 'ORDINARY', false
         from jsonb_to_recordset($3::jsonb) as r(id uuid, name text, inmate_number text, id_number text)`,
      [prisonId, wardId, JSON.stringify(rows)],
    );
    await client.query(
      `insert into prison.custody_change (id, subject_id, institution_id, kind, "before", "after", effective_on, source, recorded_by, recorded_at, cancelled_meetings)
       select gen_random_uuid(), r.id, $1::uuid, 'ADMISSION', null, $2::text, current_date, 'FILE', gen_random_uuid(), now(), 0
         from jsonb_to_recordset($3::jsonb) as r(id uuid)`,
      [prisonId, prisonId, JSON.stringify(rows)],
    );
    const ms = performance.now() - started;
    await client.query('rollback');
    return ms;
  } finally {
    await client.end();
  }
}

export async function benchRosterImport(): Promise<void> {
  const platform = await startPlatformProcess({ DEMO_INMATES_PER_PRISON: '20' });
  try {
    const admin = await login(platform.url, 'prison1.admin').catch((error) => {
      throw new Error(`cannot sign in as prison1.admin: ${error}\n${platform.output().slice(-2000)}`);
    });
    const file = await workbook();
    const rssBefore = await platform.rssMb();
    const first = await importOnce(platform, admin, file);
    if (first.job.status !== 'DONE' || first.job.createdCount !== ROWS)
      throw new Error(`first import did not create ${ROWS} rows: ${JSON.stringify(first.job)}`);
    console.log(`\nroster import: ${ROWS} rows, XLSX ${(file.length / 1024).toFixed(0)} kB`);
    console.log(
      `upload ${first.uploadMs.toFixed(0)} ms; check + write ${first.runMs.toFixed(0)} ms (created ${first.job.createdCount}); progress seen: ${[...new Set(first.samples)].join(' → ')}`,
    );
    console.log(`platform RSS ${rssBefore.toFixed(0)} MB before, peak ${first.peakRss.toFixed(0)} MB during the run`);
    const floorMs = await rawInsertMs(platform.databaseUrl);
    console.log(
      `floor: the same ${ROWS} rows and their admissions as two raw set-based inserts in one transaction: ${floorMs.toFixed(0)} ms (import check + write = ${(first.runMs / floorMs).toFixed(1)}× the floor)`,
    );

    const again = await importOnce(platform, admin, file);
    if (again.job.unchangedCount !== ROWS) throw new Error(`the same file again changed rows: ${JSON.stringify(again.job)}`);
    console.log(
      `the same file again: upload ${again.uploadMs.toFixed(0)} ms; check ${again.runMs.toFixed(0)} ms (unchanged ${again.job.unchangedCount}); peak ${again.peakRss.toFixed(0)} MB`,
    );

    const syncStarted = performance.now();
    let unchanged = 0;
    for (let from = 0; from < ROWS; from += 1_000) {
      const batch = must(
        await gql(platform.url, `mutation($r: [InmateRecordInput!]!) { syncInmates(records: $r) { ${JOB} } }`, { r: roster.slice(from, from + 1_000) }, admin),
        'sync',
      ).syncInmates;
      unchanged += batch.unchangedCount;
    }
    if (unchanged !== ROWS) throw new Error(`sync changed rows that were already there (${unchanged} unchanged of ${ROWS})`);
    console.log(
      `the same roster as sync batches of 1,000: ${(performance.now() - syncStarted).toFixed(0)} ms (unchanged ${unchanged}); RSS after ${(await platform.rssMb()).toFixed(0)} MB`,
    );
  } finally {
    await platform.stop();
  }
}
