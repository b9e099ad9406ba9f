// `npm start` (which runs this file with node): builds, then serves the repository at
// http://localhost:$PORT/ (PORT=8000 unless set), and prints one address, the demo's; the
// translation review page and the docs site (build/docs/, made by tools/docs/build.ts after each
// build, at /docs/) are linked from it. While it runs, saving a file in xliff/ or content/ builds again
// and reloads the open pages, so a translator sees each change in place; the build's lines
// (what shows in English, and why) print here and on the translation review page. A build
// that fails leaves the last good one on show.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {createServer} from 'node:net';
import {pathToFileURL} from 'node:url';
import {startDevServer} from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`npm start: PORT must be a port number such as 8000, not "${process.env.PORT}".`);
  process.exit(1);
}

// web-dev-server answers a port in use with a stack trace, and only after the build: say it first, in one line.
// The port stays held while the build runs, so a second `npm start` stops here instead of building too.
const portHolder = await new Promise((resolve) => {
  const holder = createServer();
  holder.once('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `npm start: port ${port} is in use (another npm start?); stop that one, or use another: ` +
            `PORT=${port + 1} npm start`
        : `npm start: cannot use port ${port}: ${error.message}`,
    );
    process.exit(1);
  });
  // A browser asking meanwhile is turned away at once, or closing the holder would wait for it.
  holder.on('connection', (socket) => socket.destroy());
  holder.listen(port, () => resolve(holder));
});

/** The last build, for the review page: whether it passed, and its lines about translation files. */
const lastBuild = {ok: false, running: false, finished: '', lines: []};

/** Runs `npm run build`, printing its output as it comes; resolves to whether it passed. */
function build() {
  lastBuild.running = true;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/build.ts'], {stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (status) => {
      // The docs site follows each good build (its pages show the bundle and content just built).
      if (status === 0) spawnSync(process.execPath, ['--import', 'tsx', 'tools/docs/build.ts'], {stdio: 'inherit'});
      Object.assign(lastBuild, {
        ok: status === 0,
        running: false,
        finished: new Date().toISOString(),
        lines: output.split('\n').filter((line) => /\.xlf\b/.test(line)),
      });
      resolve(status === 0);
    });
  });
}

const afterFailure = () =>
  existsSync('dist/bone-marrow-guide.js')
    ? 'npm start: the build failed (see above); the pages show the last good build until you fix it and save.'
    : 'npm start: the build failed (see above), and there is no earlier one to show: fix it and save.';

if (!(await build())) console.error(afterFailure());
await new Promise((resolve) => portHolder.close(resolve));

/** Builds again when a translation or the content is saved; one build at a time, then one more if needed. */
function rebuildOnSave({fileWatcher, webSockets}) {
  let running = false;
  let again = false;
  let timer;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    console.log('\nnpm start: a file changed; building again…');
    const ok = await build();
    running = false;
    if (ok) webSockets?.sendImport('data:text/javascript,window.location.reload()');
    else console.error(afterFailure());
    if (again) {
      again = false;
      void rebuild();
    }
  };
  const watched = /(^|[\\/])(xliff|content)[\\/][^\\/]+\.(xlf|yaml)$/;
  const startedAt = Date.now();
  const onChange = (path, event) => {
    if (!watched.test(path)) return;
    // Watching a folder reports each file already in it as added: those were just built.
    if (event === 'add' && existsSync(path) && statSync(path).mtimeMs < startedAt) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, 300);
  };
  fileWatcher.add(['xliff', 'content']);
  for (const event of ['add', 'change', 'unlink']) fileWatcher.on(event, (path) => onChange(path, event));
}

const config = {
  rootDir: '.',
  port,
  plugins: [
    {
      name: 'rebuild-on-save',
      // Lets the server tell open pages to reload after a build.
      injectWebSocket: true,
      serverStart: rebuildOnSave,
    },
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(
          `\nnpm start: open http://localhost:${port}/demo/ (it links to the docs and the translation review page).\n` +
            'Saving a file in xliff/ or content/ builds again and reloads the pages. Ctrl+C stops.\n',
        );
      },
    },
  ],
  middleware: [
    // The address web-dev-server prints first is the root, which has no page: open the demo.
    (context, next) => {
      if (context.path !== '/') return next();
      context.redirect('/demo/');
      return undefined;
    },
    // The docs site, at /docs/ rather than /build/docs/.
    (context, next) => {
      if (context.path === '/docs') {
        context.redirect('/docs/');
        return undefined;
      }
      if (context.path.startsWith('/docs/')) context.url = context.url.replace(/^\/docs\//, '/build/docs/');
      return next();
    },
    // The review page's list of languages: the files in xliff/, and how the last build went.
    (context, next) => {
      if (context.path !== '/demo/translations.json') return next();
      const translations = readdirSync('xliff')
        .filter((name) => name.endsWith('.xlf'))
        .map((name) => name.slice(0, -'.xlf'.length))
        .sort();
      context.type = 'json';
      context.body = JSON.stringify({translations, build: lastBuild});
      return undefined;
    },
  ],
};

export default config;

// Run as `node web-dev-server.config.mjs` (npm start), without web-dev-server's own start
// message: it lists the root and a network address (which a container or VM may not route),
// neither of them the page to open. `web-dev-server --config web-dev-server.config.mjs` works too.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await startDevServer({config, readCliArgs: false, readFileConfig: false, logStartMessage: false});
}
