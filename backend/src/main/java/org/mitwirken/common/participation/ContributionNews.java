package org.mitwirken.common.participation;

/**
 * Extension point: a feature tells the author of a contribution (an account's subject) what became of it: moderators
 * approved, hid or rejected it (with their reason), someone replied, or the city answered it. Fired as a CDI event
 * inside the transaction of the change, so the message is written if and only if the change commits.
 *
 * @param author the subject of the account that wrote the contribution; anonymous contributions have none to tell
 * @param about  the title of the page the contribution stands on (a format, a field of action, a map portal)
 * @param path   the web app's path to the contribution itself, with its fragment
 * @param reason the moderators' reason for HIDDEN and REJECTED; null otherwise
 */
public record ContributionNews(String author, Kind kind, String about, String path, String reason) {

    public enum Kind {
        APPROVED, HIDDEN, REJECTED, REPLIED, ANSWERED;

        /** What the moderators' decision tells its author. */
        public static Kind of(ModerationAction decision) {
            return switch (decision) {
                case APPROVE -> APPROVED;
                case HIDE -> HIDDEN;
                case REJECT -> REJECTED;
            };
        }
    }
}
