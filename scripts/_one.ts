import { readFileSync } from 'node:fs';
import { initEngine } from '../server/src/engine/init.js';
import { checkText } from '../test/fuzz/harness.js';
void (async () => {
  await initEngine();
  for (const f of process.argv.slice(2)) {
    const text = readFileSync(f, 'utf8');
    const t = f.split('/').pop()!.split('-')[0] as any;
    let ms = 0;
    const p = checkText(t, text, (x) => { ms = x; });
    console.log(f, text.length, Math.round(ms), 'ms', p.length ? p[0].slice(0, 150) : 'OK');
  }
})();
