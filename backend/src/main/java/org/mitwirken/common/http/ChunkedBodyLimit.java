package org.mitwirken.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/**
 * A body sent without {@code Content-Length} (chunked) passes {@link BodyLimitFilter}; it is counted while it is read
 * and refused with 413 at the first byte over the limit, so it is never read whole. Bodies of declared length were
 * checked by that filter already and are read as they are.
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "mitwirken.json.max-body-bytes")
    long maxJsonBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean declaredLength = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) != null;
        if (declaredLength || type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return context.proceed();
        }
        Counted counted = new Counted(context.getInputStream(), maxJsonBytes);
        context.setInputStream(counted);
        try {
            return context.proceed();
        } catch (RuntimeException | IOException readerFailure) {
            // The JSON reader reports any failure of its stream as an unreadable body; the count knows better.
            if (counted.exceeded()) {
                throw tooLarge(maxJsonBytes);
            }
            throw readerFailure;
        }
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, GeneralCode.BODY_TOO_LARGE,
                Map.of("maxBytes", limit));
    }

    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        boolean exceeded() {
            return read > limit;
        }

        private void count(int bytes) {
            read += bytes;
            if (exceeded()) {
                throw tooLarge(limit);
            }
        }
    }
}
