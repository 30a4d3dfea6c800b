package org.plenary.notification.mail;

/** A mail ready to go: subject, plain text, HTML and, for an approved side event, its iCalendar file. */
public record RenderedMail(String subject, String text, String html, String ics) {}
