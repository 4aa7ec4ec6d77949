package org.mitwirken.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may go: https to a public address. The server sits inside the city's network, so a webhook to a
 * private, loopback or link-local address would let whoever registers it probe that network (SSRF). Checked when it
 * is registered and again before every delivery, as a name may resolve elsewhere later. Development and tests allow
 * http and local receivers ({@code mitwirken.webhooks.allow-local-targets}).
 */
@ApplicationScoped
class WebhookTargets {

    @ConfigProperty(name = "mitwirken.webhooks.allow-local-targets")
    boolean allowLocal;

    /** Why this URL cannot receive webhooks as written, or empty. */
    Optional<String> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !(allowLocal && "http".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.of("must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not contain credentials or a fragment");
        }
        return Optional.empty();
    }

    /** Why a delivery must not go to this host now, or empty; an unknown host is for the caller to retry. */
    Optional<String> refusal(URI uri) throws UnknownHostException {
        if (allowLocal) {
            return Optional.empty();
        }
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (isLocal(address)) {
                return Optional.of("the host resolves to a non-public address");
            }
        }
        return Optional.empty();
    }

    private static boolean isLocal(InetAddress address) {
        boolean uniqueLocalV6 = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6
                || isCarrierGradeNat(address);
    }

    private static boolean isCarrierGradeNat(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
