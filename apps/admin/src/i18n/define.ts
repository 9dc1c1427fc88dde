/**
 * One feature's UI strings: Korean is the reference, and `en` must carry exactly the same keys
 * (a missing or extra translation fails the type check). Keys are prefixed by the feature
 * (`departments.title`); placeholders use `{name}` and are filled by `translate()`.
 */
export function defineMessages<K extends string>(
  ko: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): { ko: Record<K, string>; en: Record<K, string> } {
  return { ko, en };
}
