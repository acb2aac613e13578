import { LightningElement, api } from 'lwc';
import describeObject from '@salesforce/apex/CioTriggerEditorController.describeObject';
import {
    EDITOR_LABELS,
    PARENT_PREFIX,
    emptyMapping,
    fieldOptions,
    formatLabel,
    moveMapping,
    parentField,
    reservedHint,
    reservedKeys,
    sourceOptions,
    splitSource,
    withCurrent,
    type MappingDraft,
    type ObjectSchema,
    type Option
} from 'c/cioTriggerModel';

/** One row as the template shows it. */
interface MappingRowView {
    key: string;
    index: number;
    position: number;
    source: string;
    sourceOptions: Option[];
    /** The combobox value: a field, or `parent:<relationship>` when the source is a parent's field. */
    sourceChoice: string;
    isParent: boolean;
    parentOptions: Option[];
    parentField: string;
    parentLoading: boolean;
    parentLabel: string;
    target: string;
    hint: string | null;
    sourceError: string | null;
    targetError: string | null;
    sourceClass: string;
    targetClass: string;
    sendBlankAsNull: boolean;
    cannotMoveUp: boolean;
    cannotMoveDown: boolean;
    moveUpText: string;
    moveDownText: string;
    removeText: string;
    sourceLabel: string;
    targetLabel: string;
    blankLabel: string;
}

/**
 * The field mapping editor of an Event Trigger: one row per mapping with the source (a field of the object from
 * describe, or one level up through a lookup, `Account.Industry`), the target key (free text, with Customer.io's
 * reserved keys explained next to it), "send blank as null", move up / down and remove. Without a schema (object
 * not chosen yet, or describe failed) sources are typed as text. It never edits its input: every change fires
 * `change` with the new list (detail: { mappings }), and the form owns the state and the errors (by field key,
 * `mappings[i].source` / `mappings[i].target`).
 *
 * The base components inside fire their own `change`, which bubbles and is composed: each handler stops it, so the
 * only `change` that leaves the editor is its own (the form would otherwise read `{ value }` as the mapping list).
 */
export default class CioMappingEditor extends LightningElement {
    labels = EDITOR_LABELS;

    @api mappings: MappingDraft[] = [];
    /** The trigger object's fields; null while unknown. */
    @api schema: ObjectSchema | null = null;
    /** Error message by field key. */
    @api errors: Record<string, string> = {};
    @api eventType = 'identify';
    @api disabled = false;

    /** Parent objects' schemas by API name, loaded when a row first needs one. */
    parentSchemas: Record<string, ObjectSchema> = {};
    loadingParents: string[] = [];
    parentError: unknown = null;
    /** Parents whose describe failed: not asked again on every render (the error says why). */
    private failedParents = new Set<string>();

    get hasRows(): boolean {
        return this.mappings.length > 0;
    }

    get hasSchema(): boolean {
        return Boolean(this.schema);
    }

    get reservedText(): string | null {
        const keys = reservedKeys(this.eventType);
        return keys.length > 0 ? formatLabel(this.labels.mappingReservedKeys, this.eventType, keys.join(', ')) : null;
    }

    get rows(): MappingRowView[] {
        const ownOptions = sourceOptions(this.schema, this.labels.mappingParentOption);
        const count = this.mappings.length;
        return this.mappings.map((mapping, index) => {
            const { relationship, field } = splitSource(mapping.source);
            const lookup = relationship ? parentField(this.schema, relationship) : null;
            const parentName = lookup?.referenceTo ?? null;
            const parentSchema = parentName ? this.parentSchemas[parentName] : undefined;
            const isParent = Boolean(lookup);
            const sourceChoice = isParent ? `${PARENT_PREFIX}${lookup?.relationshipName}` : mapping.source;
            const sourceError = this.errors[`mappings[${index}].source`] ?? null;
            const targetError = this.errors[`mappings[${index}].target`] ?? null;
            const position = index + 1;
            return {
                key: mapping.key,
                index,
                position,
                source: mapping.source,
                sourceOptions: withCurrent(ownOptions, isParent ? sourceChoice : mapping.source),
                sourceChoice,
                isParent,
                parentOptions: withCurrent(fieldOptions(parentSchema), isParent ? field : ''),
                parentField: isParent ? field : '',
                parentLoading: parentName !== null && this.loadingParents.includes(parentName),
                parentLabel: formatLabel(this.labels.mappingParentField, lookup?.label ?? relationship ?? ''),
                target: mapping.target,
                hint: reservedHint(mapping.target, this.eventType, this.labels.reserved),
                sourceError,
                targetError,
                sourceClass: sourceError ? 'slds-has-error mapping-source' : 'mapping-source',
                targetClass: targetError ? 'slds-has-error mapping-target' : 'mapping-target',
                sendBlankAsNull: mapping.sendBlankAsNull,
                cannotMoveUp: this.disabled || index === 0,
                cannotMoveDown: this.disabled || index === count - 1,
                moveUpText: formatLabel(this.labels.mappingMoveUp, position),
                moveDownText: formatLabel(this.labels.mappingMoveDown, position),
                removeText: formatLabel(this.labels.mappingRemove, position),
                sourceLabel: formatLabel(this.labels.mappingSource, position),
                targetLabel: formatLabel(this.labels.mappingTarget, position),
                blankLabel: formatLabel(this.labels.mappingBlankAsNull, position)
            };
        });
    }

