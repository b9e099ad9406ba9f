// `npm run clean`: removes everything the build writes, so the next build starts from nothing.
import {rmSync} from 'node:fs';

for (const folder of ['build', 'dist', 'src/generated', 'custom-elements.json'])
  rmSync(folder, {recursive: true, force: true});
