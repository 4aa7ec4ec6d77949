package org.mitwirken.synthesis;

/** Where a piece of input stands with the city; the words are those the city's German texts (PDF, feeds) print. */
public enum ResponseStatus {
    TAKEN_UP("Aufgegriffen"),
    PARTLY("Teilweise aufgegriffen"),
    NOT_TAKEN_UP("Nicht aufgegriffen"),
    UNDER_REVIEW("Wird geprüft");

    private final String german;

    ResponseStatus(String german) {
        this.german = german;
    }

    public String german() {
        return german;
    }
}
