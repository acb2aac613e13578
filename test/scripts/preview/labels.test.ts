import { loadLabels, parseLabels } from '../../../scripts/preview/labels';
import { PROJECT_ROOT } from '../../helpers/workspace';
import { labelsXml, makeProject, removeProject } from './helpers';

describe('parseLabels', () => {
    it('reads each label value exactly as written, entities decoded, numbers kept as text', () => {
        const labels = parseLabels(
            labelsXml({
                Cio_A: 'Enter 1 to {0}.',
                Cio_B: '30',
                Cio_C: 'Tom &amp; Jerry &lt;b&gt;',
                Cio_D: 'the person&#x27;s id, &#39;quoted&#39;, not &amp;#x27;'
            }),
            'a.xml'
        );

        expect([...labels]).toEqual([
            ['Cio_A', 'Enter 1 to {0}.'],
            ['Cio_B', '30'],
            ['Cio_C', 'Tom & Jerry <b>'],
            ['Cio_D', "the person's id, 'quoted', not &#x27;"]
        ]);
    });

    it('keeps an empty value as an empty label', () => {
        const xml = labelsXml({ Cio_Empty: '' }).replace('<value></value>', '<value/>');

        expect(parseLabels(xml, 'a.xml').get('Cio_Empty')).toBe('');
    });

    it('refuses a label without a name or without a value', () => {
        expect(() => parseLabels(labelsXml({ '': 'x' }), 'a.xml')).toThrow('a.xml: a label has no <fullName>');
        expect(() => parseLabels(labelsXml({ Cio_X: 'x' }).replace(/<value>.*<\/value>/, ''), 'a.xml')).toThrow(
            'a.xml: label Cio_X has no <value>'
        );
    });

    it('reads a file without labels as none', () => {
        expect(parseLabels('<CustomLabels/>', 'a.xml').size).toBe(0);
    });
});

describe('loadLabels', () => {
    it("reads every labels file of the project's package directories", () => {
        const labels = loadLabels(PROJECT_ROOT);

        expect(labels.get('Cio_Settings_ValidationWholeNumber')).toBe('Enter a whole number from 1 to {0}.');
        expect(labels.get('Cio_Triggers_PreviewTitle')).toBe('Preview payload');
        expect(labels.get('Cio_Permission_Missing')).toContain('{0}');
        expect(labels.size).toBeGreaterThan(250);
    });

    it('refuses a label defined in two files, naming both', () => {
        const root = makeProject({
            'force-app/main/a/labels/CustomLabels.labels-meta.xml': labelsXml({ Cio_Twice: 'one' }),
            'force-app/main/b/labels/CustomLabels.labels-meta.xml': labelsXml({ Cio_Twice: 'two' })
        });
        try {
            expect(() => loadLabels(root)).toThrow(
                'custom label Cio_Twice is defined twice: in force-app/main/a/labels/CustomLabels.labels-meta.xml and in force-app/main/b/labels/CustomLabels.labels-meta.xml'
            );
        } finally {
            removeProject(root);
        }
    });
});
