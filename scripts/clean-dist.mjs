// tsc leaves stale files behind in dist; a build starts from an empty one.
import { rmSync } from 'node:fs';
rmSync('dist', { recursive: true, force: true });
