package org.plenary.platform.pdf;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's one {@link PdfInspector}, bounded by {@link PdfConfig}; its threads stop with the service. */
public class PdfInspectorProducer {

    @Produces
    @Singleton
    PdfInspector inspector(PdfConfig config) {
        return new PdfInspector(config.bounds());
    }

    void close(@Disposes PdfInspector inspector) {
        inspector.close();
    }
}
