package org.mitwirken.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.export.Csv;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;

/**
 * Participation codes as they are handed out: new codes for a scope, and printable sheets or CSV lists of them whose
 * links lead to the page where the code is used (the code travels in the address's fragment, which browsers never
 * send to a server).
 */
@ApplicationScoped
public class CodeHandouts {
    public static final String PDF = "application/pdf";

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    /** Codes only for scopes that use them; they are returned this once, the server keeps only keyed hashes. */
    public CodeRequests.Codes generate(ParticipationCodes codes, UUID scope, IntegrityMode mode, int count) {
        if (mode != IntegrityMode.PARTICIPATION_CODE) {
            throw ProblemException.conflict(IntegrityCode.CODES_NOT_USED, Map.of());
        }
        return new CodeRequests.Codes(codes.generate(scope, count));
    }

    /**
     * @param page the SPA path where the codes are used, e.g. {@code /umfragen/slug}
     * @param fileStem the download's file name without extension
     */
    public Response sheet(ParticipationCodes codes, UUID scope, String title, String page, String fileStem,
            List<String> requested, String accept) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!codes.exists(scope, requested.get(i))) {
                violations.add(new Violation("codes[" + i + "]", IntegrityCode.CODE_NOT_ISSUED_HERE));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        if (accept != null && accept.contains("text/csv")) {
            List<List<String>> rows = requested.stream().map(code -> List.of(code, link(page, code))).toList();
            return Response.ok(Csv.write(List.of("code", "link"), rows), Csv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + fileStem + "-codes.csv\"").build();
        }
        return Response.ok(CodeSheet.render(title, requested, code -> link(page, code)), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileStem + "-codes.pdf\"").build();
    }

    private String link(String page, String code) {
        return publicUrl + page + "#code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
