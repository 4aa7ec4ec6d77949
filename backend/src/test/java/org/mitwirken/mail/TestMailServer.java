package org.mitwirken.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** The subjects of the mails this address received, in the order they arrived. */
    public static List<String> subjectsReceivedBy(String address) {
        return receivedBy(address).stream().map(TestMailServer::subjectOf).toList();
    }

    public static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one mail this address received; fails if it received none or more. */
    public static MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = receivedBy(address);
        if (mails.size() != 1) {
            throw new AssertionError(address + " received " + mails.size() + " mails, not 1: "
                    + mails.stream().map(TestMailServer::subjectOf).toList());
        }
        return mails.get(0);
    }

    /** The first part of this type (e.g. text/plain, text/calendar), at any depth, as text with LF line ends. */
    public static String part(MimeMessage mail, String type) throws Exception {
        Part part = find(mail, type);
        if (part == null) {
            throw new AssertionError("no " + type + " part");
        }
        try (InputStream content = part.getInputStream()) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    /** The file name of the first part of this type, or null where it has none. */
    public static String fileName(MimeMessage mail, String type) throws Exception {
        Part part = find(mail, type);
        if (part == null) {
            throw new AssertionError("no " + type + " part");
        }
        return part.getFileName();
    }

    private static Part find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                Part found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
