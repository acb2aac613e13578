/**
 * The candidate widgets' data layer (a service component, no template): the DTO types of CioCandidatesController,
 * one shared state per scope (so a widget and a banner of the same scope make one Apex call and show the same
 * answer), the claim action, the clock relative times are read from, and the presentation both UIs share (titles,
 * status notices, state badges, labels). The UI components are cioCandidateList and cioCandidateBanner; the six
 * components admins place are thin wrappers around them.
 */
export type {
    ActiveState,
    Banner,
    Candidate,
    CandidateList,
    ListStatus,
    Scope,
    StateCounts,
    TemplateValue
} from './candidateTypes';
export { LABELS } from './labels';
export { now, setClock } from './clock';
export type { TimeSource } from './clock';
export { absoluteTime, formatLabel, isoTime, relativeTime } from './format';
export { SCOPES, bannerTitle, isScope, stateLook, stateRank, statusNotice, widgetTitle } from './presentation';
export type { StateLook, StatusNotice } from './presentation';
export { FRESH_FOR_MS, claim, forgetAll, isWatched, loadScope, refreshScope, watchScope } from './store';
export type { ScopeListener, ScopeState } from './store';
