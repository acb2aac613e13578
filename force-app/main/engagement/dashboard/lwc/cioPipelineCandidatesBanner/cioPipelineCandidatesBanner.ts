import { LightningElement } from 'lwc';

/**
 * "CIO Pipelines: Pipeline Candidates Banner" in Lightning App Builder.
 * The shared c/cioCandidateBanner with scope PIPELINE, so the three scopes cannot drift apart.
 */
export default class CioPipelineCandidatesBanner extends LightningElement {}
