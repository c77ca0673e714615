#!/usr/bin/env node
// Dependency-free static server for the browser harness (development and tests only):
//   /            → out/harness   (host page, built by `npm run build:harness`)
//   /app/        → out/renderer  (the production renderer from `npm run build`, served unchanged except that
//                                 each index.html gets <script src="/harness/window-bridge.js"> before its module script)
//   /resources/  → resources/    (tray icons)
// Usage: node tests/harness/serve.mjs [--port 4173] [--host 127.0.0.1] [--open]
import { spawn } from 'node:child_process';
import console from 'node:console';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MOUNTS = [
  { prefix: '/app/', dir: join(root, 'out/renderer') },
  { prefix: '/resources/', dir: join(root, 'resources') },
  { prefix: '/', dir: join(root, 'out/harness') },
];
const BRIDGE_TAG = '<script src="/harness/window-bridge.js"></script>';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function parseArgs(argv) {
  const options = { port: 4173, host: '127.0.0.1', open: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--open') options.open = true;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice('--port='.length));
    else if (arg === '--host') options.host = String(argv[++i]);
    else if (arg.startsWith('--host=')) options.host = arg.slice('--host='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node tests/harness/serve.mjs [--port 4173] [--host 127.0.0.1] [--open]');
      process.exit(0);
    } else {
      console.error(`Unknown argument: ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    console.error('--port must be a number from 0 to 65535');
    process.exit(2);
  }
  return options;
}

/** The file a URL path maps to, or null when it escapes its mount or does not exist. */
function resolveFile(pathname) {
  const mount = MOUNTS.find((m) => pathname.startsWith(m.prefix));
  if (!mount) return null;
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(mount.prefix.length));
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  let file = normalize(join(mount.dir, rel));
  if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? { file, mount } : null;
}

/** Adds the harness bridge before the first module script of a renderer window's index.html. */
export function injectBridge(html) {
  const at = html.search(/<script\b[^>]*type=["']?module/i);
  if (at < 0) throw new Error('renderer index.html has no module script to inject the bridge before');
  return `${html.slice(0, at)}${BRIDGE_TAG}\n    ${html.slice(at)}`;
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const found = resolveFile(pathname);
  if (!found) return send(res, 404, `Not found: ${pathname}`);
  const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
  let body = readFileSync(found.file);
  if (found.mount.prefix === '/app/' && extname(found.file) === '.html')
    body = injectBridge(body.toString('utf8'));
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function openBrowser(url) {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    const fallback = () => console.log(`Could not open a browser; open ${url} yourself.`);
    child.on('error', fallback);
    child.on('exit', (code) => code && fallback());
    child.unref();
  } catch {
    console.log(`Could not open a browser; open ${url} yourself.`);
  }
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const [what, dir, command] of [
    ['renderer', 'out/renderer', 'npm run build'],
    ['harness', 'out/harness', 'npm run build:harness'],
  ]) {
    if (!existsSync(join(root, dir, 'index.html'))) {
      console.error(`The ${what} is not built (${dir}/index.html is missing). Run: ${command}`);
      process.exit(1);
    }
  }
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    }
  });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`;
    console.log(`WalkBreak harness at ${url}  (Ctrl+C to stop)`);
    if (options.open) openBrowser(url);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
