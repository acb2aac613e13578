import { triggersExportCommand } from '../config/triggersAsCode';
import { main } from '../lib/cli';

main(async () => triggersExportCommand(process.cwd(), process.argv.slice(2)));
