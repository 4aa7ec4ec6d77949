package org.mitwirken.common.ratelimit;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.mitwirken.common.Viewer;

/** Counts the current request against the anonymous write limit when nobody is logged in. */
@RequestScoped
public class AnonymousWrites {

    @Inject
    Viewer viewer;

    @Inject
    AnonymousWriteLimiter limiter;

    @Inject
    RoutingContext routing;

    public void count() {
        if (viewer.account() == null) {
            countAnyone();
        }
    }

    /** Counts also with a login, where a login does not make guessing harmless (e.g. single-use codes). */
    public void countAnyone() {
        limiter.countWrite(client());
    }

    /** Counts in a lane of its own, with its own allowance (see {@link AnonymousWriteLimiter}). */
    public void countInLane(String lane, int allowed) {
        limiter.countWrite(client(), lane, allowed);
    }

    private String client() {
        return client(routing.request().remoteAddress().hostAddress());
    }

    /**
     * The client as the limit counts it: an IPv4 address, or the /64 network of an IPv6 address, since one
     * connection to the internet commonly holds a whole /64 and could rotate through it.
     */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
