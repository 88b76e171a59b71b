// `npm run calculator`: serves the learner's calculator (site/) with the library's ESM build, big.js
// and the docs it links to, on http://127.0.0.1:PORT/ (PORT from --port or the PORT variable,
// default 8080; 0 picks a free one). Static files only; nothing outside those four folders is served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVED = ['site', 'dist', 'docs', join('node_modules', 'big.js')];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  // Markdown shown as text in the browser (a download otherwise).
  '.md': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves to it and its address. */
export function serveCalculator(port = 8080) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/' || path === '/site') {
      response.writeHead(302, { location: '/site/' });
      response.end();
      return;
    }
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
    const allowed = SERVED.some((dir) => relative === dir || relative.startsWith(dir + sep));
    const type = TYPES[extname(relative)];
    if (!allowed || type === undefined || relative.split(sep).includes('..')) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    try {
      const body = await readFile(join(root, relative));
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/site/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag === -1 ? (process.env.PORT ?? 8080) : process.argv[flag + 1]);
  const { url } = await serveCalculator(port);
  console.log(`margin-math calculator: ${url}  (Ctrl+C to stop)`);
}
