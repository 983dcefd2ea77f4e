import { fileURLToPath } from 'node:url';

/** Where the lexicons live: data/ beside src/ (or dist/), or ACTORGRAPH_DATA. */
export const DATA_DIR = process.env.ACTORGRAPH_DATA ?? fileURLToPath(new URL('../../data/', import.meta.url));
