// A local HTTP server for the bench: the generated pages, the built dist/ and the peers' scripts,
// compressed as a production server would send them (brotli when the browser accepts it, else
// gzip), and never cached, so every load pays for every byte. Everything is compressed once,
// before the first load, so the server's own CPU time is not part of any measurement.
//
// Chromium slows the network itself (DevTools emulation, chromium.ts); Firefox cannot, so its
// server shapes each response instead: `latencyMs` before the headers, then the body paced at
// `bytesPerSecond`, each response on its own (a shared link would also slow a response by the
// ones beside it: the guide's bundle and its chunk are the only pair that overlap).
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join, relative} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

interface Body {
  type: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

function body(path: string, content: Buffer): Body {
  const type = types[path.split('.').pop()!] ?? 'application/octet-stream';
  return {
    type,
    identity: content,
    // Quality 11 and level 9: what a build step or CDN precompresses static files with.
    br: brotliCompressSync(content, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}),
    gzip: gzipSync(content, {level: 9}),
  };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export interface BenchServer {
  origin: string;
  /** The bytes sent on the wire and the encodings used since the last call; resets both. */
  takeTraffic(): {bytes: number; encodings: Set<string>};
  close(): Promise<void>;
}

export interface Shaping {
  latencyMs: number;
  bytesPerSecond: number;
}

/** How often a shaped body is written: small slices, so a response arrives as it would at that rate. */
const sliceMs = 10;

/**
 * Serves `pages` at /pages/<name>.html, `dist` (its .js and .css files) at /dist/, and `scripts`
 * at their own paths; with `shaping`, every response slowed as above.
 */
export async function startServer(
  pages: Map<string, string>,
  dist = 'dist',
  {scripts = new Map<string, string>(), shaping}: {scripts?: Map<string, string>; shaping?: Shaping} = {},
): Promise<BenchServer> {
  const routes = new Map<string, Body>();
  for (const [name, html] of pages) routes.set(`/pages/${name}.html`, body('.html', Buffer.from(html)));
  for (const [path, code] of scripts) routes.set(path, body(path, Buffer.from(code)));
  // The .css: the render command links dist/bone-marrow-guide.css from pre-rendered HTML.
  for (const path of filesUnder(dist).filter((file) => /\.(js|css)$/.test(file))) {
    routes.set(`/dist/${relative(dist, path).split('\\').join('/')}`, body(path, readFileSync(path)));
  }

  let bytes = 0;
  let encodings = new Set<string>();
  const server: Server = createServer((request, response) => {
    const route = routes.get(new URL(request.url ?? '/', 'http://bench').pathname);
    response.setHeader('Cache-Control', 'no-store');
    if (!route) {
      response.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    const content = route[encoding];
    bytes += content.length;
    encodings.add(encoding);
    const headers = {
      'Content-Type': route.type,
      'Content-Length': content.length,
      ...(encoding === 'identity' ? {} : {'Content-Encoding': encoding}),
      Vary: 'Accept-Encoding',
    };
    if (!shaping) {
      response.writeHead(200, headers).end(content);
      return;
    }
    const slice = Math.max(1, Math.round((shaping.bytesPerSecond * sliceMs) / 1000));
    setTimeout(() => {
      response.writeHead(200, headers);
      const started = performance.now();
      let sent = 0;
      const next = () => {
        if (response.destroyed) return;
        // Paced from the start, so a late timer (a busy machine) catches up rather than drifts.
        const due = Math.min(
          content.length,
          Math.max(sent + slice, Math.floor(((performance.now() - started) / 1000) * shaping.bytesPerSecond)),
        );
        response.write(content.subarray(sent, due));
        sent = due;
        if (sent < content.length) setTimeout(next, sliceMs);
        else response.end();
      };
      next();
    }, shaping.latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    takeTraffic() {
      const traffic = {bytes, encodings};
      bytes = 0;
      encodings = new Set();
      return traffic;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
