import { useTranslation } from 'react-i18next';
import { refuseStep, typedDots, type DotBudget, type StepRefusal } from './dots';

interface Props {
  item: { id: string; title: string };
  value: number;
  cap: number;
  budget: DotBudget;
  onChange: (value: number) => void;
  /** Says why a step was not taken, e.g. "all dots are given". */
  onRefused: (reason: StepRefusal) => void;
}

/**
 * Dots for one item: − and + buttons large enough for a thumb, and the number in between for those who would rather
 * type. A step that is not possible leaves the button focusable (aria-disabled) and says why, instead of going dead
 * under the finger.
 */
export function DotStepper({ item, value, cap, budget, onChange, onRefused }: Props) {
  const { t } = useTranslation();
  const step = (by: 1 | -1) => {
    const refused = refuseStep(by, value, cap, budget);
    if (refused) {
      onRefused(refused);
    } else {
      onChange(value + by);
    }
  };
  const inputId = `dots-${item.id}`;
  return (
    <div className="dots-item">
      <label htmlFor={inputId}>{item.title}</label>
      <div className="stepper">
        <button type="button" className="stepper__button" aria-label={t('voting.less', { item: item.title })}
          aria-disabled={refuseStep(-1, value, cap, budget) ? true : undefined} onClick={() => step(-1)}>
          <span aria-hidden="true">−</span>
        </button>
        <input id={inputId} type="number" inputMode="numeric" min={0} max={cap} value={value}
          onChange={(event) => onChange(typedDots(event.target.value, cap))} />
        <button type="button" className="stepper__button" aria-label={t('voting.more', { item: item.title })}
          aria-disabled={refuseStep(1, value, cap, budget) ? true : undefined} onClick={() => step(1)}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </div>
  );
}
