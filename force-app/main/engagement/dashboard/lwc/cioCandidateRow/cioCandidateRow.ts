import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/cioCandidateData';
import type { CandidateRow } from 'c/cioCandidateList';

/**
 * One candidate in the candidate list: name (a link to the Contact), state badge (icon and word), "new" marker,
 * the reason, the last activity, the owner, the top key page, and on Pipeline a Claim button. It only shows what the
 * list prepared (every untrusted string is bound as text) and asks the list to claim with a `claim` event (detail:
 * `{ contactId }`; it neither bubbles nor crosses shadow boundaries, the list listens on this element).
 *
 * A component of its own, not markup inside the list's loop: each row then lives in its own small shadow tree.
 */
export default class CioCandidateRow extends LightningElement {
    @api row: CandidateRow | undefined;
    /** Show the Claim button (Pipeline). */
    @api claimable = false;

    labels = LABELS;
    /** After a link that opens a new tab, for screen readers; the space keeps it apart from the link text. */
    newTabSuffix = ` ${LABELS.opensInNewTab}`;

    handleClaim(): void {
        if (this.row && !this.row.claimDisabled) {
            this.dispatchEvent(new CustomEvent('claim', { detail: { contactId: this.row.contactId } }));
        }
    }
}
