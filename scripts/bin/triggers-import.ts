import { triggersImportCommand } from '../config/triggersAsCode';
import { main } from '../lib/cli';

main(async () => triggersImportCommand(process.cwd(), process.argv.slice(2)));
