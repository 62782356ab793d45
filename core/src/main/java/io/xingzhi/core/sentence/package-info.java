/**
 * Sentence law: the arithmetic of terms (刑期, SPC Interp. art. 202(2)) and of periods (期间,
 * art. 202(1), CPL art. 105). Pure functions over {@link java.time.LocalDate}.
 */
package io.xingzhi.core.sentence;
