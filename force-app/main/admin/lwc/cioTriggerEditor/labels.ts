/**
 * Every string the Triggers tab shows, from custom labels (force-app/main/outbound/labels/CustomLabels.labels-meta.xml).
 * Labels with {0}, {1}… are filled with formatLabel() (viewModels.ts).
 */
import TITLE from '@salesforce/label/c.Cio_Triggers_Title';
import INTRO from '@salesforce/label/c.Cio_Triggers_Intro';
import EDITING_NOTE from '@salesforce/label/c.Cio_Triggers_EditingNote';
import LOADING from '@salesforce/label/c.Cio_Triggers_Loading';
import LOAD_ERROR from '@salesforce/label/c.Cio_Triggers_LoadError';
import EMPTY from '@salesforce/label/c.Cio_Triggers_Empty';
import TABLE_CAPTION from '@salesforce/label/c.Cio_Triggers_TableCaption';
import COLUMN_TRIGGER from '@salesforce/label/c.Cio_Triggers_ColumnTrigger';
import COLUMN_OBJECT from '@salesforce/label/c.Cio_Triggers_ColumnObject';
import COLUMN_OPERATIONS from '@salesforce/label/c.Cio_Triggers_ColumnOperations';
import COLUMN_TYPE from '@salesforce/label/c.Cio_Triggers_ColumnType';
import COLUMN_EVENT_NAME from '@salesforce/label/c.Cio_Triggers_ColumnEventName';
import COLUMN_USER_ID_FIELD from '@salesforce/label/c.Cio_Triggers_ColumnUserIdField';
import COLUMN_MAPPINGS from '@salesforce/label/c.Cio_Triggers_ColumnMappings';
import COLUMN_ACTIVE from '@salesforce/label/c.Cio_Triggers_ColumnActive';
import COLUMN_APEX_TRIGGER from '@salesforce/label/c.Cio_Triggers_ColumnApexTrigger';
import ACTIVE from '@salesforce/label/c.Cio_Triggers_Active';
import INACTIVE from '@salesforce/label/c.Cio_Triggers_Inactive';
import OPERATION_INSERT from '@salesforce/label/c.Cio_Triggers_OperationInsert';
import OPERATION_UPDATE from '@salesforce/label/c.Cio_Triggers_OperationUpdate';
import OPERATION_DELETE from '@salesforce/label/c.Cio_Triggers_OperationDelete';
import OPERATION_UNDELETE from '@salesforce/label/c.Cio_Triggers_OperationUndelete';
import NO_OPERATIONS from '@salesforce/label/c.Cio_Triggers_NoOperations';
import TRIGGER_DEPLOYED from '@salesforce/label/c.Cio_Triggers_TriggerDeployed';
import TRIGGER_MISSING from '@salesforce/label/c.Cio_Triggers_TriggerMissing';
import TRIGGER_NOT_CHECKED from '@salesforce/label/c.Cio_Triggers_TriggerNotChecked';
import OBJECT_NOT_FOUND from '@salesforce/label/c.Cio_Triggers_ObjectNotFound';
import WARNING from '@salesforce/label/c.Cio_Triggers_Warning';
import INFO from '@salesforce/label/c.Cio_Triggers_Info';
import SHOW_DETAILS from '@salesforce/label/c.Cio_Triggers_ShowDetails';
import HIDE_DETAILS from '@salesforce/label/c.Cio_Triggers_HideDetails';
import CLOSE_DETAILS from '@salesforce/label/c.Cio_Triggers_CloseDetails';
import DEVELOPER_NAME from '@salesforce/label/c.Cio_Triggers_DeveloperName';
import DESCRIPTION from '@salesforce/label/c.Cio_Triggers_Description';
import NO_DESCRIPTION from '@salesforce/label/c.Cio_Triggers_NoDescription';
import CHANGED_FIELDS from '@salesforce/label/c.Cio_Triggers_ChangedFields';
import CHANGED_FIELDS_ANY from '@salesforce/label/c.Cio_Triggers_ChangedFieldsAny';
import GROUP_ID_FIELD from '@salesforce/label/c.Cio_Triggers_GroupIdField';
import GROUP_ID_FIELD_DEFAULT from '@salesforce/label/c.Cio_Triggers_GroupIdFieldDefault';
import MAPPINGS_TITLE from '@salesforce/label/c.Cio_Triggers_MappingsTitle';
import SOURCE_FIELD from '@salesforce/label/c.Cio_Triggers_SourceField';
import TARGET_KEY from '@salesforce/label/c.Cio_Triggers_TargetKey';
import BLANK_AS_NULL from '@salesforce/label/c.Cio_Triggers_BlankAsNull';
import YES from '@salesforce/label/c.Cio_Triggers_Yes';
import NO from '@salesforce/label/c.Cio_Triggers_No';
import NO_MAPPINGS from '@salesforce/label/c.Cio_Triggers_NoMappings';
import MISSING_TRIGGER from '@salesforce/label/c.Cio_Triggers_MissingTrigger';
import NOT_CHECKED from '@salesforce/label/c.Cio_Triggers_NotChecked';
import GENERATE_COMMAND from '@salesforce/label/c.Cio_Triggers_GenerateCommand';
import CANNOT_HAVE_TRIGGER from '@salesforce/label/c.Cio_Triggers_CannotHaveTrigger';
import OBJECT_MISSING from '@salesforce/label/c.Cio_Triggers_ObjectMissing';
import OBJECT_BLANK from '@salesforce/label/c.Cio_Triggers_ObjectBlank';
import PREVIEW_TITLE from '@salesforce/label/c.Cio_Triggers_PreviewTitle';
import PREVIEW_HELP from '@salesforce/label/c.Cio_Triggers_PreviewHelp';
import PREVIEW_RECORD_ID from '@salesforce/label/c.Cio_Triggers_PreviewRecordId';
import PREVIEW_BUTTON from '@salesforce/label/c.Cio_Triggers_PreviewButton';
import PREVIEW_RUNNING from '@salesforce/label/c.Cio_Triggers_PreviewRunning';
import PREVIEW_ERROR from '@salesforce/label/c.Cio_Triggers_PreviewError';
import SYNC_TITLE from '@salesforce/label/c.Cio_Triggers_SyncTitle';
import SYNC_HELP from '@salesforce/label/c.Cio_Triggers_SyncHelp';
import SYNC_MODIFIED_SINCE from '@salesforce/label/c.Cio_Triggers_SyncModifiedSince';
import SYNC_COUNT_BUTTON from '@salesforce/label/c.Cio_Triggers_SyncCountButton';
import SYNC_COUNTING from '@salesforce/label/c.Cio_Triggers_SyncCounting';
import SYNC_COUNT from '@salesforce/label/c.Cio_Triggers_SyncCount';
import SYNC_NOTHING from '@salesforce/label/c.Cio_Triggers_SyncNothing';
import SYNC_START_BUTTON from '@salesforce/label/c.Cio_Triggers_SyncStartButton';
import SYNC_STARTING from '@salesforce/label/c.Cio_Triggers_SyncStarting';
import SYNC_PROGRESS from '@salesforce/label/c.Cio_Triggers_SyncProgress';
import SYNC_STATUS from '@salesforce/label/c.Cio_Triggers_SyncStatus';
import SYNC_FAILED_BATCHES from '@salesforce/label/c.Cio_Triggers_SyncFailedBatches';
import SYNC_DONE from '@salesforce/label/c.Cio_Triggers_SyncDone';
import SYNC_ERROR from '@salesforce/label/c.Cio_Triggers_SyncError';

