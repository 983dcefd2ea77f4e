// Builds the viewer once before the browser tests, so they test the current source.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ configFile: 'viewer/vite.config.ts', logLevel: 'warn' });
}
