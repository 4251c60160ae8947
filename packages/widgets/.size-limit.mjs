// The budgets are derived at build time from src/widgets.ts and esbuild's metafile (which output
// chunk belongs to which widget): tsup.config.ts writes them to dist/size-limit.json.
import { readFileSync } from 'node:fs';

export default JSON.parse(readFileSync(new URL('./dist/size-limit.json', import.meta.url), 'utf8'));
