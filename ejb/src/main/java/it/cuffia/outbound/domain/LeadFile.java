package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.DomainException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.Tika;

/**
 * A lead list as uploaded by a client: the header and a stream of data lines. Encoding and
 * delimiter are guessed when not given, because clients send whatever their spreadsheet exported
 * (Italian Excel: windows-1252 and ';'). Only the bytes are kept; rows are parsed again on each
 * {@link #rows(long)} so large files never sit in memory as objects.
 */
public final class LeadFile {

    private static final Tika TIKA = new Tika();

    /** Italian Excel saves "CSV" in the Windows code page, not in UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] content;
    private final int offset;
    private final Charset charset;
    private final char delimiter;
    private final CSVFormat format;
    private final List<String> headers;

    private LeadFile(byte[] content, int offset, Charset charset, char delimiter) {
        this.content = content;
        this.offset = offset;
        this.charset = charset;
        this.delimiter = delimiter;
        // Blank lines are kept as records, so that each one is reported and line counting stays exact.
        this.format = CSVFormat.DEFAULT.builder() // the same format as text(CsvLine, char) writes
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .get();
        this.headers = readHeaders();
    }

    /**
     * @param charset   null to detect: UTF-8 when the bytes are valid UTF-8, otherwise windows-1252
     * @param delimiter null to detect from the header line: ';', tab or ','
     * @throws DomainException {@code leads.csv.empty} when there is no header,
     *                         {@code leads.csv.notText} when the bytes are no text (a picture, a spreadsheet),
     *                         {@code leads.csv.malformed} when the header cannot be parsed
     */
    public static LeadFile of(byte[] content, Charset charset, Character delimiter) {
        if (content == null || content.length == 0) {
            throw new DomainException("leads.csv.empty");
        }
        // a spreadsheet or a picture chosen by mistake: said as such, not read as a CSV whose header is "‰PNG"
        if (isBinary(content)) {
            throw new DomainException("leads.csv.notText", TIKA.detect(content));
        }
        byte[] bytes = content.clone();
        Charset detected = charset != null ? charset : detectCharset(bytes);
        int offset = startsWith(bytes, UTF8_BOM) && StandardCharsets.UTF_8.equals(detected) ? UTF8_BOM.length : 0;
        char chosen = delimiter != null ? delimiter : detectDelimiter(firstNonBlankLine(bytes, offset, detected));
        return new LeadFile(bytes, offset, detected, chosen);
    }

