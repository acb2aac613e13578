import { checkMetadata } from '../gates/metadata';
import { report } from '../lib/gate';
import { main } from '../lib/cli';

main(async () => report('check:metadata', await checkMetadata(process.cwd())));
