import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fillPlaceholders, type Placeholder } from '../../../../shared/contract/consent-texts';
import { DATA_CATEGORIES } from '../../../../shared/contract/consents-schemas';
import { LANGUAGES, LOCALES, type Language } from '../../../../shared/languages';
import { useLanguageTexts } from '../../i18n';

const useStyles = makeStyles({
  paper: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: '560px',
    overflowY: 'auto',
  },
  org: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `2px solid ${tokens.colorBrandStroke1}`,
  },
  title: { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
  person: { color: tokens.colorNeutralForeground3 },
  para: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: `${tokens.spacingVerticalS} 0` },
});

const SAMPLE_PERSON = { name: 'Amina Yusuf', code: 'MT-4K7QZ' };

function isBuiltIn(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** The text as a form would print it, filled with example values, in the text's direction. */
export function ConsentTextPreview(props: {
  title: string;
  body: string;
  language: string;
  rtl: boolean;
  organisation: string;
  words: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const lng = isBuiltIn(props.language) ? props.language : 'en';
  // The text's language may not be the app's: its sample words follow once its texts are read.
  useLanguageTexts(lng);
  const locale = isBuiltIn(props.language) ? LOCALES[props.language] : props.language || 'en';
  const safe = <T,>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  const today = new Date();
  const inAYear = new Date(today.getFullYear() + 1, today.getMonth(), today.getDate());
  const long = (d: Date) => safe(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(d), d.toISOString().slice(0, 10));
  const categories = DATA_CATEGORIES.slice(0, 3)
    .map((c) => props.words[c] || t(`consentTexts.category.${c}`, { lng }).toLocaleLowerCase())
    .join(['ar', 'fa', 'ur'].includes(props.language.split('-')[0] ?? '') ? '، ' : ', ');
  const values: Record<Placeholder, string> = {
    ...SAMPLE_PERSON,
    organisation: props.organisation,
    recipient: t('consentTexts.sample.recipient', { lng }),
    categories,
    date: long(today),
    expires: long(inAYear),
    interpreterLanguage: safe(() => new Intl.DisplayNames([locale], { type: 'language' }).of('ar') ?? 'ar', 'ar'),
  };
  const paragraphs = fillPlaceholders(props.body, values)
    .split(/\n\s*\n/)
    .filter((p) => p.trim());
  return (
    <section aria-label={t('consentTexts.editor.preview')} data-testid="editor-preview">
      <Caption1>{t('consentTexts.editor.preview')}</Caption1>
      <div className={styles.paper} dir={props.rtl ? 'rtl' : 'ltr'} lang={props.language || undefined}>
        <div className={styles.org}>{props.organisation}</div>
        <Subtitle2 as="p" block className={styles.title}>
          {fillPlaceholders(props.title, values)}
        </Subtitle2>
        <Caption1 block className={styles.person}>{`${SAMPLE_PERSON.name} · ${SAMPLE_PERSON.code} · ${values.date}`}</Caption1>
        {paragraphs.map((p, i) => (
          <p key={i} className={styles.para}>
            {p}
          </p>
        ))}
      </div>
    </section>
  );
}