    /**
     * A NUL, or several other control bytes, in the first 4 KB: every picture, spreadsheet (a zip) or PDF has them,
     * text has none (a stray one in a cell is left to that line's own rejection). Tika's type alone would also refuse
     * text it takes for another format (a header starting "ID;P" reads as a SYLK spreadsheet); it only names the type.
     */
    private static boolean isBinary(byte[] content) {
        int controls = 0;
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != 0x0b && b != '\f' && b != '\r') {
                controls++;
            }
        }
        return controls >= 4;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** Header names as written, trimmed; duplicates and blanks are kept so indexes match the rows. */
    public List<String> headers() {
        return headers;
    }

    /** Field → column index, recognised by header aliases; the first column naming a field wins. */
    public Map<LeadField, Integer> guessMapping() {
        Map<LeadField, Integer> mapping = new EnumMap<>(LeadField.class);
        for (int column = 0; column < headers.size(); column++) {
            int index = column;
            LeadField.forHeader(headers.get(column)).ifPresent(field -> mapping.putIfAbsent(field, index));
        }
        return Collections.unmodifiableMap(mapping);
    }

    /** All data lines; see {@link #rows(long)}. */
    public Stream<CsvLine> rows() {
        return rows(0);
    }

    /**
     * Every data record after the header, blank ones included (they are {@link CsvLine#blank()}, and
     * the import reports them as skipped), parsed lazily. A malformed record ends the stream with
     * {@code DomainException("leads.csv.malformed", lineNumber)}.
     *
     * @param skipRecords data records to pass over first, to resume an import that stopped midway
     */
    public Stream<CsvLine> rows(long skipRecords) {
        if (skipRecords < 0) {
            throw new IllegalArgumentException("skipRecords < 0: " + skipRecords);
        }
        Cursor cursor = new Cursor();
        Spliterator<CsvLine> lines = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private boolean positioned;

            @Override
            public boolean tryAdvance(Consumer<? super CsvLine> action) {
                if (!positioned) {
                    positioned = true;
                    cursor.next(true); // the header, after any blank lines above it
                    for (long i = 0; i < skipRecords; i++) {
                        if (cursor.next(false) == null) {
                            return false;
                        }
                    }
                }
                CsvLine line = cursor.next(false);
                if (line == null) {
                    return false;
                }
                action.accept(line);
                return true;
            }
        };
        return StreamSupport.stream(lines, false).onClose(cursor::close);
    }

    /**
     * The delimiter a person or a program names: the character itself, or "t" / "tab" / "\\t" for
     * a tab; blank for "guess it".
     *
     * @throws DomainException {@code leads.import.delimiterInvalid} for anything but ';', ',', '|' or tab
     */
    public static Character delimiterOf(String typed) {
        if (typed == null || typed.isEmpty()) {
            return null;
        }
        if (List.of("t", "tab", "\\t", "\t").contains(typed.toLowerCase(java.util.Locale.ROOT))) {
            return '\t';
        }
        if (typed.length() == 1 && ";,|".indexOf(typed.charAt(0)) >= 0) {
            return typed.charAt(0);
        }
        throw new DomainException("leads.import.delimiterInvalid", typed);
    }

    /**
     * A charset by its name; blank for "guess it".
     *
     * @throws DomainException {@code leads.import.charsetInvalid} for a name the JVM does not know
     */
    public static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainException("leads.import.charsetInvalid", name);
        }
    }

    /**
     * The guessed mapping changed by what a program asked for: field → header name (as written, case
     * and spaces aside) or 1-based column number; a blank column leaves the field unmapped.
     *
     * @throws DomainException {@code leads.mapping.fieldUnknown}, {@code leads.mapping.columnUnknown}
     */
    public Map<LeadField, Integer> mapping(Map<String, String> asked) {
        // EnumMap's copy constructor refuses an empty map: a file with no header recognised guesses nothing
        Map<LeadField, Integer> mapping = new EnumMap<>(LeadField.class);
        mapping.putAll(guessMapping());
        asked.forEach((fieldName, column) -> {
            LeadField field;
            try {
                field = LeadField.valueOf(fieldName.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException("leads.mapping.fieldUnknown", fieldName);
            }
            if (column == null || column.isBlank()) {
                mapping.remove(field);
            } else {
                mapping.put(field, columnOf(column));
            }
        });
        return Collections.unmodifiableMap(mapping);
    }

    private int columnOf(String column) {
        String wanted = LeadField.normalize(column);
        for (int i = 0; i < headers.size(); i++) {
            if (LeadField.normalize(headers.get(i)).equals(wanted)) {
                return i;
            }
        }
        if (column.trim().matches("\\d{1,4}")) {
            int number = Integer.parseInt(column.trim());
            if (number >= 1 && number <= headers.size()) {
                return number - 1;
            }
        }
        throw new DomainException("leads.mapping.columnUnknown", column);
    }

    /** A record written back as one CSV record with this delimiter (quoted where needed), for the report. */
    public static String text(CsvLine line, char delimiter) {
        if (line.values().size() == 1 && line.values().get(0).isEmpty()) {
            return ""; // an empty line (a printer would quote the lone empty value)
        }
        StringBuilder out = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(out,
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("").get())) {
            printer.printRecord(line.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<String> readHeaders() {
        Cursor cursor = new Cursor();
        try {
            CsvLine header = cursor.next(true);
            if (header == null) {
                throw new DomainException("leads.csv.empty");
            }
            return header.values().stream().map(name -> name.replace("\uFEFF", "").trim()).toList();
        } finally {
            cursor.close();
        }
    }

    private Reader reader() {
        return new InputStreamReader(new ByteArrayInputStream(content, offset, content.length - offset), charset);
    }

    /** Reads records one at a time, remembering the line each one starts on. */
    private final class Cursor {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        Cursor() {
            try {
                parser = CSVParser.parse(reader(), format);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen on bytes in memory
            }
            records = parser.iterator();
        }

        /** The next record (the next non-blank one if {@code skipBlank}), or null at the end. */
        CsvLine next(boolean skipBlank) {
            while (true) {
                // Asked before hasNext(), which is what parses: line breaks consumed so far, plus one.
                long start = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    DomainException malformed = new DomainException("leads.csv.malformed", start);
                    malformed.initCause(e);
                    throw malformed;
                }
                CsvLine line = new CsvLine(start, record.toList());
                if (!skipBlank || !line.blank()) {
                    return line;
                }
            }
        }

        void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Charset detectCharset(byte[] bytes) {
        int offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        return isStrictUtf8(bytes, offset) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Decodes in small chunks, so checking a large file does not hold a second copy of it. */
    private static boolean isStrictUtf8(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                out.clear();
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    private static String firstNonBlankLine(byte[] bytes, int offset, Charset charset) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static char detectDelimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
