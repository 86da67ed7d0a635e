import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxHeight: '50vh', overflowY: 'auto', padding: '2px' },
  row: { display: 'grid', gridTemplateColumns: '1fr auto 1fr auto', alignItems: 'center', gap: tokens.spacingHorizontalS },
  and: { color: tokens.colorNeutralForeground2 },
  empty: { color: tokens.colorNeutralForeground3 },
  invalid: { color: tokens.colorPaletteRedForeground1 },
});

type Pair = [string, string];

/**
 * "Matching settings": pairs of neighbouring municipalities. A mentor in a neighbouring
 * municipality counts as near when mentors are suggested.
 */
export function NeighboursDialog(props: { open: boolean; neighbours: Pair[]; onClose: () => void; onSaved: (neighbours: Pair[]) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [pairs, setPairs] = useState<Pair[]>(props.neighbours);
  const [error, setError] = useState<AppError | null>(null);
  const [halfFilled, setHalfFilled] = useState(false);
  const [wasOpen, setWasOpen] = useState(false);

  // Each time the dialog opens it starts from the saved pairs.
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) {
      setPairs(props.neighbours.length > 0 ? props.neighbours : [['', '']]);
      setError(null);
      setHalfFilled(false);
    }
  }

  const set = (i: number, side: 0 | 1, value: string) =>
    setPairs((all) => all.map((p, j) => (j === i ? (side === 0 ? [value, p[1]] : [p[0], value]) : p)));

  async function save() {
    const trimmed = pairs.map(([a, b]) => [a.trim(), b.trim()] as Pair).filter(([a, b]) => a || b);
    if (trimmed.some(([a, b]) => !a || !b)) return setHalfFilled(true);
    try {
      const saved = await call('mentoring:saveSettings', { neighbours: trimmed });
      props.onSaved(saved.neighbours);
    } catch (e) {
      setError(asAppError(e));
    }
  }

  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface data-testid="neighbours-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('cases.matching.neighboursTitle')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1>{t('cases.matching.neighboursBody')}</Body1>
              <div className={styles.rows}>
                {pairs.length === 0 && <span className={styles.empty}>{t('cases.matching.neighboursEmpty')}</span>}
                {pairs.map((p, i) => (
                  <div key={i} className={styles.row}>
                    <Input
                      value={p[0]}
                      onChange={(_e, d) => set(i, 0, d.value)}
                      aria-label={t('cases.matching.municipalityN', { n: i + 1 })}
                      data-testid={`neighbour-a-${i}`}
                    />
                    <span className={styles.and} aria-hidden>
                      ↔
                    </span>
                    <Input
                      value={p[1]}
                      onChange={(_e, d) => set(i, 1, d.value)}
                      aria-label={t('cases.matching.neighbourN', { n: i + 1 })}
                      data-testid={`neighbour-b-${i}`}
                    />
                    <Button
                      appearance="subtle"
                      icon={<DeleteRegular />}
                      aria-label={t('cases.matching.removePair', { n: i + 1 })}
                      onClick={() => setPairs((all) => all.filter((_p, j) => j !== i))}
                    />
                  </div>
                ))}
              </div>
              <div>
                <Button icon={<AddRegular />} onClick={() => setPairs((all) => [...all, ['', '']])} data-testid="neighbour-add">
                  {t('cases.matching.addPair')}
                </Button>
              </div>
              {halfFilled && (
                <Body1 className={styles.invalid} role="alert">
                  {t('cases.matching.pairIncomplete')}
                </Body1>
              )}
              <ErrorBar error={error} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" data-testid="neighbours-save">
                {t('common.save')}
              </Button>
              <Button onClick={props.onClose}>{t('common.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
