package org.mitwirken.mail;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak's verified addresses, as tests see them: every account {@code x} has {@code x@example.org}, unless a test
 * takes it away or makes the directory unreachable. No test run asks the real Keycloak, which may not be there.
 */
@Mock
@ApplicationScoped
public class TestAddressBook implements MailAddressBook {
    private final Set<String> unverified = ConcurrentHashMap.newKeySet();
    private volatile boolean reachable = true;

    public static String addressOf(String subject) {
        return subject + "@example.org";
    }

    @Override
    public Optional<String> verifiedAddress(String subject) {
        if (!reachable) {
            throw new Unreachable("Keycloak away (test)", null);
        }
        return unverified.contains(subject) ? Optional.empty() : Optional.of(addressOf(subject));
    }

    public void unverify(String subject) {
        unverified.add(subject);
    }

    public void reachable(boolean reachable) {
        this.reachable = reachable;
    }
}
