import { main } from '../lib/cli';
import { portFrom, startPreview } from '../preview/preview';
import { PAGES, SCENARIOS } from '../preview/registry';

/** `npm start`: builds the local preview, serves it on PORT (default 3000) and rebuilds when sources change. */

main(async () => {
    const port = portFrom(process.env.PORT);
    console.log('Building the local preview (the package’s LWCs, Lightning base components, SLDS)…');
    const preview = await startPreview({ root: process.cwd(), port, watch: true, log: (line) => console.log(line) });
    const { url } = preview.server;
    console.log('');
    console.log(`CIO Pipelines preview: ${url}`);
    for (const page of PAGES) console.log(`  ${page.title.padEnd(18)} ${url}${page.id}`);
    console.log(`  scenarios: ${SCENARIOS.map((scenario) => scenario.id).join(', ')} (add ?scenario=<id>)`);
    console.log(
        'Edits to components and labels rebuild on the next reload; fixtures are read on every call. Ctrl+C stops.'
    );
    await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    await preview.close();
    return 0;
});
