/**
 * Every string of the Triggers tab editor (form, mapping editor, deployment progress, list actions), from custom
 * labels (force-app/main/admin/editor-labels/CustomLabels.labels-meta.xml; the operation names and the messages the
 * server's validation also gives reuse the Triggers tab's and CioTriggerDeployer's own labels, so both sides say
 * the same thing). Labels with {0}, {1}… are filled with
 * formatLabel().
 */
import DEPLOY_RUNNING from '@salesforce/label/c.Cio_TriggerEditor_DeployRunning';
import DEPLOY_RUNNING_SHORT from '@salesforce/label/c.Cio_TriggerEditor_DeployRunningShort';
import DEPLOY_SUCCEEDED from '@salesforce/label/c.Cio_TriggerEditor_DeploySucceeded';
import DEPLOY_CACHE_NOTE from '@salesforce/label/c.Cio_TriggerEditor_DeployCacheNote';
import DEPLOY_FAILED from '@salesforce/label/c.Cio_TriggerEditor_DeployFailed';
import DEPLOY_NOT_ALLOWED from '@salesforce/label/c.Cio_TriggerEditor_DeployNotAllowed';
import DEPLOY_KEPT_NOTE from '@salesforce/label/c.Cio_TriggerEditor_DeployKeptNote';
import DEPLOY_STALLED from '@salesforce/label/c.Cio_TriggerEditor_DeployStalled';
import DEPLOY_JOB from '@salesforce/label/c.Cio_TriggerEditor_DeployJob';
import DEPLOY_CHECK_AGAIN from '@salesforce/label/c.Cio_TriggerEditor_DeployCheckAgain';
import DEPLOY_STATUS_ERROR from '@salesforce/label/c.Cio_TriggerEditor_DeployStatusError';
import SUCCESS from '@salesforce/label/c.Cio_TriggerEditor_Success';
import ERROR from '@salesforce/label/c.Cio_TriggerEditor_Error';
import INFO from '@salesforce/label/c.Cio_TriggerEditor_Info';
import MAPPINGS_TITLE from '@salesforce/label/c.Cio_TriggerEditor_MappingsTitle';
import MAPPING_RESERVED_KEYS from '@salesforce/label/c.Cio_TriggerEditor_MappingReservedKeys';
import MAPPING_PARENT_ERROR from '@salesforce/label/c.Cio_TriggerEditor_MappingParentError';
import MAPPING_SOURCE_COLUMN from '@salesforce/label/c.Cio_TriggerEditor_MappingSourceColumn';
import MAPPING_TARGET_COLUMN from '@salesforce/label/c.Cio_TriggerEditor_MappingTargetColumn';
import MAPPING_BLANK_COLUMN from '@salesforce/label/c.Cio_TriggerEditor_MappingBlankColumn';
import MAPPING_ACTIONS_COLUMN from '@salesforce/label/c.Cio_TriggerEditor_MappingActionsColumn';
import MAPPING_SOURCE_PLACEHOLDER from '@salesforce/label/c.Cio_TriggerEditor_MappingSourcePlaceholder';
import MAPPING_SOURCE_TEXT_PLACEHOLDER from '@salesforce/label/c.Cio_TriggerEditor_MappingSourceTextPlaceholder';
import MAPPING_TARGET_PLACEHOLDER from '@salesforce/label/c.Cio_TriggerEditor_MappingTargetPlaceholder';
import MAPPING_PARENT_OPTION from '@salesforce/label/c.Cio_TriggerEditor_MappingParentOption';
import MAPPING_PARENT_FIELD from '@salesforce/label/c.Cio_TriggerEditor_MappingParentField';
import MAPPING_MOVE_UP from '@salesforce/label/c.Cio_TriggerEditor_MappingMoveUp';
import MAPPING_MOVE_DOWN from '@salesforce/label/c.Cio_TriggerEditor_MappingMoveDown';
import MAPPING_REMOVE from '@salesforce/label/c.Cio_TriggerEditor_MappingRemove';
import MAPPING_SOURCE from '@salesforce/label/c.Cio_TriggerEditor_MappingSource';
import MAPPING_TARGET from '@salesforce/label/c.Cio_TriggerEditor_MappingTarget';
import MAPPING_BLANK_AS_NULL from '@salesforce/label/c.Cio_TriggerEditor_MappingBlankAsNull';
import MAPPING_NONE from '@salesforce/label/c.Cio_TriggerEditor_MappingNone';
import MAPPING_ADD from '@salesforce/label/c.Cio_TriggerEditor_MappingAdd';
import RESERVED_EMAIL from '@salesforce/label/c.Cio_TriggerEditor_ReservedEmail';
import RESERVED_CREATED_AT from '@salesforce/label/c.Cio_TriggerEditor_ReservedCreatedAt';
import RESERVED_UNSUBSCRIBED from '@salesforce/label/c.Cio_TriggerEditor_ReservedUnsubscribed';
import RESERVED_SUBSCRIPTION_PREFERENCES from '@salesforce/label/c.Cio_TriggerEditor_ReservedSubscriptionPreferences';
import RESERVED_IDENTIFIER from '@salesforce/label/c.Cio_TriggerEditor_ReservedIdentifier';
import RESERVED_OBJECT_TYPE_ID from '@salesforce/label/c.Cio_TriggerEditor_ReservedObjectTypeId';
import RESERVED_RELATIONSHIP_ATTRIBUTES from '@salesforce/label/c.Cio_TriggerEditor_ReservedRelationshipAttributes';
import RESERVED_CASE_MISMATCH from '@salesforce/label/c.Cio_TriggerEditor_ReservedCaseMismatch';
import CLONE_SUFFIX from '@salesforce/label/c.Cio_TriggerEditor_CloneSuffix';
import FORM_NEW_HEADING from '@salesforce/label/c.Cio_TriggerEditor_FormNewHeading';
import FORM_EDIT_HEADING from '@salesforce/label/c.Cio_TriggerEditor_FormEditHeading';
import FORM_CLONE_HEADING from '@salesforce/label/c.Cio_TriggerEditor_FormCloneHeading';
import OPERATION_INSERT from '@salesforce/label/c.Cio_Triggers_OperationInsert';
import OPERATION_UPDATE from '@salesforce/label/c.Cio_Triggers_OperationUpdate';
import OPERATION_DELETE from '@salesforce/label/c.Cio_Triggers_OperationDelete';
import OPERATION_UNDELETE from '@salesforce/label/c.Cio_Triggers_OperationUndelete';
import EVENT_TYPE_IDENTIFY from '@salesforce/label/c.Cio_TriggerEditor_EventTypeIdentify';
import EVENT_TYPE_TRACK from '@salesforce/label/c.Cio_TriggerEditor_EventTypeTrack';
import EVENT_TYPE_GROUP from '@salesforce/label/c.Cio_TriggerEditor_EventTypeGroup';
import EVENT_TYPE_DELETE from '@salesforce/label/c.Cio_TriggerEditor_EventTypeDelete';
import EVENT_TYPE_HELP_IDENTIFY from '@salesforce/label/c.Cio_TriggerEditor_EventTypeHelpIdentify';
import EVENT_TYPE_HELP_TRACK from '@salesforce/label/c.Cio_TriggerEditor_EventTypeHelpTrack';
import EVENT_TYPE_HELP_GROUP from '@salesforce/label/c.Cio_TriggerEditor_EventTypeHelpGroup';
import EVENT_TYPE_HELP_DELETE from '@salesforce/label/c.Cio_TriggerEditor_EventTypeHelpDelete';
import FIELD_LABEL from '@salesforce/label/c.Cio_TriggerEditor_FieldLabel';
import FIELD_NAME from '@salesforce/label/c.Cio_TriggerEditor_FieldName';
import FIELD_OBJECT from '@salesforce/label/c.Cio_TriggerEditor_FieldObject';
import FIELD_OPERATIONS from '@salesforce/label/c.Cio_TriggerEditor_FieldOperations';
import FIELD_EVENT_TYPE from '@salesforce/label/c.Cio_TriggerEditor_FieldEventType';
import FIELD_EVENT_NAME from '@salesforce/label/c.Cio_TriggerEditor_FieldEventName';
import FIELD_USER_ID_FIELD from '@salesforce/label/c.Cio_TriggerEditor_FieldUserIdField';
import FIELD_GROUP_ID_FIELD from '@salesforce/label/c.Cio_TriggerEditor_FieldGroupIdField';
import FIELD_OBJECT_TYPE_ID from '@salesforce/label/c.Cio_TriggerEditor_FieldObjectTypeId';
import FIELD_CHANGED_FIELDS from '@salesforce/label/c.Cio_TriggerEditor_FieldChangedFields';
import FIELD_DESCRIPTION from '@salesforce/label/c.Cio_TriggerEditor_FieldDescription';
import FIELD_ACTIVE from '@salesforce/label/c.Cio_TriggerEditor_FieldActive';
import USER_ID_FIELD_REQUIRED from '@salesforce/label/c.Cio_TriggerEditor_UserIdFieldRequired';
import USER_ID_FIELD_OPTIONAL from '@salesforce/label/c.Cio_TriggerEditor_UserIdFieldOptional';
import CLIENT_REQUIRED from '@salesforce/label/c.Cio_Validation_Required';
import CLIENT_NO_OPERATION from '@salesforce/label/c.Cio_TriggerDeploy_NoOperation';
import CLIENT_DUPLICATE_TARGET from '@salesforce/label/c.Cio_TriggerDeploy_DuplicateTarget';
import FORM_PROBLEMS from '@salesforce/label/c.Cio_TriggerEditor_FormProblems';
import FORM_CALL_ERROR from '@salesforce/label/c.Cio_TriggerEditor_FormCallError';
import FORM_CHECKED_OK from '@salesforce/label/c.Cio_TriggerEditor_FormCheckedOk';
import FORM_CHECK from '@salesforce/label/c.Cio_TriggerEditor_FormCheck';
import FORM_SAVE from '@salesforce/label/c.Cio_TriggerEditor_FormSave';
import FORM_CANCEL from '@salesforce/label/c.Cio_TriggerEditor_FormCancel';
import FORM_CLOSE from '@salesforce/label/c.Cio_TriggerEditor_FormClose';
import FORM_CHECKING from '@salesforce/label/c.Cio_TriggerEditor_FormChecking';
import FORM_SAVING from '@salesforce/label/c.Cio_TriggerEditor_FormSaving';
import NAME_HELP from '@salesforce/label/c.Cio_TriggerEditor_NameHelp';
import OBJECT_PLACEHOLDER from '@salesforce/label/c.Cio_TriggerEditor_ObjectPlaceholder';
import OBJECTS_ERROR from '@salesforce/label/c.Cio_TriggerEditor_ObjectsError';
import SCHEMA_LOADING from '@salesforce/label/c.Cio_TriggerEditor_SchemaLoading';
import SCHEMA_ERROR from '@salesforce/label/c.Cio_TriggerEditor_SchemaError';
import EVENT_NAME_HELP from '@salesforce/label/c.Cio_TriggerEditor_EventNameHelp';
import FIELD_PLACEHOLDER from '@salesforce/label/c.Cio_TriggerEditor_FieldPlaceholder';
import USER_ID_HELP from '@salesforce/label/c.Cio_TriggerEditor_UserIdHelp';
import GROUP_ID_HELP from '@salesforce/label/c.Cio_TriggerEditor_GroupIdHelp';
import OBJECT_TYPE_ID_HELP from '@salesforce/label/c.Cio_TriggerEditor_ObjectTypeIdHelp';
import CHANGED_FIELDS_AVAILABLE from '@salesforce/label/c.Cio_TriggerEditor_ChangedFieldsAvailable';
import CHANGED_FIELDS_SELECTED from '@salesforce/label/c.Cio_TriggerEditor_ChangedFieldsSelected';
import CHANGED_FIELDS_HELP from '@salesforce/label/c.Cio_TriggerEditor_ChangedFieldsHelp';
import ACTIVE_ON from '@salesforce/label/c.Cio_TriggerEditor_ActiveOn';
import ACTIVE_OFF from '@salesforce/label/c.Cio_TriggerEditor_ActiveOff';
import NEW_TRIGGER from '@salesforce/label/c.Cio_TriggerEditor_NewTrigger';
import EDIT from '@salesforce/label/c.Cio_TriggerEditor_Edit';
import CLONE from '@salesforce/label/c.Cio_TriggerEditor_Clone';
import ACTIVATE from '@salesforce/label/c.Cio_TriggerEditor_Activate';
import DEACTIVATE from '@salesforce/label/c.Cio_TriggerEditor_Deactivate';
import TOGGLE_INVALID from '@salesforce/label/c.Cio_TriggerEditor_ToggleInvalid';
import TOGGLE_ERROR from '@salesforce/label/c.Cio_TriggerEditor_ToggleError';
import SEND_NOW from '@salesforce/label/c.Cio_TriggerEditor_SendNow';
import SEND_NOW_HELP from '@salesforce/label/c.Cio_TriggerEditor_SendNowHelp';
import SEND_NOW_RUNNING from '@salesforce/label/c.Cio_TriggerEditor_SendNowRunning';
import SEND_NOW_ERROR from '@salesforce/label/c.Cio_TriggerEditor_SendNowError';
import SEND_NOW_QUEUED from '@salesforce/label/c.Cio_TriggerEditor_SendNowQueued';

