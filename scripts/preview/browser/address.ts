/** The query parameter that selects a scenario: `/settings?scenario=unconfigured`. */
export const SCENARIO_PARAM = 'scenario';
