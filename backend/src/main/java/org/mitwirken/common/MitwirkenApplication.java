package org.mitwirken.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Mitwirken API", version = "1",
                description = "Public REST API of Mitwirken, the open platform on which a city runs citizen "
                        + "participation for its urban development plans. Reads are public; writes need a bearer "
                        + "token from the city's Keycloak realm with the role named on each operation. Every error "
                        + "is an RFC 9457 problem document (application/problem+json). Cache-Control follows one "
                        + "rule: problems, answers to writes, reads that need a login and one's own items are "
                        + "no-store; other reads with a login or device token are private, no-cache; all other "
                        + "reads are public, no-cache with an ETag (send If-None-Match for 304).",
                contact = @Contact(name = "Mitwirken"),
                license = @License(name = "EUPL-1.2", url = "https://eupl.eu/1.2/en/")),
        tags = {
                @Tag(name = "Processes", description = "Participation processes (e.g. the INSEK) and their phases"),
                @Tag(name = "Formats", description = "Participation formats: interviews, surveys, workshops, "
                        + "district walks, dialogue events"),
                @Tag(name = "Documents", description = "Presentations, summaries and documentation of formats"),
                @Tag(name = "Districts", description = "The city's Ortsbezirke"),
                @Tag(name = "Fields of action", description = "Handlungsfelder with their goals (Entwicklungsziele)"),
                @Tag(name = "Interview notes", description = "Gesprächsvermerke of the stakeholder interviews"),
                @Tag(name = "Search", description = "Full-text search over everything published"),
                @Tag(name = "Comments", description = "Citizens' comments, replies, supports and reports"),
                @Tag(name = "Moderation", description = "The moderators' queue and decisions"),
                @Tag(name = "Prioritisation", description = "Dot voting on goals or fields of action, online and on "
                        + "site, with live results"),
                @Tag(name = "Calendars and feeds", description = "Formats as iCalendar events (RFC 5545) and a "
                        + "process's news as an Atom feed (RFC 4287), for calendar apps and feed readers")
        })
public class MitwirkenApplication extends Application {
}
