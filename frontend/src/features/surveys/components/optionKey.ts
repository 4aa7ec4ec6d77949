const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
/** The API's limit for a key, less room for a number that tells two alike labels apart. */
const MAX_LENGTH = 110;

/**
 * A stable option key from its label: "Zu Fuß" → "zu-fuss". Answers refer to options by key; admins never see it.
 * A label without letters or digits of the Latin alphabet ("😀", "Ελλάδα") still gets one.
 */
export function optionKey(label: string): string {
  const key = label
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return key || 'option';
}

/**
 * The keys of a question's options: a saved option keeps its key (answers refer to it), a new one gets a key made
 * from its label, numbered ("ja-2") where it would be another option's key.
 */
export function optionKeys(options: { key?: string; label: string }[]): string[] {
  const taken = new Set(options.flatMap((option) => (option.key ? [option.key] : [])));
  return options.map((option) => {
    if (option.key) {
      return option.key;
    }
    const base = optionKey(option.label);
    let key = base;
    for (let n = 2; taken.has(key); n++) {
      key = `${base}-${n}`;
    }
    taken.add(key);
    return key;
  });
}
