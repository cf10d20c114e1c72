import { rmSync } from 'node:fs';

// Start every build from nothing, so a renamed source leaves no stale output behind.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
