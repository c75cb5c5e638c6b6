import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The read path's floor (issue 16): the 20-row `applications` list of gateway-overhead.ts as one SQL
 * statement in a bare `node:http` handler, answered with `JSON.stringify`, in its own process pinned
 * to the platform's core (startReadFloor in platform-process.ts). What the subgraph adds on top of this
 * is GraphQL, the ORM, the identity check: the ratio says how much.
 *
 * Run as `node ops/bench/read-floor.ts <databaseUrl>`; prints `listening <port>`.
 */
const LIST_SQL = `
  select a.id, a.number, a.status, d.date::text as date, b.name as venue_name
    from judicial.application a
    join judicial.service_day d on d.id = a.service_day_id
    left join judicial.county_bureau b on b.id = a.venue_id
   order by a.submitted_at desc
   limit $1`;

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8')); // the subgraph parses the request too
      const { rows } = await pool.query(LIST_SQL, [20]);
      const applications = rows.map((row) => ({
        id: row.id,
        number: row.number,
        status: row.status,
        serviceDay: { date: row.date },
        venue: row.venue_name === null ? null : { name: row.venue_name },
      }));
      const text = JSON.stringify({ data: { applications } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
