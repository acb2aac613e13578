import { LightningElement } from 'lwc';

/**
 * "CIO Pipelines: My Candidates Banner" in Lightning App Builder.
 * The shared c/cioCandidateBanner with scope MY, so the three scopes cannot drift apart.
 */
export default class CioMyCandidatesBanner extends LightningElement {}
