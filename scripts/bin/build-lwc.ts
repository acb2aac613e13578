import { buildLwc } from '../gates/lwcBuild';
import { main } from '../lib/cli';

main(async () => {
    const { compiled, removed } = buildLwc(process.cwd());
    for (const file of removed) console.log(`removed stale ${file}`);
    console.log(`build: compiled ${compiled.length} LWC TypeScript modules to JavaScript`);
    return 0;
});
