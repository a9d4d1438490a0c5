import { Alert, Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEDIABILITY_FLAGS } from '../../../../electron/contract/schemas/cases';
import type { IntakeValues } from './intake-values';

/**
 * Administrative Litigation Law art. 60: only compensation, indemnity and discretionary-power
 * cases may be mediated. Ticking none warns; it does not block (the center may still coordinate).
 */
export function MediabilityField() {
  const { t } = useTranslation();
  const flags = Form.useWatch<IntakeValues['mediabilityFlags'] | undefined>('mediabilityFlags');
  return (
    <>
      <Form.Item name="mediabilityFlags" label={t('intake.mediability')} style={{ marginBottom: flags?.length ? 24 : 8 }}>
        <Checkbox.Group options={MEDIABILITY_FLAGS.map((f) => ({ value: f, label: t(`mediability.${f}`) }))} />
      </Form.Item>
      {flags && flags.length === 0 ? (
        <Alert type="warning" showIcon data-testid="mediability-warning" style={{ marginBottom: 16 }} title={t('intake.mediabilityWarning')} />
      ) : null}
    </>
  );
}
