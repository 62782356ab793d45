package io.xingzhi.adapter.csv;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.run.RunResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes leads as {@code leads.csv} for Excel: UTF-8 with a byte-order mark, CRLF line ends, a
 * header row with the columns of {@link JsonLinesLeadWriter} in the same order. List cells are
 * joined with a full-width semicolon {@code ；}: {@code legal_basis} as written, {@code evidence} as
 * {@code dataset file:line}, {@code facts} as {@code 标签：value} sorted by key, {@code possible_matches} as
 * {@code dataset file:line（reason）}; {@code due_on} is
 * an ISO date or empty; booleans are {@code true}/{@code false}. A cell that a spreadsheet could run as
 * a formula ({@code = + - @} or their full-width forms first, after any leading blanks) is prefixed
 * with {@code '} ({@link SpreadsheetCells}).
 */
public final class CsvLeadWriter implements RunSink {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final Path file;

    /** A sink writing the run's leads to {@code file}. */
    public CsvLeadWriter(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public void accept(RunResult result) {
        AtomicFile.write(file, out -> write(result.leads(), out));
    }

    /** From this many leads the second half is formatted on a thread of its own. */
    static final int SPLIT_FROM = 4_096;

    /**
     * Writes {@code leads} to {@code out} (flushed, left open). With many leads and more than one
     * processor, the second half is formatted on a thread of its own into memory while this one
     * writes the first, then follows it: the bytes are the same (each record is formatted alone),
     * and the file, the largest of a run's outputs to format, is no longer the one the run waits for.
     */
    public static void write(List<Lead> leads, OutputStream out) throws IOException {
        write(leads, out, Runtime.getRuntime().availableProcessors() > 1 ? SPLIT_FROM : Integer.MAX_VALUE);
    }

    static void write(List<Lead> leads, OutputStream out, int splitFrom) throws IOException {
        int half = leads.size() >= Math.max(2, splitFrom) ? leads.size() / 2 : leads.size();
        java.util.concurrent.FutureTask<java.io.ByteArrayOutputStream> second = null;
        if (half < leads.size()) {
            List<Lead> rest = leads.subList(half, leads.size());
            second = CsvRunOutput.started("xingzhi-write-csv-2", () -> {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
                records(rest, bytes);
                return bytes;
            });
        }
        // the printer appends a cell, a quote or a separator at a time: buffered, they are encoded in large runs
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(LeadColumns.NAMES);
        printer.flush();
        records(leads.subList(0, half), out);
        if (second != null) {
            try {
                second.get().writeTo(out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                second.cancel(true);
                throw new java.io.InterruptedIOException("interrupted while writing leads.csv");
            } catch (java.util.concurrent.ExecutionException e) {
                com.google.common.base.Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
                com.google.common.base.Throwables.throwIfUnchecked(e.getCause());
                throw new IOException("formatting leads failed", e.getCause());
            }
            out.flush();
        }
    }

    /** The leads' records, formatted into {@code out} (flushed). */
    private static void records(List<Lead> leads, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(w, FORMAT);
        for (Lead lead : leads) {
            printer.printRecord(cells(lead));
        }
        printer.flush();
    }

    static List<String> cells(Lead lead) {
        List<String> c = new ArrayList<>(LeadColumns.NAMES.size());
        c.add(lead.leadId());
        c.add(lead.model());
        c.add(lead.kindCode());
        c.add(lead.kind().label());
        // a leading tab makes Excel and WPS keep the 18 digits as text; as a number they would show
        // 2.10682E+17 and lose the last three digits when the file is saved again
        c.add(lead.idText().isEmpty() ? "" : "\t" + lead.idText());
        c.add(lead.name());
        c.add(lead.caseNumber());
        c.add(lead.supervisedAgency());
        c.add(lead.supervisedUnit());
        c.add(lead.dueOn().map(Object::toString).orElse(""));
        c.add(lead.summary());
        c.add(String.join(LeadColumns.LIST_SEPARATOR, lead.legalBasis()));
        c.add(joined(lead.evidence(), LeadColumns::evidenceText));
        c.add(lead.linkedBy().code());
        c.add(Boolean.toString(lead.estimated()));
        c.add(Boolean.toString(lead.boundary()));
        c.add(lead.suggestedDocument().label());
        c.add(joined(LeadColumns.sortedFacts(lead).entrySet(), e -> lead.kind().factLabel(e.getKey()) + "：" + e.getValue()));
        c.add(joined(lead.possibleMatches(), m -> LeadColumns.refText(m.ref()) + "（" + m.reason() + "）"));
        c.replaceAll(SpreadsheetCells::safe);
        return c;
    }

    /** The items' texts joined by {@link LeadColumns#LIST_SEPARATOR}, as {@code Collectors.joining} would join them. */
    private static <T> String joined(Iterable<T> items, java.util.function.Function<? super T, String> text) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (T item : items) {
            if (!first) {
                b.append(LeadColumns.LIST_SEPARATOR);
            }
            first = false;
            b.append(text.apply(item));
        }
        return b.toString();
    }
}
