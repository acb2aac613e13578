import { LightningElement } from 'lwc';

/**
 * "CIO Pipelines: Pipeline Active Candidates" in Lightning App Builder.
 * The shared c/cioCandidateList with scope PIPELINE, so the three scopes cannot drift apart.
 */
export default class CioPipelineActiveCandidates extends LightningElement {}
