import { useQuery } from '@apollo/client/react';
import { Alert, Descriptions, Form, Tag } from 'antd';
import { Fragment, useMemo } from 'react';
import { useI18n } from '../../i18n';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { FieldInput } from './FieldInput';
import { CUSTOM_FIELD_DEFINITIONS, type FieldDefinition } from './queries';
import { valueRules } from './rules';
import { displayValue, fieldHelp, fieldLabel } from './values';
import './custom-fields.css';

/** The form's name of the custom fields' values: the API's `customFields.<key>` error path lands on them as is. */
export const CUSTOM_FIELDS = 'customFields';

/** The entity's active definitions the caller may read (group, position order), for a form or a detail page. */
export function useCustomFieldDefinitions(entity: string) {
  const query = useQuery(CUSTOM_FIELD_DEFINITIONS, {
    variables: { entity, includeArchived: false },
    fetchPolicy: 'cache-and-network',
  });
  const definitions = useMemo(
    () => (query.data?.customFieldDefinitions ?? []).filter((d) => !d.archived),
    [query.data],
  );
  return { definitions, loading: query.loading && !query.data, error: query.error, refetch: query.refetch };
}

/** Definitions in their groups, in the order the API gave them. */
function byGroup(defs: readonly FieldDefinition[]): [string | null, FieldDefinition[]][] {
  const groups = new Map<string | null, FieldDefinition[]>();
  for (const d of defs) {
    const g = d.group?.trim() || null;
    groups.set(g, [...(groups.get(g) ?? []), d]);
  }
  return [...groups];
}

/**
 * The inputs of an entity's custom fields inside an antd Form (names `customFields.<key>`), drawn from the
 * definitions alone: type, required, rules, options, help, group. Fields the caller may read but not edit are
 * shown disabled; personal data comes masked from the API and is sent back only when retyped.
 */
export function CustomFieldsSection({
  definitions,
  error,
  onRetry,
}: {
  definitions: readonly FieldDefinition[];
  error?: unknown;
  onRetry?: () => unknown;
}) {
  const { t, lang } = useI18n();
  if (error) return <LoadErrorAlert error={error} onRetry={onRetry ?? (() => undefined)} />;
  if (!definitions.length) return null;
  return (
    <fieldset className="pcrm-fieldset" data-testid="custom-fields-section">
      <legend>{t('cfields.section.title')}</legend>
      {byGroup(definitions).map(([group, defs]) => (
        <Fragment key={group ?? ''}>
          {group && <h3 className="pcrm-cf-group">{group}</h3>}
          <div className="pcrm-form-grid">
            {defs.map((d) => {
              const label = fieldLabel(d, lang);
              return (
                <Form.Item
                  key={d.key}
                  name={[CUSTOM_FIELDS, d.key]}
                  label={
                    <span>
                      {label}
                      {d.personalData && <Tag className="pcrm-cf-personal">{t('cfields.flag.personal')}</Tag>}
                    </span>
                  }
                  required={d.required}
                  rules={d.canEdit ? valueRules(d, label, t) : []}
                  extra={d.canEdit ? fieldHelp(d, lang) : t('cfields.value.readOnly')}
                  className={d.type === 'LONG_TEXT' || d.type === 'ADDRESS' ? 'pcrm-cf-wide' : undefined}
                >
                  <FieldInput shape={d} label={label} disabled={!d.canEdit} />
                </Form.Item>
              );
            })}
          </div>
        </Fragment>
      ))}
    </fieldset>
  );
}

/** Items for a detail page's antd Descriptions: one per readable custom field, empty ones as "—". */
export function useCustomFieldItems(definitions: readonly FieldDefinition[], values: unknown) {
  const { t, lang } = useI18n();
  const stored = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  const words = { yes: t('cfields.value.yes'), no: t('cfields.value.no') };
  return definitions.map((d) => ({
    key: `cf-${d.key}`,
    label: fieldLabel(d, lang),
    span: d.type === 'LONG_TEXT' || d.type === 'ADDRESS' ? 2 : 1,
    children: (
      <span data-testid={`custom-field-${d.key}`} className="pcrm-cf-value">
        {displayValue(d, stored[d.key], lang, words) ?? t('cfields.value.empty')}
      </span>
    ),
  }));
}

/** A detail page's card body part: the readable custom fields of one record, grouped like the form. */
export function CustomFieldsDetails({
  definitions,
  values,
  error,
}: {
  definitions: readonly FieldDefinition[];
  values: unknown;
  error?: unknown;
}) {
  const { t } = useI18n();
  const items = useCustomFieldItems(definitions, values);
  if (error) return <Alert type="warning" showIcon title={t('cfields.section.loadFailed')} />;
  if (!definitions.length) return null;
  return (
    <section className="pcrm-cf-details" data-testid="custom-fields-details">
      <h3 className="pcrm-cf-group">{t('cfields.section.title')}</h3>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
        size="small"
        items={items}
        className="pcrm-detail"
      />
    </section>
  );
}
