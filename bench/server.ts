// A local HTTP server for the bench: the generated pages and the built dist/, compressed as a
// production server would send them (brotli when the browser accepts it, else gzip), and never
// cached, so every load pays for every byte. Everything is compressed once, before the first
// load, so the server's own CPU time is not part of any measurement.
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

/** Serves `pages` at /pages/<name>.html and `dist` (its .js and .css files) at /dist/. */
export async function startServer(pages: Map<string, string>, dist = 'dist'): Promise<BenchServer> {
  const routes = new Map<string, Body>();
  for (const [name, html] of pages) routes.set(`/pages/${name}.html`, body('.html', Buffer.from(html)));
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
    response.writeHead(200, {
      'Content-Type': route.type,
      'Content-Length': content.length,
      ...(encoding === 'identity' ? {} : {'Content-Encoding': encoding}),
      Vary: 'Accept-Encoding',
    });
    response.end(content);
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
