import type { Locator } from 'playwright-core';

/** Interactions by keyboard only: focus moves to the control (as Tab would), then keys act on it; no pointer. */
export async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

export async function typeInto(control: Locator, text: string): Promise<void> {
  await control.focus();
  await control.page().keyboard.type(text);
}

/** Moves through a select's options with the arrow keys until the option with this label is chosen. */
export async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  await select.focus();
  for (let i = 0; i < 60; i++) {
    const chosen = await select.evaluate((element) => {
      const s = element as HTMLSelectElement;
      return s.options[s.selectedIndex]?.text ?? '';
    });
    if (chosen === label) {
      return;
    }
    await select.page().keyboard.press('ArrowDown');
  }
  throw new Error(`no option "${label}" reached by keyboard`);
}
