// An open-loop load: requests start on a fixed schedule whatever the server
// does, as teachers do, one registration at a time each on their own
// connection. autocannon's `overallRate` instead sends each second's quota in
// one burst at the top of the second, which measures the burst, not the rate.
// Latency is taken from the moment a request was due, so a client that falls
// behind counts against the server (no coordinated omission).
import { Agent, request } from 'node:http';

export interface OpenLoopUser<Context> {
  context: Context;
  /** The request this user sends next. */
  next(context: Context): { path: string; method: string; headers: Record<string, string>; body: string };
  /** What the answer means for this user's next request (e.g. the new version). */
  answered(context: Context, status: number, body: string): void;
}

export interface OpenLoopResult {
  sent: number;
  latencies: number[];
  errors: number;
  /** What the errors were: an HTTP status, or 'network' for a request that got no answer. */
  errorKinds: Record<string, number>;
  /** Requests that were due while their user still waited for the previous answer. */
  late: number;
  seconds: number;
}

export async function openLoop<Context>(
  url: string,
  users: readonly OpenLoopUser<Context>[],
  options: { rate: number; seconds: number },
): Promise<OpenLoopResult> {
  const { hostname, port } = new URL(url);
  // One keep-alive connection a user, as a teacher's browser has.
  const agents = users.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  const busy = new Array<boolean>(users.length).fill(false);
  const waiting: number[][] = users.map(() => []);
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  const failed = (kind: string) => {
    errors++;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  let late = 0;
  let sent = 0;
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const started = performance.now();

  const send = (u: number, due: number): Promise<void> =>
    new Promise((resolve) => {
      busy[u] = true;
      sent++;
      const user = users[u]!;
      const spec = user.next(user.context);
      const req = request(
        { hostname, port, path: spec.path, method: spec.method, headers: { ...spec.headers, 'content-length': Buffer.byteLength(spec.body) }, agent: agents[u] },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - due);
            const status = res.statusCode ?? 0;
            if (status < 200 || status >= 300) failed(String(status));
            user.answered(user.context, status, Buffer.concat(chunks).toString('utf8'));
            busy[u] = false;
            const queued = waiting[u]!.shift();
            resolve(queued === undefined ? undefined : send(u, queued));
          });
        },
      );
      req.on('error', () => {
        failed('network');
        busy[u] = false;
        resolve();
      });
      req.end(spec.body);
    });

  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // Users take turns; a user whose last request is unanswered sends the next one right after.
    const u = i % users.length;
    if (busy[u]) {
      late++;
      waiting[u]!.push(due);
    } else {
      inFlight.push(send(u, due));
    }
  }
  await Promise.all(inFlight);
  for (const agent of agents) agent.destroy();
  return { sent, latencies, errors, errorKinds, late, seconds: (performance.now() - started) / 1000 };
}
