package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.mail.MailMessage;
import org.mitwirken.mail.MailOutbox;
import org.mitwirken.process.ProcessRef;
import org.mitwirken.process.ProcessService;

/**
 * Staff's announcements to the confirmed followers of a process: seen first as a follower will see it, tried on one's
 * own address, then sent once through {@link FollowerNews} and kept with who sent it, when and to how many.
 */
@ApplicationScoped
class NewsletterService {
    /** Whom the preview is addressed to when the login has no address of its own. */
    private static final String PREVIEW_ADDRESS = "empfaenger@example.org";

    @Inject
    ProcessService processes;

    @Inject
    FollowerNews news;

    @Inject
    SubscriptionMails mails;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    NewsletterRepository newsletters;

    @Inject
    MailOutbox outbox;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    NewsletterPage list(String processSlug, PageRequest paging) {
        ProcessRef process = process(processSlug);
        var query = newsletters.find("processId = ?1 order by sentAt desc, id", process.id())
                .page(paging.page(), paging.size());
        return new NewsletterPage(query.list().stream().map(NewsletterResponse::of).toList(), paging.page(),
                paging.size(), query.count());
    }

    NewsletterPreview preview(String processSlug, NewsletterRequest request) {
        String address = viewer.email();
        MailMessage mail = render(process(processSlug), request, address == null ? PREVIEW_ADDRESS : address);
        return new NewsletterPreview(mail.subject(), mail.text(), mail.html());
    }

    /** Only to the staff member's own address from the login: a test send can reach nobody else. */
    @Transactional
    NewsletterTestSent sendTest(String processSlug, NewsletterRequest request) {
        String address = viewer.email();
        if (address == null) {
            throw new ProblemException(ProblemType.CONFLICT, NewsletterCode.NO_ADDRESS_FOR_TEST);
        }
        MailMessage mail = render(process(processSlug), request, address);
        outbox.send(UUID.randomUUID(), "newsletter test", mail);
        return new NewsletterTestSent(address);
    }

    /**
     * Counted as FollowerNews tells them: one per address or account, however many scopes it follows (an account
     * that wants a digest reads it there).
     */
    @Transactional
    NewsletterResponse send(String processSlug, NewsletterRequest request) {
        ProcessRef process = process(processSlug);
        Map<SubscriptionScope, List<String>> followers = Map.of(SubscriptionScope.PROCESS, List.of(process.slug()));
        Newsletter newsletter = new Newsletter();
        newsletter.id = UUID.randomUUID();
        newsletter.processId = process.id();
        newsletter.subject = request.subject().strip();
        newsletter.body = request.body().strip();
        newsletter.sentBy = viewer.name();
        newsletter.sentBySubject = viewer.account();
        newsletter.sentAt = clock.instant();
        newsletter.recipientCount = (int) subscriptions.confirmedFollowers(followers).stream()
                .map(Subscription::recipient).distinct().count();
        if (!newsletters.recordOnce(newsletter, Hashes.sha256Hex(newsletter.subject + "\n\n" + newsletter.body))) {
            throw new ProblemException(ProblemType.CONFLICT, NewsletterCode.NEWSLETTER_SENT_ALREADY);
        }
        news.tell(followers, NewsWording.newsletter(newsletter.subject, newsletter.body, publicUrl), "newsletter");
        return NewsletterResponse.of(newsletter);
    }

    /**
     * The mail as a German-speaking follower of the process gets it; for a preview or test its unsubscribe link
     * belongs to no subscription and ends nothing.
     */
    private MailMessage render(ProcessRef process, NewsletterRequest request, String address) {
        Subscription reader = new Subscription();
        reader.id = UUID.randomUUID();
        reader.email = address;
        reader.scopeType = SubscriptionScope.PROCESS;
        reader.scopeKey = process.slug();
        reader.language = "de";
        return mails.news(reader, process.title(),
                NewsWording.newsletter(request.subject().strip(), request.body().strip(), publicUrl));
    }

    /** Staff write to the followers of processes the public sees: drafts have none. */
    private ProcessRef process(String slug) {
        return processes.findRef(slug, false).orElseThrow(() -> ProblemException.notFound(slug));
    }
}
