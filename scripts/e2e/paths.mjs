// Folders shared by the end-to-end scripts: the repository root and the ignored cache under it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = join(root, '.cache/e2e');
