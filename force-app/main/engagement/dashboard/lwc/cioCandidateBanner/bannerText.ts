import { renderTemplate, type TemplateValues } from 'c/cioTemplates';
import { LABELS, formatLabel, stateLook, type CandidateList, type StateLook } from 'c/cioCandidateData';

/** One count chip: an icon and words ("3 hot"), never colour alone. */
export interface CountChip extends StateLook {
    key: string;
    text: string;
}

function count(value: number | null | undefined): number {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * The placeholder values for a summary: the counts first (so a banner reads right even when Apex sent no values),
 * then Apex's own values (count, hot, warm, engaged, owner), which win.
 */
export function bannerValues(list: CandidateList): TemplateValues {
    const counts = list.counts;
    const values: Record<string, string | number | null> = {
        count: count(counts?.total),
        hot: count(counts?.hot),
        warm: count(counts?.warm),
        engaged: count(counts?.engaged)
    };
    for (const value of list.banner?.values ?? []) {
        if (value?.name) {
            values[value.name] = value.value;
        }
    }
    return values;
}

/**
 * The banner sentence in the admin's wording, rendered as plain text by the one renderer (c/cioTemplates):
 * unknown placeholders stay visible. Without a template (blank, or no banner at all) the built-in sentence is used,
 * so the banner never shows nothing.
 */
export function bannerText(list: CandidateList): string {
    const values = bannerValues(list);
    const template = list.banner?.template?.trim() ? list.banner.template : null;
    if (template) {
        return renderTemplate(template, values).text;
    }
    return formatLabel(
        LABELS.bannerFallback,
        String(values.count),
        String(values.hot),
        String(values.warm),
        String(values.engaged)
    );
}

/** The hot, warm and engaged counts as chips, in that order. */
export function countChips(list: CandidateList): CountChip[] {
    const counts = list.counts;
    return [
        { key: 'HOT', label: LABELS.countHot, value: counts?.hot },
        { key: 'WARM', label: LABELS.countWarm, value: counts?.warm },
        { key: 'ENGAGED', label: LABELS.countEngaged, value: counts?.engaged }
    ].map(({ key, label, value }) => ({ ...stateLook(key), key, text: formatLabel(label, count(value)) }));
}
