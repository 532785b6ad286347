// A minimal JSON-RPC / LSP client over stdio for the benchmark: spawns the real server, frames
// messages, answers the server's own requests, and resolves waiters on notifications.
import { spawn } from 'node:child_process';

export class LspClient {
  constructor(serverPath, args = ['--stdio']) {
    this.proc = spawn(process.execPath, [serverPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.chunks = [];
    this.length = 0;
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.stderr = '';
    this.configuration = { enable: true, rules: {} };
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stderr.on('data', (d) => (this.stderr += d));
  }

  get pid() {
    return this.proc.pid;
  }

  onData(d) {
    this.chunks.push(d);
    this.length += d.length;
    let buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) break;
      const m = /Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
      if (!m) throw new Error('bad header from server');
      const len = Number(m[1]);
      if (buffer.length < headerEnd + 4 + len) break;
      const body = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      buffer = buffer.subarray(headerEnd + 4 + len);
      this.dispatch(body);
    }
    this.chunks = buffer.length ? [buffer] : [];
    this.length = buffer.length;
  }

  dispatch(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      const result = msg.method === 'workspace/configuration' ? msg.params.items.map(() => this.configuration) : null;
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    const now = performance.now();
    this.waiters = this.waiters.filter((w) => {
      if (w.method === msg.method && w.pred(msg.params)) {
        w.resolve({ params: msg.params, at: now });
        return false;
      }
      return true;
    });
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params, timeoutMs = 60000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method} timed out`)), timeoutMs);
      this.pending.set(id, { resolve: (v) => { clearTimeout(timer); resolve(v); }, reject: (e) => { clearTimeout(timer); reject(e); } });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with { params, at } (at: performance.now() when the message was read). */
  waitFor(method, pred = () => true, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ method, pred, resolve: (v) => { clearTimeout(timer); resolve(v); } });
    });
  }

  async initialize() {
    const result = await this.request('initialize', {
      processId: process.pid, rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    });
    this.notify('initialized', {});
    return result;
  }

  async shutdown() {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      // fall through to kill
    }
    await new Promise((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const timer = setTimeout(() => { this.proc.kill(); resolve(); }, 3000);
      this.proc.on('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
}
