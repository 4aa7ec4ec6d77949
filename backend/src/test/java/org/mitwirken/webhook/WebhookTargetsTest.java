package org.mitwirken.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Webhook targets in production: https to public addresses only (no SSRF into the city's network)")
class WebhookTargetsTest {
    private final WebhookTargets production = new WebhookTargets();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://172.16.0.1/hook",
            "https://192.168.178.1/hook", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook",
            "https://0.0.0.0/hook", "https://198.18.0.1/hook", "https://[::1]/hook", "https://[fd00::1]/hook",
            "https://[fe80::1]/hook", "https://[64:ff9b::7f00:1]/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://localhost/hook", "https://localhost./hook", "https://kc.localhost/hook", "https://2130706433/hook" })
    @DisplayName("a local, private or special-purpose address is refused when registered")
    void refusesLocalTargets(String url) {
        assertThat(production.problemWith(url).isPresent(), is(true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://93.184.215.14/hook", "https://[2a00:1450:4001:82b::200e]/hook",
            "https://hooks.example.org:8443/mitwirken" })
    @DisplayName("a public https address is accepted")
    void acceptsPublicTargets(String url) {
        assertThat(production.problemWith(url), equalTo(Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "http://hooks.example.org/x", "https://hooks.example.org:70000/x" })
    @DisplayName("plain http and impossible ports are refused")
    void refusesHttpAndBadPorts(String url) {
        assertThat(production.problemWith(url).isPresent(), is(true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://127.0.0.1/", "https://[::1]/", "https://localhost/" })
    @DisplayName("before a delivery, a host resolving to a local address is refused")
    void refusesAtDelivery(String url) throws Exception {
        assertThat(production.refusal(URI.create(url)).isPresent(), is(true));
    }
}
