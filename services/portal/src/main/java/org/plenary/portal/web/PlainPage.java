package org.plenary.portal.web;

/**
 * A page written without the templates, for answers given before a request reaches the portal's resources (where
 * no request scope is active): a heading, one paragraph and a link home, in the portal's style sheet.
 */
final class PlainPage {

    private PlainPage() {}

    static String html(String lang, String siteName, String heading, String text, String home) {
        String dir = "ar".equals(lang) ? "rtl" : "ltr";
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\" dir=\"" + dir + "\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(heading) + " – " + escape(siteName)
                + "</title><link rel=\"stylesheet\" href=\"/portal.css\"></head>\n"
                + "<body><main id=\"main\"><h1>" + escape(heading) + "</h1>"
                + (text == null ? "" : "<p>" + escape(text) + "</p>")
                + "<p><a href=\"/\">" + escape(home) + "</a></p></main></body>\n</html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
