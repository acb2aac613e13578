import { checkApex } from '../gates/apexLs';
import { report } from '../lib/gate';
import { main } from '../lib/cli';

main(async () => report('check:apex', await checkApex(process.cwd())));
