import { testApex } from '../lib/sf';
import { main } from '../lib/cli';

main(() => testApex(process.cwd(), process.argv.slice(2)));
