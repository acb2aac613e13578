import { deploy } from '../lib/sf';
import { main } from '../lib/cli';

main(() => deploy(process.cwd(), process.argv.slice(2)));
