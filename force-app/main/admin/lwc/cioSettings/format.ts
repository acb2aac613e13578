/**
 * The Settings tab's formatting: the shared label and date-time helpers (c/cioFormat), under the names this
 * component's modules use.
 */
export { formatLabel, formatIso as formatDateTime } from 'c/cioFormat';
