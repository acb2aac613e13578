import { LightningElement } from 'lwc';

/**
 * "CIO Pipelines: My Active Candidates" in Lightning App Builder.
 * The shared c/cioCandidateList with scope MY, so the three scopes cannot drift apart.
 */
export default class CioMyActiveCandidates extends LightningElement {}
