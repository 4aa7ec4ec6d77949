import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton';

function renderButton() {
  const onConfirm = vi.fn();
  render(
    <>
      <button type="button">Bearbeiten</button>
      <ConfirmButton
        label="Zurückziehen"
        accessibleLabel="Stadtteilspaziergang zurückziehen"
        question="„Stadtteilspaziergang“ zurückziehen?"
        confirmLabel="Ja, zurückziehen"
        onConfirm={onConfirm}
      />
    </>,
  );
  return { onConfirm, trigger: screen.getByRole('button', { name: 'Stadtteilspaziergang zurückziehen' }) };
}

describe('a button for an action that withdraws or destroys', () => {
  it('is outlined in the error colour, not filled like the main action of a row', () => {
    const { trigger } = renderButton();
    expect(trigger).toHaveClass('button--danger');
    expect(trigger).toHaveTextContent('Zurückziehen');
  });

  it('asks in a modal dialog first, with the focus on the harmless answer', async () => {
    const { onConfirm, trigger } = renderButton();

    await userEvent.click(trigger);

    const dialog = screen.getByRole('alertdialog', { name: '„Stadtteilspaziergang“ zurückziehen?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('keeps the focus in the dialog while it is open', async () => {
    const { trigger } = renderButton();
    await userEvent.click(trigger);

    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Ja, zurückziehen' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Ja, zurückziehen' })).toHaveFocus();
  });

  it('does nothing on Escape or Abbrechen, and gives the focus back to the button', async () => {
    const { onConfirm, trigger } = renderButton();
    await userEvent.click(trigger);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await userEvent.click(trigger);
    await userEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('acts once the admin confirms', async () => {
    const { onConfirm, trigger } = renderButton();
    await userEvent.click(trigger);

    await userEvent.click(screen.getByRole('button', { name: 'Ja, zurückziehen' }));

    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
