package io.xingzhi.core.run;

import io.xingzhi.core.record.Dataset;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run has to say about one input as a whole, beside its rows: which dataset a file became
 * when its name did not say, which files were not read and why, which columns of a header no field
 * knows (with the nearest known name), and a header that lacks a required field or is no header at
 * all, judgments whose sentence text could not be read - so that nothing a prosecutor handed over
 * vanishes without a word. Messages come in Chinese
 * and English. A note quotes what a file holds (a header cell, a file name), which may be a person's
 * identity number (a data row read as a header, a file named after a person): every identity number in
 * the messages is masked ({@link io.xingzhi.core.value.PersonalData#maskIdNumbers}), and one of exactly
 * 15 or 18 digits in the source's name ({@link io.xingzhi.core.value.PersonalData#maskExactIdNumbers}), as
 * reports, standard output and logs never show one.
 *
 * @param source the file, table or feed
 * @param dataset the dataset it was read as, when it was read as one
 * @param kind what the note says
 * @param message the note in Chinese
 * @param englishMessage the note in English
 */
public record SourceNote(String source, Optional<Dataset> dataset, Kind kind, String message, String englishMessage) {
    public SourceNote {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(englishMessage, "englishMessage");
        source = io.xingzhi.core.value.PersonalData.maskExactIdNumbers(source);
        message = io.xingzhi.core.value.PersonalData.maskIdNumbers(message);
        englishMessage = io.xingzhi.core.value.PersonalData.maskIdNumbers(englishMessage);
    }

    /** What a note says about its input. */
    public enum Kind {
        /** Read as a dataset its name does not name: its headers said which (看守所在押人员.csv → custody). */
        RECOGNISED("按表头识别"),
        /** A data file that was not read: its name and its headers match no dataset. Input unusable. */
        IGNORED("未读取"),
        /** Not a data file (not .csv), so not read: listed so that nothing is passed over in silence. */
        NOT_DATA("非数据文件"),
        /** Columns of the header that name no field of the dataset; their values are kept as raw attributes. */
        UNKNOWN_COLUMNS("未识别的列"),
        /** The header lacks a required field, or the file has no header row: every row rejected. Input unusable. */
        HEADER_UNUSABLE("表头不可用"),
        /**
         * Judgments whose {@code sentence_text} could not be read: kept, their fields taken from their
         * columns alone; the note names the first lines and why, so the text is checked by hand.
         */
        TEXT_UNREAD("判项未能解析"),
        /**
         * Lines before a file's header, each with at most one non-blank cell (a table title, a 制表日期
         * line), passed over: the header is the first line with more cells. No row comes of them.
         */
        LINES_BEFORE_HEADER("表头前的行"),
        /** Lines after the header that are the table's footer (合计, 制表人, 打印日期, a count), not data. No row comes of them. */
        FOOTER("表尾的行"),
        /**
         * The header again in the middle of a source: repeated as it was (a paged export), or another layout
         * (two exports joined), whose rows after it are read by it. No row comes of the header line.
         */
        HEADER_AGAIN("文件中间的表头"),
        /**
         * Another header in the middle of a source that lacks a required field: every row after it is
         * rejected with that reason (the rows before it are read). Input partly unusable.
         */
        HEADER_AGAIN_UNUSABLE("文件中间的表头不可用");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Chinese label, e.g. {@code 未读取}. */
        public String label() {
            return label;
        }
    }

    /** True when the note says some input could not be used at all (a run then ends with exit code 3). */
    public boolean unusable() {
        return kind == Kind.IGNORED || kind == Kind.HEADER_UNUSABLE || kind == Kind.HEADER_AGAIN_UNUSABLE;
    }
}