export const EDITOR_LABELS = Object.freeze({
    deployRunning: DEPLOY_RUNNING,
    deployRunningShort: DEPLOY_RUNNING_SHORT,
    deploySucceeded: DEPLOY_SUCCEEDED,
    deployCacheNote: DEPLOY_CACHE_NOTE,
    deployFailed: DEPLOY_FAILED,
    deployNotAllowed: DEPLOY_NOT_ALLOWED,
    deployKeptNote: DEPLOY_KEPT_NOTE,
    deployStalled: DEPLOY_STALLED,
    deployJob: DEPLOY_JOB,
    deployCheckAgain: DEPLOY_CHECK_AGAIN,
    deployStatusError: DEPLOY_STATUS_ERROR,
    success: SUCCESS,
    error: ERROR,
    info: INFO,
    mappingsTitle: MAPPINGS_TITLE,
    mappingReservedKeys: MAPPING_RESERVED_KEYS,
    mappingParentError: MAPPING_PARENT_ERROR,
    mappingSourceColumn: MAPPING_SOURCE_COLUMN,
    mappingTargetColumn: MAPPING_TARGET_COLUMN,
    mappingBlankColumn: MAPPING_BLANK_COLUMN,
    mappingActionsColumn: MAPPING_ACTIONS_COLUMN,
    mappingSourcePlaceholder: MAPPING_SOURCE_PLACEHOLDER,
    mappingSourceTextPlaceholder: MAPPING_SOURCE_TEXT_PLACEHOLDER,
    mappingTargetPlaceholder: MAPPING_TARGET_PLACEHOLDER,
    mappingParentOption: MAPPING_PARENT_OPTION,
    mappingParentField: MAPPING_PARENT_FIELD,
    mappingMoveUp: MAPPING_MOVE_UP,
    mappingMoveDown: MAPPING_MOVE_DOWN,
    mappingRemove: MAPPING_REMOVE,
    mappingSource: MAPPING_SOURCE,
    mappingTarget: MAPPING_TARGET,
    mappingBlankAsNull: MAPPING_BLANK_AS_NULL,
    mappingNone: MAPPING_NONE,
    mappingAdd: MAPPING_ADD,
    reserved: Object.freeze({
        email: RESERVED_EMAIL,
        createdAt: RESERVED_CREATED_AT,
        unsubscribed: RESERVED_UNSUBSCRIBED,
        subscriptionPreferences: RESERVED_SUBSCRIPTION_PREFERENCES,
        identifier: RESERVED_IDENTIFIER,
        objectTypeId: RESERVED_OBJECT_TYPE_ID,
        relationshipAttributes: RESERVED_RELATIONSHIP_ATTRIBUTES,
        caseMismatch: RESERVED_CASE_MISMATCH
    }),
    cloneSuffix: CLONE_SUFFIX,
    formNewHeading: FORM_NEW_HEADING,
    formEditHeading: FORM_EDIT_HEADING,
    formCloneHeading: FORM_CLONE_HEADING,
    operation: Object.freeze({
        insert: OPERATION_INSERT,
        update: OPERATION_UPDATE,
        delete: OPERATION_DELETE,
        undelete: OPERATION_UNDELETE
    }),
    eventType: Object.freeze({
        identify: EVENT_TYPE_IDENTIFY,
        track: EVENT_TYPE_TRACK,
        group: EVENT_TYPE_GROUP,
        delete: EVENT_TYPE_DELETE
    }),
    eventTypeHelp: Object.freeze({
        identify: EVENT_TYPE_HELP_IDENTIFY,
        track: EVENT_TYPE_HELP_TRACK,
        group: EVENT_TYPE_HELP_GROUP,
        delete: EVENT_TYPE_HELP_DELETE
    }),
    fieldNames: Object.freeze({
        label: FIELD_LABEL,
        name: FIELD_NAME,
        objectApiName: FIELD_OBJECT,
        operations: FIELD_OPERATIONS,
        eventType: FIELD_EVENT_TYPE,
        eventName: FIELD_EVENT_NAME,
        userIdField: FIELD_USER_ID_FIELD,
        groupIdField: FIELD_GROUP_ID_FIELD,
        objectTypeId: FIELD_OBJECT_TYPE_ID,
        changedFields: FIELD_CHANGED_FIELDS,
        description: FIELD_DESCRIPTION,
        active: FIELD_ACTIVE
    }),
    userIdField: USER_ID_FIELD_REQUIRED,
    userIdFieldOptional: USER_ID_FIELD_OPTIONAL,
    client: Object.freeze({
        required: CLIENT_REQUIRED,
        noOperation: CLIENT_NO_OPERATION,
        duplicateTarget: CLIENT_DUPLICATE_TARGET
    }),
    formProblems: FORM_PROBLEMS,
    formCallError: FORM_CALL_ERROR,
    formCheckedOk: FORM_CHECKED_OK,
    formCheck: FORM_CHECK,
    formSave: FORM_SAVE,
    formCancel: FORM_CANCEL,
    formClose: FORM_CLOSE,
    formChecking: FORM_CHECKING,
    formSaving: FORM_SAVING,
    nameHelp: NAME_HELP,
    objectPlaceholder: OBJECT_PLACEHOLDER,
    objectsError: OBJECTS_ERROR,
    schemaLoading: SCHEMA_LOADING,
    schemaError: SCHEMA_ERROR,
    eventNameHelp: EVENT_NAME_HELP,
    fieldPlaceholder: FIELD_PLACEHOLDER,
    userIdHelp: USER_ID_HELP,
    groupIdHelp: GROUP_ID_HELP,
    objectTypeIdHelp: OBJECT_TYPE_ID_HELP,
    changedFieldsAvailable: CHANGED_FIELDS_AVAILABLE,
    changedFieldsSelected: CHANGED_FIELDS_SELECTED,
    changedFieldsHelp: CHANGED_FIELDS_HELP,
    activeOn: ACTIVE_ON,
    activeOff: ACTIVE_OFF,
    newTrigger: NEW_TRIGGER,
    edit: EDIT,
    clone: CLONE,
    activate: ACTIVATE,
    deactivate: DEACTIVATE,
    toggleInvalid: TOGGLE_INVALID,
    toggleError: TOGGLE_ERROR,
    sendNow: SEND_NOW,
    sendNowHelp: SEND_NOW_HELP,
    sendNowRunning: SEND_NOW_RUNNING,
    sendNowError: SEND_NOW_ERROR,
    sendNowQueued: SEND_NOW_QUEUED
});

export type EditorLabels = typeof EDITOR_LABELS;