export const LABELS = Object.freeze({
    title: TITLE,
    intro: INTRO,
    editingNote: EDITING_NOTE,
    loading: LOADING,
    loadError: LOAD_ERROR,
    empty: EMPTY,
    tableCaption: TABLE_CAPTION,
    columnTrigger: COLUMN_TRIGGER,
    columnObject: COLUMN_OBJECT,
    columnOperations: COLUMN_OPERATIONS,
    columnType: COLUMN_TYPE,
    columnEventName: COLUMN_EVENT_NAME,
    columnUserIdField: COLUMN_USER_ID_FIELD,
    columnMappings: COLUMN_MAPPINGS,
    columnActive: COLUMN_ACTIVE,
    columnApexTrigger: COLUMN_APEX_TRIGGER,
    active: ACTIVE,
    inactive: INACTIVE,
    operationInsert: OPERATION_INSERT,
    operationUpdate: OPERATION_UPDATE,
    operationDelete: OPERATION_DELETE,
    operationUndelete: OPERATION_UNDELETE,
    noOperations: NO_OPERATIONS,
    triggerDeployed: TRIGGER_DEPLOYED,
    triggerMissing: TRIGGER_MISSING,
    triggerNotChecked: TRIGGER_NOT_CHECKED,
    objectNotFound: OBJECT_NOT_FOUND,
    warning: WARNING,
    info: INFO,
    showDetails: SHOW_DETAILS,
    hideDetails: HIDE_DETAILS,
    closeDetails: CLOSE_DETAILS,
    developerName: DEVELOPER_NAME,
    description: DESCRIPTION,
    noDescription: NO_DESCRIPTION,
    changedFields: CHANGED_FIELDS,
    changedFieldsAny: CHANGED_FIELDS_ANY,
    groupIdField: GROUP_ID_FIELD,
    groupIdFieldDefault: GROUP_ID_FIELD_DEFAULT,
    mappingsTitle: MAPPINGS_TITLE,
    sourceField: SOURCE_FIELD,
    targetKey: TARGET_KEY,
    blankAsNull: BLANK_AS_NULL,
    yes: YES,
    no: NO,
    noMappings: NO_MAPPINGS,
    missingTrigger: MISSING_TRIGGER,
    notChecked: NOT_CHECKED,
    generateCommand: GENERATE_COMMAND,
    cannotHaveTrigger: CANNOT_HAVE_TRIGGER,
    objectMissing: OBJECT_MISSING,
    objectBlank: OBJECT_BLANK,
    previewTitle: PREVIEW_TITLE,
    previewHelp: PREVIEW_HELP,
    previewRecordId: PREVIEW_RECORD_ID,
    previewButton: PREVIEW_BUTTON,
    previewRunning: PREVIEW_RUNNING,
    previewError: PREVIEW_ERROR,
    syncTitle: SYNC_TITLE,
    syncHelp: SYNC_HELP,
    syncModifiedSince: SYNC_MODIFIED_SINCE,
    syncCountButton: SYNC_COUNT_BUTTON,
    syncCounting: SYNC_COUNTING,
    syncCount: SYNC_COUNT,
    syncNothing: SYNC_NOTHING,
    syncStartButton: SYNC_START_BUTTON,
    syncStarting: SYNC_STARTING,
    syncProgress: SYNC_PROGRESS,
    syncStatus: SYNC_STATUS,
    syncFailedBatches: SYNC_FAILED_BATCHES,
    syncDone: SYNC_DONE,
    syncError: SYNC_ERROR
});

export type LabelKey = keyof typeof LABELS;