    override renderedCallback(): void {
        // After the first render and after every change of schema or mappings, which may name parents not loaded
        // yet (loadParent asks for each parent once).
        this.loadParentsInUse();
    }

    handleAdd(): void {
        this.emit([...this.mappings, emptyMapping()]);
    }

    handleRemove(event: Event): void {
        const index = this.indexOf(event);
        this.emit(this.mappings.filter((_, position) => position !== index));
    }

    handleMoveUp(event: Event): void {
        this.emit(moveMapping(this.mappings, this.indexOf(event), -1));
    }

    handleMoveDown(event: Event): void {
        this.emit(moveMapping(this.mappings, this.indexOf(event), 1));
    }

    /** The source combobox or text box: a field, or a lookup whose parent's fields open in a second box. */
    handleSourceChange(event: CustomEvent<{ value?: string }>): void {
        event.stopPropagation();
        const value = (event.detail.value ?? '').trim();
        if (value.startsWith(PARENT_PREFIX)) {
            const relationship = value.slice(PARENT_PREFIX.length);
            this.update(this.indexOf(event), { source: `${relationship}.` });
            const parent = parentField(this.schema, relationship)?.referenceTo;
            if (parent) {
                this.loadParent(parent);
            }
            return;
        }
        this.update(this.indexOf(event), { source: value });
    }

    handleParentFieldChange(event: CustomEvent<{ value?: string }>): void {
        event.stopPropagation();
        const index = this.indexOf(event);
        const { relationship } = splitSource(this.mappings[index]?.source ?? '');
        this.update(index, { source: `${relationship ?? ''}.${event.detail.value ?? ''}` });
    }

    handleTargetChange(event: CustomEvent<{ value?: string }>): void {
        event.stopPropagation();
        this.update(this.indexOf(event), { target: event.detail.value ?? '' });
    }

    handleBlankChange(event: CustomEvent<{ checked?: boolean }>): void {
        event.stopPropagation();
        this.update(this.indexOf(event), { sendBlankAsNull: event.detail.checked === true });
    }

    private indexOf(event: Event): number {
        return Number((event.currentTarget as HTMLElement).dataset.index);
    }

    private update(index: number, change: Partial<MappingDraft>): void {
        this.emit(this.mappings.map((mapping, position) => (position === index ? { ...mapping, ...change } : mapping)));
    }

    private emit(mappings: MappingDraft[]): void {
        this.dispatchEvent(new CustomEvent('change', { detail: { mappings } }));
    }

    private loadParentsInUse(): void {
        for (const mapping of this.mappings) {
            const { relationship } = splitSource(mapping.source);
            const parent = relationship ? parentField(this.schema, relationship)?.referenceTo : null;
            if (parent) {
                this.loadParent(parent);
            }
        }
    }

    private async loadParent(objectApiName: string): Promise<void> {
        if (
            this.parentSchemas[objectApiName] ||
            this.loadingParents.includes(objectApiName) ||
            this.failedParents.has(objectApiName)
        ) {
            return;
        }
        this.loadingParents = [...this.loadingParents, objectApiName];
        try {
            const schema = (await describeObject({ objectApiName })) as ObjectSchema;
            this.parentSchemas = { ...this.parentSchemas, [objectApiName]: schema };
        } catch (error) {
            this.failedParents.add(objectApiName);
            this.parentError = error;
        } finally {
            this.loadingParents = this.loadingParents.filter((name) => name !== objectApiName);
        }
    }
}
