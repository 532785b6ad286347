// A minimal LSP client over stdio for protocol tests: spawns `node dist/server.js --stdio`,
// frames JSON-RPC messages, answers the server's own requests, and collects notifications.
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export class LspClient {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  private waiters: { method: string; pred: (p: Json) => boolean; resolve: (p: Json) => void }[] = [];
  readonly notifications: { method: string; params: Json }[] = [];
  /** Requests the server sent (window/showMessageRequest, workspace/configuration…), in order. */
  readonly serverRequests: { method: string; params: Json }[] = [];
  /** Answers to the server's workspace/configuration requests. */
  configuration: Json = { enable: true, rules: {} };
  /** How long the client takes to answer workspace/configuration (a slow editor, on purpose in tests). */
  configurationDelayMs = 0;
  stderr = '';

  /** nodeArgs go before the server script (test/hostile preloads a network and process guard). */
  constructor(args: string[] = ['--stdio'], nodeArgs: string[] = []) {
    this.proc = spawn(process.execPath, [...nodeArgs, SERVER, ...args], { stdio: 'pipe' });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
  }

  get exited(): boolean {
    return this.proc.exitCode !== null;
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString());
      if (!m) throw new Error('bad header');
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(body);
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      // The JSON-RPC error code rides along so tests can tell InvalidParams from an internal error.
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method) {
      // Requests from the server.
      this.serverRequests.push({ method: msg.method, params: msg.params });
      if (msg.method === 'workspace/configuration') {
        // The answer is the configuration at the time of the request, sent after the delay.
        const result = msg.params.items.map(() => this.configuration);
        const answer = () => this.write({ jsonrpc: '2.0', id: msg.id, result });
        if (this.configurationDelayMs > 0) setTimeout(answer, this.configurationDelayMs);
        else answer();
        return;
      }
      this.write({ jsonrpc: '2.0', id: msg.id, result: null });
      return;
    }
    this.notifications.push({ method: msg.method, params: msg.params });
    this.waiters = this.waiters.filter((w) => {
      if (w.method === msg.method && w.pred(msg.params)) {
        w.resolve(msg.params);
        return false;
      }
      return true;
    });
  }

  private write(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: Json, timeoutMs = 10000): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method} timed out`)), timeoutMs);
      this.pending.set(id, {
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: Json): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the next notification of that method matching pred (already received ones count). */
  waitFor(method: string, pred: (p: Json) => boolean = () => true, timeoutMs = 10000): Promise<Json> {
    const seen = this.notifications.find((n) => n.method === method && pred(n.params));
    if (seen) {
      this.notifications.splice(this.notifications.indexOf(seen), 1);
      return Promise.resolve(seen.params);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ method, pred, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** `locale`: the editor's display language, as VS Code sends it (issue 18). */
  async initialize(capabilities: Json = { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } }, locale?: string): Promise<Json> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, ...(locale !== undefined ? { locale } : {}) });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) return resolve(this.proc.exitCode);
      const timer = setTimeout(() => { this.proc.kill(); resolve(null); }, 3000);
      this.proc.on('exit', (code) => { clearTimeout(timer); resolve(code); });
    });
  }

  kill(): void {
    this.proc.kill();
  }
}
