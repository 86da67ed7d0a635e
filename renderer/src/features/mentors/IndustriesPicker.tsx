import { Dropdown, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES } from '../../../../shared/contract/mentoring-schemas';

export type Industry = (typeof INDUSTRIES)[number];

/** Fields of work, several at once; goes inside a Field that gives its label. */
export function IndustriesPicker(props: { value: Industry[]; onChange: (v: Industry[]) => void; testId?: string }) {
  const { t } = useTranslation();
  // Shown in the list's order, so the text reads the same however the fields were picked.
  const text = INDUSTRIES.filter((i) => props.value.includes(i))
    .map((i) => t(`mentoring.industry.${i}`))
    .join(', ');
  return (
    <Dropdown
      multiselect
      value={text}
      placeholder={t('mentors.form.industriesPlaceholder')}
      selectedOptions={props.value}
      onOptionSelect={(_e, d) => props.onChange(INDUSTRIES.filter((i) => d.selectedOptions.includes(i)))}
      data-testid={props.testId}
    >
      {INDUSTRIES.map((i) => (
        <Option key={i} value={i}>
          {t(`mentoring.industry.${i}`)}
        </Option>
      ))}
    </Dropdown>
  );
}
