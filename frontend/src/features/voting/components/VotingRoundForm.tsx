import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '@/api/client';
import { unwrap } from '@/api/problem';
import { ErrorSummary } from '@/components/ErrorSummary';
import { CheckboxField, RadioGroupField, SelectField, TextField } from '@/components/fields';
import { StatusMessage, type Notice } from '@/components/StatusMessage';
import { useSavedNotice } from '@/components/useSavedNotice';
import { useProblemForm } from '@/components/useProblemForm';

type ItemType = Schemas['VotingItemType'];
type Mode = Schemas['IntegrityMode'];
const MODES: Mode[] = ['OPEN', 'ONE_PER_ACCOUNT', 'PARTICIPATION_CODE'];

interface Choice {
  id: string;
  title: string;
}

interface Props {
  format: string;
  /** The published fields of action, with their goals: a round prioritises either. */
  fieldsOfAction: (Choice & { goals: Choice[] })[];
}

/**
 * Opens a dot-voting round over fields of action or goals on a format, with who may vote (its integrity mode). Times
 * are entered in local time.
 */
export function VotingRoundForm({ format, fieldsOfAction }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [itemType, setItemType] = useState<ItemType>('FIELD_OF_ACTION');
  const [items, setItems] = useState<string[]>([]);
  const [dots, setDots] = useState('5');
  const [cap, setCap] = useState('3');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [mode, setMode] = useState<Mode>('OPEN');
  const [notice, setNotice] = useState<Notice>();
  const savedNotice = useSavedNotice();
  const { errors, failure, summaryRef, onError, reset, fixed, fixing } = useProblemForm();
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/votings', {
          body: {
            format,
            title,
            itemType,
            items,
            dotsPerParticipant: Number(dots),
            maxDotsPerItem: Number(cap),
            opensAt: opensAt ? new Date(opensAt).toISOString() : '',
            closesAt: closesAt ? new Date(closesAt).toISOString() : '',
            integrityMode: mode,
          },
        }),
      ),
    onSuccess: (round) => {
      reset();
      void queryClient.invalidateQueries({ queryKey: ['votings'] });
      setNotice(savedNotice(round.title, `/abstimmen/${round.id}`));
    },
    onError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <StatusMessage {...notice} />
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`roundForm.${field.replace(/[[.].*/, '')}`, { defaultValue: field })} />
      <TextField id="round-title" label={t('roundForm.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={200} />
      <SelectField
        id="round-item-type"
        label={t('roundForm.itemType')}
        value={itemType}
        onChange={(value) => {
          fixed('items');
          setItemType(value as ItemType);
          setItems([]);
        }}
        options={(['FIELD_OF_ACTION', 'GOAL'] as const).map((value) => ({ value, label: t(`roundForm.itemTypes.${value}`) }))}
      />
      <fieldset id="items">
        <legend>{t(`roundForm.itemsOf.${itemType}`)}</legend>
        {errors.items && <p className="field__error">{errors.items}</p>}
        {itemType === 'FIELD_OF_ACTION'
          ? fieldsOfAction.map((field) => <ItemCheckbox key={field.id} item={field} items={items} onChange={fixing('items', setItems)} />)
          : fieldsOfAction
              .filter((field) => field.goals.length > 0)
              .map((field) => (
                <fieldset key={field.id}>
                  <legend>{field.title}</legend>
                  {field.goals.map((goal) => (
                    <ItemCheckbox key={goal.id} item={goal} items={items} onChange={fixing('items', setItems)} />
                  ))}
                </fieldset>
              ))}
      </fieldset>
      <div className="field-row">
        <TextField id="round-dots" type="number" label={t('roundForm.dotsPerParticipant')} value={dots} onChange={fixing('dotsPerParticipant', setDots)} error={errors.dotsPerParticipant} required />
        <TextField id="round-cap" type="number" label={t('roundForm.maxDotsPerItem')} value={cap} onChange={fixing('maxDotsPerItem', setCap)} error={errors.maxDotsPerItem} required />
      </div>
      <div className="field-row">
        <TextField id="round-opens" type="datetime-local" label={t('roundForm.opensAt')} value={opensAt} onChange={fixing('opensAt', setOpensAt)} error={errors.opensAt} required />
        <TextField id="round-closes" type="datetime-local" label={t('roundForm.closesAt')} value={closesAt} onChange={fixing('closesAt', setClosesAt)} error={errors.closesAt} required />
      </div>
      <RadioGroupField
        id="integrityMode"
        legend={t('roundForm.integrityMode')}
        value={mode}
        onChange={fixing('integrityMode', (value: string) => setMode(value as Mode))}
        error={errors.integrityMode}
        options={MODES.map((value) => ({ value, label: t(`voting.modes.${value}`), hint: t(`roundForm.modeHelp.${value}`) }))}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('roundForm.create')}
        </button>
      </div>
    </form>
  );
}

function ItemCheckbox({ item, items, onChange }: { item: Choice; items: string[]; onChange: (items: string[]) => void }) {
  return (
    <CheckboxField id={`round-item-${item.id}`} label={item.title} checked={items.includes(item.id)} onChange={(on) => onChange(on ? [...items, item.id] : items.filter((i) => i !== item.id))} />
  );
}
