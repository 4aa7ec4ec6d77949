package org.mitwirken.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/**
 * The HTTP layer admits bodies up to the upload limit; JSON bodies get a far smaller one, refused with 413
 * before anything is read.
 */
public class BodyLimitFilter {

    @ConfigProperty(name = "mitwirken.json.max-body-bytes")
    long maxJsonBytes;

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void limitJsonBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean multipart = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        int length = request.getLength();
        if (!multipart && length > maxJsonBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, GeneralCode.BODY_TOO_LARGE,
                    Map.of("maxBytes", maxJsonBytes));
        }
    }
}
