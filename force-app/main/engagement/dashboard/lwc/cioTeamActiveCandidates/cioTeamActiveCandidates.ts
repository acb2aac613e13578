import { LightningElement } from 'lwc';

/**
 * "CIO Pipelines: Team Active Candidates" in Lightning App Builder.
 * The shared c/cioCandidateList with scope TEAM, so the three scopes cannot drift apart.
 */
export default class CioTeamActiveCandidates extends LightningElement {}
