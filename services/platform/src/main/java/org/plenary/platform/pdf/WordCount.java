package org.plenary.platform.pdf;

import java.util.Locale;

/** How many words a text has, and how they were counted (the method's name and the language). */
public record WordCount(int count, String method, Locale locale) {}
