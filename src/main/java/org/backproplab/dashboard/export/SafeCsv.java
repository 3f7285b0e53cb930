package org.backproplab.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as spreadsheets read it safely: RFC 4180 (Apache Commons CSV quotes and escapes), UTF-8 with a
 * byte order mark so that Excel takes the text as UTF-8, CRLF line ends, and every text cell that
 * could start a formula neutralised (OWASP's advice on CSV injection).
 */
final class SafeCsv {
    static final char BOM = '\uFEFF';
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private SafeCsv() {
    }

    /** A printer on {@code out} that has written the byte order mark and the header row. */
    static CSVPrinter open(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /**
     * A text cell made safe: one that starts with {@code = + - @}, a tab or a carriage return gets a
     * leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
     * Used for every text a user typed (names, answers); numbers the app computes are written as numbers.
     * A plain number typed as an answer ({@code -0.25}, {@code -4e-3}) is no formula and stays a number.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        if (PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    /** A mark as a spreadsheet reads it: at most four decimals, no trailing zeros (0.6667, 1, 0.5). */
    static String number(double x) {
        return java.math.BigDecimal.valueOf(x).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
