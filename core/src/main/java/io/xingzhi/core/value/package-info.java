/**
 * Values as agencies really send them, and their normalised forms: identity numbers, names,
 * dates, amounts, terms, case numbers and judgment text. Every parser returns {@link
 * io.xingzhi.core.value.Parsed}: a value, or a reason it could not be read. Nothing is guessed.
 */
package io.xingzhi.core.value;
