package org.mitwirken.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may go: https to a public address. The server sits inside the city's network, so a webhook to a
 * private, loopback or link-local address would let whoever registers it probe that network (SSRF). A registration
 * naming such an address or {@code localhost} is refused; before every delivery the name is resolved again and every
 * address it has must be public, as a name may point elsewhere later. Redirects are never followed. Development and
 * tests allow http and local receivers ({@code mitwirken.webhooks.allow-local-targets}).
 */
@ApplicationScoped
class WebhookTargets {

    @ConfigProperty(name = "mitwirken.webhooks.allow-local-targets")
    boolean allowLocal;

    /** Why this URL cannot receive webhooks as written, or empty. */
    Optional<WebhookCode> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(WebhookCode.URL_INVALID);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !(allowLocal && "http".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.of(WebhookCode.URL_NOT_HTTPS);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(WebhookCode.URL_WITHOUT_HOST);
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of(WebhookCode.URL_WITH_CREDENTIALS);
        }
        if (uri.getPort() > 65535) {
            return Optional.of(WebhookCode.URL_PORT_INVALID);
        }
        if (!allowLocal && namesLocalHost(uri.getHost())) {
            return Optional.of(WebhookCode.URL_NOT_PUBLIC);
        }
        return Optional.empty();
    }

    /** Why a delivery must not go to this host now, or empty; an unknown host is for the caller to retry. */
    Optional<String> refusal(URI uri) throws UnknownHostException {
        if (allowLocal) {
            return Optional.empty();
        }
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (!isPublic(address)) {
                return Optional.of("the host resolves to a non-public address");
            }
        }
        return Optional.empty();
    }

    private static boolean namesLocalHost(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        boolean literal = name.startsWith("[") || name.matches("[0-9.]+");
        try {
            return literal && !isPublic(InetAddress.getByName(name));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** Global unicast only: every special-purpose range of IANA's registries is refused. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff);
        }
        if (address instanceof Inet6Address) {
            boolean globalUnicast = (bytes[0] & 0xe0) == 0x20;
            boolean embedsV4 = isZero(bytes, 0, 12) || startsWith(bytes, 0x00, 0x64, 0xff, 0x9b);
            return globalUnicast || embedsV4 && isPublicV4(bytes[12] & 0xff, bytes[13] & 0xff, bytes[14] & 0xff);
        }
        return false;
    }

    private static boolean isPublicV4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && (b & 0xc0) == 64)
                || (a == 169 && b == 254)
                || (a == 172 && (b & 0xf0) == 16)
                || (a == 192 && b == 0 && c == 0)
                || (a == 192 && b == 168)
                || (a == 198 && (b & 0xfe) == 18));
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
