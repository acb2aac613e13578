import { scan } from '../gates/scan';
import { report } from '../lib/gate';
import { main } from '../lib/cli';

main(async () => report('scan', await scan(process.cwd())));
