import type { TFunction } from 'i18next';
import type { WebhookEventType } from '../api/listWebhooks';

/** Every event type an app can ask for, in the order the form offers them; the compiler keeps it complete. */
const OFFERED: Record<Exclude<WebhookEventType, 'webhook.test'>, true> = {
  'process.published': true,
  'process.updated': true,
  'process.withdrawn': true,
  'phases.changed': true,
  'format.published': true,
  'format.updated': true,
  'format.withdrawn': true,
  'opportunity.opened': true,
  'opportunity.changed': true,
  'opportunity.closed': true,
  'results.published': true,
  'official_response.published': true,
  'official_response.updated': true,
  'official_response.withdrawn': true,
};

/** `webhook.test` is left out: a test reaches the webhook whatever it receives. */
export const EVENT_TYPES = Object.keys(OFFERED) as WebhookEventType[];

/** The event type in words ("Beteiligungsformat veröffentlicht"), or as sent when the UI does not know it. */
export function eventLabel(type: string, t: TFunction): string {
  return t(`webhooks.event.${type}`, { defaultValue: type });
}
