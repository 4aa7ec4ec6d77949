package org.mitwirken.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * An SMTP server inside the test run, on a free port, that tests can stop and start again to see that no mail is lost
 * or sent twice while it is away. Every test run's mails go here, never anywhere else.
 */
public class TestMailServer implements QuarkusTestResourceLifecycleManager {
    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test mail server", e);
        }
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static synchronized void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the server last started, to any address. */
    public static synchronized List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** The mails received for one address. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
