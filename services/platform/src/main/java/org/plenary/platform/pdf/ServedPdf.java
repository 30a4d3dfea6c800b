package org.plenary.platform.pdf;

import java.util.Base64;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A stored PDF served back: always as an attachment under a name of safe characters only (letters, digits,
 * {@code . _ -}), never sniffed ({@code nosniff}) nor run if a browser opens it anyway (a sandboxing content security
 * policy), with the SHA-256 stored when it was uploaded ({@code X-Checksum-SHA256} in hex, and {@code Repr-Digest} of
 * RFC 9530), so that the caller can check that what it got is what was checked.
 */
public final class ServedPdf {

    private ServedPdf() {}

    public static <T> RestResponse<T> attachment(T content, String fileName, String sha256Hex) {
        return builder(content, fileName, sha256Hex).build();
    }

    /** The same answer, for a caller that adds headers of its own. */
    public static <T> RestResponse.ResponseBuilder<T> builder(T content, String fileName, String sha256Hex) {
        return RestResponse.ResponseBuilder.ok(content, PdfInspection.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + safeName(fileName) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Checksum-SHA256", sha256Hex)
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(sha256Hex)) + ":");
    }

    /** The name with anything but letters, digits, {@code . _ -} replaced, never hidden, never empty. */
    static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "file.pdf" : safe;
    }
}
