package org.plenary.platform;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Optional;
import org.jboss.logging.MDC;

/**
 * The correlation id of the work in progress: the request's {@code X-Correlation-Id} (or a new one), or the
 * correlation id of the event being consumed. Kept as a local of the Vert.x duplicated context, so it
 * follows one request or one message through its reactive pipeline.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    /** The log format's {@code %X{correlationId}}. */
    public static final String MDC_KEY = "correlationId";

    private static final String KEY = "plenary.correlation-id";

    private Correlation() {}

    public static Optional<String> current() {
        Context context = Vertx.currentContext();
        return context == null ? Optional.empty() : Optional.ofNullable(context.getLocal(KEY));
    }

    /** Sets the correlation id for the rest of this request or message, and for its log lines. */
    public static void set(String correlationId) {
        Context context = Vertx.currentContext();
        if (context != null && correlationId != null) {
            context.putLocal(KEY, correlationId);
            MDC.put(MDC_KEY, correlationId);
        }
    }
}
