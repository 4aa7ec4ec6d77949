/** One wording of a free-text answer and how many gave it. */
export interface TextGroup {
  text: string;
  count: number;
}

/**
 * Free-text answers that say the same (same words, whatever the case and spacing) once each, with how many gave them,
 * the most frequent first: forty times "Mehr Radwege" is one line that says 40, not forty lines.
 */
export function groupTexts(texts: readonly string[], locale: string): TextGroup[] {
  const groups = new Map<string, TextGroup>();
  for (const text of texts) {
    const key = text.trim().replace(/\s+/g, ' ').toLocaleLowerCase(locale);
    const group = groups.get(key);
    if (group) {
      group.count += 1;
    } else {
      groups.set(key, { text: text.trim(), count: 1 });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, locale));
}
