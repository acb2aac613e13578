import { LightningElement } from 'lwc';

/**
 * "CIO Pipelines: Team Candidates Banner" in Lightning App Builder.
 * The shared c/cioCandidateBanner with scope TEAM, so the three scopes cannot drift apart.
 */
export default class CioTeamCandidatesBanner extends LightningElement {}
