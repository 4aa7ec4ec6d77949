package org.mitwirken.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a mail template's output against the approved copy in {@code src/test/resources/mail-snapshots/}: subject,
 * plain text and HTML, one file each. A change to a template shows in review as a change to these files. Run the
 * tests with {@code -Dmail.snapshots.update=true} to write the copies afresh, then read the diff before committing.
 */
public final class MailSnapshot {
    private static final Path DIRECTORY = Path.of("src/test/resources/mail-snapshots");

    private MailSnapshot() {
    }

    /** {@code name}: the template and language, e.g. {@code subscription-confirmation.de}. */
    public static void assertMatches(String name, MailMessage mail) {
        boolean written = compare(name + ".subject.txt", mail.subject() + "\n");
        written |= compare(name + ".txt", mail.text());
        written |= compare(name + ".html", mail.html());
        if (written && !Boolean.getBoolean("mail.snapshots.update")) {
            throw new AssertionError("No approved copy of " + name + " yet; written now, review and commit it");
        }
    }

    /** Whether the copy was written rather than compared. */
    private static boolean compare(String file, String actual) {
        Path approved = DIRECTORY.resolve(file);
        try {
            if (Boolean.getBoolean("mail.snapshots.update") || !Files.exists(approved)) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(approved, actual, StandardCharsets.UTF_8);
                return true;
            }
            assertEquals(Files.readString(approved, StandardCharsets.UTF_8), actual, file + " differs from the "
                    + "approved copy (update with -Dmail.snapshots.update=true if the change is meant)");
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
