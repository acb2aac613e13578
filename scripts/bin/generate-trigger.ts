import { generateTriggerCommand } from '../generators/trigger';
import { main } from '../lib/cli';

main(async () => generateTriggerCommand(process.cwd(), process.argv.slice(2)));
