/** Inner class name → its `@AuraEnabled public Type name { get; set; }` property names. */
export function apexDtoFields(source: string): Map<string, string[]> {
    const classes = new Map<string, string[]>();
    const classPattern = /public class (\w+) \{([\s\S]*?)\n {4}\}/g;
    for (const match of source.matchAll(classPattern)) {
        const fields = [...match[2].matchAll(/@AuraEnabled\s+public [\w<>, .]+ (\w+) \{ get; set; \}/g)].map(
            (field) => field[1]
        );
        classes.set(match[1], fields);
    }
    return classes;
}
