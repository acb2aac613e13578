/**
 * Shared by the Triggers tab components (list, form, mapping editor, deployment progress): the editor's types
 * (mirrors of CioTriggerEditorController's DTOs) and its pure model functions. A service component: no template.
 */
export * from './editorModel';
export * from './editorLabels';
export type {
    DeploymentState,
    DeploymentStatus,
    FieldError,
    FieldOption,
    MappingInput,
    ObjectOption,
    ObjectSchema,
    SaveTriggerResult,
    SendNowResult,
    TriggerInput
} from './editorTypes';
