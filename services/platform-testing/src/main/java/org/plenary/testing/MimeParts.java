package org.plenary.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small MIME reader for the tests that read mail from the local mail server: the parts of a message (through
 * multipart/mixed and multipart/alternative), each decoded from base64 or quoted-printable into text.
 */
public final class MimeParts {

    /** One part: its content type and its decoded text. */
    public record Part(String contentType, String content) {}

    private MimeParts() {}

    /** The first part of this content type (e.g. {@code text/plain}), if any. */
    public static java.util.Optional<Part> first(String mime, String contentType) {
        return parts(mime).stream()
                .filter(p -> p.contentType().toLowerCase(Locale.ROOT).startsWith(contentType))
                .findFirst();
    }

    public static List<Part> parts(String mime) {
        List<Part> parts = new ArrayList<>();
        collect(mime, parts);
        return parts;
    }

    private static void collect(String entity, List<Part> parts) {
        int split = entity.indexOf("\r\n\r\n");
        String headers = split < 0 ? entity : entity.substring(0, split);
        String body = split < 0 ? "" : entity.substring(split + 4);
        String unfolded = headers.replaceAll("\r\n[ \t]+", " ");
        String contentType = headerOf(unfolded, "Content-Type", "text/plain");
        Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE)
                .matcher(contentType);
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") && boundary.find()) {
            String delimiter = "--" + boundary.group(1);
            String[] pieces = body.split(Pattern.quote(delimiter));
            for (int i = 1; i < pieces.length; i++) {
                String piece = pieces[i];
                if (piece.startsWith("--")) {
                    break;
                }
                collect(piece.replaceFirst("^\r\n", ""), parts);
            }
            return;
        }
        String encoding =
                headerOf(unfolded, "Content-Transfer-Encoding", "7bit").toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (encoding.equals("base64")) {
            bytes = Base64.getMimeDecoder().decode(body.strip());
        } else if (encoding.equals("quoted-printable")) {
            bytes = quotedPrintable(body);
        } else {
            bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        }
        parts.add(new Part(contentType, new String(bytes, StandardCharsets.UTF_8)));
    }

    private static String headerOf(String headers, String name, String otherwise) {
        Matcher m =
                Pattern.compile("(?mi)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(headers);
        return m.find() ? m.group(1).strip() : otherwise;
    }

    private static byte[] quotedPrintable(String text) {
        String joined = text.replace("=\r\n", "").replace("=\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() + 0 && i + 2 <= joined.length() - 1) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write((byte) c);
            }
        }
        return out.toByteArray();
    }
}
